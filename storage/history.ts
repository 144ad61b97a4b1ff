import { hostOf, stripHash } from '../core/url';
import { getDb, type Dismissal, type DismissScope, type HistoryEntry } from './db';

export { stripHash };

/** Records a matched page; a second visit of the same page and dossier refreshes it instead of adding a row. */
export async function recordVisit(entry: Omit<HistoryEntry, 'id'>): Promise<number> {
  const db = getDb();
  const url = stripHash(entry.url);
  return db.transaction('rw', db.history, async () => {
    const existing = await db.history.where('url').equals(url).filter((row) => row.dossierId === entry.dossierId).first();
    if (existing?.id !== undefined) {
      await db.history.update(existing.id, { ...entry, url });
      return existing.id;
    }
    return db.history.add({ ...entry, url });
  });
}

export async function listHistory(options: { query?: string; dossierId?: string; limit?: number } = {}): Promise<HistoryEntry[]> {
  const db = getDb();
  let rows = options.dossierId
    ? await db.history.where('[dossierId+readAt]').between([options.dossierId, -Infinity], [options.dossierId, Infinity]).reverse().toArray()
    : await db.history.orderBy('readAt').reverse().toArray();
  const query = options.query?.trim().toLowerCase();
  if (query) {
    rows = rows.filter((row) =>
      [row.title, row.publisher, row.url, row.dossierId, ...row.authors].some((field) => field?.toLowerCase().includes(query)),
    );
  }
  return options.limit ? rows.slice(0, options.limit) : rows;
}

export async function removeHistoryEntry(id: number): Promise<void> {
  await getDb().history.delete(id);
}

export async function clearHistory(): Promise<void> {
  await getDb().history.clear();
}

export function dismissTarget(url: string, scope: DismissScope): string {
  return scope === 'page' ? stripHash(url) : hostOf(url) ?? url;
}

/**
 * "Not about this story": the page (or the whole site) stops matching that dossier, and its pages leave
 * the history. Nothing is lost: the rows taken out are kept in the dismissal, and undoing it
 * (`undoDismissal`) puts them back. Returns the dismissal's id.
 */
export async function dismissMatch(dossierId: string, scope: DismissScope, url: string): Promise<number> {
  const db = getDb();
  const target = dismissTarget(url, scope);
  return db.transaction('rw', [db.dismissals, db.history], async () => {
    const existing = await db.dismissals.where('[dossierId+scope+target]').equals([dossierId, scope, target]).first();
    // The user said it is not about the story: it must not show up as read on it.
    const removed = await db.history
      .where('dossierId')
      .equals(dossierId)
      .filter((row) => dismissTarget(row.url, scope) === target)
      .toArray();
    await db.history.bulkDelete(removed.map((row) => row.id!));
    if (existing?.id !== undefined) {
      if (removed.length) await db.dismissals.update(existing.id, { removedHistory: [...(existing.removedHistory ?? []), ...removed] });
      return existing.id;
    }
    return db.dismissals.add({ dossierId, scope, target, createdAt: Date.now(), ...(removed.length ? { removedHistory: removed } : {}) });
  });
}

/**
 * Undoes a dismissal: the page or site matches the dossier again, and the history rows it took out
 * come back (unless the same page has been recorded again since: the newer row stays).
 * Returns how many rows came back; 0 when there was no such dismissal.
 */
export async function undoDismissal(id: number): Promise<number> {
  const db = getDb();
  return db.transaction('rw', [db.dismissals, db.history], async () => {
    const row = await db.dismissals.get(id);
    if (!row) return 0;
    await db.dismissals.delete(id);
    let restored = 0;
    for (const entry of row.removedHistory ?? []) {
      const newer = await db.history.where('url').equals(entry.url).filter((other) => other.dossierId === entry.dossierId).first();
      if (newer) continue;
      const { id: _oldId, ...rest } = entry;
      await db.history.add(rest);
      restored += 1;
    }
    return restored;
  });
}

/** The dismissals that apply to this URL (its page's and its site's), newest first. */
export async function listDismissalsFor(url: string): Promise<Dismissal[]> {
  const db = getDb();
  const targets = [dismissTarget(url, 'page'), dismissTarget(url, 'site')];
  const rows = await db.dismissals.where('target').anyOf(targets).toArray();
  return rows.filter((row) => row.target === dismissTarget(url, row.scope)).sort((a, b) => b.createdAt - a.createdAt);
}

/** Dossier ids dismissed for this URL, by page or by site. */
export async function listDismissedDossiers(url: string): Promise<string[]> {
  const db = getDb();
  const targets = [dismissTarget(url, 'page'), dismissTarget(url, 'site')];
  const rows: Dismissal[] = await db.dismissals.where('target').anyOf(targets).toArray();
  return [...new Set(rows.filter((row) => row.target === dismissTarget(url, row.scope)).map((row) => row.dossierId))];
}

export async function listDismissals(): Promise<Dismissal[]> {
  return getDb().dismissals.toArray();
}

/** Removing a dismissal is undoing it: its history comes back. */
export async function removeDismissal(id: number): Promise<void> {
  await undoDismissal(id);
}

/** Undoes every dismissal (the Data section's "forget all"); returns how many history rows came back. */
export async function undoAllDismissals(): Promise<number> {
  let restored = 0;
  for (const row of await listDismissals()) if (row.id !== undefined) restored += await undoDismissal(row.id);
  return restored;
}
