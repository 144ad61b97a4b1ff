import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { servePages, type PageServer } from '../harness';
import { countHosts, expectStorySidebar, readTableInExtension, waitFor } from '../journeys';
import { firefoxScreenshot, launchFirefox, openSidebar, type FirefoxSession } from './harness';

// Private windows in Firefox (docs/firefox.md). Firefox refuses IndexedDB to an extension's
// documents that are private: its pages opened in a private window, and, when every window is
// private (browser.privatebrowsing.autostart, "Never remember history"), its background page too.
// Web pages keep an in-memory IndexedDB there; extensions do not (ESR 140).

// The extension API inside an extension page (functions passed to inExtension run there).
declare const browser: {
  tabs: { query(query: object): Promise<{ id?: number; windowId: number; incognito: boolean }[]> };
  extension: { inIncognitoContext: boolean; isAllowedIncognitoAccess(): Promise<boolean> };
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

/** Opens the extension's database in this document: 'ok', or the error's name. */
function openDatabaseInExtension(): Promise<string> {
  return new Promise((resolve) => {
    const request = indexedDB.open('backstory');
    request.onsuccess = () => {
      request.result.close();
      resolve('ok');
    };
    request.onerror = () => resolve(request.error?.name ?? 'error');
  });
}

/** A page's tab and window (brought to the front: without the "tabs" permission, tabs.query cannot filter by URL). */
async function activeTab(session: FirefoxSession, page: Page): Promise<{ tabId: number; windowId: number }> {
  await page.bringToFront();
  const [tab] = await session.inExtension(() => browser.tabs.query({ active: true, lastFocusedWindow: true }), null);
  return { tabId: tab.id as number, windowId: tab.windowId };
}

function historyUrls(session: FirefoxSession): Promise<string[]> {
  return session.inExtension(readTableInExtension, 'history').then((rows) => (rows as { url: string }[]).map((row) => row.url));
}

describe('Firefox: a private window, Backstory allowed to run in private windows', () => {
  let session: FirefoxSession;
  let server: PageServer;
  let story: { page: Page; tabId: number; windowId: number };
  let normal: { tabId: number; windowId: number };

  beforeAll(async () => {
    [session, server] = await Promise.all([launchFirefox({ privateWindows: true }), servePages()]);
    await waitFor(async () => (await session.inExtension(readTableInExtension, 'dossiers')).length > 0, 'the built-in dossier', 30_000);
    expect(await session.inExtension(() => browser.extension.isAllowedIncognitoAccess(), null)).toBe(true);
  });
  afterAll(async () => {
    await Promise.all([session?.close(), server?.close()]);
  });

  it('opens the sidebar on a story page, with the story from the background, and records no history', async () => {
    // A normal window's visit is recorded: the control for the private one below.
    const normalPage = await session.newPage();
    await normalPage.goto(server.url('/en-story.html?window=normal'));
    await openSidebar(normalPage, { analysis: false });
    await waitFor(async () => (await historyUrls(session)).some((url) => url.endsWith('?window=normal')), 'the normal visit in the history');
    normal = await activeTab(session, normalPage);

    story = await session.openPrivateWindow(server.url('/en-story.html?window=private'));
    const frame = await openSidebar(story.page);
    expect(await countHosts(story.page)).toBe(1);
    await expectStorySidebar(frame);
    // The frame itself is a private document: it reads nothing from IndexedDB, the background does.
    expect(await frame.evaluate(() => browser.extension.inIncognitoContext)).toBe(true);
    expect(await frame.evaluate(openDatabaseInExtension)).toBe('InvalidStateError');
    await story.page.screenshot({ path: firefoxScreenshot('private-sidebar') });
    const tabs = await session.inExtension(() => browser.tabs.query({}), null);
    expect(tabs.find((tab) => tab.id === story.tabId)?.incognito).toBe(true);
    // The background records a matched page when the page reports it, before the sidebar loads.
    expect((await historyUrls(session)).filter((url) => url.includes('/en-story.html'))).toEqual([server.url('/en-story.html?window=normal')]);
  });

  it('the popup in a private window says it cannot open its storage, instead of staying blank', async () => {
    const popup = await session.openExtensionPageInWindow(story.windowId, `popup.html?tab=${story.tabId}`);
    expect(await popup.evaluate(openDatabaseInExtension)).toBe('InvalidStateError');
    await popup.waitForSelector('[data-testid="storage-unavailable"]', { timeout: 10_000 });
    const text = await popup.$eval('[data-testid="storage-unavailable"]', (el) => (el as HTMLElement).innerText);
    expect(text).toContain('cannot open its storage');
    expect(text).toContain('private windows');
    expect(await popup.$('[data-testid="popup"]')).toBeNull();
    await popup.screenshot({ path: firefoxScreenshot('private-popup') });
    await popup.close();
  });

  it('the popup in a normal window shows the story, beside the same page', async () => {
    // In a tab of the normal window (a new window opened now would be private like the last focused one).
    const popup = await session.openExtensionPageInWindow(normal.windowId, `popup.html?tab=${normal.tabId}`);
    expect(await popup.evaluate(openDatabaseInExtension)).toBe('ok');
    await popup.waitForSelector('[data-testid="popup-matched"]', { timeout: 10_000 });
    expect(await popup.$('[data-testid="storage-unavailable"]')).toBeNull();
    await popup.close();
  });

  it('the options page in a private window says so too', async () => {
    const options = await session.openExtensionPageInWindow(story.windowId, 'options.html');
    await options.waitForSelector('[data-testid="storage-unavailable"]', { timeout: 10_000 });
    expect(await options.$('[data-testid="dossier-list"]')).toBeNull();
    await options.close();
  });
});

describe('Firefox: every window private (browser.privatebrowsing.autostart)', () => {
  let session: FirefoxSession;
  let server: PageServer;

  beforeAll(async () => {
    [session, server] = await Promise.all([launchFirefox({ privateWindows: true, prefs: { 'browser.privatebrowsing.autostart': true } }), servePages()]);
  });
  afterAll(async () => {
    await Promise.all([session?.close(), server?.close()]);
  });

  it('refuses the extension its database, so the built-in dossier cannot be installed; its pages say so', async () => {
    expect(await session.inExtension(() => browser.extension.inIncognitoContext, null)).toBe(true);
    expect(await session.inExtension(openDatabaseInExtension, null)).toBe('InvalidStateError');
    // storage.local (not IndexedDB) still works there.
    await session.inExtension(() => browser.storage.local.set({ probe: 1 }), null);
    expect(await session.inExtension(() => browser.storage.local.get('probe'), null)).toEqual({ probe: 1 });
    const options = session.extensionPage;
    await options.waitForSelector('[data-testid="storage-unavailable"]', { timeout: 10_000 });
    expect(await options.$eval('[data-testid="storage-unavailable"]', (el) => (el as HTMLElement).innerText)).toContain('never remember history');
    await options.screenshot({ path: firefoxScreenshot('private-autostart-options') });
  });

  it('shows no sidebar on a story page: the content script runs, but the background cannot give it a page context', async () => {
    const page = await session.newPage();
    await page.goto(server.url('/en-story.html'));
    const { tabId } = await activeTab(session, page);
    // The content script answers for its page, which stays 'pending': asking the background for the
    // page context (settings and dossiers, from IndexedDB) fails, so the page is never checked.
    const sendMessage = (arg: { tabId: number }) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<{ reachable: boolean; status: { kind: string } | null }> } } }).browser.runtime.sendMessage({ type: 'tab-state', tabId: arg.tabId });
    const state = await waitFor(async () => {
      const reply = await session.inExtension(sendMessage, { tabId });
      return reply.reachable ? reply : undefined;
    }, 'the content script');
    await new Promise((r) => setTimeout(r, 2000)); // a matched page shows its sidebar well within this
    expect((await session.inExtension(sendMessage, { tabId })).status?.kind).toBe('pending');
    expect(state.status?.kind).toBe('pending');
    expect(await countHosts(page)).toBe(0);
    await page.close();
  });
});
