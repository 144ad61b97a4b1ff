import { toAsciiDigits } from '../text/digits';
import { jalaliToGregorian } from './jalali';
import { jalaliMonthFromName, monthFromName } from './month-names';
import type { IsoDate } from '../page/types';

// Publication dates as printed on news pages, in many languages, turned into
// ISO 8601 at the precision actually known. Anything implausible (0000-00-00,
// before 1900, in the future) is rejected so callers can fall back.

const MIN_YEAR = 1900;

/** Arabic-Indic and Persian digits (toAsciiDigits), and Devanagari and Bengali ones (Hindi, Marathi, Bengali pages). */
function toLatinDigits(text: string): string {
  return toAsciiDigits(text).replace(/[\u0966-\u096F\u09E6-\u09EF]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x09e6 ? code - 0x09e6 : code - 0x0966);
  });
}
const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** True when y-m-d is a real calendar day between 1900 and tomorrow. */
export function isPlausibleDay(y: number, m: number, d: number, now: number = Date.now()): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return false; // 31 February
  return t <= now + DAY_MS;
}

function formatDay(y: number, m: number, d: number): IsoDate {
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?/i;

/**
 * Parse a machine date (meta content, JSON-LD, time@datetime): ISO 8601 in its
 * usual variants, RFC 2822, or epoch seconds/ms. Keeps the page's own offset so
 * the calendar day is the publisher's, not UTC's.
 * parseMachineDate('2025-09-29T12:59:00+03:00') === '2025-09-29T12:59:00+03:00'
 */
export function parseMachineDate(raw: unknown, now: number = Date.now()): IsoDate | null {
  if (typeof raw === 'number') return parseEpoch(raw, now);
  if (typeof raw !== 'string') return null;
  const s = toLatinDigits(raw).trim().slice(0, 80);
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) return parseEpoch(Number(s), now);
  const m = ISO_RE.exec(s);
  if (m && (s.includes('-') || /^\d{8}(?:$|T)/.test(s))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isPlausibleDay(y, mo, d, now)) return null;
    const day = formatDay(y, mo, d);
    if (m[4] === undefined) return day;
    const hh = Number(m[4]);
    const mm = Number(m[5]);
    if (hh > 23 || mm > 59) return day;
    const ss = m[6] ? Number(m[6]) : 0;
    let zone = m[7] ?? '';
    if (/^(utc|gmt)$/i.test(zone)) zone = 'Z';
    else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    else if (/^[+-]\d{2}$/.test(zone)) zone = `${zone}:00`;
    const full = `${day}T${pad(hh)}:${pad(mm)}:${pad(ss)}${zone}`;
    // A time-stamp with an explicit zone must not be in the future either.
    if (zone && Date.parse(full) > now + DAY_MS) return null;
    return full;
  }
  // Year-month or year only.
  const ym = /^(\d{4})-(\d{2})$/.exec(s);
  if (ym) return isPlausibleDay(Number(ym[1]), Number(ym[2]), 1, now) ? `${ym[1]}-${ym[2]}` : null;
  return parseDateText(s, { now });
}

function parseEpoch(n: number, now: number): IsoDate | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || ms > now + DAY_MS || d.getUTCFullYear() < MIN_YEAR) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

export interface DateTextOptions {
  /** Page language, to read 03/04/2025 as month-first only in US English. */
  lang?: string | null;
  now?: number;
}

export interface DateMatch {
  iso: IsoDate;
  /** Offset of the match in the (digit-normalised) text. */
  index: number;
  length: number;
  /** Precision: day or month. */
  precision: 'day' | 'month';
  /** A clock time (HH:MM) stands right beside the date: typical of a dateline. */
  hasTime: boolean;
  /** Preceded by a weekday and a colon, like "الاحد: 07 ديسمبر 2025": a site header's clock. */
  isHeaderClock: boolean;
  /** Preceded by a weekday name with no clock time beside it ("Tue, 14 Jan 2020"): often today's date in a header. */
  hasWeekdayOnly: boolean;
}

// Letters of the scripts month names are written in (text is lower-cased). An explicit
// class rather than \p{L}: Unicode property classes in lookbehinds are slow to compile.
const L = 'a-z\\u00df-\\u00ff\\u0100-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0590-\\u05ff\\u0600-\\u06ff\\u0750-\\u077f\\u0900-\\u0963\\u0970-\\u09e5\\u09f0-\\u09ff';
// A month is any word here, checked against the month table in readMatch: one
// small pattern instead of an alternation of hundreds of names (slow to compile).
const MONTH = `(?<![${L}])([${L}]{3,}(?:\\s(?:الثاني|الأول|الاول))?)(?![${L}])\\.?`;
// Levantine sites print both families: "24 نيسان / أبريل 2020", "أيلول (سبتمبر)".
const MONTH_PAIR = `${MONTH}(?:\\s*[/(\\-–]\\s*[${L}]{3,}\\)?)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|º|°|\\.)?';
const YEAR = '(\\d{4})(?!\\d)';
const SEP = '[\\s,.\\-/]*';

type Order = 'dmy' | 'mdy' | 'ymd' | 'my' | 'jalali-dmy' | 'jalali-ymd';

const PATTERNS: { re: RegExp; order: Order }[] = [
  // 29 September 2025, 29. September 2025, 29 de septiembre de 2025, 29 أيلول 2025, 29 сентября 2025 г.
  { re: new RegExp(`(?<!\\d)${DAY}\\s*(?:de\\s+|of\\s+)?${MONTH_PAIR}${SEP}(?:de\\s+|del\\s+)?${YEAR}`, 'g'), order: 'dmy' },
  // September 29, 2025 / Sept. 29 2025
  { re: new RegExp(`${MONTH}\\s*${DAY}(?!\\d)${SEP}${YEAR}`, 'g'), order: 'mdy' },
  // 2025年9月29日, 2025년 9월 29일, 2025. 9. 29.
  { re: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/gu, order: 'ymd' },
  // 2025-09-29, 2025/09/29, 2025.09.29
  { re: /(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/gu, order: 'ymd' },
  // 29.09.2025, 29/09/2025, 09/29/2025, 29-09-2025
  { re: /(?<![\d.\/])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/gu, order: 'dmy' },
  // September 2025 (month precision; used only when nothing finer is printed)
  { re: new RegExp(`(?<!\\d(?:st|nd|rd|th|er|\\.)?\\s*)${MONTH}\\s*,?\\s*${YEAR}`, 'g'), order: 'my' },
];

// Solar Hijri dates (years 13xx–14xx), looked for only on Persian pages. A Persian month
// name is unambiguous; a bare 1404/07/07 is Jalali only there, and never when marked
// as lunar Hijri (هـ, ق), which Arabic and Persian sites print beside the others.
const NOT_LUNAR = '(?!\\s*(?:هـ|ه‍|ه\\.?\\s?ق|ق\\.?(?![\\u0600-\\u06ff])))';
const JALALI_PATTERNS: { re: RegExp; order: Order }[] = [
  // ۷ مهر ۱۴۰۴, 2 تير 1399
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s*([\\u0600-\\u06ff]{2,8})\\s*(?:ماه\\s*)?(1[34]\\d{2})(?!\\d)${NOT_LUNAR}`, 'g'), order: 'jalali-dmy' },
  // 1404/07/07, ۱۴۰۴-۰۷-۰۷
  { re: new RegExp(`(?<![\\d/.-])(1[34]\\d{2})([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d/.-])${NOT_LUNAR}`, 'g'), order: 'jalali-ymd' },
];
const JALALI_ANCHOR = /(?<!\d)1[34]\d{2}(?!\d)/g;
// Letters and digits only Persian uses (پ چ ژ گ ی ک, ۰–۹): the page is Persian.
const PERSIAN_SIGNS = /[\u06F0-\u06F9\u067E\u0686\u0698\u06AF\u06CC\u06A9]/;

const WEEKDAY_COLON =
  /(?:الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\s*[:،,-]?\s*$/u;
const WEEKDAY_BEFORE =
  /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:the\s+)?$|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:[یي][کك]|دو|سه|چهار|پنج)?\u200c?\s?شنبه|جمعه|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\s*[,:،-]?\s*(?:le\s+|den\s+|el\s+)?$/u;
const TIME_AFTER = /^[\s,•·|\-–—h]*(?:at|um|à|a las|alle|om|saat|الساعة|ساعت)?\s*\d{1,2}[:h.]\d{2}(?!\d)/u;
const TIME_BEFORE = /\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?[\s,•·|\-–—]*$/u;

const YEAR_ANCHOR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)|[年년]/g;

/**
 * Every date printed in the text, in order of appearance, with context hints.
 * Every pattern holds a four-digit year, so only short windows around years
 * are searched: long texts with few dates cost little.
 */
export function findDatesInText(text: string, opts: DateTextOptions = {}): DateMatch[] {
  const now = opts.now ?? Date.now();
  // Lower-cased once so that no pattern needs the case-insensitive Unicode flag (slow to compile).
  const s = toLatinDigits(text.slice(0, 200_000)).toLowerCase();
  const usEnglish = /^en(?:-us)?$/i.test(opts.lang ?? '');
  const persian = /^fa(?:$|[-_])/i.test(opts.lang ?? '') || PERSIAN_SIGNS.test(text.slice(0, 200_000));
  const found = findWithPatterns(s, YEAR_ANCHOR, PATTERNS, usEnglish, now);
  if (persian) {
    // Dates already read (a Gregorian one beside it) keep their place.
    const more = findWithPatterns(s, JALALI_ANCHOR, JALALI_PATTERNS, usEnglish, now);
    for (const j of more) if (!found.some((f) => j.index < f.index + f.length && j.index + j.length > f.index)) found.push(j);
  }
  return found.sort((a, b) => a.index - b.index);
}

function findWithPatterns(s: string, anchor: RegExp, patterns: { re: RegExp; order: Order }[], usEnglish: boolean, now: number): DateMatch[] {
  const windows: [number, number][] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(s); m && windows.length < 400; m = anchor.exec(s)) {
    const a = Math.max(0, m.index - 60);
    const b = Math.min(s.length, m.index + 40);
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else windows.push([a, b]);
  }
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  for (const [wa, wb] of windows) {
    const w = s.slice(wa, wb);
    for (const { re, order } of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(w); m; m = re.exec(w)) {
        const start = wa + m.index;
        const end = start + m[0].length;
        if (overlaps(start, end)) continue;
        const parsed = readMatch(m, order, usEnglish, now);
        if (!parsed) continue;
        taken.push([start, end]);
        const before = s.slice(Math.max(0, start - 24), start);
        const after = s.slice(end, end + 30);
        found.push({
          iso: parsed.iso,
          index: start,
          length: end - start,
          precision: parsed.precision,
          hasTime: TIME_AFTER.test(after) || TIME_BEFORE.test(before),
          isHeaderClock: WEEKDAY_COLON.test(before) && !TIME_AFTER.test(after),
          hasWeekdayOnly: WEEKDAY_BEFORE.test(before) && !TIME_AFTER.test(after) && !TIME_BEFORE.test(before),
        });
      }
    }
  }
  return found;
}

function readMatch(
  m: RegExpExecArray,
  order: Order,
  usEnglish: boolean,
  now: number,
): { iso: IsoDate; precision: 'day' | 'month' } | null {
  let y: number;
  let mo: number | undefined;
  let d: number;
  if (order === 'jalali-dmy' || order === 'jalali-ymd') {
    const dmy = order === 'jalali-dmy';
    const jm = dmy ? jalaliMonthFromName(m[2]) : Number(m[3]);
    const g = jm ? jalaliToGregorian(Number(dmy ? m[3] : m[1]), jm, Number(dmy ? m[1] : m[4])) : null;
    if (!g || !isPlausibleDay(g[0], g[1], g[2], now)) return null;
    return { iso: formatDay(g[0], g[1], g[2]), precision: 'day' };
  }
  if (order === 'my') {
    mo = monthFromName(m[1]);
    y = Number(m[2]);
    if (!mo || !isPlausibleDay(y, mo, 1, now)) return null;
    return { iso: `${y}-${pad(mo)}`, precision: 'month' };
  }
  if (order === 'ymd') {
    const numeric = m.length === 5; // y sep m sep d
    y = Number(m[1]);
    mo = Number(numeric ? m[3] : m[2]);
    d = Number(numeric ? m[4] : m[3]);
  } else if (order === 'mdy') {
    mo = monthFromName(m[1]);
    d = Number(m[2]);
    y = Number(m[3]);
  } else if (m.length === 5) {
    // Numeric day-month-year; month-first only when it must be or the page is US English.
    const a = Number(m[1]);
    const b = Number(m[3]);
    y = Number(m[4]);
    if (a > 12 || (b <= 12 && !usEnglish)) [d, mo] = [a, b];
    else [mo, d] = [a, b];
  } else {
    d = Number(m[1]);
    mo = monthFromName(m[2]);
    y = Number(m[3]);
  }
  if (!mo || !isPlausibleDay(y, mo, d, now)) return null;
  return { iso: formatDay(y, mo, d), precision: 'day' };
}

/**
 * The most likely publication date printed in a short text (a dateline, a
 * byline block, the top of an article). Prefers day precision, dates with a
 * clock time beside them, and skips a header's "today is" clock.
 * parseDateText('29 أيلول 2025 • 12:59') === '2025-09-29'
 */
export function parseDateText(text: string, opts: DateTextOptions = {}): IsoDate | null {
  return pickPublicationDate(findDatesInText(text, opts))?.iso ?? null;
}

/** Choose among dates found in reading order (see parseDateText). */
export function pickPublicationDate(found: DateMatch[]): DateMatch | null {
  const usable = found.filter((f) => !f.isHeaderClock);
  const days = usable.filter((f) => f.precision === 'day');
  const pool = days.length ? days : usable;
  if (!pool.length) return null;
  return pool.find((f) => f.hasTime) ?? pool[0];
}
