import { describe, expect, it } from 'vitest';
import builtin from '../../dossiers/microsoft-unit-8200-azure.dossier.json';
import { validateDossier } from '../../core/dossier/validate';
import type { Dossier } from '../../core/dossier/types';
import {
  findSourceReferences,
  formatLines,
  formatToday,
  GENERAL_FIELD,
  getAt,
  groupErrorsByField,
  insertAt,
  isDraftChanged,
  makeNewItem,
  makeUniqueId,
  parseNumberInput,
  removeAt,
  setAt,
  toDossier,
  toDraft,
  toFieldDomId,
  toFieldKey,
} from './dossier-form';
import { findTermWarning, isStopword } from './term-warnings';

const BUILTIN = builtin as unknown as Dossier;

function errorsOf(draft: Record<string, unknown>) {
  const result = validateDossier(toDossier(draft));
  return result.ok ? [] : result.errors;
}

describe('draft <-> dossier', () => {
  it('round-trips an untouched dossier exactly, unknown fields included', () => {
    const draft = toDraft(BUILTIN);
    expect(toDossier(draft)).toEqual(BUILTIN);
    expect(JSON.stringify(toDossier(draft))).toBe(JSON.stringify(BUILTIN));
    expect(getAt(toDossier(draft), ['sources', 0, 'note'])).toBe(BUILTIN.sources[0].note);
    expect(isDraftChanged(draft, BUILTIN)).toBe(false);
    // The draft is a copy: editing it never touches the stored object.
    setAt(draft, ['title'], 'x');
    (draft.summary as { headline: string }).headline = 'changed in place';
    expect(BUILTIN.summary.headline).not.toBe('changed in place');
  });

  it('converts what the reader typed: numbers, one-per-line lists, empty optional fields', () => {
    let draft = toDraft(BUILTIN);
    draft = setAt(draft, ['topics', 0, 'terms', 0, 'weight'], ' 2,5 ');
    draft = setAt(draft, ['topics', 0, 'require', 'groups'], '٣');
    draft = setAt(draft, ['summary', 'actors', 0, 'aliases'], 'MS\n\n  Microsoft Corp  \n');
    draft = setAt(draft, ['sources', 0, 'publisher'], '  ');
    draft = setAt(draft, ['sources', 0, 'authors'], '');
    draft = setAt(draft, ['events', 0, 'qualifier'], '');
    const dossier = toDossier(draft) as Dossier;
    expect(dossier.topics[0].terms[0].weight).toBe(2.5);
    expect(dossier.topics[0].require?.groups).toBe(3);
    expect(dossier.summary.actors[0].aliases).toEqual(['MS', 'Microsoft Corp']);
    expect('publisher' in dossier.sources[0]).toBe(false);
    expect('authors' in dossier.sources[0]).toBe(false);
    expect('qualifier' in dossier.events[0]).toBe(false);
    expect(validateDossier(dossier).ok).toBe(true);
    // The draft still holds the text as typed.
    expect(getAt(draft, ['topics', 0, 'terms', 0, 'weight'])).toBe(' 2,5 ');
    expect(formatLines(getAt(draft, ['summary', 'actors', 0, 'aliases']))).toBe('MS\n\n  Microsoft Corp  \n');
  });

  it('keeps text that is no number as text, so validation names the field', () => {
    expect(parseNumberInput('three')).toBe('three');
    expect(parseNumberInput('')).toBeUndefined();
    expect(parseNumberInput('1e5')).toBe('1e5');
    expect(parseNumberInput('-2')).toBe(-2);
    const draft = setAt(toDraft(BUILTIN), ['topics', 1, 'terms', 4, 'weight'], 'three');
    const errors = errorsOf(draft);
    expect(errors.map((e) => e.path)).toEqual(['topics[1].terms[4].weight']);
    expect(errors[0].message).toBe('expected a number, got text "three"');
    expect(getAt(draft, ['topics', 1, 'terms', 4, 'weight'])).toBe('three');
  });

  it('sets updatedAt to the day of the save when asked', () => {
    expect((toDossier(toDraft(BUILTIN), '2026-01-31') as Dossier).updatedAt).toBe('2026-01-31');
    expect(formatToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('immutable edits', () => {
  it('setAt copies only along the path, and creates missing objects', () => {
    const draft = toDraft(BUILTIN);
    const next = setAt(draft, ['events', 2, 'date'], '2025-10');
    expect(next).not.toBe(draft);
    expect(next.events).not.toBe(draft.events);
    expect(next.topics).toBe(draft.topics);
    expect(getAt(draft, ['events', 2, 'date'])).toBe('2025-09');
    const withRequire = setAt({ topics: [{ id: 't' }] }, ['topics', 0, 'require', 'score'], '4');
    expect(withRequire).toEqual({ topics: [{ id: 't', require: { score: '4' } }] });
  });

  it('removeAt gives the item back and insertAt puts it where it was (undo)', () => {
    const draft = toDraft(BUILTIN);
    const { root, item } = removeAt(draft, ['summary', 'keyPoints'], 1);
    expect((getAt(root, ['summary', 'keyPoints']) as unknown[]).length).toBe(BUILTIN.summary.keyPoints.length - 1);
    expect(item).toEqual(BUILTIN.summary.keyPoints[1]);
    const undone = insertAt(root, ['summary', 'keyPoints'], 1, item);
    expect(toDossier(undone)).toEqual(BUILTIN);
    expect(removeAt(draft, ['events'], 99)).toEqual({ root: draft, item: undefined });
    // The list got shorter meanwhile: the item goes back at its end rather than being lost.
    expect(insertAt({ list: [1] }, ['list'], 5, 2)).toEqual({ list: [1, 2] });
  });
});

describe('error paths -> fields', () => {
  it.each([
    ['events[3].date', 'events[3].date'],
    ['summary.keyPoints[0].sources[1]', 'summary.keyPoints[0].sources'],
    ['summary.actors[2].aliases[0]', 'summary.actors[2].aliases'],
    ['sources[1].authors[3]', 'sources[1].authors'],
    ['topics[0].terms[12].text', 'topics[0].terms[12].text'],
    ['topics[0].terms[12].prefix', 'topics[0].terms[12]'],
    ['topics[2].require.all[1]', 'topics[2].require'],
    ['topics[2].require.groups', 'topics[2].require.groups'],
    ['topics[1].terms', 'topics[1].terms'],
    ['topics', 'topics'],
    ['sources[0].via', 'sources[0]'],
    ['claims[0].attributedTo', GENERAL_FIELD],
    ['summary.openQuestions[0].sources[0]', GENERAL_FIELD],
    ['(file)', GENERAL_FIELD],
  ])('%s is shown at %s', (path, field) => {
    expect(toFieldKey(path)).toBe(field);
  });

  it('groups a broken draft\'s problems under the fields the reader typed into', () => {
    let draft = toDraft(BUILTIN);
    draft = setAt(draft, ['events', 3, 'date'], '2025-13');
    draft = setAt(draft, ['summary', 'keyPoints', 0, 'sources'], ['nobody']);
    draft = setAt(draft, ['topics', 3, 'terms'], []);
    const byField = groupErrorsByField(errorsOf(draft));
    expect([...byField.keys()].sort()).toEqual(['events[3].date', 'summary.keyPoints[0].sources', 'topics[3].require', 'topics[3].require.groups', 'topics[3].terms']);
    expect(byField.get('events[3].date')?.[0].message).toBe('"2025-13" is not a valid month');
    expect(byField.get('topics[3].terms')?.[0].message).toBe('a topic needs at least one term');
  });

  it('makes DOM ids that stay valid and distinct', () => {
    expect(toFieldDomId('my-story', 'events[3].date')).toBe('edit-my-story-events-3-date');
    expect(toFieldDomId('my-story', 'topics[1].terms[10].text')).not.toBe(toFieldDomId('my-story', 'topics[11].terms[0].text'));
  });
});

describe('sources and new items', () => {
  it('finds every reference to a source, so a cited one is not deleted', () => {
    const draft = toDraft(BUILTIN);
    const refs = findSourceReferences(draft, 'guardian-report');
    expect(refs).toContain('summary.keyPoints[0].sources');
    expect(refs).toContain('events[1].sources');
    expect(refs.some((ref) => ref.startsWith('claims['))).toBe(true);
    expect(findSourceReferences(draft, 'no-such-source')).toEqual([]);
    expect(findSourceReferences({ sources: [{ id: 'a' }, { id: 'b', via: 'a' }] }, 'a')).toEqual(['sources[1].via']);
  });

  it('makes unique ids and new items that cannot be saved until filled in', () => {
    expect(makeUniqueId('source', ['source', 'source-2'])).toBe('source-3');
    expect(makeUniqueId('  My source! ', [])).toBe('My-source');
    const draft = toDraft(BUILTIN);
    const withEvent = insertAt(draft, ['events'], 4, makeNewItem('event', draft));
    const paths = errorsOf(withEvent).map((e) => e.path).sort();
    expect(paths).toEqual(['events[4].date', 'events[4].sources', 'events[4].title']);
    const withTopic = insertAt(draft, ['topics'], 4, makeNewItem('topic', draft));
    expect(errorsOf(withTopic).map((e) => e.path)).toContain('topics[4].terms');
  });
});

describe('term warnings', () => {
  it('warns about stopwords, bare numbers and single letters, in the term\'s language', () => {
    expect(findTermWarning('the', 'en')).toBe('stopword');
    expect(findTermWarning('of the')).toBe('stopword');
    expect(findTermWarning('في', 'ar')).toBe('stopword');
    expect(findTermWarning('2025')).toBe('number');
    expect(findTermWarning('١٢٣')).toBe('number');
    expect(findTermWarning('8,200')).toBe('number');
    expect(findTermWarning('x')).toBe('one-letter');
    expect(findTermWarning('Unit 8200', 'en')).toBeNull();
    expect(findTermWarning('Quillfeather', 'en')).toBeNull();
    expect(findTermWarning('the Quillfeather project', 'en')).toBeNull();
    expect(findTermWarning('')).toBeNull();
  });

  it('does not take a company name in stopwords-iso\'s English list for a stopword', () => {
    expect(isStopword('Microsoft', 'en')).toBe(false);
    expect(isStopword('The', 'en')).toBe(true);
    // "die" is a German stopword, not an English one.
    expect(isStopword('die', 'de')).toBe(true);
    expect(isStopword('die', 'en')).toBe(false);
  });
});
