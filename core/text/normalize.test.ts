import { describe, expect, it } from 'vitest';
import { normalizeGeneral, normalizeText } from './normalize';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

describe('normalizeText', () => {
  it('applies NFKC and case folding', () => {
    expect(normalizeText('Ｍｉｃｒｏｓｏｆｔ')).toBe('microsoft');
    expect(normalizeText('ﬁle')).toBe('file');
    expect(normalizeText('STRASSE Straße')).toBe('strasse strasse');
    expect(normalizeText('ΟΔΟΣ')).toBe('οδοσ');
  });

  it('removes Latin and Greek diacritics', () => {
    expect(normalizeText('Unité 8200 armée israélienne')).toBe('unite 8200 armee israelienne');
    expect(normalizeText('Überwachung Ağustos İsrail')).toBe('uberwachung agustos israil');
    expect(normalizeText('Ισραήλ')).toBe('ισραηλ');
    expect(normalizeText('e\u0301')).toBe('e');
  });

  it('removes Arabic diacritics and tatweel, unifies alef/hamza, taa marbuta, alef maqsura', () => {
    expect(normalizeText('مُحَمَّد')).toBe('محمد');
    expect(normalizeText('مـــايكروسوفت')).toBe('مايكروسوفت');
    expect(normalizeText('أزور إسرائيل آب ٱلله')).toBe('ازور اسراييل اب الله');
    expect(normalizeText('إسرائيل')).toBe(normalizeText('اسرائيل'));
    expect(normalizeText('الوحدة')).toBe('الوحده');
    expect(normalizeText('مستشفى')).toBe('مستشفي');
    expect(normalizeText('مؤتمر')).toBe('موتمر');
    expect(normalizeText('ی ک')).toBe(normalizeText('ي ك')); // Persian yeh and kaf
  });

  it('removes Hebrew niqqud', () => {
    expect(normalizeText('שָׁלוֹם')).toBe('שלום');
    expect(normalizeText('צה״ל')).toBe('צה"ל');
  });

  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeText('الوحدة ٨٢٠٠')).toBe('الوحده 8200');
    expect(normalizeText('۸۲۰۰')).toBe('8200');
  });

  it('removes bidi marks and zero-width characters inside words', () => {
    expect(normalizeText('Micro\u200Bsoft')).toBe('microsoft');
    expect(normalizeText('מיקרו\u200Fסופט')).toBe('מיקרוסופט');
    expect(normalizeText('Az\u200Dure\u2066 x\u2069')).toBe('azure x');
    expect(normalizeText('\uFEFFsoft\u00ADware')).toBe('software');
  });

  it('unifies apostrophes and dashes and collapses whitespace', () => {
    expect(normalizeText('Israel’s  army\n\tunit')).toBe("israel's army unit");
    expect(normalizeText('cut\u2013off')).toBe('cut-off');
  });

  it('is total on odd input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(undefined as unknown as string)).toBe('');
    expect(normalizeText('😀 👩‍👩‍👧 𝔘𝔫𝔦𝔱')).toBe('😀 👩👩👧 unit');
  });

  it('is linear on megabytes of mixed-script text', () => {
    const line = 'Microsoft cuts off Unité 8200 الوحدة ٨٢٠٠ מיקרוסופט 微软 😀 ';
    const big = line.repeat(180_000);
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(normalizeText(big).startsWith('microsoft cuts off unite 8200 الوحده 8200')).toBe(true);
    // A ratio in the same run, not a wall-clock gate (issue 16).
    const ratio = scalingRatio((n) => {
      const text = line.repeat(n);
      return () => normalizeText(text);
    }, 4_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('gives the same result on its fast paths as the general path', () => {
    // Letters of the fast path's scripts mixed with what must leave it: marks that compose
    // (e + U+0301, ا + U+0653, か + U+3099, 가 + U+11A8), table variants, double spaces.
    const alphabet = [
      ...'abzAZ09 -', ...'Ğİ', ...'ابتثجخسشعيهوىةأإآؤئـ', ...'абвгдеёжзийАБВЁЙЯ', ...'אבגדהוזש',
      ...'αβγςσωΑΩ', ...'微软公司', ...'かがカヴ', ...'가각힣',
      '\u0301', '\u0653', '\u0654', '\u3099', '\u309b', '\u11a8', '\u1161', '\u064e', '\u05b8', '\u200c', '\u00a0',
    ];
    let seed = 12345;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % alphabet.length;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = 1 + (n % 9);
      for (let i = 0; i < len; i++) s += alphabet[next()];
      expect([s, normalizeText(s)]).toEqual([s, normalizeGeneral(s)]);
    }
    for (const s of ['Microsoft', 'Москва', 'مايكروسوفت', 'מיקרוסופט', 'е\u0308', 'ا\u0653', 'か\u3099', '가\u11a8', 'a  b', 'Ab Cd']) {
      expect([s, normalizeText(s)]).toEqual([s, normalizeGeneral(s)]);
    }
  });
});
