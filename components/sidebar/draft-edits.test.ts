import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../core/dossier/types';
import { addSpelling, addTerm, findDraftBlocker, listTermGroups, removeKeyPoint, removeTerm, setTitle } from './draft-edits';

const draft: Dossier = {
  format: 'backstory.dossier',
  version: 1,
  id: 'followed-x',
  title: 'Hydrelia fined over Lake Tovar spill',
  language: 'en',
  updatedAt: '2024-03-05',
  topics: [
    {
      id: 'story',
      label: 'Lake Tovar spill',
      level: 'story',
      terms: [
        { text: 'Hydrelia', weight: 3, group: 'hydrelia' },
        { text: 'Lake Tovar', weight: 3, group: 'tovar' },
        { text: 'Tovar', weight: 2, group: 'tovar' },
        { text: 'Corvena', weight: 2 },
      ],
      require: { groups: 2, score: 5 },
    },
  ],
  summary: { headline: 'h', keyPoints: [{ text: 'One', sources: ['a'] }, { text: 'Two', sources: ['a'] }], actors: [] },
  claims: [],
  sources: [{ id: 'a', title: 't', kind: 'news-report' }],
  events: [],
};

describe('the review of a drafted dossier', () => {
  it('lists the story terms by group, a term without a group being its own', () => {
    expect(listTermGroups(draft).map((group) => [group.key, group.terms.map((term) => term.text)])).toEqual([
      ['hydrelia', ['Hydrelia']],
      ['tovar', ['Lake Tovar', 'Tovar']],
      ['Corvena', ['Corvena']],
    ]);
  });

  it('removes one term and leaves the draft it was given alone', () => {
    const edited = removeTerm(draft, 'tovar', 'Tovar');
    expect(listTermGroups(edited).find((group) => group.key === 'tovar')?.terms.map((term) => term.text)).toEqual(['Lake Tovar']);
    expect(draft.topics[0].terms).toHaveLength(4);
  });

  it('adds a spelling to a group with its language and the group’s weight, once', () => {
    const edited = addSpelling(draft, 'tovar', ' lac  Tovar ', 'fr');
    const group = listTermGroups(edited).find((g) => g.key === 'tovar')!;
    expect(group.terms.at(-1)).toEqual({ text: 'lac Tovar', weight: 3, group: 'tovar', lang: 'fr' });
    expect(addSpelling(edited, 'tovar', 'LAC TOVAR', 'fr')).toEqual(edited);
    // A term that was its own group gets the group named, so the spelling joins it.
    const corvena = listTermGroups(addSpelling(draft, 'Corvena', 'Corvénie', 'fr')).find((g) => g.key === 'Corvena')!;
    expect(corvena.terms.map((term) => term.text)).toEqual(['Corvena', 'Corvénie']);
  });

  it('adds a term as a group of its own, weighted like the strongest', () => {
    const edited = addTerm(draft, 'Mara Velic');
    expect(listTermGroups(edited).at(-1)).toEqual({ key: 'Mara Velic', terms: [{ text: 'Mara Velic', weight: 3, group: 'Mara Velic' }] });
    expect(addTerm(draft, '   ')).toBe(draft);
    expect(addTerm(draft, 'hydrelia')).toEqual(draft);
  });

  it('blocks saving without a title, without terms, or with fewer groups than a page must name', () => {
    expect(findDraftBlocker(draft)).toBeNull();
    expect(findDraftBlocker(setTitle(draft, '  '))).toBe('no-title');
    let bare = draft;
    for (const group of listTermGroups(draft)) for (const term of group.terms) bare = removeTerm(bare, group.key, term.text);
    expect(findDraftBlocker(bare)).toBe('no-terms');
    const oneGroup = addTerm(bare, 'Hydrelia');
    expect(findDraftBlocker(oneGroup)).toBe('few-groups');
    expect(findDraftBlocker(addTerm(oneGroup, 'Lake Tovar'))).toBeNull();
  });

  it('removes a key point by its place', () => {
    expect(removeKeyPoint(draft, 0).summary.keyPoints.map((point) => point.text)).toEqual(['Two']);
  });
});
