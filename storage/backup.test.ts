import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDb } from './test-db';
import type { BackstoryDb } from './db';
import { clearAllData, exportBackup, restoreBackup } from './backup';
import { installBuiltinDossier, setDossierEnabled, BUILTIN_DOSSIER_ID } from './dossiers';
import { dismissMatch, listDismissedDossiers, recordVisit } from './history';
import { getSettings, updateSettings } from './settings';

async function snapshot(db: BackstoryDb, skip = ['settings']): Promise<string> {
  const tables = await Promise.all(db.tables.filter((t) => !skip.includes(t.name)).map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

let db: BackstoryDb;
beforeEach(async () => {
  db = useFreshDb();
  await installBuiltinDossier();
  await setDossierEnabled(BUILTIN_DOSSIER_ID, false);
  await updateSettings({ blockedSites: ['example.com'], sensitivity: 1.5 });
  await recordVisit({ url: 'https://news.example/a#top', dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', level: 'story', score: 12, title: 'A', publisher: 'News', authors: ['Jane Doe'], publishedAt: '2025-09-29', language: 'en', readAt: 5 });
  await dismissMatch(BUILTIN_DOSSIER_ID, 'site', 'https://www.other.example/x');
});

describe('backup and restore', () => {
  it('restores every dossier, history row, setting and dismissal after a clear', async () => {
    const before = await snapshot(db);
    const settingsBefore = await getSettings();
    const backup = await exportBackup();
    await clearAllData();
    expect(await db.dossiers.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    const result = await restoreBackup(backup);
    expect(result).toMatchObject({ ok: true, dossiers: 1, history: 1 });
    expect(await snapshot(db)).toBe(before);
    expect(await getSettings()).toEqual(settingsBefore);
    expect(await listDismissedDossiers('https://other.example/y')).toEqual([BUILTIN_DOSSIER_ID]);
  });

  const broken: [string, string][] = [
    ['not JSON', '{oops'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 })],
    ['a newer version', JSON.stringify({ format: 'backstory.backup', version: 99 })],
    ['a table that is not a list', JSON.stringify({ format: 'backstory.backup', version: 1, history: 'lots' })],
    ['an invalid dossier', JSON.stringify({ format: 'backstory.backup', version: 1, dossiers: [{ id: 'x', dossier: { format: 'backstory.dossier', version: 1, id: 'x' } }] })],
  ];
  for (const [name, text] of broken) {
    it(`a restore from ${name} fails and leaves the data as it was`, async () => {
      const before = await snapshot(db, []);
      const result = await restoreBackup(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/left as it was/);
      expect(await snapshot(db, [])).toBe(before);
    });
  }
});

describe('history and dismissals', () => {
  it('a second visit refreshes the row instead of adding one; the hash is ignored', async () => {
    await recordVisit({ url: 'https://news.example/a', dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', level: 'story', score: 14, title: 'A', publisher: 'News', authors: [], publishedAt: null, language: 'en', readAt: 9 });
    const rows = await db.history.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: 'https://news.example/a', readAt: 9, score: 14 });
  });

  it('"not about this story" for a page removes it from history and only dismisses that page', async () => {
    await dismissMatch(BUILTIN_DOSSIER_ID, 'page', 'https://news.example/a#comments');
    expect(await db.history.count()).toBe(0);
    expect(await listDismissedDossiers('https://news.example/a')).toEqual([BUILTIN_DOSSIER_ID]);
    expect(await listDismissedDossiers('https://news.example/b')).toEqual([]);
  });
});

describe('settings', () => {
  it('normalises site lists and clamps sensitivity', async () => {
    const next = await updateSettings({ blockedSites: ['https://WWW.Example.org/path', '*.news.example', 'news.example', '  '], sensitivity: 9 });
    expect(next.blockedSites).toEqual(['example.org', 'news.example']);
    expect(next.sensitivity).toBe(2);
  });
});

describe('a backup with rows the code cannot use', () => {
  it('restores what is usable and keeps Backstory working', async () => {
    const backup = JSON.parse(await exportBackup());
    backup.settings = [{ key: 'settings', value: { blockedSites: 'x', sensitivity: 'high', autoOpen: 'yes' } }];
    backup.history.push({ url: 42, dossierId: BUILTIN_DOSSIER_ID, readAt: 1 }, { url: 'https://a.example/', dossierId: BUILTIN_DOSSIER_ID, readAt: 2, authors: 'Jane' });
    const result = await restoreBackup(JSON.stringify(backup));
    expect(result).toMatchObject({ ok: true, history: 2 });
    const settings = await getSettings();
    expect(settings.blockedSites).toEqual([]);
    expect(settings.sensitivity).toBe(1);
    expect(settings.autoOpen).toBe(true);
    expect((await db.history.toArray()).every((row) => typeof row.url === 'string' && Array.isArray(row.authors))).toBe(true);
  });
});
