import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';

// The sidebar's surface toward the page: only the reader's own choices are remembered for a
// site, and no page can drive or probe Backstory through a copy of the sidebar's frame.

let session: ExtensionSession;
let server: PageServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchExtension(), servePages()]);
  await waitFor(() => countRows('dossiers'), 'the built-in dossier', 60_000);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

async function waitFor<T>(read: () => Promise<T>, what: string, timeout = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every row of a table in the extension's database. */
function readTable(table: string): Promise<unknown[]> {
  return session.worker.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve) => {
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
const countRows = async (table: string) => (await readTable(table)).length;

function sidebarFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => frame.url().includes('/sidebar.html'));
}

function hostWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('backstory-sidebar')?.getBoundingClientRect().width ?? 0);
}

async function summaryShown(frame: Frame): Promise<boolean> {
  return (await frame.evaluate(() => document.documentElement.dataset.ready).catch(() => undefined)) === 'summary';
}

describe('what is remembered for a site', () => {
  it('a related page (its tab waits collapsed) then a story page on the same site: the story’s sidebar opens', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/related-nimbus.html'));
    await expect.poll(() => hostWidth(page)).toBe(40); // the code's decision: a tab at the edge
    await page.waitForTimeout(300);
    expect(await readTable('sites')).toEqual([]);

    await page.goto(server.url('/en-story.html?after=related'));
    await expect.poll(() => hostWidth(page)).toBeGreaterThan(300);
    await waitFor(async () => sidebarFrames(page)[0] && summaryShown(sidebarFrames(page)[0]), 'the story’s sidebar');
    expect(await readTable('sites')).toEqual([]);
    await page.close();
  });

  it('a page that keeps removing the sidebar stores nothing, and the next article still opens', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/en-story.html?removes=host'));
    await expect.poll(() => hostWidth(page)).toBeGreaterThan(300);
    // The page throws the host away as often as it comes back, until Backstory gives up.
    await page.evaluate(() => {
      const timer = setInterval(() => document.querySelector('backstory-sidebar')?.remove(), 5);
      setTimeout(() => clearInterval(timer), 3000);
    });
    await page.waitForTimeout(3200);
    expect(await page.evaluate(() => document.querySelectorAll('backstory-sidebar').length)).toBe(0);
    expect(await readTable('sites')).toEqual([]);

    await page.goto(server.url('/en-story.html?after=removal'));
    await expect.poll(() => hostWidth(page)).toBeGreaterThan(300);
    await page.close();
  });

  it('a page that removes the sidebar once after it showed: it comes back, served under a new token', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/en-story.html?removes=once'));
    const first = await waitFor(async () => {
      const found = sidebarFrames(page)[0];
      return found && (await summaryShown(found)) ? found : undefined;
    }, 'the sidebar');
    const firstToken = new URL(first.url()).searchParams.get('t');
    await page.evaluate(() => document.querySelector('backstory-sidebar')?.remove());
    const again = await waitFor(async () => {
      const found = sidebarFrames(page).find((frame) => new URL(frame.url()).searchParams.get('t') !== firstToken);
      return found && (await summaryShown(found)) ? found : undefined;
    }, 'the sidebar back');
    expect(await again.evaluate(() => document.body.innerText)).toMatch(/Unit 8200/);
    expect(await readTable('sites')).toEqual([]);
    await page.close();
  });

  it('the reader’s own collapse is remembered: the site’s next story waits as a tab', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/en-story.html?reader=collapses'));
    const frame = await waitFor(async () => {
      const found = sidebarFrames(page)[0];
      return found && (await summaryShown(found)) ? found : undefined;
    }, 'the sidebar');
    await frame.locator('[data-action="collapse"]').click();
    await expect.poll(() => readTable('sites')).toEqual([{ host: '127.0.0.1', sidebarState: 'collapsed' }]);
    await page.goto(server.url('/en-story.html?after=collapse'));
    await expect.poll(() => hostWidth(page)).toBe(40);
    await page.close();
    // Leave the site as the other tests expect it: nothing remembered.
    await session.worker.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('backstory');
          open.onsuccess = () => {
            const request = open.result.transaction('sites', 'readwrite').objectStore('sites').clear();
            request.onsuccess = () => resolve();
          };
        }),
    );
  });
});

/** Loads an iframe of `src` in the page and reports whether it loaded (a blocked extension URL errors). */
function frameFromPage(page: Page, src: string): Promise<string> {
  return page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = url;
        frame.style.cssText = 'width:400px;height:600px';
        frame.onload = () => resolve('load');
        frame.onerror = () => resolve('error');
        document.body.append(frame);
        setTimeout(() => resolve('timeout'), 3000);
      }),
    src,
  );
}

describe('a page that frames the sidebar itself', () => {
  it('cannot find it by a fixed address, learns nothing, and changes nothing stored', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/en-story.html?hostile=framer'));
    const real = await waitFor(async () => {
      const found = sidebarFrames(page)[0];
      return found && (await summaryShown(found)) ? found : undefined;
    }, 'the real sidebar');
    const realUrl = new URL(real.url());
    const attacks: Record<string, unknown> = {};

    // What the page itself can see of the real frame: its URL (and token) must not leak.
    attacks.resourceTiming = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !name.startsWith('http')));
    attacks.windowFrames = await page.evaluate(() => window.frames.length);
    expect(JSON.stringify(attacks.resourceTiming)).not.toContain(realUrl.searchParams.get('t'));

    // 1. The fixed address (the extension's id, as a page might know it from the store).
    const staticUrl = `chrome-extension://${session.extensionId}/sidebar.html`;
    attacks.staticUrl = await frameFromPage(page, staticUrl);
    attacks.staticUrlWithGuess = await frameFromPage(page, `${staticUrl}?t=${'0'.repeat(32)}&intent=follow`);
    // 2. Worse: the per-session address leaked, with no token, and with a guessed one.
    const dynamicBase = real.url().split('?')[0].split('#')[0];
    expect(dynamicBase).toMatch(/^chrome-extension:\/\/[^/]+\/sidebar\.html$/);
    attacks.dynamicIdDiffersFromFixedId = !dynamicBase.includes(session.extensionId);
    attacks.dynamicUrl = await frameFromPage(page, dynamicBase);
    attacks.dynamicUrlWithGuess = await frameFromPage(page, `${dynamicBase}?t=${'f'.repeat(32)}&intent=follow`);
    await page.waitForTimeout(1500);

    const blocked = page.frames().filter((frame) => frame !== real && frame !== page.mainFrame());
    attacks.framedByPage = blocked.map((frame) => frame.url());
    // Chromium refuses every one of them (use_dynamic_url): an error page, no extension code.
    expect(blocked).toHaveLength(4);
    for (const frame of blocked) expect(frame.url()).not.toContain('sidebar.html');

    // Where a copy does load (a browser without use_dynamic_url), the background is the gate. Tried:
    // copies framed inside the real sidebar (no token, a guessed one, the real one leaked), which
    // Chromium blocks too, and a copy opened in another tab with the real token, which loads and
    // is refused everything (another tab, and a frame other than the one the token was first used by).
    const realToken = realUrl.searchParams.get('t')!;
    expect(realToken).toMatch(/^[0-9a-f]{32}$/);
    for (const query of ['', `?t=${'f'.repeat(32)}&intent=follow`, `?t=${realToken}`]) {
      await real.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, `${dynamicBase}${query}`);
    }
    const other = await session.context.newPage();
    await other.goto(`${dynamicBase}?t=${realToken}`).catch(() => undefined);
    await page.waitForTimeout(1500);
    const copies = [...page.frames().filter((frame) => frame.parentFrame() === real), other.mainFrame()];
    attacks.copies = copies.map((frame) => frame.url());
    expect(copies).toHaveLength(4);
    for (const copy of copies) {
      // It shows no dossier: no summary, no story title, no history.
      expect(await summaryShown(copy)).toBe(false);
      const text = await copy.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      expect(text).not.toMatch(/Microsoft|Unit 8200|Azure/i);
    }

    // The page posts whatever it likes to every frame it can reach.
    await page.evaluate(() => {
      const payloads = [
        { type: 'dismiss', dossierId: 'builtin', scope: 'site', url: location.href },
        { type: 'tab-command', command: { command: 'close' } },
        { command: 'close' },
        'close',
      ];
      for (const frame of Array.from(document.querySelectorAll('iframe'))) for (const payload of payloads) frame.contentWindow?.postMessage(payload, '*');
    });

    // And what the copy's own code could send, were the page to make it (a clickjacked button):
    // every request Backstory's sidebar makes, straight to the background.
    const dossierId = ((await readTable('dossiers'))[0] as { id: string }).id;
    const replies: string[] = [];
    for (const copy of copies) {
      replies.push(
        ...(await copy.evaluate(async (id) => {
          const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?(m: unknown): Promise<unknown> } } }).chrome?.runtime;
          // A blocked load (the fixed address) is an error page: no extension API at all.
          if (!runtime?.sendMessage) return [`${location.href}: not loaded, no extension API (refused)`];
          const requests = [
            { type: 'sidebar-data' },
            { type: 'sidebar-data', dossierId: id },
            { type: 'page-snapshot' },
            { type: 'dismiss', dossierId: id, scope: 'site', url: location.href },
            { type: 'tab-command', command: { command: 'close' } },
            { type: 'dossier-seen', dossierId: id },
            { type: 'sidebar-state', state: 'closed' },
            { type: 'sidebar-mount', token: 'e'.repeat(32) },
          ];
          const out: string[] = [];
          for (const request of requests) {
            out.push(
              await runtime.sendMessage!(request).then(
                (reply) => `${request.type}: answered ${JSON.stringify(reply).slice(0, 80)}`,
                (error: Error) => `${request.type}: refused (${error.message})`,
              ),
            );
          }
          return out;
        }, dossierId)),
      );
    }
    attacks.requestsFromCopies = replies;
    console.log('attacks tried:', JSON.stringify(attacks, null, 2));
    for (const reply of replies) expect(reply).toMatch(/refused/);

    await page.waitForTimeout(500);
    await other.close();
    expect(await readTable('dismissals')).toEqual([]);
    expect(await readTable('sites')).toEqual([]);
    // The real sidebar is still there, open, and still served.
    expect(await hostWidth(page)).toBeGreaterThan(300);
    await page.screenshot({ path: screenshotPath('surface-hostile-framer') });
    await page.close();
  });
});
