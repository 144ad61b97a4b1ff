// Labels a partial date at the precision it is known ("2021", "August 2025",
// "late September 2025"), localised with Intl. Pure: the caller passes the
// qualifier wording of its UI language.

export type Precision = 'year' | 'month' | 'day';
export type Qualifier = 'early' | 'mid' | 'late' | 'about' | 'before' | 'after';

/** `$1` is the formatted date. */
export type QualifierWords = Record<Qualifier, string>;

export const ENGLISH_QUALIFIERS: QualifierWords = {
  early: 'early $1',
  mid: 'mid-$1',
  late: 'late $1',
  about: 'about $1',
  before: 'before $1',
  after: 'after $1',
};

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: Precision;
}

/** "2025", "2025-09", "2025-09-29" or a full ISO date-time; null when it is none of these. */
export function parsePartialDate(iso: string | null | undefined): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(iso?.trim() ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month ?? 1, 0)).getUTCDate())) return null;
  return { year, month, day, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' };
}

const FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

// Building an Intl.DateTimeFormat costs far more than using one: keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, FORMATS[precision]);
    } catch {
      found = new Intl.DateTimeFormat('en', FORMATS[precision]); // an invalid locale tag from a file
    }
    if (formatters.size < 64) formatters.set(key, found);
  }
  return found;
}

/** "late September 2025"; null for a date that does not parse. */
export function formatDateLabel(
  iso: string | null | undefined,
  options: { locale?: string; qualifier?: Qualifier | null; words?: QualifierWords } = {},
): string | null {
  const date = parsePartialDate(iso);
  if (!date) return null;
  const at = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const text = formatter(options.locale ?? 'en', date.precision).format(at);
  if (!options.qualifier) return text;
  const words = options.words ?? ENGLISH_QUALIFIERS;
  return words[options.qualifier].replace('$1', text);
}

const DAY = 86_400_000;

/**
 * A number that orders partial dates as a reader expects: "2025" and
 * "early 2025" near the start of the year, "late September" after
 * "September 20", "before X" just before X and "after X" just after its span.
 */
export function sortKeyOf(date: PartialDate, qualifier: Qualifier | null = null): number {
  const start = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const end =
    date.precision === 'year' ? Date.UTC(date.year + 1, 0, 1) : date.precision === 'month' ? Date.UTC(date.year, date.month ?? 1, 1) : start + DAY;
  const span = end - start;
  switch (qualifier) {
    case 'before':
      return start - 1;
    case 'after':
      return end;
    // A qualified span sits where its third begins: "late September" ≈ the 21st.
    case 'mid':
      return start + span / 3;
    case 'late':
      return start + (span * 2) / 3;
    default:
      return start; // early, about and none
  }
}

export function spanOf(date: PartialDate): { start: number; end: number } {
  const start = sortKeyOf(date);
  const end = sortKeyOf(date, 'after');
  return { start, end };
}
