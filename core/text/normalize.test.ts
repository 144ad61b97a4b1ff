import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

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

  it('is fast on 10 MB of mixed-script text', () => {
    const big = 'Microsoft cuts off Unité 8200 الوحدة ٨٢٠٠ מיקרוסופט 微软 😀 '.repeat(180_000);
    expect(big.length).toBeGreaterThan(10_000_000);
    const t0 = performance.now();
    const out = normalizeText(big);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(out.startsWith('microsoft cuts off unite 8200 الوحده 8200')).toBe(true);
  });
});
