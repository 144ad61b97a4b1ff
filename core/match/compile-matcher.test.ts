import { describe, expect, it } from 'vitest';
import type { Topic } from '../dossier/types';
import { CASE_FIRST, makeFormMark, removeFormMarks } from './codes';
import { applyCase, CASE_SHIFT, CODE_UNIT, compileMatcher, FLAG_PREFIX, splitTerm } from './compile-matcher';
import { matchPage } from './match-page';
import { scanText } from './scan-text';
import { normalizeText } from '../text/normalize';

/** The dossier spelling the compiled index gives back for a term, as evidence shows it. */
function displayOf(text: string): string {
  const m = compileMatcher([{ id: 'd', topics: [{ id: 't', label: 't', level: 'story', terms: [{ text }] }] }]);
  // Terms whose first word inflects are under `stems`, keyed by the stem.
  const isFormed = Object.keys(m.stems).length > 0;
  const index = isFormed ? m.stems : Object.keys(m.words).length > 0 ? m.words : m.chars;
  const [key] = Object.keys(index);
  const value = index[key];
  // A bare number: a one-word term's code (words), or a stem's, whose mark is its length's reach (stems).
  const [rest, code] =
    typeof value !== 'number' ? (value as [string, number]) : isFormed ? [makeFormMark(m.stemReach[key.length]), value] : ['', value];
  const spelling = removeFormMarks(key + rest);
  return Object.prototype.hasOwnProperty.call(m.labels, spelling) ? m.labels[spelling] : applyCase(spelling, (code >> CASE_SHIFT) & 3);
}

describe('compileMatcher term preparation', () => {
  it('gives back every capitalisation, with or without the ASCII fast path', () => {
    const terms = [
      'idf', 'IDF', 'Brad Smith', 'Israeli military', 'UN Aid', 'I B', 'AB CD', 'Ab CD', 'iPhone', 'McDonald',
      'x-Ray', 'X-Ray', "O'Brien", 'Unit 8200', 'U.S. army', 'Ünité 8200', 'Москва', 'Владимир Путин', 'الوحدة 8200', '微软公司',
    ];
    for (const text of terms) expect(displayOf(text)).toBe(text);
  });

  it('splits ASCII terms as the general path does', () => {
    const t: Topic = {
      id: 't', label: 't', level: 'story',
      terms: [{ text: 'Unit-8200 leak' }, { text: "O'Brien" }, { text: 'unit 8200', group: 'b' }, { text: ' - padded  term - ', group: 'c' }],
    };
    const m = compileMatcher([{ id: 'd', topics: [t] }]);
    expect(Object.keys(m.words).sort()).toEqual(['o', 'unit']);
    // "padded term": its first word takes word forms, so it is keyed by its whole stem.
    expect(m.stems.padded).toEqual(['\u0083 term', expect.any(Number)]);
    expect(m.stemReach[6]).toBe(3);
    // A stem whose term is that one word alone is its code; its mark is the reach of its length.
    const one = compileMatcher([{ id: 'd', topics: [{ ...t, terms: [{ text: 'padded' }] }] }]);
    expect(one.stems.padded).toBe(0 * CODE_UNIT + FLAG_PREFIX);
    // "Lisbon" in Turkish takes 7 more letters: a lone stem of 6 letters with less keeps its mark.
    const two = compileMatcher([{ id: 'd', topics: [{ ...t, terms: [{ text: 'padded' }, { text: 'Lisbon', lang: 'tr' }] }] }]);
    expect(two.stemReach[6]).toBe(7);
    expect(two.stems.padded).toEqual(['\u0083', 0 * CODE_UNIT + FLAG_PREFIX]);
    expect(two.stems.lisbon).toBe(1 * CODE_UNIT + FLAG_PREFIX + (CASE_FIRST << CASE_SHIFT));
    const seen = (m: typeof one, text: string) => {
      const out: string[] = [];
      scanText(m, text, (_, spelling) => out.push(removeFormMarks(spelling)));
      return out;
    };
    for (const m of [one, two]) expect(seen(m, 'padded, paddeder and paddedness')).toEqual(['padded', 'padded']);
    expect(seen(two, normalizeText("Lisbon'dan Lisbonundaki Lisboner Lisbonundakiler"))).toEqual(['lisbon', 'lisbon', 'lisbon']);
    expect((m.words.unit as (string | number)[]).filter((x) => typeof x === 'string')).toEqual(['-8200 leak', ' 8200']);
    // A one-word term alone under its key is stored as its bare code.
    expect(typeof m.words.o).toBe('object');
    expect(typeof compileMatcher([{ id: 'd', topics: [{ ...t, terms: [{ text: 'Microsoft', exact: true }] }] }]).words.microsoft).toBe('number');
    expect(splitTerm('unit-8200 leak')).toEqual({ key: 'unit', rest: '-8200 leak', dense: false, text: 'unit-8200 leak' });
    // The padded term (general path) matches like a plain one; evidence keeps the dossier's spelling.
    const found = matchPage(m, { title: '', lead: '', metadata: '', body: 'Unit 8200 and a padded term', outside: '' });
    expect(found[0].evidence.map((e) => e.term).sort()).toEqual([' - padded  term - ', 'unit 8200']);
  });
});

describe('evidence keeps the dossier’s spelling of mixed-case names', () => {
  it('does not capitalise small words inside a name', () => {
    const matcher = compileMatcher([
      {
        id: 'd',
        topics: [{ id: 't', label: 'T', level: 'story', terms: [{ text: 'Israel Ministry of Defense', group: 'a' }, { text: 'Brad Smith', group: 'b' }], require: { groups: 2, score: 1 } }],
      },
    ]);
    const [match] = matchPage(matcher, { title: 'israel ministry of defense and brad smith', lead: '', metadata: '', body: '', outside: '' });
    expect(match.evidence.map((e) => e.term).sort()).toEqual(['Brad Smith', 'Israel Ministry of Defense']);
  });
});
