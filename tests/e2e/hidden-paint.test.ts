import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';
import { countHosts, readPageStatus, waitForBuiltinDossier } from './planted';

// A page must not learn which stories its reader follows by planting words the reader cannot see and
// watching for Backstory's element. tests/e2e/pages/planted-paint.html is an article about something else
// that carries two paragraphs of the built-in story (Microsoft, Unit 8200, Azure) laid out on the page but
// painted out of sight as ?hide= says: the page's colour, faint, pushed off the page, covered by a box.
// (The markup and style-sheet ways are hidden-words.test.ts's.)

let session: ExtensionSession;
let server: PageServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchExtension(), servePages()]);
  await waitForBuiltinDossier(session);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

/** Open the planted page and wait until Backstory has looked at it; the status it settled on. */
async function visit(page: Page, path: string): Promise<string> {
  const url = server.url(path);
  await page.goto(url);
  await page.bringToFront();
  let kind = 'pending';
  await expect
    .poll(async () => (kind = await readPageStatus(session)), { timeout: 15_000 })
    .toMatch(/^(no-match|matched|not-article|site-off|dismissed)$/);
  return kind;
}

describe('story words a page paints out of its reader’s sight', () => {
  it('the same words, visible, are the story: the sidebar opens (the control)', async () => {
    const page = await session.context.newPage();
    expect(await visit(page, '/planted-paint.html?hide=none')).toBe('matched');
    await expect.poll(() => countHosts(page)).toBe(1);
    await page.close();
  });

  it('the real story page still matches and opens the sidebar', async () => {
    const page = await session.context.newPage();
    expect(await visit(page, '/en-story.html')).toBe('matched');
    await expect.poll(() => countHosts(page)).toBe(1);
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
      expect(await countHosts(page)).toBe(0);
      if (way === 'covered') await page.screenshot({ path: screenshotPath('hidden-paint-covered') });
      await page.close();
    });
  }
});
