import { findDatesInText, parseMachineDate, pickPublicationDate } from '../dates/parse-date-text';
import { cleanAuthorNames, isPlausibleName, mergeNames } from './clean-author';
import { getTypes, isArticleNode, isWebPageNode, readJsonLd, resolveRef, type LdNode } from './json-ld';
import type { IsoDate, PageMetadata } from './types';

// Citation metadata from every convention news pages use, most explicit first:
// JSON-LD, then <meta> (Open Graph, article:*, Dublin Core, Highwire, Twitter,
// parse.ly, sailthru…), then microdata and <time>, then bylines/datelines in the
// text, and the date in the URL as a last resort.

type MetaMap = Map<string, string[]>;

/** name/property/itemprop/http-equiv (lower case) -> contents, in document order. */
export function readMetaTags(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const el = metas[i];
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    if (content == null) continue;
    const value = content.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const keys = el.getAttribute(attr);
      if (!keys) continue;
      // RDFa allows several space-separated properties.
      for (const key of keys.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
      }
    }
  }
  return map;
}

const first = (meta: MetaMap, keys: string[]): string | null => {
  for (const k of keys) {
    const v = meta.get(k);
    if (v?.length) return v[0];
  }
  return null;
};

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return str(o['@value'] ?? o.name);
  }
  return null;
};

const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function textOf(el: Element | null | undefined, max = 400): string {
  if (!el) return '';
  return (el.textContent ?? '').slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

/** The JSON-LD node that describes this page's story, if any. */
function pickArticleNode(nodes: LdNode[]): LdNode | null {
  const articles = nodes.filter(isArticleNode);
  if (articles.length) {
    // Prefer the one with a headline and a date; pages also list related articles.
    return articles.find((n) => n.headline && n.datePublished) ?? articles.find((n) => n.datePublished) ?? articles[0];
  }
  return nodes.find((n) => isWebPageNode(n) && (n.datePublished || n.author)) ?? null;
}

function namesFromLd(value: unknown, nodes: LdNode[], depth = 0): string[] {
  if (depth > 3 || value == null) return [];
  const v = resolveRef(value, nodes);
  if (typeof v === 'string') return cleanAuthorNames(decode(v));
  if (Array.isArray(v)) return v.slice(0, 20).flatMap((x) => namesFromLd(x, nodes, depth + 1));
  if (typeof v === 'object') {
    const o = v as LdNode;
    const name = str(o.name) ?? [str(o.givenName), str(o.familyName)].filter(Boolean).join(' ');
    if (name) {
      // An Organization as author is a desk ("Reuters"); keep it.
      return cleanAuthorNames(decode(name));
    }
  }
  return [];
}

function publisherFromLd(value: unknown, nodes: LdNode[]): string | null {
  const v = resolveRef(Array.isArray(value) ? value[0] : value, nodes);
  if (typeof v === 'string') return decode(v) || null;
  if (v && typeof v === 'object') {
    const n = str((v as LdNode).name);
    return n ? decode(n) : null;
  }
  return null;
}

const PUBLISHED_META = [
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time',
  'article.published', 'datepublished', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'pub_date',
  'publication_date', 'publication-date', 'published_time', 'published-date', 'published_date', 'date.published',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_online_date', 'citation_date',
  'originalpublicationdate', 'article_date_original', 'cxenseparse:recs:publishtime', 'rnews:datepublished',
  'og:pubdate', 'displaydate', 'ga_pubdate', 'date', 'created', 'creation_date', 'dc.created', 'content_date',
  'article:post_date', 'pdate', 'story_date', 'date_published', 'release_date', 'datecreated', 'dateline',
];
const MODIFIED_META = [
  'article:modified_time', 'article:modified', 'og:updated_time', 'og:modified_time', 'datemodified',
  'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'parsely-updated', 'updated_time',
  'article.updated', 'revised', 'modified_time',
];
const AUTHOR_META = [
  'author', 'article:author', 'og:article:author', 'article:author_name', 'parsely-author', 'sailthru.author',
  'citation_author', 'dc.creator', 'dcterms.creator', 'dc.creator.aut', 'byl', 'byline', 'authors', 'cxenseparse:author',
  'twitter:creator:name', 'og:author', 'content_author', 'analytics-author',
];
const PUBLISHER_META = [
  'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'citation_publisher', 'citation_journal_title',
  'dc.publisher', 'dcterms.publisher', 'publisher', 'cxenseparse:site', 'al:android:app_name', 'al:ios:app_name',
  'twitter:app:name:iphone', 'twitter:app:name:googleplay',
];
const TITLE_META = ['og:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline', 'title'];

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

/** A date in the URL path: /2025/09/29/, /20250929/, -2025-09-29-. Last resort. */
export function dateFromUrl(url: string | undefined | null, now: number = Date.now()): IsoDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (m) return parseMachineDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, now);
  const ym = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  if (ym) return parseMachineDate(`${ym[1]}-${ym[2]}`, now);
  return null;
}

const BYLINE_SELECTOR =
  '[rel="author"], [itemprop~="author"], .byline, .by-line, .author, .author-name, .article-author, [class*="byline"], [class*="Byline"], [class*="author-name"], [class*="AuthorName"], [data-testid*="byline"]';
const DATE_SELECTOR =
  '[itemprop~="datePublished"], [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="dateline"], [id*="date"], [class*="byline"], [class*="meta"], [class*="posted"], [class*="datum"], [class*="fecha"], [class*="data"], [class*="tarih"]';

function authorsFromDom(doc: Document): string[] {
  const names: string[] = [];
  let els: NodeListOf<Element>;
  try {
    els = doc.querySelectorAll(BYLINE_SELECTOR);
  } catch {
    return [];
  }
  for (let i = 0; i < els.length && i < 30 && names.length < 4; i++) {
    const el = els[i];
    if (el.closest('[class*="comment"], footer, nav, aside, [class*="related"]')) continue;
    const itemName = el.querySelector('[itemprop="name"]');
    const raw = itemName ? textOf(itemName, 120) : el.getAttribute('content') ?? textOf(el, 160);
    if (!raw || raw.length > 150) continue;
    const stripped = raw.replace(/\s*(?:\||•|·|—|–|-)\s*.*\d{4}.*$/, '').replace(/\s*\d{1,2}[./:]\d{1,2}.*$/, '');
    names.push(...cleanAuthorNames(stripped));
  }
  return mergeNames(names);
}

interface DateCandidate {
  iso: IsoDate;
  source: string;
}

function dateFromDom(doc: Document, lang: string | null, now: number): DateCandidate | null {
  // <time datetime> and microdata first: they are machine-readable.
  const times = doc.querySelectorAll('time[datetime], [itemprop~="datePublished"], [itemprop~="dateCreated"]');
  for (let i = 0; i < times.length && i < 40; i++) {
    const el = times[i];
    if (el.closest('[class*="comment"], footer, aside, [class*="related"], [class*="recommend"]')) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el, 80);
    const iso = parseMachineDate(raw, now) ?? parseMachineDate(textOf(el, 80), now);
    if (iso) return { iso, source: 'time' };
  }
  let els: NodeListOf<Element>;
  try {
    els = doc.querySelectorAll(DATE_SELECTOR);
  } catch {
    return null;
  }
  for (let i = 0; i < els.length && i < 120; i++) {
    const el = els[i];
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (/comment|related|recommend|footer|copyright|update|modif|sidebar|widget|weather|calendar|archive|candidate|data-/.test(cls)) continue;
    const text = textOf(el, 200);
    if (!text || text.length > 200) continue;
    const picked = pickPublicationDate(findDatesInText(text, { lang, now }));
    if (picked && picked.precision === 'day') return { iso: picked.iso, source: 'dom' };
  }
  return null;
}

function dateFromBodyText(doc: Document, lang: string | null, now: number): IsoDate | null {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!root) return null;
  const text = (root.textContent ?? '').slice(0, 6000);
  const picked = pickPublicationDate(findDatesInText(text, { lang, now }).slice(0, 12));
  return picked && picked.precision === 'day' ? picked.iso : null;
}

function cleanTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = decode(raw);
  return t.length ? t.slice(0, 500) : null;
}

/** Strip a trailing " | Site" / " - Site" from document.title when the rest is long enough. */
function trimSiteSuffix(title: string, publisher: string | null): string {
  const m = /^(.{15,}?)\s+[|\-–—:·»]\s+([^|\-–—]{2,60})$/.exec(title);
  if (!m) return title;
  if (publisher && m[2].toLowerCase().includes(publisher.toLowerCase().slice(0, 8))) return m[1];
  return m[2].split(/\s+/).length <= 4 ? m[1] : title;
}

export interface ExtractOptions {
  /** For tests: the current time, to reject future dates. */
  now?: number;
}

export function extractMetadata(doc: Document, url?: string, opts: ExtractOptions = {}): PageMetadata {
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

  // Publisher.
  let publisher: string | null = article ? publisherFromLd(article.publisher ?? article.sourceOrganization, nodes) : null;
  if (!publisher) {
    const p = first(meta, PUBLISHER_META);
    if (p) publisher = decode(p);
  }
  if (!publisher) {
    const site = nodes.find((n) => getTypes(n).some((t) => t === 'website' || t === 'newsmediaorganization' || t === 'organization'));
    publisher = site ? str(site.name) : null;
  }
  if (!publisher) {
    const tw = first(meta, ['twitter:site']);
    if (tw && /^@?\w{2,}$/.test(tw)) publisher = tw.replace(/^@/, '');
  }

  // Title.
  let title = cleanTitle(first(meta, ['og:title'])) ?? cleanTitle(str(article?.headline)) ?? cleanTitle(str(article?.name));
  if (!title) title = cleanTitle(first(meta, TITLE_META.slice(1)));
  if (!title) {
    const docTitle = cleanTitle(doc.querySelector('title')?.textContent);
    const h1 = cleanTitle(textOf(doc.querySelector('h1'), 300));
    title = docTitle ? trimSiteSuffix(docTitle, publisher) : h1;
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
  if (!authors.length) authors = authorsFromDom(doc);
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
  if (!publishedAt) publishedAt = dateFromDom(doc, language, now)?.iso ?? null;
  if (!publishedAt) publishedAt = dateFromUrl(url, now);
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
    publisher: publisher ? publisher.slice(0, 200) : null,
    publishedAt,
    modifiedAt,
    language,
    dir,
    canonicalUrl,
    description,
    keywords,
  };
}
