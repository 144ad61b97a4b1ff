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

/** "Not about this story": the page (or the whole site) stops matching that dossier. */
export async function dismissMatch(dossierId: string, scope: DismissScope, url: string): Promise<void> {
  const db = getDb();
  const target = dismissTarget(url, scope);
  await db.transaction('rw', [db.dismissals, db.history], async () => {
    const existing = await db.dismissals.where('[dossierId+scope+target]').equals([dossierId, scope, target]).first();
    if (!existing) await db.dismissals.add({ dossierId, scope, target, createdAt: Date.now() });
    // The user said it is not about the story: it must not show up as read on it.
    await db.history
      .where('dossierId')
      .equals(dossierId)
      .filter((row) => dismissTarget(row.url, scope) === target)
      .delete();
  });
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

export async function removeDismissal(id: number): Promise<void> {
  await getDb().dismissals.delete(id);
}
