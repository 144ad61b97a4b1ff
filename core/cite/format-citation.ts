import { isHttpUrl } from '../url';
// Citation text for one source: APA 7 and MLA 9 as plain text, BibTeX
// (biblatex fields) and CSL-JSON, each with the access date.
//
// Why not a citation library: citation-js with its CSL styles is ~1 MB, more
// than the whole sidebar, for four formats whose rules for web and news
// sources fit on a page. This covers those rules (APA 7 §9–10, MLA 9 ch. 5)
// for the fields a dossier or an article has; anything unknown is left out
// rather than guessed.
import { parsePartialDate, type PartialDate } from '../timeline/date-label';

export type CitationFormat = 'apa' | 'mla' | 'bibtex' | 'csl-json';
export const CITATION_FORMATS: readonly CitationFormat[] = ['apa', 'mla', 'bibtex', 'csl-json'];

export type CiteKind = 'news-report' | 'investigation' | 'statement' | 'internal-email' | 'social-post' | 'official-document' | 'web-page' | 'other';

export interface CiteSource {
  title: string;
  authors?: string[];
  /** The outlet, site or organisation. */
  publisher?: string | null;
  /** ISO partial date or date-time. */
  publishedAt?: string | null;
  url?: string | null;
  kind?: CiteKind;
  language?: string | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA 9 abbreviates months longer than four letters (June and July stay whole).
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}


/** Ends a sentence-like part with a period unless it already ends with punctuation. */
function withPeriod(text: string): string {
  return /[.?!…]["'”’]?$/.test(text) ? text : `${text}.`;
}

/** A person's name in Latin script with two to four parts; anything else (an organisation, another script) is kept whole. */
const ORGANISATION_WORDS =
  /\b(press|news|staff|agency|desk|team|editorial|board|bureau|correspondents?|reporters?|times|post|guardian|network|group|media|office|ministry|council|company|inc|ltd|llc|foundation|institute|university|association|commission|committee|department|government|service|army|military|forces|unit|the)\b/i;

function splitPersonName(name: string): { family: string; given: string[] } | null {
  if (ORGANISATION_WORDS.test(name)) return null;
  const parts = clean(name).split(' ');
  if (parts.length < 2 || parts.length > 4) return null;
  if (!parts.every((part) => /^[\p{Script=Latin}][\p{Script=Latin}'’.-]*$/u.test(part))) return null;
  if (!parts.every((part) => /^\p{Lu}/u.test(part) || /^(de|da|van|von|der|den|du|la|le|al|el|bin|ibn)$/.test(part))) return null;
  // Particles stay with the family name: "Ludwig van Beethoven" → "van Beethoven".
  let familyStart = parts.length - 1;
  while (familyStart > 1 && /^(de|da|van|von|der|den|du|la|le|al|el|bin|ibn)$/.test(parts[familyStart - 1])) familyStart -= 1;
  return { family: parts.slice(familyStart).join(' '), given: parts.slice(0, familyStart) };
}

function apaAuthor(name: string): string {
  const person = splitPersonName(name);
  if (!person) return clean(name);
  const initials = person.given.map((given) => given.split('-').map((part) => `${part[0]}.`).join('-')).join(' ');
  return `${person.family}, ${initials}`;
}

function apaAuthors(authors: string[]): string {
  const names = authors.map(apaAuthor);
  if (names.length === 1) return names[0];
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  return `${names.slice(0, 19).join(', ')}, … ${names[names.length - 1]}`;
}

function mlaAuthors(authors: string[]): string {
  const first = splitPersonName(authors[0]);
  const firstText = first ? `${first.family}, ${first.given.join(' ')}` : clean(authors[0]);
  if (authors.length === 1) return firstText;
  if (authors.length === 2) return `${firstText}, and ${clean(authors[1])}`;
  return `${firstText}, et al`;
}

function apaDate(date: PartialDate | null): string {
  if (!date) return 'n.d.';
  if (date.precision === 'year') return String(date.year);
  const month = MONTHS[(date.month ?? 1) - 1];
  return date.precision === 'month' ? `${date.year}, ${month}` : `${date.year}, ${month} ${date.day}`;
}

function mlaDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const month = MLA_MONTHS[(date.month ?? 1) - 1];
  return date.precision === 'month' ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

function authorsOf(source: CiteSource): string[] {
  const publisher = clean(source.publisher).toLowerCase();
  // APA and MLA: an organisation that is both author and publisher is named once, as publisher.
  return (source.authors ?? []).map(clean).filter((name) => name && name.toLowerCase() !== publisher);
}

export function formatApa(source: CiteSource, accessed: Date): string {
  const authors = authorsOf(source);
  const date = parsePartialDate(source.publishedAt);
  const title = clean(source.title);
  const publisher = clean(source.publisher);
  const parts: string[] = [];
  if (authors.length) parts.push(withPeriod(apaAuthors(authors)), `(${apaDate(date)}).`, withPeriod(title));
  else parts.push(withPeriod(title), `(${apaDate(date)}).`); // no author: the title takes the author's place
  if (publisher) parts.push(withPeriod(publisher));
  if (isHttpUrl(source.url)) {
    // APA 7 adds a retrieval date only where the content may change and has no date of its own.
    parts.push(date ? source.url.trim() : `Retrieved ${MONTHS[accessed.getUTCMonth()]} ${accessed.getUTCDate()}, ${accessed.getUTCFullYear()}, from ${source.url.trim()}`);
  }
  return parts.join(' ');
}

export function formatMla(source: CiteSource, accessed: Date): string {
  const authors = authorsOf(source);
  const date = parsePartialDate(source.publishedAt);
  const parts: string[] = [];
  if (authors.length) parts.push(withPeriod(mlaAuthors(authors)));
  parts.push(`“${withPeriod(clean(source.title))}”`);
  const container = [clean(source.publisher), date ? mlaDate(date) : '', isHttpUrl(source.url) ? source.url.trim().replace(/^https?:\/\//i, '') : '']
    .filter(Boolean)
    .join(', ');
  if (container) parts.push(withPeriod(container));
  const day = `${accessed.getUTCDate()} ${MLA_MONTHS[accessed.getUTCMonth()]} ${accessed.getUTCFullYear()}`;
  parts.push(`Accessed ${day}.`);
  return parts.join(' ');
}

const BIBTEX_ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

function bibtexEscape(text: string): string {
  return clean(text).replace(/[\\{}%&$#_~^]/g, (char) => BIBTEX_ESCAPES[char]);
}

function bibtexName(name: string): string {
  const person = splitPersonName(name);
  // Braces keep an organisation's name from being split into "family, given".
  return person ? `${bibtexEscape(person.family)}, ${bibtexEscape(person.given.join(' '))}` : `{${bibtexEscape(name)}}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function partialIso(date: PartialDate): string {
  const pad = (n: number | null) => String(n).padStart(2, '0');
  return date.precision === 'year' ? String(date.year) : date.precision === 'month' ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function citationKey(source: CiteSource): string {
  const authors = authorsOf(source);
  const base = authors.length ? (splitPersonName(authors[0])?.family ?? authors[0]) : clean(source.publisher) || clean(source.title);
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '')
    .slice(0, 24)
    .toLowerCase();
  const word = clean(source.title)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(' ')
    .map((w) => w.replace(/[^A-Za-z0-9]/g, '').toLowerCase())
    .find((w) => w.length > 3 && !['the', 'that', 'this', 'with', 'from'].includes(w));
  const year = parsePartialDate(source.publishedAt)?.year ?? 'nd';
  return `${slug || 'source'}${year}${word ?? ''}`;
}

const NEWS_KINDS = new Set<CiteKind>(['news-report', 'investigation']);

export function formatBibtex(source: CiteSource, accessed: Date): string {
  const date = parsePartialDate(source.publishedAt);
  const isNews = NEWS_KINDS.has(source.kind ?? 'other') && Boolean(clean(source.publisher));
  const type = isNews ? 'article' : isHttpUrl(source.url) ? 'online' : 'misc';
  const authors = authorsOf(source);
  const fields: [string, string][] = [];
  if (authors.length) fields.push(['author', authors.map(bibtexName).join(' and ')]);
  fields.push(['title', `{${bibtexEscape(source.title)}}`]);
  if (clean(source.publisher)) fields.push([isNews ? 'journaltitle' : 'organization', bibtexEscape(source.publisher ?? '')]);
  if (date) fields.push(['date', partialIso(date)]);
  if (source.language) fields.push(['langid', bibtexEscape(source.language)]);
  if (isHttpUrl(source.url)) fields.push(['url', source.url.trim().replace(/[{}\\]/g, (c) => encodeURIComponent(c))]);
  fields.push(['urldate', isoDay(accessed)]);
  return `@${type}{${citationKey(source)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

const CSL_TYPES: Record<CiteKind, string> = {
  'news-report': 'article-newspaper',
  investigation: 'article-newspaper',
  statement: 'speech',
  'internal-email': 'personal_communication',
  'social-post': 'post',
  'official-document': 'report',
  'web-page': 'webpage',
  other: 'document',
};

export function toCslJson(source: CiteSource, accessed: Date): Record<string, unknown> {
  const date = parsePartialDate(source.publishedAt);
  const item: Record<string, unknown> = { id: citationKey(source), type: CSL_TYPES[source.kind ?? 'other'], title: clean(source.title) };
  const authors = authorsOf(source);
  if (authors.length) {
    item.author = authors.map((name) => {
      const person = splitPersonName(name);
      return person ? { family: person.family, given: person.given.join(' ') } : { literal: clean(name) };
    });
  }
  if (clean(source.publisher)) {
    item[NEWS_KINDS.has(source.kind ?? 'other') ? 'container-title' : 'publisher'] = clean(source.publisher);
  }
  if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day].filter((n): n is number => n !== null)] };
  if (isHttpUrl(source.url)) item.URL = source.url.trim();
  if (source.language) item.language = source.language;
  item.accessed = { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] };
  return item;
}

export function formatCitation(source: CiteSource, format: CitationFormat, accessed: Date = new Date()): string {
  switch (format) {
    case 'apa':
      return formatApa(source, accessed);
    case 'mla':
      return formatMla(source, accessed);
    case 'bibtex':
      return formatBibtex(source, accessed);
    case 'csl-json':
      return JSON.stringify([toCslJson(source, accessed)], null, 2);
  }
}
