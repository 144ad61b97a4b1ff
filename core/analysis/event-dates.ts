import type { DatePrecision, DateQualifier, DatedEvent } from './types';

// Small date helpers shared by the English and Arabic event rules. All dates are UTC calendar dates.

export type Ymd = { y: number; m: number; d: number };

export function parseIsoDate(iso: string | null): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= 31 ? ymd : null;
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

export function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(date: Ymd, precision: DatePrecision): string {
  if (precision === 'year') return String(date.y);
  if (precision === 'month') return `${date.y}-${pad(date.m)}`;
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Weekday named without a date: the most recent one (news reports the past), or the next one when told. */
export function resolveWeekday(pub: Ymd, weekday: number, direction: 'past' | 'future' | 'last' | 'next'): Ymd {
  const today = weekdayOf(pub);
  // "due Tuesday" on a Tuesday is today; "next Tuesday" is a week on.
  if (direction === 'future' || direction === 'next') return addDays(pub, ((weekday - today + 7) % 7) || (direction === 'next' ? 7 : 0));
  const back = (today - weekday + 7) % 7;
  return addDays(pub, -(direction === 'last' ? back || 7 : back));
}

/** Month named without a year: the latest such month not after publication, unless told otherwise. */
export function resolveMonthYear(pub: Ymd, month: number, direction: 'past' | 'future' | 'last' | 'next' | 'this'): number {
  if (direction === 'this') return pub.y;
  if (direction === 'last') return month < pub.m ? pub.y : pub.y - 1;
  if (direction === 'next') return month > pub.m ? pub.y : pub.y + 1;
  if (direction === 'future') return month >= pub.m ? pub.y : pub.y + 1;
  return month <= pub.m ? pub.y : pub.y - 1;
}

export const NO_PUBLICATION_NOTE = 'no publication date: not resolved';

export function makeEvent(
  text: string,
  sentence: string,
  date: Ymd | null,
  precision: DatePrecision | null,
  options: { qualifier?: DateQualifier | null; relative?: boolean; note?: string } = {},
): DatedEvent {
  const event: DatedEvent = {
    text: text.trim().replace(/[\s,.;:،]+$/u, ''),
    date: date && precision ? formatDate(date, precision) : null,
    precision: date ? precision : null,
    qualifier: options.qualifier ?? null,
    relative: options.relative ?? false,
    sentence,
  };
  if (options.note) event.note = options.note;
  return event;
}

/** An event for a relative expression when there is no publication date to resolve it against. */
export function makeUnresolved(text: string, sentence: string, qualifier: DateQualifier | null = null, note = NO_PUBLICATION_NOTE): DatedEvent {
  return makeEvent(text, sentence, null, null, { qualifier, relative: true, note });
}
