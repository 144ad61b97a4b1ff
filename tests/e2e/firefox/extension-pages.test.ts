import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PAGES_DIR, ROOT, servePages, type PageServer } from '../harness';
import { countHosts, readTableInExtension, waitFor } from '../journeys';
import { clickInSidebar, firefoxScreenshot, launchFirefox, openSidebar, typeInSidebar, type FirefoxSession } from './harness';

// The options page, the popup and following a story in Firefox, on the fixtures of the Chromium
// suite (tests/e2e/popup-options.test.ts, tests/e2e/follow.test.ts). Firefox's toolbar popup
// cannot be clicked open by a driver; as in the Chromium suite, popup.html?tab=ID is opened in a
// window of its own, which is the same page the toolbar shows.

// The extension API inside an extension page (functions passed to inExtension run there).
declare const browser: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

const FIXTURES = join(PAGES_DIR, 'options-fixtures');
const FIXTURE = JSON.parse(readFileSync(join(FIXTURES, 'varna-dam-breach.dossier.json'), 'utf8'));
const FIXTURE_ID = 'varna-dam-breach';
const BUILTIN_ID = 'microsoft-unit-8200-azure';
const ARTICLE = '/options-fixtures/varna-dam-engineers-warned-of-cracks.html';
const UNRELATED = '/options-fixtures/harvest-festival-draws-record-crowds.html';
const FOLLOW_EN = '/follow/saltmere-ferry-aground.html';

let session: FirefoxSession;
let server: PageServer;
let options: Page;

beforeAll(async () => {
  [session, server] = await Promise.all([launchFirefox(), servePages()]);
  options = session.extensionPage; // options.html
  await options.waitForSelector(`[data-dossier-id="${BUILTIN_ID}"]`, { timeout: 30_000 });
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

function listIds(): Promise<string[]> {
  return options.$$eval('[data-testid="dossier-list"] > li', (items) => items.map((item) => item.getAttribute('data-dossier-id') ?? ''));
}

function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.newPage();
  await page.goto(server.url(path));
  await page.bringToFront();
  const tabId = await session.inExtension(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number, null);
  return { page, tabId };
}

/** The popup for a tab, in a window of its own so the article stays the visible tab. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`, { window: true });
  await popup.waitForSelector('[data-testid="popup-matched"], [data-testid="popup-unmatched"]');
  return popup;
}

async function uploadTo(selector: string, file: string): Promise<void> {
  const input = await options.$(selector);
  if (!input) throw new Error(`no ${selector}`);
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

describe('Firefox: options', () => {
  it('imports a valid dossier through the file picker', async () => {
    await uploadTo('#dossier-file', join(FIXTURES, 'varna-dam-breach.dossier.json'));
    await options.waitForSelector(`[data-dossier-id="${FIXTURE_ID}"]`);
    expect(await textOf(options, `[data-dossier-id="${FIXTURE_ID}"]`)).toContain('3 sources · 3 events');
    expect((await listIds()).sort()).toEqual([BUILTIN_ID, FIXTURE_ID].sort());
  });

  it('refuses a broken file, says where the problem is, and writes nothing', async () => {
    const before = await listIds();
    await uploadTo('#dossier-file', join(FIXTURES, 'broken-unknown-source.dossier.json'));
    const error = await waitFor(
      () => options.evaluate(() => (document.querySelector('[data-testid="import-errors"] [role="alert"]') as HTMLElement | null)?.innerText),
      'the import error',
    );
    expect(error).toContain('nobody-said-this');
    expect(error).toContain('summary.keyPoints[1].sources[0]');
    expect(await listIds()).toEqual(before);
    await options.screenshot({ path: firefoxScreenshot('options-import-error') });
  });
});

describe('Firefox: popup', () => {
  it('on a matched tab shows the dossier and its headline', async () => {
    const { page, tabId } = await openArticle(ARTICLE);
    await waitFor(async () => (await countHosts(page)) > 0, 'the sidebar host', 20_000);
    const popup = await openPopup(tabId);
    expect(await popup.$eval('[data-testid="popup-matched"]', (el) => el.getAttribute('data-dossier-id'))).toBe(FIXTURE_ID);
    expect(await textOf(popup, '[data-testid="popup-headline"]')).toBe(FIXTURE.summary.headline);
    await popup.screenshot({ path: firefoxScreenshot('popup-matched') });
    await popup.close();
    await page.close();
  });

  it('on an unmatched tab says why', async () => {
    const { page, tabId } = await openArticle(UNRELATED);
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-testid="popup-unmatched"]');
    expect(await textOf(popup, '[data-testid="popup-reason"]')).toBe('This is an article, but it is not about any of your stories.');
    expect(await countHosts(page)).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('Firefox: backup and restore', () => {
  it('backs up, clears, and restores every dossier; a bad backup changes nothing', async () => {
    const before = (await listIds()).sort();
    // The backup is a download of a blob: keep its text as the page makes it (a headless
    // Firefox's download itself is not reachable through BiDi here).
    await options.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) void blob.text().then((text) => document.documentElement.setAttribute('data-last-download', text));
        return original(blob);
      };
    });
    await options.click('[data-testid="backup"]');
    const backup = await waitFor(() => options.evaluate(() => document.documentElement.getAttribute('data-last-download')), 'the backup');
    expect(JSON.parse(backup).format).toBe('backstory.backup');
    const backupFile = join(ROOT, 'test-output', 'firefox-e2e-backup.json');
    writeFileSync(backupFile, backup);

    await options.click('[data-testid="clear-all"]');
    await options.click('[data-testid="clear-all-yes"]');
    await options.waitForSelector('[data-testid="no-dossiers"]');

    const bad = join(ROOT, 'test-output', 'firefox-e2e-bad-backup.json');
    writeFileSync(bad, '{"format":"backstory.backup","version":1,"dossiers":[{"id":"x","dossier":{"format":"backstory.dossier"}}]}');
    await uploadTo('#backup-file', bad);
    const restoreError = await waitFor(
      () => options.evaluate(() => (document.querySelector('[data-testid="restore-errors"] [role="alert"]') as HTMLElement | null)?.innerText),
      'the restore error',
    );
    expect(restoreError).toContain('dossiers[0].dossier.');
    expect(await options.$('[data-testid="no-dossiers"]')).not.toBeNull();

    await uploadTo('#backup-file', backupFile);
    // Restoring asks first, with what the backup holds and what it replaces.
    await options.waitForSelector('[data-testid="restore-confirm"]');
    expect(await options.$eval('[data-testid="restore-replaces"]', (el) => (el as HTMLElement).innerText)).toContain('0 dossiers');
    await options.click('[data-testid="restore-yes"]');
    await options.waitForSelector(`[data-dossier-id="${FIXTURE_ID}"]`);
    await waitFor(async () => (await listIds()).length === before.length, 'every dossier back');
    expect((await listIds()).sort()).toEqual(before);
  });
});

describe('Firefox: following a story', () => {
  it('Follow → review → Save: the same tab shows the new story', async () => {
    const { page, tabId } = await openArticle(FOLLOW_EN);
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-testid="popup-follow"]');
    await popup.click('[data-testid="popup-follow"]');
    let frame = await openSidebar(page, { ready: 'follow', analysis: false });
    await frame.waitForSelector('[data-testid="term-groups"]', { timeout: 15_000 });
    await popup.close();
    expect(await frame.$eval('#follow-title', (el) => (el as HTMLInputElement).value)).toContain('Saltmere');
    const terms = await frame.$$eval('[data-term]', (chips) => chips.map((chip) => chip.getAttribute('data-term')));
    expect(terms).toEqual(expect.arrayContaining(['Saltmere', 'Brevik Lines']));
    await typeInSidebar(page, frame, '#follow-new-term', 'Vesk');
    await clickInSidebar(page, frame, '[data-action="add-term"]');
    await waitFor(() => frame.$('[data-term="Vesk"]'), 'the added term');
    await typeInSidebar(page, frame, '#follow-title', 'Saltmere ferry grounding');
    expect(await frame.$eval('#follow-title', (el) => (el as HTMLInputElement).value)).toBe('Saltmere ferry grounding');
    await page.screenshot({ path: firefoxScreenshot('follow-review') });
    await clickInSidebar(page, frame, '[data-action="save-follow"]');

    frame = await openSidebar(page, { analysis: false });
    expect(await frame.$eval('.bs-title', (el) => (el as HTMLElement).innerText)).toBe('Saltmere ferry grounding');
    const followed = ((await session.inExtension(readTableInExtension, 'dossiers')) as { origin: string; dossier: { topics: { terms: { text: string }[] }[] } }[]).filter(
      (row) => row.origin === 'follow',
    );
    expect(followed).toHaveLength(1);
    expect(followed[0].dossier.topics.flatMap((topic) => topic.terms.map((term) => term.text))).toContain('Vesk');
    await page.screenshot({ path: firefoxScreenshot('follow-saved') });
    await page.close();
  });
});
