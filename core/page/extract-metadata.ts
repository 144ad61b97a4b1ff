import { parseMachineDate } from '../dates/parse-date-text';
import { localDayAtHost } from './local-day';
import { cleanAuthorNames, isPlausibleName, mergeNames } from './clean-author';
import { getTypes, isArticleNode, isWebPageNode, readJsonLd, type LdNode } from './json-ld';
import { AUTHOR_META, authorFromHandle, authorsFromDom, namesFromLd } from './metadata-author';
import {
  MODIFIED_META, PUBLISHED_META, dateFromBodyText, dateFromDom, dateFromUrl, isUtcNearDayEdge, preferLocalDay, preferPublisherOffset,
} from './metadata-date';
import { collectPublisherNames, isHostName } from './metadata-publisher';
import { decode, first, readMetaTags, str, textOf } from './metadata-text';
import { cleanTitle, findHeadline, isSimilarTitle, stripSiteName, trimSiteSuffix } from './metadata-title';
import type { IsoDate, PageMetadata } from './types';

export { dateFromUrl, preferLocalDay } from './metadata-date';
export { isHostName, isPlausiblePublisher, parseCopyrightHolder } from './metadata-publisher';
export { readMetaTags } from './metadata-text';
export { isSimilarTitle } from './metadata-title';

const compactName = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

const isNonPageNode = (n: LdNode): boolean =>
  getTypes(n).some((t) => /^(?:organization|newsmediaorganization|website|breadcrumblist|person|imageobject|searchaction|listitem|sitenavigationelement)$/.test(t));

// Citation metadata from every convention news pages use, most explicit first:
// JSON-LD, then <meta> (Open Graph, article:*, Dublin Core, Highwire, Twitter,
// parse.ly, sailthru…), then microdata and <time>, then bylines/datelines in the
// text, and the date in the URL as a last resort.

/** The JSON-LD node that describes this page's story, if any. */
function pickArticleNode(nodes: LdNode[]): LdNode | null {
  const articles = nodes.filter(isArticleNode);
  if (articles.length) {
    // Prefer the one with a headline and a date; pages also list related articles.
    const dated = (n: LdNode) => typeof str(n.datePublished) === 'string';
    return articles.find((n) => typeof n.headline === 'string' && dated(n)) ?? articles.find(dated) ?? articles[0];
  }
  return (
    nodes.find((n) => isWebPageNode(n) && (n.datePublished || n.author)) ??
    // A video or podcast page: its main object carries author and dates.
    nodes.find((n) => (n.author || n.datePublished) && !isNonPageNode(n)) ??
    null
  );
}


const TITLE_META = ['og:title', 'weibo:article:title', 'weibo:webpage:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline', 'title'];

const RTL_LANGS = /^(?:ar|fa|he|iw|ur|ps|yi|dv|ckb|sd|ug)(?:[-_]|$)/i;

/** Normalise "en_US", "EN-us" -> "en-US"; reject junk. */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(raw);
  if (!m) return null;
  const base = m[1].toLowerCase();
  if (base === 'und' || base === 'xx') return null;
  if (!m[2]) return base;
  return `${base}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}`;
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}


export interface ExtractOptions {
  /** For tests: the current time, to reject future dates. */
  now?: number;
}

const EMPTY_METADATA: PageMetadata = {
  title: null, authors: [], publisher: null, publisherNames: [], publishedAt: null, modifiedAt: null,
  language: null, dir: null, canonicalUrl: null, description: null, keywords: [],
};

export function extractMetadata(doc: Document, url?: string, opts: ExtractOptions = {}): PageMetadata {
  // A document without a root element (some parsers, on empty input) makes DOM queries throw: honest unknowns.
  try {
    return readMetadata(doc, url, opts);
  } catch {
    return { ...EMPTY_METADATA, authors: [], publisherNames: [], keywords: [] };
  }
}

function readMetadata(doc: Document, url: string | undefined, opts: ExtractOptions): PageMetadata {
  const now = opts.now ?? Date.now();
  const meta = readMetaTags(doc);
  const nodes = readJsonLd(doc);
  const article = pickArticleNode(nodes);
  const html = doc.documentElement;

  // Language and direction.
  const language =
    normalizeLang(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang')) ??
    normalizeLang(first(meta, ['content-language', 'language', 'dc.language', 'og:locale'])) ??
    normalizeLang(str(article?.inLanguage));
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir: PageMetadata['dir'] =
    dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : language ? (RTL_LANGS.test(language) ? 'rtl' : 'ltr') : null;

  // Publisher: the best name first, then the other names the page gives the outlet.
  const publisherNames = collectPublisherNames(doc, meta, nodes, article, url);
  const publisher = publisherNames[0] ?? null;

  // Title.
  // The story's own headline (JSON-LD, Dublin Core) before the social-card title, but among
  // several candidates the one the page's <title> repeats is the one readers see.
  const docTitle = cleanTitle(doc.querySelector('title')?.textContent);
  const candidates = [
    cleanTitle(str(article?.headline)),
    cleanTitle(str(article?.name)),
    cleanTitle(first(meta, ['dc.title', 'dcterms.title'])),
    ...TITLE_META.map((k) => cleanTitle(first(meta, [k]))),
  ].filter((t): t is string => !!t);
  let title: string | null = candidates[0] ?? null;
  if (docTitle && article?.headline && candidates.length > 1 && !isSimilarTitle(candidates[0], docTitle)) {
    title = candidates.find((c) => isSimilarTitle(c, docTitle)) ?? title;
  }
  // "Headline - Section - Site" in JSON-LD while a card title carries just the headline.
  const bare = title ? candidates.find((c) => c !== title && title!.startsWith(c) && /^\s*[-|–—·:]\s/.test(title!.slice(c.length))) : undefined;
  if (bare) title = bare;
  if (!title) {
    const h1 = cleanTitle(textOf(doc.querySelector('h1'), 300));
    title = docTitle ? trimSiteSuffix(docTitle, publisher) : h1;
  }

  // Without the site's name around it ("Headline | Site", "Site: Headline"): the headline as the page shows it.
  if (title) {
    const sites = publisherNames.map(compactName).filter((n) => n.length >= 3);
    const isSite = (part: string): boolean => {
      const c = compactName(part);
      return c.length >= 2 && (sites.some((n) => c === n || (n.length >= 4 && c.startsWith(n))) || isHostName(part, url));
    };
    title = stripSiteName(title, isSite);
  }

  // Authors.
  let authors: string[] = article ? mergeNames(namesFromLd(article.author ?? article.creator, nodes)) : [];
  if (!authors.length) {
    for (const key of AUTHOR_META) {
      const values = meta.get(key);
      if (!values) continue;
      const names = values.flatMap((v) => cleanAuthorNames(decode(v)));
      if (names.length) {
        authors = mergeNames(names);
        break;
      }
    }
  }
  const headline = findHeadline(doc, title);
  if (!authors.length) authors = authorsFromDom(doc, headline);
  if (!authors.length) authors = authorFromHandle(doc, meta);
  if (publisher) authors = authors.filter((a) => isPlausibleName(a));

  // Dates.
  const parseAll = (values: (string | null | undefined)[]): IsoDate | null => {
    for (const v of values) {
      const iso = parseMachineDate(v, now);
      if (iso) return iso;
    }
    return null;
  };
  let publishedAt =
    parseAll([str(article?.datePublished), str(article?.dateCreated), str(article?.uploadDate)]) ??
    parseAll(PUBLISHED_META.flatMap((k) => meta.get(k) ?? []));
  if (!publishedAt) {
    const anyLd = nodes.find((n) => n.datePublished && parseMachineDate(str(n.datePublished), now));
    publishedAt = anyLd ? parseMachineDate(str(anyLd.datePublished), now) : null;
  }
  if (publishedAt) publishedAt = preferPublisherOffset(publishedAt, PUBLISHED_META.flatMap((k) => meta.get(k) ?? []), now);
  if (!publishedAt) publishedAt = dateFromDom(doc, language, now, headline)?.iso ?? null;
  const urlDate = dateFromUrl(url, now);
  if (publishedAt && isUtcNearDayEdge(publishedAt)) {
    // A UTC time-stamp near midnight may fall on another day than the publisher's: the day in
    // the URL decides, else the usual offset of the site's country (by its domain).
    publishedAt = urlDate ? preferLocalDay(publishedAt, urlDate) : localDayAtHost(publishedAt, url);
  }
  if (!publishedAt) publishedAt = urlDate;
  if (!publishedAt) publishedAt = dateFromBodyText(doc, language, now);
  let modifiedAt =
    parseAll([str(article?.dateModified)]) ?? parseAll(MODIFIED_META.flatMap((k) => meta.get(k) ?? []));
  if (modifiedAt && publishedAt && modifiedAt.slice(0, 10) < publishedAt.slice(0, 10)) modifiedAt = null;

  // Canonical URL, description, keywords.
  const canonicalUrl =
    resolveUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ??
    resolveUrl(first(meta, ['og:url', 'twitter:url']), url) ??
    resolveUrl(str(article?.url), url);
  const descRaw =
    first(meta, ['og:description', 'description', 'twitter:description', 'dc.description']) ?? str(article?.description);
  const description = descRaw ? decode(descRaw).slice(0, 1000) || null : null;

  const kw: string[] = [];
  for (const v of [...(meta.get('news_keywords') ?? []), ...(meta.get('keywords') ?? [])]) kw.push(...v.split(','));
  const ldKw = article?.keywords;
  if (typeof ldKw === 'string') kw.push(...ldKw.split(','));
  else if (Array.isArray(ldKw)) kw.push(...ldKw.filter((k): k is string => typeof k === 'string'));
  for (const key of ['about', 'mentions']) {
    const v = article?.[key];
    for (const item of Array.isArray(v) ? v : v ? [v] : []) {
      const n = str(item);
      if (n) kw.push(n);
    }
  }
  const keywords = mergeNames(kw.map((k) => decode(k)).filter((k) => k.length > 1 && k.length < 80)).slice(0, 30);

  return {
    title,
    authors,
    publisher,
    publisherNames,
    publishedAt,
    modifiedAt,
    language,
    dir,
    canonicalUrl,
    description,
    keywords,
  };
}
