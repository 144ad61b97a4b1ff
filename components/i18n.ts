import { useEffect, useState } from 'preact/hooks';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';
import { getPlatform } from '../storage/platform';

// UI strings live in the browser's i18n files (public/_locales). The browser
// picks a language from its own UI; users may choose another in Options, which
// browser.i18n cannot do at run time, so the same files are also bundled here.
export type UiLanguage = 'auto' | 'en' | 'ar';
type Messages = Record<string, { message: string }>;
const CATALOGS: Record<'en' | 'ar', Messages> = { en, ar };

let current: UiLanguage = 'auto';
const listeners = new Set<() => void>();

export function setUiLanguage(language: UiLanguage): void {
  if (language === current) return;
  current = language;
  listeners.forEach((listener) => listener());
}

/** The language the UI is shown in: the user's choice, else the browser's. */
export function resolveUiLanguage(language: UiLanguage = current): 'en' | 'ar' {
  if (language !== 'auto') return language;
  const browserLanguage = safeCall(() => getPlatform().uiLanguage()) ?? 'en';
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function isRtlLanguage(language: string | null | undefined): boolean {
  return /^(ar|he|iw|fa|ur|ps|yi|ckb|dv|sd|ug)(-|_|$)/i.test(language ?? '');
}

function safeCall<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function substitute(message: string, substitutions: (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** A UI string. Falls back to English, then to the key, so a missing string is visible but harmless. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  if (current === 'auto') {
    const fromBrowser = safeCall(() => getPlatform().message(key, substitutions.map(String)));
    if (fromBrowser) return fromBrowser;
  }
  const catalog = CATALOGS[resolveUiLanguage()];
  const message = catalog[key]?.message ?? CATALOGS.en[key]?.message;
  return message ? substitute(message, substitutions) : key;
}

/** Re-renders a component when the UI language changes. */
export function useUiLanguage(): 'en' | 'ar' {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((tick) => tick + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return resolveUiLanguage();
}
