import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';
import { waitFor } from './journeys';
import { writeFileSync } from 'node:fs';

// Private mode (issue 13 item 3, issue 14 item 3): nothing is added to the page; a match shows on the
// toolbar badge and the sidebar shows in the browser's own side panel (sidebar.html?panel=1), which the
// background serves only outside any tab. And: a page cannot forge WXT's "a newer copy of this content
// script started" event to switch Backstory off.

// The extension API as the tests call it in the service worker (no @types/chrome here).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const chrome: any;

let session: ExtensionSession;
let server: PageServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchExtension(), servePages()]);
  await waitFor(async () => (await readTable('dossiers')).length > 0, 'the built-in dossier', 60_000);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

/** Every row of a table in the extension's database. */
function readTable(table: string): Promise<Record<string, unknown>[]> {
  return session.worker.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve([]);
        };
      }),
    table,
  );
}

/** Sets private mode as the options page's switch stores it (the settings row). */
function setPrivateMode(on: boolean): Promise<void> {
  return session.worker.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onsuccess = () => {
          const store = open.result.transaction('settings', 'readwrite').objectStore('settings');
          const get = store.get('settings');
          get.onsuccess = () => {
            store.put({ key: 'settings', value: { ...(get.result?.value ?? {}), privateMode: value } }).onsuccess = () => resolve();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    on,
  );
}

function sidebarFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => frame.url().includes('/sidebar.html'));
}

async function summaryShown(frame: Frame | Page): Promise<boolean> {
  return (await frame.evaluate(() => document.documentElement.dataset.ready).catch(() => undefined)) === 'summary';
}

/** The tab id of a matched page (by the URL it reported; without the tabs permission the background sees no URLs). */
function tabIdOf(url: string): Promise<number | undefined> {
  return session.worker.evaluate(async (u) => {
    const states = ((await chrome.storage.session.get('tabStates')).tabStates ?? {}) as Record<string, { url: string }>;
    const found = Object.entries(states).find(([, status]) => status.url === u);
    return found ? Number(found[0]) : undefined;
  }, url);
}

function badgeOf(tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Everything in the page's DOM that the page's own markup did not put there (recorded from the start). */
async function watchForeignNodes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const added: string[] = [];
    (window as unknown as { __added: string[] }).__added = added;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) added.push((node as Element).tagName.toLowerCase());
        if (record.type === 'attributes') added.push(`@${record.attributeName} on ${(record.target as Element).tagName.toLowerCase()}`);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * The side panel's document. Playwright lists no side panel among its pages, but Chromium shows it as a
 * target of type "page": attached over CDP (non-flat session), its expressions evaluated there.
 */
async function attachToPanel(anyPage: Page): Promise<{ evaluate(expression: string): Promise<unknown>; screenshot(path: string): Promise<void>; detach(): Promise<void> }> {
  const cdp = await session.context.newCDPSession(anyPage);
  const target = await waitFor(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((info) => info.type === 'page' && info.url.endsWith('/sidebar.html?panel=1'));
  }, 'the side panel target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const waiting = new Map<number, (reply: { result?: { result?: { value?: unknown }; data?: string }; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown }; data?: string }; error?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  const call = (method: string, params: object) => {
    const id = ++next;
    return new Promise<{ result?: { result?: { value?: unknown }; data?: string } }>((resolve, reject) => {
      waiting.set(id, (reply) => (reply.error ? reject(new Error(JSON.stringify(reply.error))) : resolve(reply as never)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  };
  return {
    async evaluate(expression) {
      return (await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result?.result?.value;
    },
    async screenshot(path) {
      const data = (await call('Page.captureScreenshot', { format: 'png' })).result?.data;
      if (data) writeFileSync(path, Buffer.from(data, 'base64'));
    },
    detach: () => cdp.detach(),
  };
}

describe('a page that forges WXT’s “content script started” event', () => {
  it('cannot switch Backstory off: the story’s sidebar still appears', async () => {
    const page = await session.context.newPage();
    // The event's name is public: the extension's id (a store id; Firefox's fixed add-on id), the
    // entrypoint's name and WXT's event name. The page sends it both ways WXT ever did, from the start
    // and for seconds, with a locationchange of WXT's too.
    await page.addInitScript((id) => {
      const started = `${id}:content:wxt:content-script-started`;
      const forge = () => {
        document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        document.documentElement.dispatchEvent(new CustomEvent(started, { bubbles: true, detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type: started, contentScriptName: 'content', messageId: 'forged' }, '*');
        window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      };
      const timer = setInterval(forge, 20);
      setTimeout(() => clearInterval(timer), 6000);
      forge();
    }, session.extensionId);
    await page.goto(server.url('/en-story.html?hostile=forges-started'));
    const frame = await waitFor(async () => {
      const found = sidebarFrames(page)[0];
      return found && (await summaryShown(found)) ? found : undefined;
    }, 'the story’s sidebar', 15_000);
    expect(await frame.evaluate(() => document.body.innerText)).toMatch(/Unit 8200/);
    // Still alive after the forging stopped: the page's status is answered and the sidebar is there.
    await page.waitForTimeout(6500);
    expect(await page.evaluate(() => document.querySelectorAll('backstory-sidebar').length)).toBe(1);
    const tabId = (await tabIdOf(page.url()))!;
    const state = await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'cs-status' }, { frameId: 0 }), tabId);
    expect(state).toMatchObject({ kind: 'matched' });
    await page.close();
  });
});

describe('private mode', () => {
  beforeAll(() => setPrivateMode(true));
  afterAll(() => setPrivateMode(false));

  it('a story page gets no element at all; the badge shows the match', async () => {
    const page = await session.context.newPage();
    await watchForeignNodes(page);
    await page.goto(server.url('/en-story.html?private=1'));
    const tabId = await waitFor(() => tabIdOf(page.url()), 'the tab', 20_000);
    await expect.poll(() => badgeOf(tabId), { timeout: 15_000 }).toBe('●');
    const state = await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'cs-status' }, { frameId: 0 }), tabId);
    expect(state).toMatchObject({ kind: 'matched', sidebar: 'closed' });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.querySelectorAll('backstory-sidebar').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-backstory]').length)).toBe(0);
    // The page's own DOM, watched from before it was parsed: the parser's nodes only, nothing later.
    const parsed = await page.evaluate(() => document.getElementsByTagName('*').length);
    const added = await page.evaluate(() => (window as unknown as { __added: string[] }).__added);
    expect(added.length).toBeLessThanOrEqual(parsed);
    expect(added.filter((tag) => tag.includes('backstory') || tag.startsWith('@') || tag === 'iframe')).toEqual([]);
    // The reader's ways of opening the in-page sidebar add nothing either (the side panel stands for it).
    for (const command of [{ command: 'open' }, { command: 'toggle' }, { command: 'highlight', on: true, terms: ['Azure'] }]) {
      const reply = await session.worker.evaluate(([id, cmd]) => chrome.tabs.sendMessage(id as number, { type: 'cs-command', command: cmd }, { frameId: 0 }), [tabId, command] as const);
      expect(reply).toEqual({ ok: false });
    }
    expect(await page.evaluate(() => document.querySelectorAll('backstory-sidebar, mark').length)).toBe(0);
    expect(page.frames()).toHaveLength(1);
    await page.screenshot({ path: screenshotPath('private-mode-page') });
    await page.close();
  });

  it('the side panel (sidebar.html?panel=1 outside any tab) shows the story of its window’s active tab', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/en-story.html?private=panel'));
    const tabId = await waitFor(() => tabIdOf(page.url()), 'the tab', 20_000).catch(async (error) => {
      console.log('tab states:', JSON.stringify(await session.worker.evaluate(async () => Object.entries(((await chrome.storage.session.get('tabStates')).tabStates ?? {}) as Record<string, { url: string; kind: string }>).map(([id, s]) => [id, s.kind, s.url]))));
      throw error;
    });
    await expect.poll(() => badgeOf(tabId), { timeout: 15_000 }).toBe('●');
    // The popup's "Open" in private mode opens the browser's side panel, in the click's own gesture.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await page.bringToFront();
    await popup.locator('[data-testid="popup-open"]').click();
    const contexts = await waitFor(
      () =>
        session.worker.evaluate(async () => {
          const found = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] });
          return found.length ? found.map((c: { documentUrl: string; tabId: number; windowId: number }) => ({ url: c.documentUrl, tabId: c.tabId })) : undefined;
        }),
      'a side panel context',
    );
    // The browser's side panel: an extension view outside any tab (so the background serves it).
    expect(contexts).toEqual([{ url: `chrome-extension://${session.extensionId}/sidebar.html?panel=1`, tabId: -1 }]);
    // The story's tab is the window's active one again: the panel follows the activation.
    await page.bringToFront();
    const panel = await attachToPanel(page);
    await waitFor(async () => (await panel.evaluate('document.documentElement.dataset.ready')) === 'summary', 'the story’s summary in the side panel', 20_000);
    const text = String(await panel.evaluate('document.body.innerText'));
    expect(text).toMatch(/Microsoft cuts Unit 8200 off/);
    expect(text).toMatch(/Azure/);
    // And the article beside it is read, from the page's snapshot, as in the framed sidebar.
    await waitFor(async () => (await panel.evaluate('document.documentElement.dataset.analysis')) === 'ready', 'the article read in the panel', 20_000);
    await panel.screenshot(screenshotPath('private-mode-side-panel')).catch(() => undefined);
    // Still nothing on the page.
    expect(await page.evaluate(() => document.querySelectorAll('backstory-sidebar').length)).toBe(0);
    expect(page.frames()).toHaveLength(1);

    // Another tab of the window becomes active: the panel shows it (an unmatched page: nothing of the story).
    const other = await session.context.newPage();
    await other.goto(server.url('/cooking.html'));
    await other.bringToFront();
    await waitFor(async () => !/Unit 8200/.test(String(await panel.evaluate('document.body.innerText'))), 'the panel following the active tab', 20_000);
    // Back to the story's tab: its summary again.
    await page.bringToFront();
    await waitFor(async () => (await panel.evaluate('document.documentElement.dataset.ready')) === 'summary' && /Unit 8200/.test(String(await panel.evaluate('document.body.innerText'))), 'the story again', 20_000);
    await panel.detach();
    await other.close();

    // The same URL in a tab (as a page could open or frame it) has `sender.tab`: it is served nothing.
    const inTab = await session.context.newPage();
    await inTab.goto(`chrome-extension://${session.extensionId}/sidebar.html?panel=1`);
    await waitFor(async () => (await inTab.evaluate(() => document.documentElement.dataset.ready).catch(() => undefined)) === 'empty', 'the refused panel copy');
    const dossierId = ((await readTable('dossiers'))[0] as { id: string }).id;
    const replies = await inTab.evaluate(
      async ([id, tab]) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const requests = [
          { type: 'sidebar-data', tabId: tab },
          { type: 'sidebar-data', dossierId: id, tabId: tab },
          { type: 'page-snapshot', tabId: tab },
          { type: 'tab-command', tabId: tab, command: { command: 'recheck' } },
          { type: 'dismiss', dossierId: id, scope: 'site', url: 'http://127.0.0.1/' },
          { type: 'dossier-seen', dossierId: id },
        ];
        const out: string[] = [];
        for (const request of requests) {
          out.push(await runtime.sendMessage(request).then((reply) => `${request.type}: answered ${JSON.stringify(reply).slice(0, 60)}`, (error: Error) => `${request.type}: refused (${error.message})`));
        }
        return out;
      },
      [dossierId, tabId] as const,
    );
    console.log('a panel copy in a tab:', JSON.stringify(replies, null, 2));
    for (const reply of replies) expect(reply).toMatch(/refused/);
    expect(await readTable('dismissals')).toEqual([]);
    await inTab.close();
    await popup.close();
    await page.close();
  });
});
