// The few browser APIs the extension's pages (components/) need, behind one small service, so that
// components never import webextension-polyfill and tests can swap in a fake (setPlatformForTesting).
import browser from 'webextension-polyfill';

export interface Platform {
  /** The browser's own UI language ("en-US", "ar"). */
  uiLanguage(): string;
  /** A string from the extension's _locales in the browser's language; '' when missing. */
  message(key: string, substitutions?: string[]): string;
  /** The active tab of the current window. */
  activeTabId(): Promise<number | undefined>;
  openOptionsPage(): Promise<void>;
  /** storage.local (small records the database may be unable to hold, such as why it failed). */
  readLocal<T>(key: string): Promise<T | undefined>;
  writeLocal(key: string, value: unknown): Promise<void>;
  removeLocal(key: string): Promise<void>;
  /** Calls back when storage.local's `key` changes in any extension context; returns the unsubscribe. */
  watchLocal(key: string, onChange: () => void): () => void;
}

export const browserPlatform: Platform = {
  uiLanguage: () => browser.i18n.getUILanguage(),
  message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  openOptionsPage: () => browser.runtime.openOptionsPage(),
  async readLocal<T>(key: string) {
    return (await browser.storage.local.get(key))[key] as T | undefined;
  },
  async writeLocal(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async removeLocal(key) {
    await browser.storage.local.remove(key);
  },
  watchLocal(key, onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && key in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

let current: Platform = browserPlatform;

export function getPlatform(): Platform {
  return current;
}

/** Tests: a fake platform (or undefined for the real one). */
export function setPlatformForTesting(platform: Platform | undefined): void {
  current = platform ?? browserPlatform;
}

/** An in-memory platform for tests and for pages that run outside the extension. */
export function createMemoryPlatform(options: { uiLanguage?: string; messages?: Record<string, string>; activeTabId?: number } = {}): Platform & { local: Map<string, unknown>; openedOptions: number } {
  const local = new Map<string, unknown>();
  const watchers = new Map<string, Set<() => void>>();
  const notify = (key: string) => watchers.get(key)?.forEach((fn) => fn());
  const platform = {
    local,
    openedOptions: 0,
    uiLanguage: () => options.uiLanguage ?? 'en',
    message: (key: string, substitutions: string[] = []) =>
      (options.messages?.[key] ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    activeTabId: async () => options.activeTabId,
    async openOptionsPage() {
      platform.openedOptions += 1;
    },
    readLocal: async <T>(key: string) => structuredClone(local.get(key)) as T | undefined,
    async writeLocal(key: string, value: unknown) {
      local.set(key, structuredClone(value));
      notify(key);
    },
    async removeLocal(key: string) {
      local.delete(key);
      notify(key);
    },
    watchLocal(key: string, onChange: () => void) {
      if (!watchers.has(key)) watchers.set(key, new Set());
      watchers.get(key)!.add(onChange);
      return () => void watchers.get(key)?.delete(onChange);
    },
  };
  return platform;
}
