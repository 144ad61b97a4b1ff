import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BackstoryDb, SCHEMA_V1, setDbForTesting } from './db';
import { getBuiltinDossier, exportDossier } from './dossiers';
import { listHistory } from './history';

describe('schema upgrade v1 → v2', () => {
  it('keeps every row written under v1 and derives the new tables', async () => {
    const name = `backstory-upgrade-${Date.now()}`;
    // A database as version 1 of the extension left it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const dossier = getBuiltinDossier();
    await v1.table('dossiers').add({ id: dossier.id, dossier, title: dossier.title, enabled: 1, origin: 'builtin', edited: false, importedAt: 1, changedAt: 1 });
    const historyRows = Array.from({ length: 250 }, (_, i) => ({
      url: `https://news.example/${i}`,
      dossierId: dossier.id,
      topicId: 'story',
      level: 'story',
      score: 10 + i,
      title: `Article ${i}`,
      publisher: 'Example News',
      authors: [],
      publishedAt: '2025-09-29',
      language: 'en',
      readAt: 1_000 + i,
    }));
    await v1.table('history').bulkAdd(historyRows);
    await v1.table('settings').put({ key: 'settings', value: { autoOpen: false } });
    v1.close();

    const db = new BackstoryDb(name);
    setDbForTesting(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.dossiers.count()).toBe(1);
    expect((await db.dossiers.get(dossier.id))?.sourceCount).toBe(dossier.sources.length);
    expect(await db.sources.count()).toBe(dossier.sources.length);
    expect(await db.events.count()).toBe(dossier.events.length);
    expect(await db.history.count()).toBe(250);
    // The v2 compound index answers "recent articles on this story" over the old rows.
    const recent = await listHistory({ dossierId: dossier.id, limit: 3 });
    expect(recent.map((row) => row.title)).toEqual(['Article 249', 'Article 248', 'Article 247']);
    expect((await db.settings.get('settings'))?.value).toEqual({ autoOpen: false });
    expect(JSON.parse((await exportDossier(dossier.id))!)).toEqual(dossier);
    db.close();
  });
});
