import { describe, expect, it } from 'vitest';
import { describeDateProblem, describeTermTextProblem, describeUrlProblem, isDossierDate, quoteValue } from './schema';
import { isHttpUrl } from '../url';

describe('describeDateProblem', () => {
  it('accepts each precision', () => {
    for (const d of ['2021', '2025-08', '2025-09-29', '2024-02-29', '2025-09-29T12:59', '2025-09-29T12:59:07', '2025-09-29T12:59:07.123Z', '2025-09-29T23:59:59+14:00']) {
      expect(describeDateProblem(d), d).toBeNull();
    }
  });

  it('names the problem', () => {
    expect(describeDateProblem('2025-13')).toBe('"2025-13" is not a valid month');
    expect(describeDateProblem('2025-00')).toBe('"2025-00" is not a valid month');
    expect(describeDateProblem('2025-02-30')).toBe('"2025-02-30" is not a real date (February 2025 has 28 days)');
    expect(describeDateProblem('2023-02-29')).toMatch(/February 2023 has 28 days/);
    expect(describeDateProblem('2025-06-00')).toMatch(/not a real date/);
    expect(describeDateProblem('2025-09-29T24:00')).toMatch(/impossible time of day/);
    expect(describeDateProblem('2025-09-29T10:00+25:00')).toMatch(/impossible time-zone offset/);
  });

  it('refuses other shapes with a hint', () => {
    for (const d of ['', '25', '2025-9', '2025/09/29', '29 September 2025', '2025-09-29 12:59', ' 2025']) {
      expect(describeDateProblem(d), d).toMatch(/is not a date: write YYYY, YYYY-MM, YYYY-MM-DD/);
    }
    expect(isDossierDate(20250929)).toBe(false);
    expect(isDossierDate('2025-09')).toBe(true);
  });
});

describe('describeUrlProblem', () => {
  it('allows only absolute http(s) URLs', () => {
    expect(describeUrlProblem('https://example.org/a')).toBeNull();
    expect(describeUrlProblem('HTTP://EXAMPLE.ORG')).toBeNull();
    expect(describeUrlProblem('javascript:alert(1)')).toMatch(/only http:\/\/ and https:\/\/ links are valid/);
    expect(describeUrlProblem(' javascript:alert(1)')).toMatch(/only http/);
    expect(describeUrlProblem('data:text/html,hi')).toMatch(/only http/);
    expect(describeUrlProblem('file:///etc/passwd')).toMatch(/only http/);
    expect(describeUrlProblem('example.org')).toMatch(/not a valid URL/);
    expect(isHttpUrl(42)).toBe(false);
  });
});

describe('describeTermTextProblem', () => {
  it('needs two characters after trimming, counting code points', () => {
    expect(describeTermTextProblem('')).toBe('term text is empty');
    expect(describeTermTextProblem(' \t')).toBe('term text is empty');
    expect(describeTermTextProblem('a')).toBe('term "a" is too short: a term needs at least 2 characters');
    expect(describeTermTextProblem('𝐀')).toMatch(/too short/); // one astral character, two UTF-16 units
    expect(describeTermTextProblem('AI')).toBeNull();
    expect(describeTermTextProblem('غزة')).toBeNull();
  });
});

describe('quoteValue', () => {
  it('shortens long strings so messages stay readable', () => {
    expect(quoteValue('x'.repeat(1000))).toBe(`"${'x'.repeat(60)}…"`);
    expect(quoteValue(5)).toBe('5');
    expect(quoteValue(null)).toBe('null');
    expect(quoteValue([1])).toBe('a list');
  });
});
