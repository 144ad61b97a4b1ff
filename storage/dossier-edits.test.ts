import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDb } from './test-db';
import type { BackstoryDb } from './db';
import { exportDossier, getDossier, getDossiersRevision, importDossier, importDossierText, installBuiltinDossier, getBuiltinDossier, BUILTIN_DOSSIER_ID } from './dossiers';
import { saveEditedDossier, setDossierAutoAdd } from './dossier-edits';
import type { Dossier } from '../core/dossier/types';

function smallDossier(): Dossier {
  return {
    format: 'backstory.dossier',
    version: 1,
    id: 'ferry-strike',
    title: 'Ferry strike',
    language: 'en',
    updatedAt: '2024-05-02',
    topics: [{ id: 'strike', label: 'Ferry strike', level: 'story', terms: [{ text: 'ferry crews', weight: 3, group: 'who' }, { text: 'walkout', weight: 2, group: 'what' }], require: { groups: 2, score: 4 } }],
    summary: { headline: 'Ferry crews walked out.', keyPoints: [{ text: 'Crews stopped work on 1 May.', sources: ['s1'] }], actors: [{ name: 'Crew union' }] },
    claims: [],
    sources: [{ id: 's1', title: 'Ferries halted', kind: 'news-report', publishedAt: '2024-05-01', note: 'kept on round trip' }],
    events: [{ id: 'e1', date: '2024-05-01', title: 'Walkout begins', sources: ['s1'] }],
    curator: { name: 'a field this version does not know' },
  };
}

let db: BackstoryDb;
beforeEach(() => {
  db = useFreshDb();
});

describe('saveEditedDossier', () => {
  it('writes a valid edit through the import path: rows, counts, revision, unknown fields kept', async () => {
    await importDossier(smallDossier(), 'follow');
    const before = await getDossiersRevision();
    const edited = smallDossier();
    edited.title = 'Ferry strike, week two';
    edited.sources.push({ id: 's2', title: 'Talks fail', kind: 'statement' });
    edited.events.push({ id: 'e2', date: '2024-05-08', qualifier: 'about', title: 'Talks fail', sources: ['s2'] });
    const result = await saveEditedDossier(edited);
    expect(result.ok).toBe(true);

    const row = await getDossier('ferry-strike');
    expect(row?.title).toBe('Ferry strike, week two');
    expect(row?.origin).toBe('follow');
    expect(row?.edited).toBe(true);
    expect([row?.sourceCount, row?.eventCount]).toEqual([2, 2]);
    expect((await db.events.where('dossierId').equals('ferry-strike').toArray()).map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    expect(await getDossiersRevision()).toBeGreaterThan(before);

    // Export then import gives back exactly the edited file, unknown fields included.
    const exported = await exportDossier('ferry-strike');
    expect(JSON.parse(exported!)).toEqual(edited);
    expect(JSON.parse(exported!).curator).toEqual({ name: 'a field this version does not know' });
    expect((await importDossierText(exported!)).ok).toBe(true);
    expect((await getDossier('ferry-strike'))?.dossier).toEqual(edited);
  });

  it('refuses an invalid edit with each field and why, and changes nothing', async () => {
    await importDossier(smallDossier());
    const rowBefore = await getDossier('ferry-strike');
    const revisionBefore = await getDossiersRevision();
    const edited = smallDossier();
    edited.events[0].date = '2024-02-30';
    edited.topics[0].terms = [];
    const result = await saveEditedDossier(edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('invalid-dossier');
    expect(result.problems?.map((p) => p.path).sort()).toEqual(['events[0].date', 'topics[0].require.groups', 'topics[0].terms']);
    expect(result.problems?.find((p) => p.path === 'events[0].date')?.message).toMatch(/not a real date/);
    expect(await getDossier('ferry-strike')).toEqual(rowBefore);
    expect(await getDossiersRevision()).toBe(revisionBefore);
  });

  it('marks an edited built-in dossier so that an update does not overwrite it', async () => {
    await installBuiltinDossier();
    const edited = structuredClone(getBuiltinDossier());
    edited.topics[0].terms.push({ text: 'Redmond campus', lang: 'en', weight: 1, group: 'microsoft' });
    expect((await saveEditedDossier(edited)).ok).toBe(true);
    expect(await installBuiltinDossier()).toBe('kept-user-version');
    const row = await getDossier(BUILTIN_DOSSIER_ID);
    expect(row?.origin).toBe('builtin');
    expect(row?.dossier.topics[0].terms.at(-1)?.text).toBe('Redmond campus');
  });
});

describe('setDossierAutoAdd', () => {
  it('stores the choice without touching the dossier or the matcher revision, and keeps it across an edit', async () => {
    await importDossier(smallDossier());
    const revision = await getDossiersRevision();
    expect(await setDossierAutoAdd('ferry-strike', true)).toBe(true);
    expect((await getDossier('ferry-strike'))?.autoAdd).toBe(true);
    expect(await getDossiersRevision()).toBe(revision);
    expect(JSON.parse((await exportDossier('ferry-strike'))!)).toEqual(smallDossier());

    const edited = smallDossier();
    edited.title = 'Renamed';
    await saveEditedDossier(edited);
    expect((await getDossier('ferry-strike'))?.autoAdd).toBe(true);
    await setDossierAutoAdd('ferry-strike', false);
    expect((await getDossier('ferry-strike'))?.autoAdd).toBe(false);
  });

  it('says so when there is no such dossier', async () => {
    expect(await setDossierAutoAdd('no-such-story', true)).toBe(false);
    expect(await getDossier('no-such-story')).toBeUndefined();
  });
});
