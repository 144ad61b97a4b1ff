import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';
import { countHosts, readPageStatus, waitForBuiltinDossier } from './planted';

// A page must not learn which stories its reader follows by planting words the reader cannot see and
// watching for Backstory's element. tests/e2e/pages/planted.html is an article about something else
// that carries two paragraphs of the built-in story (Microsoft, Unit 8200, Azure), hidden as ?hide= says.

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
async function visit(page: Page, query: string): Promise<string> {
  const url = server.url(`/planted.html?${query}`);
  await page.goto(url);
  await page.bringToFront();
  let kind = 'pending';
  await expect
    .poll(async () => (kind = await readPageStatus(session)), { timeout: 15_000 })
    .toMatch(/^(no-match|matched|not-article|site-off|dismissed)$/);
  return kind;
}

describe('story words a page hides from its reader', () => {
  it('the same words, visible, are the story: the sidebar opens (the control)', async () => {
    const page = await session.context.newPage();
    expect(await visit(page, 'hide=none')).toBe('matched');
    await expect.poll(() => countHosts(page)).toBe(1);
    // The story's summary is shown beside the article.
    const ready = async () => {
      const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
      return frame ? frame.evaluate(() => document.documentElement.dataset.ready).catch(() => undefined) : undefined;
    };
    await expect.poll(ready, { timeout: 15_000 }).toBe('summary');
    await page.screenshot({ path: screenshotPath('hidden-words-control') });
    await page.close();
  });

  const ways = [
    'hidden-attr', // the hidden attribute
    'aria-hidden', // an aria-hidden decoy
    'inline-display', // style="display: none"
    'class-display', // display: none from the page's style sheet
    'class-visibility', // visibility: hidden from the style sheet
    'class-opacity', // opacity: 0
    'zero-size', // the 1px "visually hidden" box
    'off-screen', // left: -10000px
    'off-top', // top: -8000px
    'clipped', // clip: rect(0 0 0 0)
    'clip-path', // clip-path: inset(50%)
    'transparent', // color: transparent
    'tiny', // font-size: 0
    'collapsed', // height: 0; overflow: hidden
    'details', // inside a closed <details>
    'metadata', // only in keywords, description, og:title and the JSON-LD headline
  ];
  for (const way of ways) {
    it(`hidden by ${way}: no element appears, the page is unmatched`, async () => {
      const page = await session.context.newPage();
      expect(await visit(page, `hide=${way}`)).toBe('no-match');
      await page.waitForTimeout(300);
      expect(await countHosts(page)).toBe(0);
      await page.close();
    });
  }

  it('looking again after pushState finds nothing either', async () => {
    const page = await session.context.newPage();
    expect(await visit(page, 'hide=class-display&push')).toBe('no-match');
    await page.waitForURL(/pushed/, { timeout: 10_000 });
    await page.waitForTimeout(1_500);
    expect(await readPageStatus(session)).toBe('no-match');
    expect(await countHosts(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('hidden-words-planted') });
    await page.close();
  });
});
