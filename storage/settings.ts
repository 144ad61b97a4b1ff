import { getDb, type SidebarState, type SiteRow } from './db';

export type UiLanguage = 'auto' | 'en' | 'ar';

export interface Settings {
  /** Multiplies every topic's required score: 0.75 finds more, 1.5 only strong matches. */
  sensitivity: number;
  /** Open the sidebar by itself on story matches (otherwise a tab waits at the edge). */
  autoOpen: boolean;
  /** Host names (and their subdomains) where Backstory never runs. */
  blockedSites: string[];
  /** When not empty, the only host names where Backstory runs. */
  allowedSites: string[];
  recordHistory: boolean;
  uiLanguage: UiLanguage;
  /**
   * Private mode: nothing is added to pages (no sidebar element, no highlights); a match shows on
   * the toolbar badge and the sidebar opens in the browser's own side panel, which no page can see.
   */
  privateMode: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sensitivity: 1,
  autoOpen: true,
  blockedSites: [],
  allowedSites: [],
  recordHistory: true,
  uiLanguage: 'auto',
  privateMode: false,
};

export const SENSITIVITY_RANGE = { min: 0.5, max: 2 } as const;

/**
 * Settings as the code expects them, whatever was stored: a restored backup or an
 * older version may hold wrong types, and one bad value must not stop Backstory everywhere.
 */
export function sanitizeSettings(value: unknown): Settings {
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const hosts = (list: unknown) => normalizeHosts(Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
  const flag = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  return {
    sensitivity: Math.min(SENSITIVITY_RANGE.max, Math.max(SENSITIVITY_RANGE.min, Number(raw.sensitivity) || DEFAULT_SETTINGS.sensitivity)),
    autoOpen: flag(raw.autoOpen, DEFAULT_SETTINGS.autoOpen),
    blockedSites: hosts(raw.blockedSites),
    allowedSites: hosts(raw.allowedSites),
    recordHistory: flag(raw.recordHistory, DEFAULT_SETTINGS.recordHistory),
    uiLanguage: raw.uiLanguage === 'en' || raw.uiLanguage === 'ar' ? raw.uiLanguage : 'auto',
    privateMode: flag(raw.privateMode, DEFAULT_SETTINGS.privateMode),
  };
}

export async function getSettings(): Promise<Settings> {
  const row = await getDb().settings.get('settings');
  return sanitizeSettings(row?.value);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const next = sanitizeSettings({ ...(await getSettings()), ...patch });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}

/** Accepts what users paste (URLs, "*.example.com", upper case) and keeps bare host names. */
export function normalizeHosts(entries: string[]): string[] {
  const hosts = entries
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      const withoutWildcard = entry.replace(/^\*\./, '');
      try {
        return new URL(withoutWildcard.includes('://') ? withoutWildcard : `http://${withoutWildcard}`).hostname;
      } catch {
        return '';
      }
    })
    .filter(Boolean)
    .map((host) => host.replace(/^www\./, ''));
  return [...new Set(hosts)];
}

function isHostIn(host: string, list: string[]): boolean {
  const bare = host.toLowerCase().replace(/^www\./, '');
  return list.some((entry) => bare === entry || bare.endsWith(`.${entry}`));
}

export type SiteVerdict = { runs: true } | { runs: false; reason: 'site-blocked' | 'site-not-allowed' };

export function isSiteAllowed(url: string, settings: Settings): SiteVerdict {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return { runs: false, reason: 'site-blocked' };
  }
  if (isHostIn(host, settings.blockedSites)) return { runs: false, reason: 'site-blocked' };
  if (settings.allowedSites.length > 0 && !isHostIn(host, settings.allowedSites)) return { runs: false, reason: 'site-not-allowed' };
  return { runs: true };
}

export async function getSidebarState(host: string): Promise<SidebarState | undefined> {
  return (await getDb().sites.get(host))?.sidebarState;
}

export async function setSidebarState(host: string, sidebarState: SidebarState): Promise<void> {
  await getDb().sites.put({ host, sidebarState });
}

/** What is remembered per site (open, collapsed or closed), by host name. */
export async function listSiteStates(): Promise<SiteRow[]> {
  const rows = await getDb().sites.toArray();
  return rows.sort((a, b) => a.host.localeCompare(b.host));
}

/** Forgets a site's remembered sidebar state: the sidebar behaves there as on a site never seen. */
export async function forgetSiteState(host: string): Promise<void> {
  await getDb().sites.delete(host);
}

export async function forgetAllSiteStates(): Promise<void> {
  await getDb().sites.clear();
}
