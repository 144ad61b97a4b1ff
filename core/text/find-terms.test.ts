import { describe, expect, it } from 'vitest';
import { findTermSpans } from './find-terms';

const cut = (text: string, terms: string[]) => findTermSpans(text, terms).map(({ start, end }) => text.slice(start, end));

describe('findTermSpans', () => {
  it('finds terms whatever their case, as spans of the text itself', () => {
    expect(cut('Unit 8200 and UNIT 8200 again', ['unit 8200'])).toEqual(['Unit 8200', 'UNIT 8200']);
  });

  it('keeps its offsets right after a letter whose lower case is longer ("İ" → "i̇")', () => {
    const text = 'İstanbul İİİ: Microsoft said';
    expect('İ'.toLowerCase()).toHaveLength(2); // the reason for this test
    const spans = findTermSpans(text, ['microsoft', 'istanbul', 'i̇stanbul']);
    for (const { start, end } of spans) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
    }
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['Microsoft', 'İstanbul']);
  });

  it('never reaches past the end of the text, even when a term ends inside an expanded letter', () => {
    const text = 'xİ';
    expect(cut(text, ['xi'])).toEqual(['xİ']);
    expect(findTermSpans('İİİİ', ['i̇i̇'])).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('handles characters outside the BMP and stops at the limit', () => {
    expect(cut('𝐀 Gaza 𝐁 gaza', ['gaza'])).toEqual(['Gaza', 'gaza']);
    expect(findTermSpans('aa aa aa', ['aa'], 2)).toHaveLength(2);
    expect(findTermSpans('text', [' ', 'x'])).toEqual([]);
  });
});
