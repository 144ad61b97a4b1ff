import { validateDossier } from '../core/dossier/validate';
import { getDb, toEventRows, toSourceRows, type Dismissal, type HistoryEntry, type SettingRow, type SiteRow, type StoredDossier, type Tombstone } from './db';
import { getDossiersRevision } from './dossiers';
import { sanitizeSettings } from './settings';
import { describeStorageError, type FailureProblem, type StorageFailure, type StorageFailureReason } from './errors';

export const BACKUP_FORMAT = 'backstory.backup';
export const BACKUP_VERSION = 1;
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  dossiers: StoredDossier[];
  history: HistoryEntry[];
  settings: SettingRow[];
  dismissals: Dismissal[];
  sites: SiteRow[];
  tombstones: Tombstone[];
}

/** Everything Backstory stores, in one file. Dossier parts are derived, so they are not written twice. */
export async function exportBackup(now = new Date()): Promise<string> {
  const db = getDb();
  const backup: Backup = await db.transaction('r', [db.dossiers, db.history, db.settings, db.dismissals, db.sites, db.tombstones], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    dossiers: await db.dossiers.toArray(),
    history: await db.history.toArray(),
    settings: await db.settings.toArray(),
    dismissals: await db.dismissals.toArray(),
    sites: await db.sites.toArray(),
    tombstones: await db.tombstones.toArray(),
  }));
  return JSON.stringify(backup);
}

export type RestoreResult = { ok: true; dossiers: number; history: number } | StorageFailure;

function fail(
  reason: StorageFailureReason,
  message: string,
  params?: Record<string, string | number>,
  problems?: FailureProblem[],
): StorageFailure {
  return { ok: false, code: 'invalid', reason, params, message: `${message} Your data was left as it was.`, problems };
}

function isArrayOfObjects(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
}

/** How many of each kind of record: what a backup holds, or what is stored now. */
export interface DataCounts {
  dossiers: number;
  history: number;
  dismissals: number;
  sites: number;
}

/** A backup read and checked, not yet applied: what it holds, for the reader to confirm. */
export interface BackupPlan {
  ok: true;
  /** What the backup holds (after leaving out rows the code could not use). */
  holds: DataCounts;
  exportedAt: string | null;
  /** @internal the rows to write */
  rows: {
    dossiers: StoredDossier[];
    history: HistoryEntry[];
    settings: SettingRow[];
    dismissals: Dismissal[];
    sites: SiteRow[];
    tombstones: Tombstone[];
  };
}

/** What is stored now (what a restore would replace). */
export async function countStoredData(): Promise<DataCounts> {
  const db = getDb();
  return db.transaction('r', [db.dossiers, db.history, db.dismissals, db.sites], async () => ({
    dossiers: await db.dossiers.count(),
    history: await db.history.count(),
    dismissals: await db.dismissals.count(),
    sites: await db.sites.count(),
  }));
}

/** Reads and checks a backup file without changing anything: a plan to confirm, or why it cannot be restored. */
export function readBackup(text: string): BackupPlan | StorageFailure {
  if (text.length > MAX_BACKUP_BYTES) return fail('backup-too-large', 'This backup file is too large to be a Backstory backup.');
  let data: Partial<Backup>;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    return fail('backup-not-json', `This file is not valid JSON (${detail}).`, { detail });
  }
  if (!data || typeof data !== 'object' || data.format !== BACKUP_FORMAT) return fail('not-backup', 'This file is not a Backstory backup.');
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION) return fail('backup-newer', 'This backup was made by a newer version of Backstory.');
  const tables = ['dossiers', 'history', 'settings', 'dismissals', 'sites', 'tombstones'] as const;
  for (const table of tables) {
    if (!isArrayOfObjects(data[table] ?? [])) return fail('backup-bad-table', `The backup's "${table}" is not a list of records.`, { table });
  }
  const problems: FailureProblem[] = [];
  const dossiers = (data.dossiers ?? []) as StoredDossier[];
  dossiers.forEach((row, i) => {
    const result = validateDossier(row.dossier);
    if (!result.ok) {
      for (const e of result.errors) problems.push({ path: `dossiers[${i}].dossier.${e.path}`, message: e.message, code: e.code, params: e.params });
    } else if (result.dossier.id !== row.id) {
      problems.push({ path: `dossiers[${i}].id`, message: 'does not match the dossier’s own id', code: 'id-mismatch', params: {} });
    }
  });
  if (problems.length) return fail('invalid-backup', 'This backup holds invalid dossiers.', { count: problems.length }, problems);

  // Rows the code could not use are left out rather than restored into a broken state.
  const history = ((data.history ?? []) as Partial<HistoryEntry>[])
    .filter((row) => typeof row.url === 'string' && typeof row.dossierId === 'string' && Number.isFinite(row.readAt))
    .map((row) => ({ ...row, authors: Array.isArray(row.authors) ? row.authors.filter((a) => typeof a === 'string') : [] }) as HistoryEntry);
  const settings = ((data.settings ?? []) as SettingRow[])
    .filter((row) => typeof row.key === 'string')
    .map((row) => (row.key === 'settings' ? { key: row.key, value: sanitizeSettings(row.value) } : row));
  const dismissals = ((data.dismissals ?? []) as Partial<Dismissal>[]).filter(
    (row) => typeof row.dossierId === 'string' && (row.scope === 'page' || row.scope === 'site') && typeof row.target === 'string',
  ) as Dismissal[];
  const sites = ((data.sites ?? []) as Partial<SiteRow>[]).filter(
    (row) => typeof row.host === 'string' && (row.sidebarState === 'open' || row.sidebarState === 'collapsed' || row.sidebarState === 'closed'),
  ) as SiteRow[];
  const tombstones = ((data.tombstones ?? []) as Partial<Tombstone>[]).filter((row) => typeof row.id === 'string') as Tombstone[];
  return {
    ok: true,
    holds: { dossiers: dossiers.length, history: history.length, dismissals: dismissals.length, sites: sites.length },
    exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : null,
    rows: { dossiers, history, settings, dismissals, sites, tombstones },
  };
}

/** Replaces all data with a checked backup's, in one transaction: all of it, or (a full disk) nothing. */
export async function applyBackup(plan: BackupPlan): Promise<RestoreResult> {
  const { dossiers, history, settings, dismissals, sites, tombstones } = plan.rows;
  const db = getDb();
  try {
    await db.transaction('rw', [db.dossiers, db.sources, db.events, db.history, db.settings, db.dismissals, db.sites, db.tombstones], async () => {
      const before = await getDossiersRevision();
      await Promise.all([db.dossiers, db.sources, db.events, db.history, db.settings, db.dismissals, db.sites, db.tombstones].map((t) => t.clear()));
      await db.dossiers.bulkPut(
        dossiers.map((row) => ({
          ...row,
          title: row.dossier.title,
          enabled: row.enabled === 0 ? 0 : 1,
          sourceCount: row.dossier.sources.length,
          eventCount: row.dossier.events.length,
        })),
      );
      for (const row of dossiers) {
        await db.sources.bulkPut(toSourceRows(row.dossier));
        await db.events.bulkPut(toEventRows(row.dossier));
      }
      await db.history.bulkPut(history);
      await db.settings.bulkPut(settings);
      await db.dismissals.bulkPut(dismissals);
      await db.sites.bulkPut(sites);
      await db.tombstones.bulkPut(tombstones);
      // Compiled matchers cached elsewhere must rebuild: the revision only ever grows.
      await db.settings.put({ key: 'dossiersRevision', value: Math.max(before, await getDossiersRevision()) + 1 });
    });
  } catch (error) {
    return describeStorageError(error);
  }
  return { ok: true, dossiers: dossiers.length, history: history.length };
}

/** Replaces all data with a backup's, or changes nothing at all (readBackup, then applyBackup). */
export async function restoreBackup(text: string): Promise<RestoreResult> {
  const plan = readBackup(text);
  return plan.ok ? applyBackup(plan) : plan;
}

/** Deletes every dossier, history row and setting. The built-in comes back on the next update or via Options. */
export async function clearAllData(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.dossiers, db.sources, db.events, db.history, db.settings, db.dismissals, db.sites, db.tombstones], async () => {
    const before = await getDossiersRevision();
    await Promise.all([db.dossiers, db.sources, db.events, db.history, db.settings, db.dismissals, db.sites, db.tombstones].map((t) => t.clear()));
    await db.settings.put({ key: 'dossiersRevision', value: before + 1 });
  });
}

export interface StorageReport {
  usageBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

/** What the Data section shows. `persist()` asks the browser not to evict our data under pressure. */
export async function readStorageReport(askToPersist = false): Promise<StorageReport> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { usageBytes: null, quotaBytes: null, persisted: null };
  let persisted: boolean | null = null;
  try {
    persisted = askToPersist && storage.persist ? await storage.persist() : storage.persisted ? await storage.persisted() : null;
  } catch {
    persisted = null;
  }
  const estimate = storage.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  return { usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null, persisted };
}
