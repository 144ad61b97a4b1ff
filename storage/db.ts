import Dexie, { type Table } from 'dexie';
import type { Dossier, DossierEvent, Source } from '../core/dossier/types';

// The extension's one database. It lives in the extension's origin: the
// background service worker and the extension pages (popup, options, sidebar
// iframe) open it; content scripts never do, because IndexedDB opened there
// would belong to the web page's origin.

/** 'follow': drafted from an article the reader chose to follow (see core/follow). */
export type DossierOrigin = 'builtin' | 'import' | 'follow';

export interface StoredDossier {
  id: string;
  /** The file as imported, unknown fields kept, so that export round-trips. */
  dossier: Dossier;
  title: string;
  enabled: 0 | 1; // numbers, because IndexedDB cannot index booleans
  origin: DossierOrigin;
  /** For the built-in: the user changed it (re-import/edit), so updates must not overwrite it. */
  edited: boolean;
  importedAt: number;
  /** Local time of the last write, for "last updated" and ordering. */
  changedAt: number;
  sourceCount: number;
  eventCount: number;
  /** Add every later article matched to this story by itself (the reader's per-dossier choice). */
  autoAdd?: boolean;
  /** When the reader last saw this dossier in the sidebar: items added after it are marked new. */
  lastSeenAt?: number;
}

/** Derived rows: a dossier's parts, rewritten in the same transaction as the dossier. */
export interface StoredSource extends Source {
  key: string; // `${dossierId}/${id}`
  dossierId: string;
}
export interface StoredEvent extends DossierEvent {
  key: string;
  dossierId: string;
}

export type MatchLevel = 'story' | 'related';

export interface HistoryEntry {
  id?: number;
  url: string;
  dossierId: string;
  topicId: string;
  level: MatchLevel;
  score: number;
  title: string | null;
  publisher: string | null;
  authors: string[];
  publishedAt: string | null;
  language: string | null;
  readAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type DismissScope = 'page' | 'site';
export interface Dismissal {
  id?: number;
  dossierId: string;
  scope: DismissScope;
  /** The page URL (without hash) or the site's host name. */
  target: string;
  createdAt: number;
  /**
   * The history rows this dismissal took out (read on that page or site), kept so that undoing it
   * brings them back. Not indexed: no schema change.
   */
  removedHistory?: HistoryEntry[];
}

export type SidebarState = 'open' | 'collapsed' | 'closed';
export interface SiteRow {
  host: string;
  sidebarState: SidebarState;
}

/** A user-deleted built-in dossier, so that updates do not bring it back. */
export interface Tombstone {
  id: string;
  deletedAt: number;
}

export const DB_NAME = 'backstory';

// Schema history. Never edit a released version: add one, with an upgrade.
export const SCHEMA_V1 = {
  dossiers: 'id, enabled, changedAt',
  history: '++id, url, dossierId, readAt',
  settings: 'key',
};
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // v2: dossier parts become queryable tables; history gains a compound index
  // for "recent articles on this story"; dismissals, per-site UI state, tombstones.
  sources: 'key, dossierId, publishedAt',
  events: 'key, dossierId, date',
  history: '++id, url, dossierId, readAt, [dossierId+readAt]',
  dismissals: '++id, [dossierId+scope+target], target',
  sites: 'host',
  tombstones: 'id',
};

export function toSourceRows(dossier: Dossier): StoredSource[] {
  return dossier.sources.map((source) => ({ ...source, key: `${dossier.id}/${source.id}`, dossierId: dossier.id }));
}
export function toEventRows(dossier: Dossier): StoredEvent[] {
  return dossier.events.map((event) => ({ ...event, key: `${dossier.id}/${event.id}`, dossierId: dossier.id }));
}

export class BackstoryDb extends Dexie {
  dossiers!: Table<StoredDossier, string>;
  sources!: Table<StoredSource, string>;
  events!: Table<StoredEvent, string>;
  history!: Table<HistoryEntry, number>;
  settings!: Table<SettingRow, string>;
  dismissals!: Table<Dismissal, number>;
  sites!: Table<SiteRow, string>;
  tombstones!: Table<Tombstone, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // v1 kept only whole dossiers; derive their parts so nothing is lost.
        const dossiers = (await tx.table('dossiers').toArray()) as StoredDossier[];
        for (const row of dossiers) {
          await tx.table('sources').bulkPut(toSourceRows(row.dossier));
          await tx.table('events').bulkPut(toEventRows(row.dossier));
          await tx.table('dossiers').update(row.id, {
            sourceCount: row.dossier.sources.length,
            eventCount: row.dossier.events.length,
          });
        }
      });
  }
}

let instance: BackstoryDb | undefined;
/** The shared database of this extension context. */
export function getDb(): BackstoryDb {
  instance ??= new BackstoryDb();
  return instance;
}
/**
 * Whether this context can open the extension's database (Firefox refuses IndexedDB to extension
 * pages in a private window): for pages to check before they render, without touching Dexie.
 */
export async function canOpenDatabase(): Promise<boolean> {
  try {
    await getDb().open();
    return true;
  } catch {
    return false;
  }
}

/** Tests use a fresh database each. */
export function setDbForTesting(db: BackstoryDb | undefined): void {
  instance = db;
}
