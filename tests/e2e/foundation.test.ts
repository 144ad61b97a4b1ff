import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, screenshotPath, servePages, type ExtensionSession } from './harness';

// The service worker's own global (evaluated there, not in Node).
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

const builtin = JSON.parse(readFileSync(join(import.meta.dirname, '../../dossiers/microsoft-unit-8200-azure.dossier.json'), 'utf8'));

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Reads a table of the extension's own IndexedDB from inside its service worker. */
async function readTable(name: string): Promise<unknown[]> {
  return session.worker.evaluate(
    (table) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(table)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  );
}

async function waitForBuiltin(): Promise<{ id: string; title: string }[]> {
  for (let i = 0; i < 50; i++) {
    const rows = (await readTable('dossiers')) as { id: string; title: string }[];
    if (rows.length) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

describe('the built extension', () => {
  it('declares a service worker, a content script, a popup and an options page, and no needless permission', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background.service_worker).toBeTruthy();
    expect(manifest.content_scripts[0].js.length).toBeGreaterThan(0);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui?.page ?? manifest.options_page).toBe('options.html');
    // contextMenus: "Show this article's context" on any page (following a story starts there too).
    // sidePanel: private mode's sidebar. scripting and the http(s) hosts: the background runs the content
    // script's article part in a frame that found an article (entrypoints/content/article-slot.ts), on the
    // sites the content script runs on anyway; nothing else.
    expect(manifest.permissions.sort()).toEqual(['contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0].matches);
  });

  it('runs its service worker and loads the built-in dossier into IndexedDB on install', async () => {
    expect(session.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const rows = await waitForBuiltin();
    expect(rows.map((row) => row.id)).toEqual([builtin.id]);
    const sources = (await readTable('sources')) as { dossierId: string }[];
    const events = (await readTable('events')) as { dossierId: string }[];
    expect(sources).toHaveLength(builtin.sources.length);
    expect(events).toHaveLength(builtin.events.length);
  });

  it('lists the built-in dossier on the options page, from the database', async () => {
    await waitForBuiltin();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => page.getByText(builtin.title).first().isVisible(), { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: screenshotPath('foundation-options'), fullPage: false });
    await page.close();
  });

  it('shows the popup, which offers the stored dossiers on a page that did not match', async () => {
    await waitForBuiltin();
    const server = await servePages();
    const article = await session.context.newPage();
    await article.goto(server.url('/cooking.html'));
    await article.bringToFront();
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    // "Open the sidebar anyway with…" lists the dossiers from the database.
    await expect.poll(() => popup.locator('select option').allInnerTexts(), { timeout: 10_000 }).toContain(builtin.title);
    await popup.screenshot({ path: screenshotPath('foundation-popup') });
    await Promise.all([popup.close(), article.close(), server.close()]);
  });
});
