// Shared by the planted-word tests (hidden-words.test.ts: markup and style sheets; hidden-paint.test.ts:
// paint): the built-in dossier installed, and what the content script of the active tab says.
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

function countDossiers(session: ExtensionSession): Promise<number> {
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

/** Waits until the built-in dossier is installed (the tests' controls need it to match). */
export async function waitForBuiltinDossier(session: ExtensionSession): Promise<void> {
  const end = Date.now() + 60_000;
  while ((await countDossiers(session).catch(() => 0)) === 0) {
    if (Date.now() > end) throw new Error('the built-in dossier was never installed');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the content script in the active tab says about its page ('pending' until it has looked). */
export function readPageStatus(session: ExtensionSession): Promise<string> {
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

export const countHosts = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('backstory-sidebar').length);
