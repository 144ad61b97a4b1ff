import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, screenshotPath, servePages, type ExtensionSession, type PageServer } from './harness';

// The dossier editor in the options page, driven as a reader would: rename the built-in dossier, add
// a term, type an impossible date (refused at its field, nothing lost), delete and undo, save; then a
// page that matched no story before is shown as the story. Then the same editor in Arabic.

declare const chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

const BUILTIN_ID = 'microsoft-unit-8200-azure';
const ARTICLE = '/editor-quillfeather.html';
const NEW_TITLE = 'Microsoft, Unit 8200 and the Quillfeather project';
const fieldId = (key: string) => `#edit-${BUILTIN_ID}-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

let session: ExtensionSession;
let server: PageServer;
let options: Page;

const extensionUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

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

/** What the popup says about a tab: the matched dossier's id, or null when it matched none. */
async function readPopupMatch(tabId: number): Promise<string | null> {
  const popup = await session.context.newPage();
  await popup.goto(extensionUrl(`popup.html?tab=${tabId}`));
  const shown = popup.locator('[data-testid="popup-matched"], [data-testid="popup-unmatched"]').first();
  await shown.waitFor({ timeout: 20_000 });
  const id = (await shown.getAttribute('data-testid')) === 'popup-matched' ? await shown.getAttribute('data-dossier-id') : null;
  await popup.close();
  return id;
}

async function findSeriousA11yViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Element) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('[data-testid="dossier-editor"]')!);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

async function storedTitle(): Promise<string> {
  return (await options.locator(`[data-dossier-id="${BUILTIN_ID}"] .options-dossier__title`).textContent()) ?? '';
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

describe('dossier editor', () => {
  let originalTitle = '';

  it('the fixture page matches no story before the edit', async () => {
    const { page, tabId } = await openArticle(ARTICLE);
    expect(await readPopupMatch(tabId)).toBeNull();
    expect(await page.locator('backstory-sidebar').count()).toBe(0);
    await page.close();
  });

  it('edits the title and adds a term, warning about a stopword first', async () => {
    originalTitle = await storedTitle();
    await options.locator(`[data-dossier-id="${BUILTIN_ID}"] [data-testid="edit-dossier"]`).click();
    const editor = options.locator('[data-testid="dossier-editor"]');
    await editor.waitFor();
    await options.fill(fieldId('title'), NEW_TITLE);

    const topic = editor.locator('[data-testid="edit-topic"]').first();
    const newTerm = topic.locator('[data-testid="new-term"]');
    await newTerm.getByLabel('New term').fill('the');
    expect(await newTerm.locator('[data-testid="term-warning"]').textContent()).toContain('common word');
    await newTerm.getByLabel('New term').fill('Quillfeather');
    expect(await newTerm.locator('[data-testid="term-warning"]').count()).toBe(0);
    await newTerm.getByLabel('Language').fill('en');
    await newTerm.getByLabel('Group').fill('microsoft');
    await newTerm.getByRole('button', { name: 'Add term' }).click();

    // The list is filtered to the new term, shown with its fields to edit.
    const rows = topic.locator('[data-testid="edit-term"]');
    await expect.poll(() => rows.count()).toBe(1);
    // The built-in story topic has 1290 terms: the new one is the 1291st.
    expect(await options.inputValue(fieldId('topics[0].terms[1290].text'))).toBe('Quillfeather');
    await options.fill(fieldId('topics[0].terms[1290].weight'), '3');
    expect(await options.locator('[data-testid="editor-status"]').textContent()).toBe('');
  });

  it('refuses an impossible date at its field, keeping every edit, and writes nothing', async () => {
    const date = options.locator(fieldId('events[1].date'));
    const before = await date.inputValue();
    await date.fill('2025-02-30');
    const error = options.locator(`${fieldId('events[1].date')}-error`);
    await error.waitFor();
    expect(await error.textContent()).toContain('"2025-02-30" is not a real date (February 2025 has 28 days)');
    expect(await date.getAttribute('aria-invalid')).toBe('true');

    await options.locator('[data-testid="editor-save"]').click();
    const refusal = options.locator('[data-testid="editor-refusal"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Not saved');
    expect(await refusal.locator('code').allTextContents()).toEqual(['events[1].date']);
    // Save took the reader to the field that is wrong.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe(fieldId('events[1].date').slice(1));
    // Nothing lost: the typed date, the new title and the new term are all still in the form.
    expect(await date.inputValue()).toBe('2025-02-30');
    expect(await options.inputValue(fieldId('title'))).toBe(NEW_TITLE);
    expect(await options.inputValue(fieldId('topics[0].terms[1290].weight'))).toBe('3');
    // Nothing written.
    expect(await storedTitle()).toBe(originalTitle);

    await date.fill(before);
    await error.waitFor({ state: 'detached' });
    await refusal.waitFor({ state: 'detached' });
  });

  it('refuses to delete a source still cited, and undoes a deleted key point', async () => {
    const editor = options.locator('[data-testid="dossier-editor"]');
    const firstSource = editor.locator('[data-testid="edit-source"]').first();
    const sourceCount = await editor.locator('[data-testid="edit-source"]').count();
    await firstSource.getByRole('button', { name: /^Delete/ }).click();
    expect(await firstSource.locator('[data-testid="source-delete-refused"]').textContent()).toMatch(/still cited by key point 1, .*event 1/);
    expect(await editor.locator('[data-testid="edit-source"]').count()).toBe(sourceCount);

    const points = editor.locator('[data-testid="edit-key-point"]');
    const count = await points.count();
    const secondText = await options.inputValue(fieldId('summary.keyPoints[1].text'));
    await points.nth(1).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => points.count()).toBe(count - 1);
    expect(await options.inputValue(fieldId('summary.keyPoints[1].text'))).not.toBe(secondText);
    const toast = options.locator('[data-testid="toast"]');
    expect(await toast.textContent()).toContain('Deleted “');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => points.count()).toBe(count);
    expect(await options.inputValue(fieldId('summary.keyPoints[1].text'))).toBe(secondText);
  });

  it('looks like the options page (screenshot) and has no serious accessibility problem', async () => {
    const editor = options.locator('[data-testid="dossier-editor"]');
    await editor.screenshot({ path: screenshotPath('options-editor-en') });
    expect(await findSeriousA11yViolations(options)).toEqual([]);
  });

  it('saves; the stored dossier, its export and the matcher all have the edit', async () => {
    await options.locator('[data-testid="editor-save"]').click();
    await options.locator('[data-testid="dossier-editor"]').waitFor({ state: 'detached' });
    expect(await options.locator('[data-testid="toast"]').textContent()).toContain(`Saved “${NEW_TITLE}”`);
    await expect.poll(storedTitle).toBe(NEW_TITLE);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: `Export “${NEW_TITLE}”` }).click()]);
    const file = join(ROOT, 'test-output', 'e2e-edited.dossier.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    const builtin = JSON.parse(readFileSync(join(ROOT, 'dossiers', `${BUILTIN_ID}.dossier.json`), 'utf8'));
    expect(exported.title).toBe(NEW_TITLE);
    expect(exported.topics[0].terms.at(-1)).toEqual({ text: 'Quillfeather', lang: 'en', weight: 3, group: 'microsoft' });
    expect(exported.events).toEqual(builtin.events);
    expect(exported.summary.keyPoints).toEqual(builtin.summary.keyPoints);
    // A field the format does not define survives the round trip through the editor.
    expect(exported.sources[0].note).toBe(builtin.sources[0].note);

    // The exported file imports back as an update of the same dossier.
    await options.setInputFiles('#dossier-file', file);
    await expect.poll(async () => (await options.locator('[data-testid="toast"]').textContent()) ?? '').toContain(`Updated “${NEW_TITLE}” from the file.`);
    expect(await options.locator('[data-testid="import-errors"] [role="alert"]').count()).toBe(0);

    const { page, tabId } = await openArticle(ARTICLE);
    await page.locator('backstory-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    expect(await readPopupMatch(tabId)).toBe(BUILTIN_ID);
    await page.close();
  });

  it('works right to left in Arabic, with problems worded in Arabic at their field', async () => {
    await options.locator('input[name="ui-language"][value="ar"]').check();
    await options.waitForFunction(() => document.documentElement.dir === 'rtl');
    await options.locator(`[data-dossier-id="${BUILTIN_ID}"] [data-testid="edit-dossier"]`).click();
    const editor = options.locator('[data-testid="dossier-editor"]');
    await editor.waitFor();
    await options.fill(fieldId('events[0].date'), '2025-13');
    const error = options.locator(`${fieldId('events[0].date')}-error`);
    await error.waitFor();
    expect(await error.textContent()).toMatch(/[\u0600-\u06ff]/);
    expect(await options.locator(fieldId('events[0].date')).getAttribute('dir')).toBe('ltr');
    // Fields sit on the right in RTL: the first field's start edge is near the editor's right edge.
    const [editorBox, titleBox] = await Promise.all([editor.boundingBox(), options.locator(fieldId('title')).boundingBox()]);
    expect(editorBox!.x + editorBox!.width - (titleBox!.x + titleBox!.width)).toBeLessThan(40);
    await editor.screenshot({ path: screenshotPath('options-editor-ar') });
    expect(await findSeriousA11yViolations(options)).toEqual([]);
  });
});
