import { describe, expect, it } from 'vitest';
import { findDatesInText, isPlausibleDay, parseDateText, parseMachineDate } from './parse-date-text';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const NOW = Date.UTC(2026, 0, 15);

describe('parseMachineDate', () => {
  it('keeps the publisher offset and precision', () => {
    expect(parseMachineDate('2025-09-29T12:59:00+03:00', NOW)).toBe('2025-09-29T12:59:00+03:00');
    expect(parseMachineDate('2025-09-29T12:59:00.123Z', NOW)).toBe('2025-09-29T12:59:00Z');
    expect(parseMachineDate('2025-09-29 12:59', NOW)).toBe('2025-09-29T12:59:00');
    expect(parseMachineDate('2025-09-29', NOW)).toBe('2025-09-29');
    expect(parseMachineDate('2025-09', NOW)).toBe('2025-09');
    expect(parseMachineDate('20250929', NOW)).toBe('2025-09-29');
    expect(parseMachineDate('2025-09-29T12:59:00+0300', NOW)).toBe('2025-09-29T12:59:00+03:00');
  });
  it('reads RFC 2822, slashes and epochs', () => {
    expect(parseMachineDate('Mon, 29 Sep 2025 10:00:00 GMT', NOW)).toBe('2025-09-29');
    expect(parseMachineDate('2025/09/29', NOW)).toBe('2025-09-29');
    expect(parseMachineDate(1759140000, NOW)?.slice(0, 10)).toBe('2025-09-29');
  });
  it('rejects zero, impossible, pre-1900 and future dates', () => {
    expect(parseMachineDate('0000-00-00', NOW)).toBeNull();
    expect(parseMachineDate('0000-00-00T00:00:00Z', NOW)).toBeNull();
    expect(parseMachineDate('2025-02-30', NOW)).toBeNull();
    expect(parseMachineDate('1899-12-31', NOW)).toBeNull();
    expect(parseMachineDate('2026-03-01', NOW)).toBeNull();
    expect(parseMachineDate('2026-01-15T23:00:00Z', NOW)).toBe('2026-01-15T23:00:00Z');
    expect(parseMachineDate('not a date', NOW)).toBeNull();
    expect(parseMachineDate({}, NOW)).toBeNull();
  });
});

describe('parseDateText', () => {
  it('reads English, French, German, Spanish, Italian', () => {
    expect(parseDateText('Published September 29, 2025 at 3:04 pm', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('Sept. 3, 2024', { now: NOW })).toBe('2024-09-03');
    expect(parseDateText('Publié le 3 février 2024 à 14h05', { now: NOW })).toBe('2024-02-03');
    expect(parseDateText('1er mars 2023', { now: NOW })).toBe('2023-03-01');
    expect(parseDateText('Veröffentlicht am 12. März 2023, 09:15 Uhr', { now: NOW })).toBe('2023-03-12');
    expect(parseDateText('12 de marzo de 2023', { now: NOW })).toBe('2023-03-12');
    expect(parseDateText('12 marzo 2023', { now: NOW })).toBe('2023-03-12');
  });
  it('reads Arabic month families and Arabic-Indic digits', () => {
    expect(parseDateText('29 أيلول 2025 • 12:59', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('٢٩ سبتمبر ٢٠٢٥', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('نشر في ۱۴ تشرين الأول ۲۰۲۴', { now: NOW })).toBe('2024-10-14');
    expect(parseDateText('3 كانون الثاني 2024', { now: NOW })).toBe('2024-01-03');
  });
  it('reads numeric dates day-first unless the page is US English', () => {
    expect(parseDateText('29.09.2025', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('03/04/2025', { now: NOW, lang: 'fr' })).toBe('2025-04-03');
    expect(parseDateText('03/04/2025', { now: NOW, lang: 'en-US' })).toBe('2025-03-04');
    expect(parseDateText('2025年9月29日', { now: NOW })).toBe('2025-09-29');
  });
  it('skips a header clock in favour of the dateline', () => {
    const text = 'الاحد: 07 ديسمبر 2025\n • 29 أيلول 2025\n • 12:59\nخبرني - ...';
    expect(parseDateText(text, { now: NOW })).toBe('2025-09-29');
    expect(findDatesInText(text, { now: NOW })[0].isHeaderClock).toBe(true);
  });
  it('falls back to month precision and rejects nonsense', () => {
    expect(parseDateText('September 2025', { now: NOW })).toBe('2025-09');
    expect(parseDateText('31 February 2024', { now: NOW })).toBeNull();
    expect(parseDateText('1 January 2030', { now: NOW })).toBeNull();
    expect(parseDateText('no date here', { now: NOW })).toBeNull();
  });
  it('stays fast on long hostile text', () => {
    const junk = '12 '.repeat(100_000) + '٢٩'.repeat(50_000);
    expect(() => findDatesInText(junk, { now: NOW })).not.toThrow();
    // Linear in the text's length (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const text = '12 '.repeat(2 * n) + '٢٩'.repeat(n);
      return () => findDatesInText(text, { now: NOW });
    }, 10_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
  it('isPlausibleDay checks the calendar', () => {
    expect(isPlausibleDay(2024, 2, 29, NOW)).toBe(true);
    expect(isPlausibleDay(2023, 2, 29, NOW)).toBe(false);
  });
});

describe('South Asian scripts', () => {
  it('reads Bengali and Devanagari digits and month names', () => {
    expect(parseDateText('১৬:২০, ১৬ ফেব্রুয়ারি ২০২০ তারিখে সম্পাদিত', { now: NOW })).toBe('2020-02-16');
    // য় as য + nukta
    expect(parseDateText('১৬ ফেব্রু\u09af\u09bcারি ২০২০', { now: NOW })).toBe('2020-02-16');
    expect(parseDateText('अपडेट: 29 सितंबर 2025, 10:15 AM', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('२९ सितम्बर २०२५', { now: NOW })).toBe('2025-09-29');
  });
});

describe('Solar Hijri (Jalali) dates on Persian pages', () => {
  it('reads Persian month names with Persian, Arabic or ASCII digits', () => {
    expect(parseDateText('۷ مهر ۱۴۰۴', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('کد خبر: 123 - 1 فروردین 1404 - 10:30', { now: NOW })).toBe('2025-03-21');
    // Arabic yeh in تير, as many Iranian sites type it; no Persian-only letter here, so the page language tells.
    expect(parseDateText('2 تير 1399 - 12:09:08 ب.ظ', { now: NOW, lang: 'fa' })).toBe('2020-06-22');
    expect(parseDateText('2 تير 1399 - 12:09:08 ب.ظ', { now: NOW, lang: 'ar' })).toBeNull();
  });
  it('reads numeric Jalali dates only on Persian pages', () => {
    expect(parseDateText('تاریخ انتشار: 1404/07/07', { now: NOW })).toBe('2025-09-29');
    expect(parseDateText('1404/07/07', { now: NOW, lang: 'fa-IR' })).toBe('2025-09-29');
    expect(parseDateText('1404/07/07', { now: NOW, lang: 'en' })).toBeNull();
  });
  it('prefers the dateline over a Persian header clock', () => {
    const text = 'دوشنبه ۲ تير ۱۳۹۹ صفحه اصلی ... در 3 ماه 2 تير 1399 - 12:09:08 ب.ظ خبرگزاری';
    expect(parseDateText(text, { now: NOW })).toBe('2020-06-22');
    expect(findDatesInText(text, { now: NOW })[0].hasWeekdayOnly).toBe(true);
  });
  it('never reads a lunar Hijri date as Jalali or Gregorian', () => {
    expect(parseDateText('۲۰ ربیع‌الاول ۱۴۴۷', { now: NOW, lang: 'fa' })).toBeNull();
    expect(parseDateText('1447/03/20 هـ', { now: NOW, lang: 'fa' })).toBeNull();
    expect(parseDateText('١٤ صفر ١٤٤٢ هـ', { now: NOW, lang: 'ar' })).toBeNull();
    expect(parseDateText('الاثنين ١٤ صفر ١٤٤٢ هـ - ٢١ سبتمبر ٢٠٢٠', { now: NOW, lang: 'ar' })).toBe('2020-09-21');
    expect(parseDateText('1442/02/14', { now: NOW, lang: 'ar' })).toBeNull();
  });
  it('keeps a Gregorian date printed on a Persian page', () => {
    expect(parseDateText('۲۹ سپتامبر ۲۰۲۵', { now: NOW })).toBe('2025-09-29');
  });
});
