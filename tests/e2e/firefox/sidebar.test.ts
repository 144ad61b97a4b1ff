import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { servePages, type PageServer } from '../harness';
import {
  countHosts,
  readSection,
  expectArabicArticle,
  expectArabicUi,
  expectBesideArticle,
  expectStorySidebar,
  readTableInExtension,
  setUiLanguageInExtension,
  waitFor,
} from '../journeys';
import { clickInSidebar, findSidebarFrame, firefoxScreenshot, isFirefoxService, launchFirefox, openSidebar, type FirefoxSession } from './harness';

// The sidebar's journeys in Firefox, on the same pages and with the same assertions as the
// Chromium suite (tests/e2e/sidebar.test.ts, tests/e2e/journeys.ts).

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

async function readHistoryUrls(): Promise<string[]> {
  return ((await session.inExtension(readTableInExtension, 'history')) as { url: string }[]).map((row) => row.url);
}

describe('Firefox: the sidebar on an English article about the story', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('/en-story.html');
  });
  afterAll(() => page?.close());

  it('appears beside the article with its summary, sources, timeline and this article', async () => {
    const frame = await openSidebar(page);
    expect(await countHosts(page)).toBe(1);
    await expectBesideArticle(page);
    await expectStorySidebar(frame);
    await page.screenshot({ path: firefoxScreenshot('sidebar-en') });
  });

  it('records the matched page in the history', async () => {
    await waitFor(async () => (await readHistoryUrls()).some((url) => url.endsWith('/en-story.html')), 'the history row');
  });

  it('collapses to a tab and opens again', async () => {
    const frame = await openSidebar(page, { analysis: false });
    await clickInSidebar(page, frame, '[data-action="collapse"]');
    await waitFor(async () => (await page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)) < 60, 'the collapsed tab');
    await page.screenshot({ path: firefoxScreenshot('sidebar-collapsed') });
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)) > 300, 'the sidebar open again');
  });
});

describe('Firefox: hostile pages', () => {
  // In this session, after the English article's sidebar. These ran in a session of their own while
  // a re-mounted sidebar frame (the page throws the host away 300 ms after load) reused its token:
  // the background had bound that token to the first frame, so the second was refused and never
  // reached its summary whenever the first frame had already asked for its data (a warm session).
  // A re-mounted frame now gets a new token (4ccdea3), and they pass here.
  it('keeps the sidebar on a page with hostile CSS, scripts and a strict CSP', async () => {
    const page = await openPage('/hostile.csp.html');
    await openSidebar(page, { analysis: false });
    await new Promise((r) => setTimeout(r, 900)); // the page throws the host away 300 ms after load; it comes back
    const frame = await openSidebar(page, { analysis: false });
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

describe('Firefox: pages that are not about the story', () => {
  // azure-outage.html is a near miss (Microsoft and Azure, not the story); cooking.html is not news.
  for (const path of ['/azure-outage.html', '/cooking.html']) {
    it(`shows no sidebar on ${path}, and leaves no trace`, async () => {
      const page = await openPage(path);
      // The content script has had its chance once a page that does match would show its sidebar:
      // a matched page opened after this one has its sidebar, and this one still has none.
      const control = await openPage('/en-story.html?control');
      await openSidebar(control, { analysis: false });
      await control.close();
      expect(await countHosts(page)).toBe(0);
      expect(await findSidebarFrame(page)).toBeUndefined();
      expect((await readHistoryUrls()).some((url) => url.endsWith(path))).toBe(false);
      await page.close();
    });
  }
});

describe('Firefox: the sidebar on an Arabic article', () => {
  it('shows the story with right-to-left content, and an Arabic UI when chosen', async () => {
    const page = await openPage('/ar-story.html');
    const frame = await openSidebar(page);
    await expectArabicArticle(page, frame);
    await page.screenshot({ path: firefoxScreenshot('sidebar-ar-content') });
    await session.inExtension(setUiLanguageInExtension, 'ar');
    try {
      await page.reload();
      const arFrame = await openSidebar(page);
      await expectArabicUi(arFrame);
      await page.screenshot({ path: firefoxScreenshot('sidebar-ar-ui') });
    } finally {
      await session.inExtension(setUiLanguageInExtension, 'auto');
      await page.close();
    }
  });
});

describe('Firefox: no network request of its own', () => {
  it('reached nothing beyond the local test pages during the whole run', () => {
    // Every request for another host went through the harness's recording proxy. Apart from
    // Firefox's own services (remote settings, which the driver's profile does not silence in
    // 140 ESR), anything listed here came from a page we serve (none loads remote resources) or
    // from the extension: the sidebar's source links, favicons, fonts, anything.
    const ours = session.outboundRequests.filter((request) => !isFirefoxService(request));
    expect(ours).toEqual([]);
    // The proxy is in the path: Firefox's own calls prove it saw the browser's traffic.
    expect(session.outboundRequests.length).toBeGreaterThan(0);
  });
});
