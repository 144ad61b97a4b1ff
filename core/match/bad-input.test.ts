import { describe, expect, it } from 'vitest';
import type { Term, Topic } from '../dossier/types';
import { compileMatcher } from './compile-matcher';
import { matchPage } from './match-page';
import type { PageZones } from './types';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const topic: Topic = {
  id: 'story',
  label: 'story',
  level: 'story',
  terms: [
    { text: 'Valmora', weight: 3, group: 'place' },
    { text: 'dockers', weight: 2, group: 'workers' },
    { text: 'strike', weight: 2, group: 'action' },
    { text: 'مايكروسوفت', weight: 2, group: 'place' },
    { text: 'מיקרוסופט', weight: 2, group: 'workers' },
  ],
  require: { groups: 3, score: 6 },
};
const matcher = compileMatcher([{ id: 'd', topics: [topic] }]);
const body = (text: string): PageZones => ({ title: '', lead: '', metadata: '', body: text, outside: '' });

// No wall-clock gate (issue 16): each size-driven case is checked for linear growth with a ratio
// measured in the same run (tests/unit/scaling.ts).

describe('matcher on hostile input', () => {
  it('handles 10 MB of text in bounded time', () => {
    const text = 'Valmora dockers strike and other words here. '.repeat(230_000);
    expect(matchPage(matcher, body(text))).toHaveLength(1);
    const ratio = scalingRatio((n) => {
      const zones = body('Valmora dockers strike and other words here. '.repeat(n));
      return () => matchPage(matcher, zones);
    }, 5_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('handles 2 MB without any space', () => {
    expect(matchPage(matcher, body('a'.repeat(2_000_000) + 'Valmora'))).toHaveLength(0);
    const ratio = scalingRatio((n) => {
      const zones = body('a'.repeat(n) + 'Valmora');
      return () => matchPage(matcher, zones);
    }, 100_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('handles every script and emoji', () => {
    let all = '';
    for (let c = 0x20; c < 0x30000; c += 7) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      all += String.fromCodePoint(c);
    }
    all += '👩‍👩‍👧 🏳️‍🌈 ';
    expect(matchPage(matcher, body(all + ' Valmora dockers strike'))).toHaveLength(1);
  });

  it('reads words broken by bidi marks and zero-width joiners', () => {
    const text = 'Val\u200Dmora dock\u200Bers str\u200Eike';
    expect(matchPage(matcher, body(text))).toHaveLength(1);
    const rtl = '\u200Fمايكرو\u200Cسوفت \u2067מיקרו\u200Dסופט\u2069 strike';
    expect(matchPage(matcher, body(rtl))).toHaveLength(1);
  });

  it('compiles and matches thousands of terms', () => {
    const terms: Term[] = Array.from({ length: 5_000 }, (_, i) => ({ text: `term${i} word${i % 97}`, group: `g${i % 4}` }));
    const big = compileMatcher([{ id: 'big', topics: [{ id: 't', label: 't', level: 'story', terms, require: { groups: 2 } }] }]);
    expect(matchPage(big, body('x term12 word12 y term13 word13 '.repeat(1000)))).toHaveLength(1);
    const ratio = scalingRatio((n) => {
      const zones = body('x term12 word12 y term13 word13 '.repeat(n));
      return () => matchPage(big, zones);
    }, 250);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('returns nothing for empty or malformed zones and matchers', () => {
    expect(matchPage(matcher, {} as PageZones)).toEqual([]);
    expect(matchPage(matcher, null as unknown as PageZones)).toEqual([]);
    expect(matchPage(compileMatcher([]), body('Valmora dockers strike'))).toEqual([]);
    expect(matchPage(null as never, body('x'))).toEqual([]);
  });
});
