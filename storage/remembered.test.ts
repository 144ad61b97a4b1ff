import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDb } from './test-db';
import type { BackstoryDb } from './db';
import { installBuiltinDossier, BUILTIN_DOSSIER_ID } from './dossiers';
import { dismissMatch, listDismissals, listDismissalsFor, listDismissedDossiers, listHistory, recordVisit, removeDismissal, undoAllDismissals, undoDismissal } from './history';
import { forgetAllSiteStates, forgetSiteState, getSidebarState, listSiteStates, setSidebarState } from './settings';
import { exportBackup, readBackup, restoreBackup, countStoredData, applyBackup } from './backup';

const visit = (url: string, readAt: number, dossierId = BUILTIN_DOSSIER_ID) => ({
  url,
  dossierId,
  topicId: 'story',
  level: 'story' as const,
  score: 10,
  title: url,
  publisher: null,
  authors: [],
  publishedAt: null,
  language: 'en',
  readAt,
});

let db: BackstoryDb;
beforeEach(async () => {
  db = useFreshDb();
  await installBuiltinDossier();
  await recordVisit(visit('https://news.example/a', 1));
  await recordVisit(visit('https://www.news.example/b', 2));
  await recordVisit(visit('https://other.example/c', 3));
  await recordVisit(visit('https://news.example/d', 4, 'another-story'));
});

const urls = async () => (await listHistory()).map((row) => row.url).sort();

describe('"not about this story" can be undone, and its history comes back', () => {
  it('a site-wide dismissal takes the site’s pages out of the history; undoing it brings every one back', async () => {
    const before = await listHistory();
    const id = await dismissMatch(BUILTIN_DOSSIER_ID, 'site', 'https://news.example/a');
    expect(await urls()).toEqual(['https://news.example/d', 'https://other.example/c']);
    expect(await listDismissedDossiers('https://news.example/zzz')).toEqual([BUILTIN_DOSSIER_ID]);
    const [row] = await listDismissalsFor('https://www.news.example/anything');
    expect(row).toMatchObject({ id, scope: 'site', target: 'news.example' });
    expect(row.removedHistory?.map((entry) => entry.url).sort()).toEqual(['https://news.example/a', 'https://www.news.example/b']);

    expect(await undoDismissal(id)).toBe(2);
    expect(await listDismissedDossiers('https://news.example/zzz')).toEqual([]);
    const after = await listHistory();
    // The same rows, fields and all (new ids).
    const strip = (rows: typeof before) => rows.map(({ id: _id, ...rest }) => rest).sort((a, b) => a.readAt - b.readAt);
    expect(strip(after)).toEqual(strip(before));
    expect(await undoDismissal(id)).toBe(0); // once
  });

  it('a page read again after the dismissal keeps its newer row on undo', async () => {
    const id = await dismissMatch(BUILTIN_DOSSIER_ID, 'page', 'https://news.example/a#x');
    await recordVisit(visit('https://news.example/a', 99));
    expect(await undoDismissal(id)).toBe(0);
    expect((await listHistory()).filter((row) => row.url === 'https://news.example/a').map((row) => row.readAt)).toEqual([99]);
  });

  it('dismissing the same site twice keeps one dismissal that still holds all it took out', async () => {
    const first = await dismissMatch(BUILTIN_DOSSIER_ID, 'site', 'https://news.example/a');
    await recordVisit(visit('https://news.example/e', 5));
    const second = await dismissMatch(BUILTIN_DOSSIER_ID, 'site', 'https://news.example/e');
    expect(second).toBe(first);
    expect(await listDismissals()).toHaveLength(1);
    await removeDismissal(first);
    expect(await urls()).toEqual(['https://news.example/a', 'https://news.example/d', 'https://news.example/e', 'https://other.example/c', 'https://www.news.example/b']);
  });

  it('undoing all dismissals brings all their history back', async () => {
    await dismissMatch(BUILTIN_DOSSIER_ID, 'site', 'https://news.example/a');
    await dismissMatch(BUILTIN_DOSSIER_ID, 'page', 'https://other.example/c');
    expect(await urls()).toEqual(['https://news.example/d']);
    expect(await undoAllDismissals()).toBe(3);
    expect(await listDismissals()).toEqual([]);
    expect(await urls()).toHaveLength(4);
  });
});

describe('remembered sidebar states per site', () => {
  it('are listed by host and forgotten one by one or all', async () => {
    await setSidebarState('zeta.example', 'closed');
    await setSidebarState('alpha.example', 'collapsed');
    expect(await listSiteStates()).toEqual([
      { host: 'alpha.example', sidebarState: 'collapsed' },
      { host: 'zeta.example', sidebarState: 'closed' },
    ]);
    await forgetSiteState('zeta.example');
    expect(await getSidebarState('zeta.example')).toBeUndefined();
    expect(await listSiteStates()).toHaveLength(1);
    await forgetAllSiteStates();
    expect(await listSiteStates()).toEqual([]);
  });
});

describe('restore asks first: a backup is read and counted before anything is replaced', () => {
  it('readBackup says what the backup holds and changes nothing; applyBackup replaces', async () => {
    await setSidebarState('news.example', 'closed');
    await dismissMatch(BUILTIN_DOSSIER_ID, 'page', 'https://other.example/c');
    const backup = await exportBackup();
    await recordVisit(visit('https://news.example/new', 50));
    await setSidebarState('more.example', 'open');
    const now = await countStoredData();
    expect(now).toEqual({ dossiers: 1, history: 4, dismissals: 1, sites: 2 });

    const plan = readBackup(backup);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.holds).toEqual({ dossiers: 1, history: 3, dismissals: 1, sites: 1 });
    expect(plan.exportedAt).toMatch(/^\d{4}-/);
    expect(await countStoredData()).toEqual(now); // nothing replaced yet

    expect(await applyBackup(plan)).toMatchObject({ ok: true, dossiers: 1, history: 3 });
    expect(await countStoredData()).toEqual(plan.holds);
    expect(await getSidebarState('more.example')).toBeUndefined();
  });

  it('a truncated backup or one of another version is refused before any question is asked', async () => {
    const backup = await exportBackup();
    expect(readBackup(backup.slice(0, backup.length / 2))).toMatchObject({ ok: false, reason: 'backup-not-json' });
    expect(readBackup(JSON.stringify({ ...JSON.parse(backup), version: 2 }))).toMatchObject({ ok: false, reason: 'backup-newer' });
    expect(await countStoredData()).toMatchObject({ dossiers: 1, history: 4 });
  });

  it('a write that fails (a full disk) leaves everything as it was', async () => {
    const plan = readBackup(await exportBackup());
    if (!plan.ok) throw new Error('expected a plan');
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const original = db.history.bulkPut.bind(db.history);
    db.history.bulkPut = (() => Promise.reject(quota)) as unknown as typeof db.history.bulkPut;
    await recordVisit(visit('https://news.example/extra', 60));
    try {
      expect(await applyBackup(plan)).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      db.history.bulkPut = original;
    }
    expect(await countStoredData()).toMatchObject({ dossiers: 1, history: 5 });
    expect(await restoreBackup(await exportBackup())).toMatchObject({ ok: true, history: 5 });
  });
});
