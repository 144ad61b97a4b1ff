// Draft a dossier from the article being read: "Follow this story". Pure and synchronous: the sidebar
// frame runs it on the reading it already has, `npm run draft` on a saved page, the eval on many.
import type { CitedSource, DatedEvent, Quote } from '../analysis/types';
import { DOSSIER_FORMAT, DOSSIER_VERSION, type Actor, type Claim, type Dossier, type DossierEvent, type Source, type SourceKind } from '../dossier/types';
import { isExactOutlet } from '../analysis/source-kinds';
import { findNames, type NameSource } from './find-names';
import { guessLanguage } from '../text/guess-language';
import { buildStoryTerms, type StoryEntity } from './story-terms';
import type { ArticleForDraft, DraftProblem, DraftResult } from './types';

const MAX_KEY_POINTS = 8;
const MAX_CLAIMS = 12;
const MAX_CITED = 30;
const MAX_EVENTS = 25;
const MAX_ACTORS = 10;
const MAX_TEXT = 2_000;
/** Words read per zone: the lead decides; a 100,000-word article must not cost more than a long one. */
const MAX_BODY_PARAGRAPHS = 400;
const LEAD_PARAGRAPHS = 2;
/** Events this long before the publication are the story's background, not its beginning. */
const BACKGROUND_DAYS = 90;

/** A short stable hash (FNV-1a, base 36): the same URL gives the same source id in every draft. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The id of the source standing for an article: from its URL without fragment or tracking parameters. */
export function articleSourceIdFor(url: string): string {
  return `article-${hashText(normalizeUrl(url))}`;
}

export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid|ocid|cmpid)/i.test(key)) u.searchParams.delete(key);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim();
  }
}

function isHttp(url: string | undefined | null): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}

function clip(text: string, max = MAX_TEXT): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

function dayOf(iso: string | null | undefined): string | null {
  const m = typeof iso === 'string' ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** A page that does not say its language is read in the one its words show (core/text/guess-language). */
function withLanguage(article: ArticleForDraft): ArticleForDraft {
  if (typeof article.metadata.language === 'string' && article.metadata.language.trim() !== '') return article;
  const text = [article.metadata.title ?? '', ...article.paragraphs.filter((p) => typeof p === 'string').slice(0, 30)].join('\n');
  const language = guessLanguage(text);
  return language ? { ...article, metadata: { ...article.metadata, language } } : article;
}

function languageOf(article: ArticleForDraft): string {
  const lang = article.metadata.language;
  return typeof lang === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'und';
}

// A wire dateline opens a paragraph: "SANTA CLARA —", "BEIRUT, Lebanon (AP) —", "PARIS (Reuters) -".
// Where the reporter filed from is not what the story is about.
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{L}.\s]{2,30})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;

/** A paragraph without its opening dateline. */
export function stripDateline(paragraph: string): string {
  const m = DATELINE.exec(paragraph);
  // Only an all-capitals place: "Mr. SMITH - said" is not a dateline, nor is a capitalised first word.
  if (!m || !/\p{Lu}{3,}/u.test(m[0]) || /\p{Ll}{2,}.*[—–-]/u.test(m[0].split(',')[0])) return paragraph;
  return paragraph.slice(m[0].length);
}

function nameSourceOf(article: ArticleForDraft, headline: string): NameSource {
  const paragraphs = article.paragraphs
    .filter((p) => typeof p === 'string' && p.trim().length > 0)
    .slice(0, MAX_BODY_PARAGRAPHS)
    .map(stripDateline);
  const description = article.metadata.description?.trim();
  // The description often repeats the first paragraph: counted once.
  const lead = [...(description && !paragraphs[0]?.startsWith(description.slice(0, 60)) ? [description] : []), ...paragraphs.slice(0, LEAD_PARAGRAPHS)];
  return {
    headline,
    lead: lead.map((p) => p.slice(0, 5_000)),
    keywords: article.metadata.keywords.slice(0, 50),
    body: paragraphs.slice(LEAD_PARAGRAPHS).map((p) => p.slice(0, 5_000)),
    language: article.metadata.language,
  };
}

/** Names that are the article's byline or its outlet, not its story. */
function excludedNames(article: ArticleForDraft): Set<string> {
  const names = [article.metadata.publisher, ...(article.metadata.publisherNames ?? []), ...article.metadata.authors];
  try {
    names.push(new URL(article.url).hostname.replace(/^www\./, '').split('.')[0]);
  } catch {
    /* not a URL: nothing to add */
  }
  const out = new Set<string>();
  for (const n of names) {
    if (typeof n !== 'string' || n.trim() === '') continue;
    const key = n.toLowerCase().trim();
    out.add(key);
    // "Gulf News" excludes "News" too: a part of the outlet's name is not the story's.
    for (const word of key.split(/\s+/)) if (key.includes(' ')) out.add(word);
  }
  return out;
}

const SOURCE_KINDS: Record<CitedSource['kind'], SourceKind> = {
  'news-outlet': 'news-report',
  person: 'statement',
  organisation: 'statement',
  document: 'official-document',
  'social-post': 'social-post',
};

function citedSourcesOf(cited: CitedSource[], articleId: string, used: Set<string>): Source[] {
  const out: Source[] = [];
  for (const c of cited.slice(0, MAX_CITED)) {
    const name = clip(c.name, 200);
    if (!name) continue;
    let id = `cited-${slug(name) || hashText(name)}`;
    for (let n = 2; used.has(id); n++) id = `cited-${slug(name) || hashText(name)}-${n}`;
    used.add(id);
    const linked = isHttp(c.url);
    out.push({
      id,
      title: clip(c.evidence[0] ?? name, 300),
      publisher: name,
      kind: SOURCE_KINDS[c.kind] ?? 'other',
      ...(linked ? { url: c.url } : {}),
      // Known only through this article's report of it, unless the article links it for the reader to check.
      ...(linked ? {} : { via: articleId }),
    });
  }
  return out;
}

function claimsOf(quotes: Quote[], articleId: string): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    if (!q.speaker || q.text.trim().length < 12 || claims.length >= MAX_CLAIMS) continue;
    const key = `${q.speaker}|${q.text}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push({
      id: `claim-${claims.length + 1}`,
      text: clip(`${q.speaker}: “${q.text.trim()}”`, 1_200),
      attributedTo: clip(q.speaker, 200),
      quote: q.text.trim().slice(0, MAX_TEXT),
      sources: [articleId],
    });
  }
  return claims;
}

function daysBetween(a: string, b: string): number {
  const pad = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
  return (Date.parse(pad(b)) - Date.parse(pad(a))) / 86_400_000;
}

function eventsOf(events: DatedEvent[], article: ArticleForDraft, title: string, articleId: string): DossierEvent[] {
  const out: DossierEvent[] = [];
  const published = dayOf(article.metadata.publishedAt);
  if (published) {
    const publisher = article.metadata.publisher;
    out.push({ id: 'published', date: published, title: clip(publisher ? `${publisher}: ${title}` : title, 300), sources: [articleId] });
  }
  const seen = new Set<string>();
  for (const e of events) {
    if (!e.date || out.length >= MAX_EVENTS) continue;
    const key = `${e.date}|${e.sentence}`;
    if (seen.has(key) || (e.date === published && e.relative)) continue;
    seen.add(key);
    const background = published !== null && daysBetween(e.date, published) > BACKGROUND_DAYS;
    out.push({
      id: `event-${out.length + 1}`,
      date: e.date,
      ...(e.qualifier ? { qualifier: e.qualifier } : {}),
      title: clip(e.sentence, 300),
      sources: [articleId],
      // Before the story: kept on its timeline, but not where the story begins (see storySpan).
      ...(background ? { background: true } : {}),
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "Name, the chief executive of X," -> "the chief executive of X". */
function roleOf(entity: StoryEntity, paragraphs: string[]): string | undefined {
  if (entity.kind === 'country') return 'country';
  const name = entity.spellings[0];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const appositive = new RegExp(`${escaped}, ((?:the |a |an |who |its |his |her )[^,.;:]{3,80}?)[,.;]`);
  for (const p of paragraphs.slice(0, 40)) {
    const m = appositive.exec(p);
    if (m) return clip(m[1], 120);
  }
  return undefined;
}

function actorsOf(entities: StoryEntity[], paragraphs: string[]): Actor[] {
  return entities.slice(0, MAX_ACTORS).map((e) => {
    const role = roleOf(e, paragraphs);
    const aliases = e.spellings.slice(1).filter((s) => s !== e.name).slice(0, 8);
    return { name: e.name, ...(role ? { role } : {}), ...(aliases.length > 0 ? { aliases } : {}) };
  });
}

/** Whether a title is only the site's name as its address spells it: "Daily Sabah" on dailysabah.com. */
function isHostName(title: string, url: string): boolean {
  const squashed = title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (squashed.length < 3) return false;
  try {
    const labels = new URL(url).hostname.toLowerCase().replace(/^www\./, '').split('.');
    return labels.some((l) => l.replace(/-/g, '') === squashed);
  } catch {
    return false;
  }
}

/** The headline; when the page gives only its site's name, the first sentence of the text stands in. */
function cleanHeadline(article: ArticleForDraft): string {
  const title = article.metadata.title?.trim() ?? '';
  const site = [article.metadata.publisher, ...(article.metadata.publisherNames ?? [])].filter(Boolean).map((n) => n!.toLowerCase());
  if (title && !site.includes(title.toLowerCase()) && !isHostName(title, article.url)) return clip(title, 300);
  const first = stripDateline(article.paragraphs.find((p) => p.trim().length > 0) ?? '');
  const sentence = /^.{20,240}?[.!?](?=\s|$)/su.exec(first)?.[0] ?? first;
  return clip(sentence, 300) || 'Untitled story';
}

/**
 * A valid dossier from one article: headline and key points, actors, quotes as claims, the article and the
 * sources it cites, its dated events, and the story topic that finds other coverage (see story-terms.ts).
 */
export function draftDossier(given: ArticleForDraft, options: { now?: string } = {}): DraftResult {
  const article = withLanguage(given);
  const now = options.now ?? new Date().toISOString();
  const title = cleanHeadline(article);
  const articleId = articleSourceIdFor(article.url);
  const problems: DraftProblem[] = [];
  const paragraphs = article.paragraphs.filter((p) => typeof p === 'string');
  const names = nameSourceOf(article, title);
  const candidates = findNames(names).filter((c) => !isExactOutlet(c.text));
  const story = buildStoryTerms(names, candidates, excludedNames(article), clip(title, 200));
  if (story.topic.terms.length === 0) problems.push('no-terms');
  else if (story.anchors === 0 || new Set(story.topic.terms.map((t) => t.group)).size < 2) problems.push('few-terms');
  const published = dayOf(article.metadata.publishedAt);
  if (!published) problems.push('no-date');
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  if (words < 120) problems.push('short-text');

  const used = new Set<string>([articleId]);
  const articleSource: Source = {
    id: articleId,
    title,
    kind: 'news-report',
    ...(article.metadata.publisher ? { publisher: clip(article.metadata.publisher, 200) } : {}),
    ...(isHttp(article.url) ? { url: article.url } : {}),
    ...(article.metadata.authors.length > 0 ? { authors: article.metadata.authors.slice(0, 20).map((a) => clip(a, 200)) } : {}),
    ...(published ? { publishedAt: published } : {}),
    ...(article.metadata.language ? { language: languageOf(article) } : {}),
  };
  const keyPoints = article.analysis.keyPoints.slice(0, MAX_KEY_POINTS).map((text) => ({ text: clip(text), sources: [articleId], addedAt: now }));
  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    id: `${slug(title) || 'story'}-${hashText(articleId + now)}`,
    title,
    language: languageOf(article),
    updatedAt: now,
    topics: [story.topic],
    summary: {
      headline: title,
      keyPoints: keyPoints.length > 0 ? keyPoints : [{ text: title, sources: [articleId], addedAt: now }],
      actors: actorsOf(story.entities, paragraphs),
    },
    claims: claimsOf(article.analysis.quotes, articleId),
    sources: [articleSource, ...citedSourcesOf(article.analysis.citedSources, articleId, used)],
    events: eventsOf(article.analysis.events, article, title, articleId),
  };
  return { dossier, articleSourceId: articleId, problems };
}
