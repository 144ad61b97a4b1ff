import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, PAGES_DIR, ROOT, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';

// The popup and the options page, driven as a user would: files through the
// picker (and one by drag and drop), switches, the blocked-sites list, backup
// and restore, and the popup on a matched and an unmatched tab.

// The extension API as seen inside the service worker (functions passed to worker.evaluate run there).
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown> };
};

const FIXTURES = join(PAGES_DIR, 'options-fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const BUILTIN_ID = 'microsoft-unit-8200-azure';
const FIXTURE_ID = 'varna-dam-breach';
const FIXTURE = JSON.parse(readFileSync(fixture('varna-dam-breach.dossier.json'), 'utf8'));
const ARTICLE = '/options-fixtures/varna-dam-engineers-warned-of-cracks.html';
const ARTICLE_2 = '/options-fixtures/varna-dam-residents-wait-to-return-home.html';
const UNRELATED = '/options-fixtures/harvest-festival-draws-record-crowds.html';

let session: ExtensionSession;
let server: PageServer;
let options: Page;

const extensionUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function listedIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="dossier-list"] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-dossier-id') ?? ''));
}

/** Opens an article in a tab of its own and returns that tab's id (read from the background's view of the active tab). */
async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  await page.bringToFront();
  const tabId = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
  return { page, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
  await popup.locator('[data-testid="popup"]').waitFor();
  await popup.locator('[data-testid="popup-matched"], [data-testid="popup-unmatched"]').first().waitFor();
  return popup;
}

async function hasSidebar(page: Page): Promise<boolean> {
  return (await page.locator('backstory-sidebar').count()) > 0;
}

/** axe-core in the page (evaluated through the debugger, so the extension's CSP does not stop it). */
async function findSeriousA11yViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

beforeAll(async () => {
  session = await launchExtension();
  server = await servePages();
  options = await session.context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.locator(`[data-dossier-id="${BUILTIN_ID}"]`).waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('options: dossiers', () => {
  it('imports a valid dossier through the file picker, and every open extension page shows it without a reload', async () => {
    const other = await session.context.newPage();
    await other.goto(extensionUrl('options.html'));
    await other.locator(`[data-dossier-id="${BUILTIN_ID}"]`).waitFor();

    await options.setInputFiles('#dossier-file', fixture('varna-dam-breach.dossier.json'));
    await options.locator(`[data-dossier-id="${FIXTURE_ID}"]`).waitFor();
    await expect(options.locator('[data-testid="toast"]').textContent()).resolves.toContain(FIXTURE.title);
    const row = options.locator(`[data-dossier-id="${FIXTURE_ID}"]`);
    expect(await row.textContent()).toContain('3 sources · 3 events');
    // The other page was never reloaded: Dexie's live query brought the new row.
    await other.locator(`[data-dossier-id="${FIXTURE_ID}"]`).waitFor({ timeout: 5000 });
    await other.close();
    expect((await listedIds(options)).sort()).toEqual([BUILTIN_ID, FIXTURE_ID].sort());
  });

  it('shows it in full with the shared dossier components', async () => {
    const row = options.locator(`[data-dossier-id="${FIXTURE_ID}"]`);
    await row.getByRole('button', { name: /View/ }).click();
    const view = row.locator('[data-testid="dossier-view"]');
    await view.waitFor();
    const text = (await view.textContent()) ?? '';
    expect(text).toContain(FIXTURE.summary.headline);
    expect(text).toContain(FIXTURE.events[0].title);
    expect(text).toContain(FIXTURE.sources[0].title);
    await options.locator('[data-testid="toast"] button[aria-label]').click();
    await row.screenshot({ path: screenshotPath('options-dossier-view-en') });
    await row.getByRole('button', { name: 'Hide' }).click();
    await view.waitFor({ state: 'detached' });
  });

  // [file, the path(s) shown as code, words of the message]
  const broken: [string, string[], string][] = [
    ['broken-invalid-json.dossier.json', ['(file)'], 'invalid JSON'],
    ['broken-wrong-types.dossier.json', ['version', 'title'], 'expected a number'],
    ['broken-unknown-source.dossier.json', ['summary.keyPoints[1].sources[0]'], 'nobody-said-this'],
    ['broken-javascript-url.dossier.json', ['sources[0].url'], 'javascript:'],
    ['broken-impossible-date.dossier.json', ['events[2].date'], '2025-02-30'],
  ];
  it.each(broken)('refuses %s, says where the problem is, and writes nothing', async (file, paths, words) => {
    const before = await listedIds(options);
    await options.setInputFiles('#dossier-file', fixture(file));
    const error = options.locator('[data-testid="import-errors"] [role="alert"]', { hasText: file });
    await error.waitFor();
    expect(await error.textContent()).toContain(words);
    const shownPaths = await error.locator('code').allTextContents();
    for (const path of paths) expect(shownPaths).toContain(path);
    expect(await listedIds(options)).toEqual(before);
  });

  it('takes a dropped file too', async () => {
    const before = await listedIds(options);
    const content = readFileSync(fixture('broken-javascript-url.dossier.json'), 'utf8');
    await options.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.dossier.json', { type: 'application/json' }));
      const zone = document.querySelector('[data-testid="dossier-file-drop"]')!;
      zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, content);
    await options.locator('[data-testid="import-errors"]', { hasText: 'dropped.dossier.json' }).waitFor();
    expect(await options.locator('[data-testid="import-errors"] code', { hasText: 'sources[0].url' }).count()).toBe(1);
    expect(await listedIds(options)).toEqual(before);
  });

  it('deletes with undo', async () => {
    await options.getByRole('button', { name: `Delete “${FIXTURE.title}”` }).click();
    await options.locator(`[data-dossier-id="${FIXTURE_ID}"]`).waitFor({ state: 'detached' });
    await options.locator('[data-testid="toast"]').getByRole('button', { name: 'Undo' }).click();
    await options.locator(`[data-dossier-id="${FIXTURE_ID}"]`).waitFor();
    expect(await options.locator(`[data-dossier-id="${FIXTURE_ID}"] [role="switch"]`).getAttribute('aria-checked')).toBe('true');
  });
});

describe('popup', () => {
  it('on a matched tab: the dossier, its headline and key points, the article, and what else was read on the story', async () => {
    const earlier = await openArticle(ARTICLE_2);
    await earlier.page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    await earlier.page.close();
    const { page, tabId } = await openArticle(ARTICLE);
    await page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    const popup = await openPopup(tabId);
    const matched = popup.locator('[data-testid="popup-matched"]');
    expect(await matched.getAttribute('data-dossier-id')).toBe(FIXTURE_ID);
    expect(await popup.locator('[data-testid="popup-headline"]').textContent()).toBe(FIXTURE.summary.headline);
    expect(await popup.locator('.popup__points > li').count()).toBe(3);
    // Source markers: numbered as in the dossier's source list, with the source named for screen readers.
    expect(await popup.locator('.popup__points > li').first().locator('.ui-marker').count()).toBe(2);
    expect(await popup.locator('.popup__points .ui-visually-hidden').first().textContent()).toContain(FIXTURE.sources[0].title);
    const citation = (await popup.locator('[data-testid="popup-citation"]').textContent()) ?? '';
    expect(citation).toContain('The Valley Herald');
    expect(citation).toContain('Ana Petrov');
    expect(citation).toContain('2025');
    await popup.locator('[data-testid="popup-recent"] li').first().waitFor();
    const recent = (await popup.locator('[data-testid="popup-recent"]').textContent()) ?? '';
    expect(recent).toContain('Residents evacuated after the Varna Dam breach');
    expect(recent).toContain('Riverside Post');
    expect(recent).not.toContain('Engineers warned of cracks'); // the page in this tab is not listed as read elsewhere
    await popup.screenshot({ path: screenshotPath('popup-matched-en'), fullPage: true });
    expect(await findSeriousA11yViolations(popup)).toEqual([]);

    // "Open the sidebar" after the user closed it brings it back.
    await session.worker.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'cs-command', command: { command: 'close' } }, { frameId: 0 }), tabId);
    await page.locator('backstory-sidebar').waitFor({ state: 'detached' });
    await popup.locator('[data-testid="popup-open"]').click();
    await page.locator('backstory-sidebar').waitFor({ state: 'attached' });
    await popup.close();
    await page.close();
  });

  it('on an unmatched tab: says why, offers to check again or open anyway with a chosen dossier', async () => {
    const { page, tabId } = await openArticle(UNRELATED);
    const popup = await openPopup(tabId);
    await popup.locator('[data-testid="popup-unmatched"]').waitFor();
    expect(await popup.locator('[data-testid="popup-reason"]').textContent()).toBe('This is an article, but it is not about any of your stories.');
    expect(await hasSidebar(page)).toBe(false);
    await popup.locator('[data-testid="popup-recheck"]').click();
    await popup.locator('[data-testid="popup-unmatched"]').waitFor();
    await popup.screenshot({ path: screenshotPath('popup-unmatched-en'), fullPage: true });
    expect(await findSeriousA11yViolations(popup)).toEqual([]);
    await popup.selectOption('#popup-open-with', FIXTURE_ID);
    await popup.locator('[data-testid="popup-open-with"]').click();
    await page.locator('backstory-sidebar').waitFor({ state: 'attached' });
    await popup.locator(`[data-testid="popup-matched"][data-dossier-id="${FIXTURE_ID}"]`).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('options: matching', () => {
  it('a disabled dossier no longer matches its page', async () => {
    const row = options.locator(`[data-dossier-id="${FIXTURE_ID}"]`);
    await row.locator('[role="switch"]').click();
    await options.locator(`[data-dossier-id="${FIXTURE_ID}"][data-enabled="false"]`).waitFor();
    const { page, tabId } = await openArticle(ARTICLE);
    const popup = await openPopup(tabId);
    expect(await popup.locator('[data-testid="popup-reason"]').textContent()).toBe('This is an article, but it is not about any of your stories.');
    expect(await hasSidebar(page)).toBe(false);
    await row.locator('[role="switch"]').click();
    await options.locator(`[data-dossier-id="${FIXTURE_ID}"][data-enabled="true"]`).waitFor();
    await popup.locator('[data-testid="popup-recheck"]').click();
    await popup.locator(`[data-testid="popup-matched"][data-dossier-id="${FIXTURE_ID}"]`).waitFor();
    await popup.close();
    await page.close();
  });

  it('a blocked site gets no sidebar', async () => {
    await options.fill('#blocked-sites-input', 'http://127.0.0.1/whatever');
    await options.locator('[data-testid="blocked-sites"]').getByRole('button', { name: 'Add' }).click();
    await options.locator('[data-testid="blocked-sites"] li', { hasText: '127.0.0.1' }).waitFor();
    const { page, tabId } = await openArticle(ARTICLE);
    const popup = await openPopup(tabId);
    expect(await popup.locator('[data-testid="popup-reason"]').textContent()).toBe('Backstory is switched off on this site.');
    expect(await hasSidebar(page)).toBe(false);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await options.locator('[data-testid="blocked-sites"] li', { hasText: '127.0.0.1' }).waitFor({ state: 'detached' });
    await popup.close();
    await page.close();
  });
});

describe('options: backup', () => {
  it('backs up, clears, and restores every dossier and history row; a bad backup changes nothing', async () => {
    const history = options.locator('[data-testid="history-list"] > li');
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor();
    const urlsBefore = (await history.evaluateAll((items) => items.map((item) => item.getAttribute('data-url')))).sort();
    expect(urlsBefore).toEqual(expect.arrayContaining([server.url(ARTICLE), server.url(ARTICLE_2)]));
    const dossiersBefore = (await listedIds(options)).sort();

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="backup"]').click()]);
    const backupFile = join(ROOT, 'test-output', 'e2e-backup.json');
    await download.saveAs(backupFile);
    expect(JSON.parse(readFileSync(backupFile, 'utf8')).format).toBe('backstory.backup');

    // Data says what is stored, and Clear all says what it deletes, counted.
    await expect.poll(() => options.locator('[data-testid="stored-counts"]').textContent()).toContain(`Stored: ${dossiersBefore.length} dossiers, ${urlsBefore.length} history rows`);
    await options.locator('[data-testid="clear-all"]').click();
    expect(await options.locator('.ui-confirm').textContent()).toContain(`Delete everything: ${dossiersBefore.length} dossiers, ${urlsBefore.length} history rows`);
    await options.locator('[data-testid="clear-all-yes"]').click();
    await options.locator('[data-testid="no-dossiers"]').waitFor();
    await options.locator('[data-testid="history-list"]').waitFor({ state: 'detached' });

    // A broken backup: an error, and the (empty) data stays as it was.
    const bad = join(ROOT, 'test-output', 'e2e-bad-backup.json');
    writeFileSync(bad, '{"format":"backstory.backup","version":1,"dossiers":[{"id":"x","dossier":{"format":"backstory.dossier"}}]}');
    await options.setInputFiles('#backup-file', bad);
    const restoreError = options.locator('[data-testid="restore-errors"] [role="alert"]');
    await restoreError.waitFor();
    expect(await restoreError.textContent()).toContain('dossiers[0].dossier.');
    expect(await options.locator('[data-testid="no-dossiers"]').count()).toBe(1);

    // Restoring asks first, saying what the backup holds and what it replaces; Cancel changes nothing.
    const backupJson = JSON.parse(readFileSync(backupFile, 'utf8'));
    await options.setInputFiles('#backup-file', backupFile);
    const confirm = options.locator('[data-testid="restore-confirm"]');
    await confirm.waitFor();
    expect(await confirm.locator('[data-testid="restore-holds"]').textContent()).toContain(
      `holds ${backupJson.dossiers.length} dossiers, ${backupJson.history.length} history rows, ${backupJson.dismissals.length} “not about this story” choices and ${backupJson.sites.length} remembered sites`,
    );
    expect(await confirm.locator('[data-testid="restore-replaces"]').textContent()).toContain('now: 0 dossiers, 0 history rows');
    await options.screenshot({ path: screenshotPath('options-restore-confirm'), fullPage: true });
    expect(await findSeriousA11yViolations(options)).toEqual([]);
    await confirm.locator('[data-testid="restore-cancel"]').click();
    await confirm.waitFor({ state: 'detached' });
    await options.waitForTimeout(300);
    expect(await options.locator('[data-testid="no-dossiers"]').count()).toBe(1);

    await options.setInputFiles('#backup-file', backupFile);
    await confirm.locator('[data-testid="restore-yes"]').click();
    await options.locator(`[data-dossier-id="${FIXTURE_ID}"]`).waitFor();
    expect((await listedIds(options)).sort()).toEqual(dossiersBefore);
    await options.locator('[data-testid="history-list"] > li').nth(urlsBefore.length - 1).waitFor();
    expect((await history.evaluateAll((items) => items.map((item) => item.getAttribute('data-url')))).sort()).toEqual(urlsBefore);
    expect(await options.locator('[data-testid="restore-errors"] [role="alert"]').count()).toBe(0);
  });
});

/** The sidebar frame of a page, once it shows its summary. */
async function shownSidebarFrame(page: Page) {
  const end = Date.now() + 20_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (frame && (await frame.evaluate(() => document.documentElement.dataset.ready).catch(() => undefined)) === 'summary') return frame;
    if (Date.now() > end) throw new Error('the sidebar did not show its summary');
    await page.waitForTimeout(100);
  }
}

const historyUrls = () =>
  options.locator('[data-testid="history-list"] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-url') ?? '').sort());

describe('options: what is remembered per site, and undoing "not about this story"', () => {
  it('the reader’s collapse shows in Data as remembered for the site, and Forget clears it', async () => {
    const { page } = await openArticle(ARTICLE);
    const frame = await shownSidebarFrame(page);
    await frame.locator('[data-action="collapse"]').click();
    // (The popup's "Open" earlier was the reader's too: the site may already be remembered as open.)
    const row = options.locator('[data-testid="remembered-sites"] li[data-host="127.0.0.1"]');
    await options.locator('[data-testid="remembered-sites"] li[data-host="127.0.0.1"][data-state="collapsed"]').waitFor();
    expect(await row.textContent()).toContain('folded to a tab');
    await options.locator('#section-data').scrollIntoViewIfNeeded();
    await options.screenshot({ path: screenshotPath('options-remembered'), fullPage: true });
    await row.locator('button').click();
    await row.waitFor({ state: 'detached' });
    expect(await options.locator('[data-testid="remembered-sites"]').getAttribute('data-count')).toBe('0');
    // Forgotten: the site's next story opens again.
    await page.reload();
    await shownSidebarFrame(page);
    expect(await page.evaluate(() => document.querySelector('backstory-sidebar')?.getBoundingClientRect().width ?? 0)).toBeGreaterThan(300);
    await page.close();
  });

  it('a site-wide "not about this story" takes the site’s pages out of history; Undo (popup, or Data) brings them back', async () => {
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor();
    const before = await historyUrls();
    expect(before).toEqual(expect.arrayContaining([server.url(ARTICLE), server.url(ARTICLE_2)]));

    const dismissSite = async (page: Page) => {
      const frame = await shownSidebarFrame(page);
      await frame.locator('[data-action="not-about"]').click();
      await frame.locator('[data-scope="site"]').click();
      await page.locator('backstory-sidebar').waitFor({ state: 'detached' });
    };
    const { page, tabId } = await openArticle(ARTICLE);
    await dismissSite(page);
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor({ state: 'detached' });
    expect(await historyUrls()).not.toContain(server.url(ARTICLE));
    expect(await historyUrls()).not.toContain(server.url(ARTICLE_2));
    const dismissal = options.locator('[data-testid="dismissals"] li[data-scope="site"][data-target="127.0.0.1"]');
    await dismissal.waitFor();
    expect(await dismissal.textContent()).toContain(FIXTURE.title);

    // The popup on the dismissed page says so, with Undo.
    const popup = await openPopup(tabId);
    await popup.locator('[data-testid="popup-undo-dismiss"]').waitFor();
    expect(await popup.locator('[data-testid="popup-dismissals"]').textContent()).toContain(`You said this is not about “${FIXTURE.title}” (the whole site 127.0.0.1).`);
    await popup.screenshot({ path: screenshotPath('popup-dismissed-undo'), fullPage: true });
    expect(await findSeriousA11yViolations(popup)).toEqual([]);
    await popup.locator('[data-testid="popup-undo-dismiss"]').click();
    await popup.locator('[data-testid="popup-matched"]').waitFor();
    await page.locator('backstory-sidebar').waitFor({ state: 'attached' });
    await dismissal.waitFor({ state: 'detached' });
    await expect.poll(historyUrls).toEqual(before);
    await popup.close();

    // Again, undone from the options page's Data section this time.
    await page.reload();
    await dismissSite(page);
    await dismissal.waitFor();
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor({ state: 'detached' });
    await dismissal.locator('button').click();
    await dismissal.waitFor({ state: 'detached' });
    await expect.poll(() => options.locator('[data-testid="toast"]').textContent()).toMatch(/It matches again; \d+ history rows came back/);
    await expect.poll(historyUrls).toEqual(before);
    await page.reload();
    await page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    await page.close();
  });

  it('the popup’s "not about this story" has a toast with Undo', async () => {
    const { page, tabId } = await openArticle(ARTICLE_2);
    await page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    const popup = await openPopup(tabId);
    await popup.locator('[data-testid="popup-dismiss"]').click();
    await popup.locator('[data-testid="popup-unmatched"]').waitFor();
    const toast = popup.locator('[data-testid="toast"]');
    expect(await toast.textContent()).toContain(`Not about “${FIXTURE.title}” on this page.`);
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor({ state: 'detached' });
    await toast.locator('button', { hasText: 'Undo' }).click();
    await popup.locator('[data-testid="popup-matched"]').waitFor();
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('screenshots and accessibility', () => {
  it('options in English, then Arabic right-to-left; popup in Arabic', async () => {
    const closeToast = options.locator('[data-testid="toast"] button[aria-label]');
    if (await closeToast.count()) await closeToast.click();
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: screenshotPath('options-en'), fullPage: true });
    expect(await findSeriousA11yViolations(options)).toEqual([]);

    await options.locator('input[name="ui-language"][value="ar"]').check();
    await options.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    expect(await options.locator('#section-dossiers-title').textContent()).toBe('ملفات القصص');
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: screenshotPath('options-ar'), fullPage: true });
    expect(await findSeriousA11yViolations(options)).toEqual([]);

    const { page, tabId } = await openArticle(ARTICLE);
    await page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await popup.locator('[data-testid="popup-open"]').textContent()).toBe('افتح الشريط الجانبي');
    // The toolbar tooltip is in the chosen language too (the browser itself is in English).
    const title = await session.worker.evaluate((id) => (chrome as unknown as { action: { getTitle(d: object): Promise<string> } }).action.getTitle({ tabId: id }), tabId);
    expect(title).toMatch(/^Backstory: هذه الصفحة (عن|تمس) «/);
    await popup.screenshot({ path: screenshotPath('popup-matched-ar'), fullPage: true });
    expect(await findSeriousA11yViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('"not about this story" stops the match on that page and takes it out of the history', async () => {
    const { page, tabId } = await openArticle(ARTICLE_2);
    await page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    const popup = await openPopup(tabId);
    await popup.locator('[data-testid="popup-dismiss"]').click();
    await popup.locator('[data-testid="popup-unmatched"]').waitFor();
    expect(await popup.locator('[data-testid="popup-reason"]').textContent()).toBe('ذكرتَ أن هذه الصفحة ليست عن القصة التي طابقتها.');
    expect(await hasSidebar(page)).toBe(false);
    await options.locator('[data-testid="history-list"] > li', { hasText: 'Residents evacuated' }).waitFor({ state: 'detached' });
    await popup.close();
    await page.close();
  });
});

/** Whether the built-in dossier is in the database (read in the worker, straight from IndexedDB). */
function builtinStored(): Promise<boolean> {
  return session.worker.evaluate(
    (id) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const request = open.result.transaction('dossiers').objectStore('dossiers').get(id);
          request.onsuccess = () => resolve(request.result !== undefined);
          request.onerror = () => resolve(false);
        };
      }),
    BUILTIN_ID,
  );
}

describe('the built-in dossier’s install failed', () => {
  it('options and popup say so and why (in the interface language); the next message installs it and the notice goes', async () => {
    // The state a failed install leaves (a full disk), with the built-in gone from the database.
    await session.worker.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['dossiers', 'sources', 'events'], 'readwrite');
          tx.objectStore('dossiers').delete('microsoft-unit-8200-azure');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
      await (chrome as unknown as { storage: { local: { set(v: object): Promise<void> } } }).storage.local.set({
        builtinInstall: { status: 'failed', attempts: 1, failedAt: Date.now(), failure: { code: 'quota', reason: 'quota', message: 'The browser has no room left for Backstory’s data.' } },
      });
    });
    const notice = options.locator('[data-testid="builtin-failed"]');
    await notice.waitFor();
    // The options page is in Arabic by now (the test above): the failure is worded in Arabic too.
    expect(await notice.textContent()).toContain('تعذّر تحميل القصة المضمَّنة');
    expect(await notice.textContent()).not.toContain('no room left');
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: screenshotPath('options-builtin-failed-ar') });

    const { page, tabId } = await openArticle(UNRELATED);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('[data-testid="builtin-failed"]').waitFor();
    await popup.screenshot({ path: screenshotPath('popup-builtin-failed-ar') });

    // A failure just now is not tried again on every message (the popup's own just now was one). Once it is
    // older than the pause, the next message (the popup's, opened again) tries again, and succeeds.
    await page.waitForTimeout(500);
    expect(await builtinStored()).toBe(false);
    await session.worker.evaluate(async () => {
      const local = (chrome as unknown as { storage: { local: { get(k: string): Promise<Record<string, { failedAt: number }>>; set(v: object): Promise<void> } } }).storage.local;
      const { builtinInstall } = await local.get('builtinInstall');
      await local.set({ builtinInstall: { ...builtinInstall, failedAt: builtinInstall.failedAt - 60_000 } });
    });
    await popup.reload();
    await expect.poll(builtinStored, { timeout: 20_000 }).toBe(true);
    await notice.waitFor({ state: 'detached' });
    await popup.locator('[data-testid="popup"]').waitFor();
    expect(await popup.locator('[data-testid="builtin-failed"]').count()).toBe(0);
    expect(await session.worker.evaluate(async () => (await (chrome as unknown as { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }).storage.local.get('builtinInstall')).builtinInstall ?? null)).toBeNull();
    await popup.close();
    await page.close();
  });
});
