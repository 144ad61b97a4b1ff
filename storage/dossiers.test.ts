import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { useFreshDb } from './test-db';
import type { BackstoryDb } from './db';
import {
  BUILTIN_DOSSIER_ID,
  deleteDossier,
  exportDossier,
  getBuiltinDossier,
  getDossier,
  getDossiersRevision,
  importDossier,
  importDossierText,
  installBuiltinDossier,
  listDossiers,
  restoreBuiltinDossier,
  setDossierEnabled,
  undoDeleteDossier,
} from './dossiers';
import type { Dossier } from '../core/dossier/types';

function smallDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    format: 'backstory.dossier',
    version: 1,
    id: 'harbour-bridge-closure',
    title: 'Harbour bridge closure',
    language: 'en',
    updatedAt: '2025-03-02',
    topics: [
      {
        id: 'closure',
        label: 'Bridge closure',
        level: 'story',
        terms: [
          { text: 'harbour bridge', weight: 3, group: 'place' },
          { text: 'closure', weight: 2, group: 'action' },
        ],
        require: { groups: 2, score: 4 },
      },
    ],
    summary: {
      headline: 'The harbour bridge closed for repairs.',
      keyPoints: [{ text: 'The bridge closed on 1 March.', sources: ['s1'] }],
      actors: [{ name: 'City council', role: 'Owner of the bridge' }],
    },
    claims: [{ id: 'c1', text: 'Repairs take a month.', attributedTo: 'City council', sources: ['s1'] }],
    sources: [{ id: 's1', title: 'Bridge to close', publisher: 'Harbour Times', kind: 'news-report', url: 'https://example.org/bridge', publishedAt: '2025-02-28' }],
    events: [{ id: 'e1', date: '2025-03-01', title: 'Bridge closes', sources: ['s1'] }],
    ...overrides,
  };
}

/** Every row of every table: "the database exactly as it was". */
async function snapshot(db: BackstoryDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

let db: BackstoryDb;
beforeEach(() => {
  db = useFreshDb();
});

describe('built-in dossier', () => {
  it('is valid and installs on first run with its parts', async () => {
    expect(await installBuiltinDossier()).toBe('installed');
    const row = await getDossier(BUILTIN_DOSSIER_ID);
    expect(row?.origin).toBe('builtin');
    expect(row?.enabled).toBe(1);
    expect(await db.sources.where('dossierId').equals(BUILTIN_DOSSIER_ID).count()).toBe(getBuiltinDossier().sources.length);
    expect(await db.events.where('dossierId').equals(BUILTIN_DOSSIER_ID).count()).toBe(getBuiltinDossier().events.length);
    expect(await installBuiltinDossier()).toBe('unchanged');
  });

  it('an update does not overwrite a dossier the user edited', async () => {
    await installBuiltinDossier();
    const edited = { ...getBuiltinDossier(), title: 'My own title for the story' };
    expect((await importDossier(edited)).ok).toBe(true);
    expect(await installBuiltinDossier()).toBe('kept-user-version');
    expect((await getDossier(BUILTIN_DOSSIER_ID))?.title).toBe('My own title for the story');
  });

  it('an update does not bring back a deleted built-in, but "restore" does', async () => {
    await installBuiltinDossier();
    await deleteDossier(BUILTIN_DOSSIER_ID);
    expect(await installBuiltinDossier()).toBe('kept-deleted');
    expect(await getDossier(BUILTIN_DOSSIER_ID)).toBeUndefined();
    expect((await restoreBuiltinDossier()).ok).toBe(true);
    expect((await getDossier(BUILTIN_DOSSIER_ID))?.edited).toBe(false);
  });
});

describe('import and export', () => {
  it('export writes a file that imports back identically', async () => {
    const original = { ...smallDossier(), 'x-extension-field': { kept: true } } as Dossier;
    await importDossier(original);
    const exported = await exportDossier(original.id);
    expect(JSON.parse(exported!)).toEqual(original);
    useFreshDb();
    const result = await importDossierText(exported!);
    expect(result.ok).toBe(true);
    expect(await exportDossier(original.id)).toBe(exported);
  });

  it('re-importing the same id updates it and keeps the enabled switch', async () => {
    await importDossier(smallDossier());
    await setDossierEnabled('harbour-bridge-closure', false);
    const result = await importDossierText(JSON.stringify(smallDossier({ title: 'Harbour bridge reopening' })));
    expect(result.ok && !result.created).toBe(true);
    const rows = await listDossiers();
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toBe('Harbour bridge reopening');
    expect(rows[0].enabled).toBe(0);
  });

  it('bumps the revision on every change so compiled matchers rebuild', async () => {
    const before = await getDossiersRevision();
    await importDossier(smallDossier());
    await setDossierEnabled('harbour-bridge-closure', false);
    expect(await getDossiersRevision()).toBe(before + 2);
  });

  it('delete can be undone with every part back', async () => {
    await importDossier(smallDossier());
    const before = await snapshot(db);
    const removed = await deleteDossier('harbour-bridge-closure');
    expect(await db.events.count()).toBe(0);
    await undoDeleteDossier(removed!);
    const after = JSON.parse(await snapshot(db)) as [string, unknown[]][];
    const expected = JSON.parse(before) as [string, unknown[]][];
    for (const [name, rows] of expected) {
      if (name === 'settings') continue; // the revision moved on, as it must
      expect(after.find(([n]) => n === name)?.[1]).toEqual(rows);
    }
  });

  const badFiles: [string, () => string, RegExp][] = [
    ['invalid JSON', () => '{"format": "backstory.dossier", "version": 1,', /JSON/i],
    ['wrong types', () => JSON.stringify({ ...smallDossier(), title: 42, events: 'soon' }), /title|events/],
    ['an unknown source id', () => JSON.stringify(smallDossier({ events: [{ id: 'e1', date: '2025-03-01', title: 'x', sources: ['nope'] }] })), /events\[0\]\.sources\[0\]/],
    ['an impossible date', () => JSON.stringify(smallDossier({ events: [{ id: 'e1', date: '2025-02-30', title: 'x', sources: ['s1'] }] })), /events\[0\]\.date/],
    ['a javascript: URL', () => JSON.stringify(smallDossier({ sources: [{ id: 's1', title: 't', kind: 'news-report', url: 'javascript:alert(1)' }] })), /sources\[0\]\.url/],
    ['a 50 MB file', () => `{"pad": "${'x'.repeat(50 * 1024 * 1024)}"}`, /too large|MB/i],
  ];
  for (const [name, makeText, pathPattern] of badFiles) {
    it(`rejects a file with ${name} and leaves the database exactly as it was`, async () => {
      await installBuiltinDossier();
      await importDossier(smallDossier());
      const before = await snapshot(db);
      const result = await importDossierText(makeText());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe('invalid');
      const described = `${result.message} ${(result.problems ?? []).map((p) => `${p.path}: ${p.message}`).join(' ')}`;
      expect(described).toMatch(pathPattern);
      expect(await snapshot(db)).toBe(before);
    });
  }

  it('a full disk fails with a clear message and writes nothing', async () => {
    await importDossier(smallDossier());
    const before = await snapshot(db);
    // Make the next write in the dossiers table fail the way a full disk does.
    db.dossiers.hook('creating', () => {
      throw new Dexie.QuotaExceededError('The quota has been exceeded.');
    });
    const result = await importDossierText(JSON.stringify(smallDossier({ id: 'another-story', title: 'Another story' })));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('quota');
      expect(result.message).toMatch(/no room|space/i);
    }
    expect(await snapshot(db)).toBe(before);
  });
});
