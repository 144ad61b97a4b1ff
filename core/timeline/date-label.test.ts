import { describe, expect, it } from 'vitest';
import { formatDateLabel, parsePartialDate, sortKeyOf } from './date-label';

describe('formatDateLabel', () => {
  it('labels each precision', () => {
    expect(formatDateLabel('2021')).toBe('2021');
    expect(formatDateLabel('2025-08')).toBe('August 2025');
    expect(formatDateLabel('2025-09-29')).toBe('September 29, 2025');
    expect(formatDateLabel('2025-09', { qualifier: 'late' })).toBe('late September 2025');
    expect(formatDateLabel('2025-09-29T22:30:00-05:00')).toBe('September 29, 2025');
  });

  it('localises with Intl and the given qualifier words', () => {
    const label = formatDateLabel('2025-09', { locale: 'ar', qualifier: 'late', words: { early: 'أوائل $1', mid: 'منتصف $1', late: 'أواخر $1', about: 'نحو $1', before: 'قبل $1', after: 'بعد $1' } });
    expect(label?.startsWith('أواخر ')).toBe(true);
    expect(label).toMatch(/سبتمبر|أيلول/);
  });

  it('rejects what is not a date', () => {
    expect(formatDateLabel('2025-13')).toBeNull();
    expect(formatDateLabel('2025-02-30')).toBeNull();
    expect(formatDateLabel('yesterday')).toBeNull();
    expect(formatDateLabel(null)).toBeNull();
    expect(formatDateLabel('2025', { locale: 'not a locale!!' })).toBe('2025');
  });
});

describe('sortKeyOf', () => {
  const key = (iso: string, q: Parameters<typeof sortKeyOf>[1] = null) => sortKeyOf(parsePartialDate(iso)!, q);
  it('orders qualifiers within their span', () => {
    expect(key('2025-09', 'early')).toBeLessThan(key('2025-09-10'));
    expect(key('2025-09', 'mid')).toBeLessThan(key('2025-09', 'late'));
    expect(key('2025-09', 'late')).toBeLessThan(key('2025-09-25'));
    expect(key('2025-09-15')).toBeLessThan(key('2025-09', 'late'));
    expect(key('2025', 'before')).toBeLessThan(key('2025'));
    expect(key('2025-12-31')).toBeLessThan(key('2025', 'after'));
  });
});
