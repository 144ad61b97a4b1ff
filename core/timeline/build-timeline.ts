import { stripHash } from '../url';
import type { Dossier } from '../dossier/types';
import type { DatedEvent } from '../analysis/types';
import { formatDateLabel, parsePartialDate, sortKeyOf, spanOf, type Precision, type Qualifier, type QualifierWords } from './date-label';

// One chronological list for the sidebar: what the dossier knows, what this
// article dates, where this article sits ("you are here") and the other
// articles on the story the user has read.

export type TimelineKind = 'dossier-event' | 'article-date' | 'this-article' | 'read-article';

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  /** ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: Precision;
  qualifier: Qualifier | null;
  /** Localised, at its precision: "late September 2025". */
  label: string;
  title: string;
  description?: string;
  /** Dossier source ids. */
  sources: string[];
  url?: string;
  publisher?: string | null;
  /** Language of the title/description text, for lang/dir. */
  language: string | null;
  /** Named by this article and not yet in the dossier. */
  isNew: boolean;
  /** Set in the article as written: "last August". */
  asWritten?: string;
}

export interface TimelineInput {
  dossier: Dossier;
  /** Dates this article names (analysis); may be missing while it loads. */
  articleEvents?: DatedEvent[];
  article?: { url: string; title: string | null; publishedAt: string | null; publisher: string | null; language: string | null };
  /** Other matched articles the user read. */
  history?: { url: string; title: string | null; publisher: string | null; publishedAt: string | null; readAt: number; language: string | null }[];
  locale?: string;
  words?: QualifierWords;
}

const MAX_ARTICLE_DATES = 12;
const MAX_READ = 20;
const MAX_TITLE = 220;

const KIND_ORDER: Record<TimelineKind, number> = { 'dossier-event': 0, 'read-article': 1, 'article-date': 2, 'this-article': 3 };

function clip(text: string, max = MAX_TITLE): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}


/** Day precision for a full date-time ("2025-09-29T08:00:00Z" → "2025-09-29"). */
function toPartial(iso: string | null | undefined): string | null {
  const match = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(iso ?? '');
  return match && parsePartialDate(match[0]) ? match[0] : null;
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A date the article names is new when no dossier event falls within it and it
 * falls within no dossier event: "September 2025" is known when the dossier
 * has "late September 2025", and vice versa.
 */
export function isDateKnown(date: string, knownDates: string[]): boolean {
  const a = parsePartialDate(date);
  if (!a) return true;
  const spanA = spanOf(a);
  return knownDates.some((known) => {
    const b = parsePartialDate(known);
    if (!b) return false;
    const spanB = spanOf(b);
    return (spanA.start >= spanB.start && spanA.end <= spanB.end) || (spanB.start >= spanA.start && spanB.end <= spanA.end);
  });
}

export function buildTimeline(input: TimelineInput): TimelineItem[] {
  const { dossier, locale = 'en', words } = input;
  const label = (date: string, qualifier: Qualifier | null) => formatDateLabel(date, { locale, qualifier, words }) ?? date;
  const items: (TimelineItem & { key: number })[] = [];
  const push = (item: TimelineItem) => {
    const parsed = parsePartialDate(item.date);
    if (parsed) items.push({ ...item, key: sortKeyOf(parsed, item.qualifier) });
  };

  for (const event of dossier.events) {
    const parsed = parsePartialDate(event.date);
    if (!parsed) continue;
    push({
      id: `event:${event.id}`,
      kind: 'dossier-event',
      date: event.date,
      precision: parsed.precision,
      qualifier: event.qualifier ?? null,
      label: label(event.date, event.qualifier ?? null),
      title: clip(event.title),
      description: event.description ? clip(event.description, 600) : undefined,
      sources: event.sources,
      language: dossier.language,
      isNew: false,
    });
  }

  const knownDates = dossier.events.map((event) => event.date);
  const article = input.article;
  const seen = new Set<string>();
  let added = 0;
  for (const event of input.articleEvents ?? []) {
    if (added >= MAX_ARTICLE_DATES) break;
    const date = toPartial(event.date);
    if (!date || !event.precision) continue;
    // The publication date itself is the "you are here" item.
    if (article?.publishedAt && date === toPartial(article.publishedAt) && !event.qualifier) continue;
    const key = `${date}|${event.qualifier ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    added += 1;
    push({
      id: `article:${key}`,
      kind: 'article-date',
      date,
      precision: parsePartialDate(date)!.precision,
      qualifier: event.qualifier,
      label: label(date, event.qualifier),
      title: clip(event.sentence || event.text, 160),
      sources: [],
      language: article?.language ?? null,
      isNew: !isDateKnown(date, knownDates),
      asWritten: event.text,
    });
  }

  const here = article ? toPartial(article.publishedAt) : null;
  if (article && here) {
    push({
      id: 'this-article',
      kind: 'this-article',
      date: here,
      precision: parsePartialDate(here)!.precision,
      qualifier: null,
      label: label(here, null),
      title: clip(article.title ?? article.url),
      sources: [],
      url: article.url,
      publisher: article.publisher,
      language: article.language,
      isNew: false,
    });
  }

  const current = article ? stripHash(article.url) : '';
  let read = 0;
  for (const row of input.history ?? []) {
    if (read >= MAX_READ) break;
    if (stripHash(row.url) === current) continue;
    const date = toPartial(row.publishedAt) ?? dayOf(row.readAt);
    read += 1;
    push({
      id: `read:${row.url}`,
      kind: 'read-article',
      date,
      precision: parsePartialDate(date)!.precision,
      qualifier: null,
      label: label(date, null),
      title: clip(row.title ?? row.url),
      sources: [],
      url: row.url,
      publisher: row.publisher,
      language: row.language,
      isNew: false,
    });
  }

  items.sort((a, b) => a.key - b.key || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return items.map(({ key: _key, ...item }) => item);
}
