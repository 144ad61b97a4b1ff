import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, ROOT, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';
import { expectArabicArticle, expectArabicUi, expectBesideArticle, expectStorySidebar } from './journeys';

// The sidebar on pages of our own: the closed shadow root is not pierced by
// Playwright's CSS locators, so the tests reach the sidebar's frame through
// page.frames() (an extension page, cross-origin to the article).

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let session: ExtensionSession;
let server: PageServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchExtension(), servePages()]);
  await waitForBuiltin();
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

async function waitForBuiltin(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const count = await session.worker.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('backstory');
          open.onerror = () => resolve(0);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('dossiers')) return resolve(0);
            const request = db.transaction('dossiers').objectStore('dossiers').count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(0);
          };
        }),
    );
    if (count > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the built-in dossier never arrived');
}

async function setUiLanguage(language: 'auto' | 'en' | 'ar'): Promise<void> {
  await session.worker.evaluate(
    (lang) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onsuccess = () => {
          const store = open.result.transaction('settings', 'readwrite').objectStore('settings');
          const get = store.get('settings');
          get.onsuccess = () => {
            const value = { ...(get.result?.value ?? {}), uiLanguage: lang };
            store.put({ key: 'settings', value }).onsuccess = () => resolve();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    language,
  );
}

function hostCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('backstory-sidebar').length);
}

function findFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.url().includes('/sidebar.html'));
}

/** Polls until `read` returns a truthy value (usable in hooks, unlike expect.poll). */
async function waitFor<T>(read: () => Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The sidebar's frame once its summary is on screen (and, by default, the article read). */
async function openSidebar(page: Page, options: { analysis?: boolean } = {}): Promise<Frame> {
  const frame = await waitFor(async () => {
    const found = findFrame(page);
    return found && (await found.evaluate(() => document.documentElement.dataset.ready)) === 'summary' ? found : undefined;
  }, 'the sidebar summary');
  if (options.analysis !== false) await waitFor(() => frame.evaluate(() => document.documentElement.dataset.analysis), 'the article analysis');
  return frame;
}

function sectionText(frame: Frame, name: string): Promise<string> {
  return frame.evaluate((n) => (document.querySelector(`[data-section="${n}"]`) as HTMLElement | null)?.innerText ?? '', name);
}

async function runAxe(frame: Frame): Promise<{ id: string; impact: string; nodes: number }[]> {
  await frame.evaluate(AXE);
  return frame.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

describe('the sidebar on an English article about the story', () => {
  let page: Page;
  let frame: Frame;
  beforeAll(async () => {
    page = await session.context.newPage();
    await page.goto(server.url('/en-story.html'));
    frame = await openSidebar(page);
  });
  afterAll(() => page?.close());

  it('appears beside the article without covering it', async () => {
    expect(await hostCount(page)).toBe(1);
    await expectBesideArticle(page);
  });

  it('fills the header and all four sections', async () => {
    await expectStorySidebar(frame);
    await page.screenshot({ path: screenshotPath('sidebar-en') });
  });

  it('jumps from a key point marker to its citation', async () => {
    await frame.locator('[data-section="summary"] .bs-marker').first().click();
    const focused = await frame.evaluate(() => ({ id: document.activeElement?.id ?? '', inCitations: Boolean(document.activeElement?.closest('[data-section="citations"]')) }));
    expect(focused.inCitations).toBe(true);
    expect(focused.id).toMatch(/^source-/);
    // The frame's hash belongs to the host (page generation); jumping must not change it.
    expect(new URL(frame.url()).hash).toMatch(/^#\d*$/);
  });

  it('copies a citation and says so', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
    const source = frame.locator('[data-section="citations"] .bs-source').first();
    await source.locator('summary').click();
    await source.locator('button[data-format="apa"]').click();
    await expect.poll(() => source.locator('[role="status"]').innerText()).toMatch(/APA citation copied/);
  });

  it('highlights the story’s actors in the page and jumps between them', async () => {
    await frame.locator('[data-action="highlight"]').click();
    await expect.poll(() => frame.locator('[data-action="highlight"]').getAttribute('aria-checked')).toBe('true');
    // The toggle reaches the page through the background: poll, don't race it.
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory'))).toBe(true);
    await frame.locator('[data-action="next"]').click();
    await expect.poll(() => frame.locator('.bs-highlight-status').innerText()).toMatch(/Passage 1/);
    await frame.locator('[data-action="highlight"]').click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory'))).toBe(false);
  });

  it('has landmarks, labelled controls and no serious axe-core violations', async () => {
    const structure = await frame.evaluate(() => ({
      main: document.querySelectorAll('main').length,
      nav: document.querySelectorAll('nav').length,
      labelled: [...document.querySelectorAll('section[data-section]')].every((s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')),
      buttons: [...document.querySelectorAll('[data-action="collapse"], [data-action="close"]')].map((b) => b.getAttribute('aria-label')),
    }));
    expect(structure).toMatchObject({ main: 1, nav: 1, labelled: true });
    expect(structure.buttons.every(Boolean)).toBe(true);
    const violations = await runAxe(frame);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('follows the system’s dark mode', async () => {
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
    await page.screenshot({ path: screenshotPath('sidebar-en-dark') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('collapses to a tab on Esc and gives focus back to the page', async () => {
    await frame.locator('[data-action="collapse"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)).toBeLessThan(60);
    expect(await page.evaluate(() => document.hasFocus() && document.activeElement?.tagName)).toBe('BACKSTORY-SIDEBAR');
    await page.screenshot({ path: screenshotPath('sidebar-collapsed') });
    // The collapsed tab has focus: Enter opens the sidebar again (and the site remembers "open").
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)).toBeGreaterThan(300);
  });
});

describe('a page whose load is held back (a slow ad or image)', () => {
  it('reads the article without waiting for the load event, and the sidebar comes with it', async () => {
    const page = await session.context.newPage();
    // The image answers only when the test lets it, so the page's load event waits until then.
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/slow-ad.png', async (route) => {
      await held;
      await route.fulfill({ status: 204 }).catch(() => undefined);
    });
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const img = document.createElement('img');
        img.src = '/slow-ad.png';
        img.alt = '';
        document.body.append(img);
      });
    });
    await page.goto(server.url('/en-story.html?slow'), { waitUntil: 'domcontentloaded' });
    const frame = await openSidebar(page, { analysis: false });
    // Before the page's load event, whatever the machine's speed (no wall-clock gate: issue 16).
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    expect(await sectionText(frame, 'summary')).toMatch(/Unit 8200/);
    release();
    await page.close();
  });
});

describe('the sidebar on an Arabic article', () => {
  it('shows the story with right-to-left content, and an Arabic UI when chosen', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/ar-story.html'));
    const frame = await openSidebar(page);
    await expectArabicArticle(page, frame);
    await page.screenshot({ path: screenshotPath('sidebar-ar-content') });

    await setUiLanguage('ar');
    try {
      await page.reload();
      const arFrame = await openSidebar(page);
      await expectArabicUi(arFrame);
      await page.screenshot({ path: screenshotPath('sidebar-ar-ui') });
      const violations = await runAxe(arFrame);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    } finally {
      await setUiLanguage('auto');
      await page.close();
    }
  });
});

describe('a page related to the story', () => {
  it('waits as a tab at the edge and opens to a smaller prompt', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/related-nimbus.html'));
    const tab = await waitFor(
      () => page.evaluate(() => {
        const rect = document.querySelector('backstory-sidebar')?.getBoundingClientRect();
        return rect && rect.width > 0 ? { x: rect.x, width: rect.width } : undefined;
      }),
      'the collapsed tab',
    );
    expect(tab.width).toBeLessThan(60);
    expect(findFrame(page)).toBeUndefined(); // no UI is loaded until the reader asks for it
    await page.mouse.click(tab.x + tab.width / 2, 900 * 0.4 + 30);
    const frame = await openSidebar(page, { analysis: false });
    expect(await frame.evaluate(() => Boolean(document.querySelector('[data-section="related"]')))).toBe(true);
    expect(await frame.evaluate(() => document.querySelector('[data-section="summary"]'))).toBeNull();
    await page.screenshot({ path: screenshotPath('sidebar-related') });
    await frame.locator('[data-action="expand"]').click();
    await waitFor(() => frame.evaluate(() => document.querySelector('[data-section="timeline"]')), 'the full sidebar');
    await page.close();
  });
});

function readHistoryUrls(): Promise<string[]> {
  return session.worker.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('backstory');
        open.onsuccess = () => {
          const request = open.result.transaction('history').objectStore('history').getAll();
          request.onsuccess = () => resolve((request.result as { url: string }[]).map((row) => row.url));
        };
      }),
  );
}

describe('pages that are not about the story', () => {
  for (const path of ['/azure-outage.html', '/cooking.html']) {
    it(`shows no sidebar on ${path}, and leaves no trace`, async () => {
      const page = await session.context.newPage();
      await page.goto(server.url(path));
      await page.waitForTimeout(1500);
      expect(await hostCount(page)).toBe(0);
      expect(findFrame(page)).toBeUndefined();
      expect((await readHistoryUrls()).some((url) => url.endsWith(path))).toBe(false);
      await page.close();
    });
  }
});

describe('on a narrow window', () => {
  it('overlays the article instead of squeezing it, and gets out of the way in one step', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 760, height: 900 });
    await page.goto(server.url('/en-story.html?narrow'));
    const frame = await openSidebar(page, { analysis: false });
    const layout = await page.evaluate(() => ({
      margin: getComputedStyle(document.documentElement).marginRight,
      host: document.querySelector('backstory-sidebar')!.getBoundingClientRect().width,
    }));
    expect(layout.margin).toBe('0px');
    expect(layout.host).toBeGreaterThan(300);
    await page.screenshot({ path: screenshotPath('sidebar-narrow') });
    // Out of the way in one step (Esc or the collapse button), back in one click on the tab.
    // (Closing is tested last: it is remembered for the site.)
    expect(await frame.locator('[data-action="close"]').isVisible()).toBe(true);
    await frame.locator('[data-action="collapse"]').click();
    await expect.poll(() => page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)).toBeLessThan(60);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)).toBeGreaterThan(300);
    await page.close();
  });
});

describe('hostile pages', () => {
  it('keeps the sidebar intact on a page with hostile CSS, scripts and a strict CSP', async () => {
    const page = await session.context.newPage();
    const response = await page.goto(server.url('/hostile.csp.html'));
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await openSidebar(page, { analysis: false });
    await page.waitForTimeout(900); // the page's "hydration" throws the host away 300 ms after load; it comes back
    const frame = await openSidebar(page, { analysis: false });
    const state = await page.evaluate(() => {
      const host = document.querySelector('backstory-sidebar') as HTMLElement | null;
      if (!host) return null;
      const rect = host.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + 100);
      return { display: getComputedStyle(host).display, visibility: getComputedStyle(host).visibility, width: rect.width, height: rect.height, onTop: hit === host };
    });
    expect(state).toMatchObject({ display: 'block', visibility: 'visible', onTop: true });
    expect(state!.width).toBeGreaterThan(300);
    expect(state!.height).toBeGreaterThan(500);
    expect(await hostCount(page)).toBe(1);
    expect((await sectionText(frame, 'summary')).length).toBeGreaterThan(100);
    await page.screenshot({ path: screenshotPath('sidebar-hostile') });
    await page.close();
  });

  it('does not let the page read the sidebar', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/snoop.html'));
    await openSidebar(page, { analysis: false });
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-snoop')), { timeout: 10_000 }).not.toBeNull();
    const report = JSON.parse((await page.evaluate(() => document.documentElement.getAttribute('data-snoop')))!);
    expect(report).toMatchObject({ hostFound: true, shadowRoot: 'null', childNodes: 0, innerHTML: 0, iframesInDocument: 0, deepQuery: 0, attachShadow: 'refused', bodyText: 'clean' });
    expect(report.frameDocument).toMatch(/^blocked:|^none$/);
    await page.close();
  });
});

describe('in-page navigation', () => {
  it('keeps exactly one sidebar showing the current article, and none off topic', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/spa/microsoft-unit-8200'));
    let frame = await openSidebar(page, { analysis: false });
    expect(await frame.evaluate(() => document.querySelector('.bs-article-line')?.textContent)).toContain('2025');
    await page.click('nav a[href="/spa/employees-protest"]');
    await expect
      .poll(async () => (await findFrame(page)?.evaluate(() => (document.querySelector('.bs-article-line') as HTMLElement | null)?.innerText ?? '').catch(() => '')) ?? '', { timeout: 10_000 })
      .toMatch(/September 28, 2025/);
    expect(await hostCount(page)).toBe(1);
    await page.click('nav a[href="/spa/sourdough"]');
    await expect.poll(() => hostCount(page), { timeout: 5000 }).toBe(0);
    await page.click('nav a[href="/spa/microsoft-unit-8200"]');
    await expect.poll(() => hostCount(page), { timeout: 5000 }).toBe(1);
    frame = await openSidebar(page, { analysis: false });
    expect(await frame.evaluate(() => (document.querySelector('.bs-article-line') as HTMLElement).innerText)).toMatch(/September 25, 2025/);
    expect(page.frames().filter((f) => f.url().includes('/sidebar.html'))).toHaveLength(1);
    await page.close();
  });
});

describe('not about this story', () => {
  it('closes the sidebar and remembers the page', async () => {
    const url = server.url('/en-story.html?from=dismiss-test');
    const page = await session.context.newPage();
    await page.goto(url);
    const frame = await openSidebar(page, { analysis: false });
    await frame.locator('[data-action="not-about"]').click();
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-scope'))).toBe('page');
    // Esc backs out of the choice (not out of the sidebar) and focus returns to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('not-about');
    expect(await page.evaluate(() => document.querySelector('backstory-sidebar')!.getBoundingClientRect().width)).toBeGreaterThan(300);
    await page.keyboard.press('Enter');
    await frame.locator('[data-scope="page"]').click();
    await expect.poll(() => hostCount(page)).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await hostCount(page)).toBe(0);
    await page.close();
  });
});
