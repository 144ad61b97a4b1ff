import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';

declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

// A page must not learn which stories its reader follows by planting words the reader cannot see and
// watching for Backstory's element. tests/e2e/pages/planted-paint.html is an article about something else
// that carries two paragraphs of the built-in story (Microsoft, Unit 8200, Azure) laid out on the page but
// painted out of sight as ?hide= says: the page's colour, faint, pushed off the page, covered by a box.
// (The markup and style-sheet ways are hidden-words.test.ts's.)

let session: ExtensionSession;
let server: PageServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchExtension(), servePages()]);
  // The built-in dossier is installed (the control below needs it to match).
  const end = Date.now() + 60_000;
  while ((await countDossiers().catch(() => 0)) === 0) {
    if (Date.now() > end) throw new Error('the built-in dossier was never installed');
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

function countDossiers(): Promise<number> {
  return session.worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => resolve(0);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('dossiers')) return resolve(0);
          const request = open.result.transaction('dossiers').objectStore('dossiers').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(0);
        };
      }),
  );
}

/** What the content script in the active tab says about its page ('pending' until it has looked). */
function pageStatus(): Promise<string> {
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return 'no tab';
    try {
      const status = (await chrome.tabs.sendMessage(tab.id, { type: 'cs-status' })) as { kind: string } | undefined;
      return status?.kind ?? 'no answer';
    } catch {
      return 'no content script';
    }
  });
}

const hostCount = (page: Page) => page.evaluate(() => document.querySelectorAll('backstory-sidebar').length);

/** Open the planted page and wait until Backstory has looked at it; the status it settled on. */
async function visit(page: Page, path: string): Promise<string> {
  const url = server.url(path);
  await page.goto(url);
  await page.bringToFront();
  let kind = 'pending';
  await expect
    .poll(async () => (kind = await pageStatus()), { timeout: 15_000 })
    .toMatch(/^(no-match|matched|not-article|site-off|dismissed)$/);
  return kind;
}

describe('story words a page paints out of its reader’s sight', () => {
  it('the same words, visible, are the story: the sidebar opens (the control)', async () => {
    const page = await session.context.newPage();
    expect(await visit(page, '/planted-paint.html?hide=none')).toBe('matched');
    await expect.poll(() => hostCount(page)).toBe(1);
    await page.close();
  });

  it('the real story page still matches and opens the sidebar', async () => {
    const page = await session.context.newPage();
    expect(await visit(page, '/en-story.html')).toBe('matched');
    await expect.poll(() => hostCount(page)).toBe(1);
    await page.close();
  });

  const ways = [
    'same-colour', // white text on the white page
    'same-box', // text the colour of the box it sits in
    'faint', // 3% black on white
    'indent', // text-indent: -9999px
    'translated', // transform: translateX(-9999px)
    'off-left', // position: relative; left: -9999px
    'covered', // an opaque box of the page's colour laid over the words
    'covered-image', // a picture-like box laid over them
  ];
  for (const way of ways) {
    it(`painted out by ${way}: no element appears, the page is unmatched`, async () => {
      const page = await session.context.newPage();
      expect(await visit(page, `/planted-paint.html?hide=${way}`)).toBe('no-match');
      await page.waitForTimeout(300);
      expect(await hostCount(page)).toBe(0);
      if (way === 'covered') await page.screenshot({ path: screenshotPath('hidden-paint-covered') });
      await page.close();
    });
  }
});
