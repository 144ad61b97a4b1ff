import { describe, expect, it } from 'vitest';
import { isJalaliLeap, jalaliToGregorian } from './jalali';

describe('jalaliToGregorian', () => {
  it('converts known dates', () => {
    expect(jalaliToGregorian(1404, 1, 1)).toEqual([2025, 3, 21]);
    expect(jalaliToGregorian(1404, 7, 7)).toEqual([2025, 9, 29]);
    expect(jalaliToGregorian(1403, 1, 1)).toEqual([2024, 3, 20]);
    expect(jalaliToGregorian(1399, 4, 2)).toEqual([2020, 6, 22]);
    expect(jalaliToGregorian(1403, 12, 30)).toEqual([2025, 3, 20]);
  });
  it('rejects days that do not exist', () => {
    expect(jalaliToGregorian(1402, 12, 30)).toBeNull(); // 1402 is a common year
    expect(jalaliToGregorian(1404, 7, 31)).toBeNull(); // second half-year months have 30 days
    expect(jalaliToGregorian(1404, 13, 1)).toBeNull();
    expect(jalaliToGregorian(1404, 0, 1)).toBeNull();
    expect(isJalaliLeap(1403)).toBe(true);
    expect(isJalaliLeap(1404)).toBe(false);
  });
  it("agrees with ICU's Persian calendar every day from 1990 to 2040", () => {
    const fmt = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const wrong: string[] = [];
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 86_400_000) {
      const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      const g = jalaliToGregorian(Number.parseInt(p.year, 10), Number(p.month), Number(p.day));
      const d = new Date(t);
      if (!g || g.join('-') !== `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}-${d.getUTCDate()}`) wrong.push(d.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});
