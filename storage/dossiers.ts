import type { Dossier } from '../core/dossier/types';
import { parseDossierText, validateDossier } from '../core/dossier/validate';
import { getDb, toEventRows, toSourceRows, type DossierOrigin, type StoredDossier } from './db';
import { describeStorageError, type StorageFailure } from './errors';
import builtinDossierJson from '../dossiers/microsoft-unit-8200-azure.dossier.json';

export const BUILTIN_DOSSIER_ID = 'microsoft-unit-8200-azure';

export type ImportResult = { ok: true; dossier: Dossier; created: boolean } | StorageFailure;

export async function listDossiers(): Promise<StoredDossier[]> {
  const rows = await getDb().dossiers.toArray();
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

export async function listEnabledDossiers(): Promise<Dossier[]> {
  const rows = await getDb().dossiers.where('enabled').equals(1).toArray();
  return rows.map((row) => row.dossier);
}

export async function getDossier(id: string): Promise<StoredDossier | undefined> {
  return getDb().dossiers.get(id);
}

/** Bumped on every dossier write, so caches of compiled matchers know to rebuild. */
export async function getDossiersRevision(): Promise<number> {
  const row = await getDb().settings.get('dossiersRevision');
  return typeof row?.value === 'number' ? row.value : 0;
}

async function writeDossier(dossier: Dossier, origin: DossierOrigin, edited: boolean): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', [db.dossiers, db.sources, db.events, db.settings, db.tombstones], async () => {
    const previous = await db.dossiers.get(dossier.id);
    const now = Date.now();
    await db.sources.where('dossierId').equals(dossier.id).delete();
    await db.events.where('dossierId').equals(dossier.id).delete();
    await db.dossiers.put({
      id: dossier.id,
      dossier,
      title: dossier.title,
      enabled: previous?.enabled ?? 1,
      // A re-imported or edited dossier keeps where it came from (built in, followed).
      origin: previous && previous.origin !== 'import' ? previous.origin : origin,
      edited,
      importedAt: previous?.importedAt ?? now,
      changedAt: now,
      sourceCount: dossier.sources.length,
      eventCount: dossier.events.length,
      // The reader's own choices about this dossier survive its rewrites.
      ...(previous?.autoAdd !== undefined ? { autoAdd: previous.autoAdd } : {}),
      ...(previous?.lastSeenAt !== undefined ? { lastSeenAt: previous.lastSeenAt } : {}),
    });
    await db.sources.bulkPut(toSourceRows(dossier));
    await db.events.bulkPut(toEventRows(dossier));
    await db.tombstones.delete(dossier.id);
    await bumpRevision();
    return !previous;
  });
}

async function bumpRevision(): Promise<void> {
  const db = getDb();
  const current = await db.settings.get('dossiersRevision');
  await db.settings.put({ key: 'dossiersRevision', value: (typeof current?.value === 'number' ? current.value : 0) + 1 });
}

/**
 * Imports a dossier file. Atomic: an invalid file or a failed write changes
 * nothing. Re-importing an id updates that dossier (keeping its enabled switch).
 */
export async function importDossierText(text: string): Promise<ImportResult> {
  const parsed = parseDossierText(text);
  if (!parsed.ok) {
    return {
      ok: false,
      code: 'invalid',
      reason: 'invalid-dossier',
      params: { count: parsed.errors.length },
      message: `This file is not a valid Backstory dossier (${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}). Nothing was imported.`,
      problems: parsed.errors,
    };
  }
  return importDossier(parsed.dossier, 'import');
}

export async function importDossier(dossier: Dossier, origin: DossierOrigin = 'import'): Promise<ImportResult> {
  try {
    // A user's import of the built-in id is an edit: later updates must keep it.
    const created = await writeDossier(dossier, origin, origin === 'import');
    return { ok: true, dossier, created };
  } catch (error) {
    return describeStorageError(error);
  }
}

/** The file a dossier exports to: exactly what was imported, so it imports back identically. */
export function serializeDossier(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}

export async function exportDossier(id: string): Promise<string | undefined> {
  const row = await getDossier(id);
  return row ? serializeDossier(row.dossier) : undefined;
}

export async function setDossierEnabled(id: string, enabled: boolean): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.dossiers, db.settings], async () => {
    await db.dossiers.update(id, { enabled: enabled ? 1 : 0, changedAt: Date.now() });
    await bumpRevision();
  });
}

/** Deletes a dossier and returns what is needed to undo it. */
export async function deleteDossier(id: string): Promise<StoredDossier | undefined> {
  const db = getDb();
  return db.transaction('rw', [db.dossiers, db.sources, db.events, db.settings, db.tombstones], async () => {
    const row = await db.dossiers.get(id);
    if (!row) return undefined;
    await db.dossiers.delete(id);
    await db.sources.where('dossierId').equals(id).delete();
    await db.events.where('dossierId').equals(id).delete();
    if (row.origin === 'builtin') await db.tombstones.put({ id, deletedAt: Date.now() });
    await bumpRevision();
    return row;
  });
}

export async function undoDeleteDossier(row: StoredDossier): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.dossiers, db.sources, db.events, db.settings, db.tombstones], async () => {
    await db.dossiers.put(row);
    await db.sources.bulkPut(toSourceRows(row.dossier));
    await db.events.bulkPut(toEventRows(row.dossier));
    await db.tombstones.delete(row.id);
    await bumpRevision();
  });
}

export function getBuiltinDossier(): Dossier {
  const result = validateDossier(builtinDossierJson);
  if (!result.ok) throw new Error(`The built-in dossier is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.dossier;
}

/**
 * Runs on install and update: loads the built-in dossier unless the user
 * deleted it or edited it (their version wins).
 */
export async function installBuiltinDossier(): Promise<'installed' | 'updated' | 'kept-user-version' | 'kept-deleted' | 'unchanged'> {
  const db = getDb();
  const builtin = getBuiltinDossier();
  if (await db.tombstones.get(builtin.id)) return 'kept-deleted';
  const existing = await db.dossiers.get(builtin.id);
  if (existing?.edited) return 'kept-user-version';
  if (existing && JSON.stringify(existing.dossier) === JSON.stringify(builtin)) return 'unchanged';
  await writeDossier(builtin, 'builtin', false);
  return existing ? 'updated' : 'installed';
}

/** "Restore the built-in dossier": brings back the shipped version, replacing edits. */
export async function restoreBuiltinDossier(): Promise<ImportResult> {
  try {
    const builtin = getBuiltinDossier();
    const created = await writeDossier(builtin, 'builtin', false);
    return { ok: true, dossier: builtin, created };
  } catch (error) {
    return describeStorageError(error);
  }
}
