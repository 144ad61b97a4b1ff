// Small, pure formatting helpers shared by the popup and the options page.

/** Dossier and article dates come at several precisions: "2025", "2025-08", "2025-08-14", or a full date-time. */
export function formatPartialDate(value: string | null | undefined, language: string): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
  try {
    if (m) {
      const [, y, mo, d] = m;
      // Noon UTC keeps the calendar day the same in every time zone.
      const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, 12));
      if (Number.isNaN(date.getTime())) return trimmed;
      const options: Intl.DateTimeFormatOptions = d
        ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
        : mo
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
      return new Intl.DateTimeFormat(language, options).format(date);
    }
    const date = new Date(trimmed);
    if (Number.isNaN(date.getTime())) return trimmed;
    return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
  } catch {
    return trimmed;
  }
}

/** "when read": a local time stamp. */
export function formatTimestamp(ms: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(bytes: number, language: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  try {
    return new Intl.NumberFormat(language, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${['B', 'KB', 'MB', 'GB', 'TB'][unit]}`;
  }
}

export { isHttpUrl } from '../../core/url';

type CitationInput = { publisher?: string | null; authors?: string[]; date?: string | null };

/** outlet, authors, date of an article, skipping what is unknown. */
export function listCitationParts(parts: CitationInput, byLine: (names: string) => string): string[] {
  const authors = (parts.authors ?? []).filter(Boolean);
  return [parts.publisher, authors.length ? byLine(authors.join(', ')) : null, parts.date].filter((part): part is string => Boolean(part));
}

/** "outlet · authors · date". */
export function formatCitation(parts: CitationInput, byLine: (names: string) => string): string {
  return listCitationParts(parts, byLine).join(' · ');
}

/** A safe download name from a dossier id: "my-story.dossier.json". */
export function toDossierFileName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'dossier';
  return `${safe}.dossier.json`;
}
