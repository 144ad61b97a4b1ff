import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { servePages, type PageServer } from '../harness';
import { countHosts, readSection, readTableInExtension, waitFor } from '../journeys';
import { firefoxScreenshot, launchFirefox, openSidebar, type FirefoxSession } from './harness';

// Hostile pages in Firefox, in a session of their own. In the same session as sidebar.test.ts
// (after the English article's sidebar, which stays open in its tab), the hostile page's sidebar
// frame did not reach its summary within 15 s in three full runs, while its host was there and
// open; alone, or after ar-story.html, it does. Not yet explained: see the session's report.

let session: FirefoxSession;
let server: PageServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchFirefox(), servePages()]);
  await waitFor(async () => (await session.inExtension(readTableInExtension, 'dossiers')).length > 0, 'the built-in dossier', 30_000);
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

async function openPage(path: string): Promise<Page> {
  const page = await session.newPage();
  await page.goto(server.url(path));
  return page;
}

describe('Firefox: hostile pages', () => {
  it('keeps the sidebar on a page with hostile CSS, scripts and a strict CSP', async () => {
    const page = await openPage('/hostile.csp.html');
    await openSidebar(page, { analysis: false });
    await new Promise((r) => setTimeout(r, 900)); // the page throws the host away 300 ms after load; it comes back
    const frame = await openSidebar(page, { analysis: false }).catch(async (error) => {
      await page.screenshot({ path: firefoxScreenshot('sidebar-hostile-failed') });
      const frames = await Promise.all(page.frames().map((f) => f.evaluate(() => [location.href, document.documentElement.dataset.ready]).catch((e) => String(e))));
      const hosts = await page.evaluate(() => [...document.querySelectorAll('backstory-sidebar')].map((h) => JSON.stringify(h.getBoundingClientRect())));
      throw new Error(`${error}: frames ${JSON.stringify(frames)} hosts ${JSON.stringify(hosts)}`);
    });
    expect(await countHosts(page)).toBe(1);
    expect((await readSection(frame, 'summary')).length).toBeGreaterThan(100);
    await page.screenshot({ path: firefoxScreenshot('sidebar-hostile') });
    await page.close();
  });

  it('does not let the page read the sidebar', async () => {
    const page = await openPage('/snoop.html');
    await openSidebar(page, { analysis: false });
    const raw = await waitFor(() => page.evaluate(() => document.documentElement.getAttribute('data-snoop')), 'the snoop report');
    const report = JSON.parse(raw);
    expect(report).toMatchObject({ hostFound: true, shadowRoot: 'null', childNodes: 0, innerHTML: 0, iframesInDocument: 0, deepQuery: 0, attachShadow: 'refused', bodyText: 'clean' });
    expect(report.frameDocument).toMatch(/^blocked:|^none$/);
    await page.close();
  });
});
