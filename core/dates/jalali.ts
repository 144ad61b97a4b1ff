// Solar Hijri (Jalali) calendar, printed by Persian sites ("۷ مهر ۱۴۰۴", "1404/07/07").
// The usual 33-year arithmetic rule (as in jdf/jalaali); exact for the years news
// pages print (checked in the tests against ICU's Persian calendar).

/** Gregorian [year, month, day] of a Jalali date, or null when the date does not exist. */
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] | null {
  if (!Number.isInteger(jy) || !Number.isInteger(jm) || !Number.isInteger(jd)) return null;
  if (jy < 1 || jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return null;
  // Esfand 30 exists only in leap years.
  if (jm === 12 && jd === 30 && !isJalaliLeap(jy)) return null;
  const y = jy + 1595;
  let days =
    -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days -= 1;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days += 1;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > lengths[gm]) gd -= lengths[gm++];
  return [gy, gm + 1, gd];
}

/** A Jalali leap year has 30 days in Esfand (same 33-year rule as above). */
export function isJalaliLeap(jy: number): boolean {
  const start = jalaliStart(jy);
  const next = jalaliStart(jy + 1);
  return next - start === 366;
}

function jalaliStart(jy: number): number {
  const y = jy + 1595;
  return -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + 1;
}
