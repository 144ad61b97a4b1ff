import { findDatesInText, parseMachineDate, pickPublicationDate } from '../dates/parse-date-text';
import { localDayAtHost } from './local-day';
import { cleanAuthorNames, isPlausibleName, isRunningText, mergeNames } from './clean-author';
import { getTypes, isArticleNode, isWebPageNode, readJsonLd, resolveRef, type LdNode } from './json-ld';

const isNonPageNode = (n: LdNode): boolean =>
  getTypes(n).some((t) => /^(?:organization|newsmediaorganization|website|breadcrumblist|person|imageobject|searchaction|listitem|sitenavigationelement)$/.test(t));
import type { IsoDate, PageMetadata } from './types';

// Citation metadata from every convention news pages use, most explicit first:
// JSON-LD, then <meta> (Open Graph, article:*, Dublin Core, Highwire, Twitter,
// parse.ly, sailthru…), then microdata and <time>, then bylines/datelines in the
// text, and the date in the URL as a last resort.

type MetaMap = Map<string, string[]>;

/** name/property/itemprop/http-equiv (lower case) -> contents, in document order. */
export function readMetaTags(doc: Document): MetaMap {
  // RDFa `property` values rank before `name` ones for the same key.
  const byProperty: MetaMap = new Map();
  const byOther: MetaMap = new Map();
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
      for (const rawKey of keys.toLowerCase().split(/\s+/)) {
        if (!rawKey) continue;
        // Dublin Core appears as dc:title, DC.title, dcterm:title and dcterms.title.
        const key = rawKey.replace(/^(dc|dcterms?)[:.]/, (_, p: string) => (p === 'dc' ? 'dc.' : 'dcterms.'));
        const map = attr === 'property' ? byProperty : byOther;
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
      }
    }
  }
  for (const [k, v] of byOther) byProperty.set(k, (byProperty.get(k) ?? []).concat(v));
  return byProperty;
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

const safeCodePoint = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&#(\d{1,7});/g, (_, n) => safeCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h) => safeCodePoint(parseInt(h, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'ABBR', 'TIME', 'SUB', 'SUP', 'U', 'FONT', 'MARK', 'CITE', 'Q', 'LABEL', 'BDI', 'BDO']);
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * Visible-ish text of an element, bounded, with a space where a <br> or block
 * boundary sits ("News24<br>13 Jan 2020" must not read "News2413 Jan 2020").
 */
function textOf(el: Element | null | undefined, max = 400): string {
  if (!el) return '';
  const parts: string[] = [];
  let len = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    if (len > max * 2 || ++visited > 5000) return;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      len += v.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (SKIP_TEXT.has(tag)) return;
    const block = !INLINE.has(tag);
    if (block) parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push(' ');
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max);
}

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
  'dc.creator', 'dc:creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'article:author_name', 'parsely-author', 'sailthru.author',
  'citation_author', 'dc.creator', 'dcterms.creator', 'dc.creator.aut', 'byl', 'byline', 'authors', 'cxenseparse:author',
  'twitter:creator:name', 'og:author', 'content_author', 'analytics-author',
];
const PUBLISHER_META = [
  'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:ios:app_name', 'al:android:app_name', 'citation_publisher', 'citation_journal_title',
  'dc.publisher', 'dcterms.publisher', 'publisher', 'cxenseparse:site',
  'twitter:app:name:iphone', 'twitter:app:name:googleplay',
];
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

// Machine-marked authors first (microdata, rel=author, hCard), then class names and author-page links.
const STRONG_BYLINE = '[itemprop~="author"], [rel~="author"], .vcard .fn, [class*="byline"] [class*="name"]';
const WEAK_BYLINE =
  '.byline, .by-line, [class*="byline"], [class*="Byline"], [data-testid*="byline"], [class*="author"], [class*="Author"], a[href*="/author/"], a[href*="/authors/"], a[href*="author_id="], a[href*="/autor/"], a[href*="/auteur/"]';
const DATE_SELECTOR =
  '[itemprop~="datePublished"], [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="dateline"], [id*="date"], [class*="byline"], [class*="meta"], [class*="posted"], [class*="datum"], [class*="fecha"], [class*="data"], [class*="tarih"], [class*="created"], [class*="tarikh"], [class*="tanggal"]';

// Comment threads carry other people's names; match their containers narrowly
// (wrappers like "has-comments" hold the article itself).
const COMMENTS =
  '#comments, #disqus_thread, .comments, .comment, .comment-list, .commentlist, .comments-area, [id^="comment-"], [class*="comment-body"], [class*="comment-content"], [class*="comment-author"]';

function authorsFromDom(doc: Document, headline: Element | null): string[] {
  return (
    namesFromSelector(doc, STRONG_BYLINE, COMMENTS, null) ??
    // Class names also match menus of authors' pages: the byline sits after the headline.
    namesFromSelector(doc, WEAK_BYLINE, `${COMMENTS}, footer, nav, aside, [class*="related"], [class*="recommend"]`, headline) ??
    []
  );
}

/** Last resort: the account that posted it (tweet pages, twitter:creator), without the "@". */
function authorFromHandle(doc: Document, meta: MetaMap): string[] {
  // Social posts title themselves "Jane Doe (@janedoe) on X" / "Jane Doe (@janedoe) • Instagram photos".
  const social = /^(.{2,60}?)\s+\(@[\w.]{1,30}\)\s*(?:on\b|•|\||-|–|:)/u.exec(first(meta, ['og:title', 'twitter:title']) ?? '');
  const named = social ? cleanAuthorNames(decode(social[1])) : [];
  if (named.length) return named.slice(0, 1);
  const screen = doc.querySelector('a[class*="screenname" i], [class*="screen-name" i], [data-testid="User-Name"] a');
  const raw = textOf(screen, 60) || first(meta, ['twitter:creator']) || '';
  const handle = raw.replace(/^@/, '').trim();
  return /^\w{2,30}$/.test(handle) ? [handle] : [];
}

function namesFromSelector(doc: Document, selector: string, skip: string, headline: Element | null): string[] | null {
  let els: NodeListOf<Element>;
  try {
    els = doc.querySelectorAll(selector);
  } catch {
    return null;
  }
  const before: string[] = [];
  const after: string[] = [];
  for (let i = 0; i < els.length && i < 60 && after.length < 4; i++) {
    const el = els[i];
    if (el.closest(skip)) continue;
    const names: string[] = [];
    if (el.tagName === 'META' || el.tagName === 'LINK') {
      const v = el.getAttribute('content');
      if (v) names.push(...cleanAuthorNames(v));
    } else {
      const itemName = el.querySelector('[itemprop="name"]');
      const raw = itemName ? textOf(itemName, 120) : textOf(el, 160);
      if (!raw || raw.length > 120) continue;
      // Bylines often run into a date or "2 hours ago": cut at the first digit, then drop trailing lower-case words.
      const stripped = raw
        .replace(/\s*(?:\||•|·|—|–|-)\s*.*\d{4}.*$/, '')
        .replace(/\s*\d.*$/, '')
        .replace(/(?:\s+\p{Ll}[\p{L}.]*)+\s*$/u, '');
      names.push(...cleanAuthorNames(stripped).filter((n) => !isRunningText(n)));
    }
    if (!headline || el === headline || isAfter(el, headline)) after.push(...names);
    else before.push(...names);
  }
  const merged = mergeNames(after.length ? after : before);
  return merged.length ? merged.slice(0, 4) : null;
}

interface DateCandidate {
  iso: IsoDate;
  source: string;
}

/** The heading that shows the story's title (pages without <h1> use <h2> for it). */
function findHeadline(doc: Document, title: string | null): Element | null {
  const h1 = doc.querySelector('h1');
  if (!title) return h1;
  if (h1 && isSimilarTitle(textOf(h1, 300), title)) return h1;
  const heads = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < heads.length && i < 40; i++) {
    const t = textOf(heads[i], 300);
    if (t && isSimilarTitle(t, title)) return heads[i];
  }
  return h1;
}

function dateFromDom(doc: Document, lang: string | null, now: number, headline: Element | null): DateCandidate | null {
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
  // Score printed dates: after the headline (a header's "today" comes before it), with a
  // clock time beside them, and not a bare weekday-date; ties go to the first in the page.
  const candidates: { iso: IsoDate; score: number; order: number }[] = [];
  const consider = (el: Element | null, text: string, order: number) => {
    const found = findDatesInText(text, { lang, now }).slice(0, 4);
    const picked = pickPublicationDate(found);
    if (!picked || picked.precision !== 'day') return;
    let score = 0;
    if (headline && el && el !== headline && isAfter(el, headline)) score += 2;
    if (picked.hasTime) score += 1;
    if (picked.hasWeekdayOnly) score -= 2;
    candidates.push({ iso: picked.iso, score, order });
  };
  for (let i = 0, n = 0; i < els.length && i < 150 && n < 12; i++) {
    const el = els[i];
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (/comment|related|recommend|footer|copyright|update|modif|sidebar|widget|weather|calendar|archive|candidate/.test(cls)) continue;
    if (el.closest('footer, aside, [class*="comment"], [class*="related"]')) continue;
    const text = textOf(el, 200);
    if (!text || text.length > 200) continue;
    n++;
    consider(el, text, i);
  }
  // The lines right under the headline, where datelines usually sit.
  if (headline?.parentElement) {
    const block = textOf(headline.parentElement, 800);
    const h = textOf(headline, 300);
    const at = block.indexOf(h);
    if (at >= 0) {
      const after = block.slice(at + h.length, at + h.length + 300);
      const found = pickPublicationDate(findDatesInText(after, { lang, now }).slice(0, 3));
      if (found && found.precision === 'day') candidates.push({ iso: found.iso, score: 2 + (found.hasTime ? 1 : 0) - (found.hasWeekdayOnly ? 1 : 0), order: 1e6 });
    }
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  return { iso: candidates[0].iso, source: 'dom' };
}

/** True when `el` comes after `ref` in document order. */
function isAfter(el: Element, ref: Element): boolean {
  try {
    return (ref.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
  } catch {
    return false;
  }
}

function dateFromBodyText(doc: Document, lang: string | null, now: number): IsoDate | null {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!root) return null;
  const alone = standaloneDate(root, lang, now);
  if (alone) return alone;
  const text = (root.textContent ?? '').slice(0, 6000);
  const picked = pickPublicationDate(findDatesInText(text, { lang, now }).slice(0, 12));
  return picked && picked.precision === 'day' ? picked.iso : null;
}

const NOT_A_DATELINE = 'figcaption, figure, [class*="caption" i], footer, aside, nav, [class*="related"], [class*="comment"]';

/**
 * A date standing alone in its own small element ("<p>January 18, 2020</p>"): a dateline. The first
 * date in the running text is often a photo caption's ("…, France, January 16, 2020. REUTERS").
 */
function standaloneDate(root: Element, lang: string | null, now: number): IsoDate | null {
  let els: NodeListOf<Element>;
  try {
    els = root.querySelectorAll('p, div, span, time, small, strong, em, li, h2, h3, h4, h5, h6');
  } catch {
    return null;
  }
  for (let i = 0; i < els.length && i < 300; i++) {
    const el = els[i];
    if (el.children.length > 4) continue;
    const text = textOf(el, 100);
    if (!text || text.length > 60 || /updat|modif|actualis|aktualisiert|edited/i.test(text)) continue;
    const picked = pickPublicationDate(findDatesInText(text, { lang, now }));
    if (!picked || picked.precision !== 'day' || text.length - picked.length > 24) continue;
    if (el.closest(NOT_A_DATELINE)) continue;
    return picked.iso;
  }
  return null;
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

const titleWords = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/** Most of a candidate's words appear in the reference title (site suffixes aside). */
export function isSimilarTitle(candidate: string, reference: string): boolean {
  const ref = new Set(titleWords(reference));
  const words = titleWords(candidate);
  if (!words.length) return false;
  return words.filter((w) => ref.has(w)).length / words.length >= 0.75;
}

/** Publisher from "Headline | Site" or "Headline - Site" when nothing better names it. */
function publisherFromTitle(docTitle: string | null): string | null {
  if (!docTitle) return null;
  const parts = docTitle.split(/\s+[|\-–—·»:]\s+/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1].trim();
  return last.length >= 2 && last.length <= 40 && last.split(/\s+/).length <= 5 ? last : null;
}

const NOT_A_PUBLISHER = /^(?:not\s?known|unknown|null|undefined|none|n\/a|home|homepage|logo|website|default|publisher|index)$/i;

/** A value that reads as an outlet's name, not a URL, handle, placeholder or sentence. */
export function isPlausiblePublisher(name: string): boolean {
  if (name.length < 1 || name.length > 80 || !/[\p{L}\p{N}]/u.test(name)) return false;
  if (/^(?:https?:|\/|#|@)|[{}<>=]/i.test(name)) return false;
  if (NOT_A_PUBLISHER.test(name)) return false;
  return name.split(/\s+/).length <= 8;
}

const compact = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** The site's own name, not a word that merely appears in it: "HeraldSun" ~ heraldsun.com.au, "BBC News" ~ bbc.co.uk. */
export function isHostName(name: string, url: string | undefined): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m|amp|edition|mobile)\./, '');
  } catch {
    return false;
  }
  const label = host.split('.')[0].replace(/-/g, '');
  const c = compact(name);
  if (c.length < 2 || label.length < 2) return false;
  const firstWord = compact(name.split(/\s+/)[0] ?? '');
  return c === label || c.startsWith(label) || label.startsWith(c) || (firstWord.length >= 3 && label.startsWith(firstWord));
}

const CORPORATE_SUFFIX = /,?\s+(?:inc|llc|l\.l\.c|l\.?p|ltd|limited|plc|gmbh|ag|s\.a|s\.l|s\.p\.a|b\.v|corp|corporation)\.?$/i;
const COPYRIGHT_LEAD = /^(?:[^\S\n]|©|\(c\)|copyright\b|(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)?\d{2}|present|now)\b)?|[,.:]|by[^\S\n])+/iu;
// Where the holder's name ends: a separator, a sentence end (not "L.P."), or the usual legal phrases.
const COPYRIGHT_END =
  /\s*(?:[|•·©;:\n]|\.(?![\p{L}\p{N}])|\s(?:all rights|tous droits|todos los derechos|tutti i diritti|alle rechte|todos os direitos|user agreement|privacy|terms|cookies?|contact|powered by|designed by|site by)\b|جميع الحقوق)/iu;

/**
 * The holder in a copyright line: "© 2024 Example Media, Inc. All rights reserved" -> "Example Media",
 * "© Copyright 2019-2024 The Daily Example" -> "The Daily Example", "© Example News 2024" -> "Example News".
 */
export function parseCopyrightHolder(text: string): string | null {
  const at = /©|\(c\)|\bcopyright\b/iu.exec(text.slice(0, 20_000));
  if (!at) return null;
  let s = text.slice(at.index, at.index + 160).replace(COPYRIGHT_LEAD, '');
  const end = COPYRIGHT_END.exec(s);
  if (end) s = s.slice(0, end.index);
  const holder = s
    .replace(/\s+/g, ' ')
    .replace(/\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:(?:19|20)?\d{2})?)?\s*$/, '')
    .replace(CORPORATE_SUFFIX, '')
    .replace(/[\s,&\-–—]+$/, '')
    .trim();
  if (!holder || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(holder) || /^(?:19|20)\d{2}\b|^all\b|\b(?:policy|privacy|terms|cookies?)\b/i.test(holder)) return null;
  return isPlausiblePublisher(holder) && holder.split(' ').length <= 6 ? holder : null;
}

/** The copyright line of the page's footer (machine-marked holders first). */
function copyrightHolderFromDom(doc: Document): string | null {
  let els: NodeListOf<Element>;
  try {
    els = doc.querySelectorAll('[class*="copyright" i], [id*="copyright" i], footer, [role="contentinfo"]');
  } catch {
    return null;
  }
  // The page footer is the last one; small copyright elements are read first.
  const ordered = Array.from(els).slice(-12).reverse();
  ordered.sort((a, b) => Number(a.tagName === 'FOOTER' || a.getAttribute('role') === 'contentinfo') - Number(b.tagName === 'FOOTER' || b.getAttribute('role') === 'contentinfo'));
  for (const el of ordered.slice(0, 6)) {
    const holder = parseCopyrightHolder(lastText(el, 3000));
    if (holder) return holder;
  }
  return null;
}

/** The last `max` characters of an element's text, skipping scripts and styles (footers end with the copyright line). */
function lastText(el: Element, max: number): string {
  const parts: string[] = [];
  let len = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    if (len > max || ++visited > 3000) return;
    if (node.nodeType === 3) {
      // Line breaks inside a text node are layout, not the end of the line.
      const v = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      parts.push(v);
      len += v.length;
      return;
    }
    const tag = (node as Element).tagName;
    if (node.nodeType !== 1 || SKIP_TEXT.has(tag)) return;
    const sep = INLINE.has(tag) ? '' : '\n';
    parts.push(sep);
    for (let c = node.lastChild; c; c = c.previousSibling) walk(c);
    parts.push(sep);
  };
  walk(el);
  return parts.reverse().join('');
}

const SITE_TYPES = /^(?:website|organization|newsmediaorganization|newspaper|periodical|corporation)$/;

/**
 * Every name the page gives its outlet, best first: JSON-LD publisher, source organisation and the site it is
 * part of, og:site_name and application names, Dublin Core/Highwire, the site's JSON-LD nodes; then, when
 * nothing explicit names it or they agree with the host, the logo's alt text and the <title> suffix; the
 * copyright holder (JSON-LD, else the footer's line when nothing else names the outlet); the Twitter account last.
 */
function collectPublisherNames(doc: Document, meta: MetaMap, nodes: LdNode[], article: LdNode | null, url: string | undefined): string[] {
  const names: string[] = [];
  const keys = new Set<string>();
  const add = (raw: string | null | undefined): void => {
    if (!raw || names.length >= 6) return;
    // "Copyright 2024 Example Media Ltd." in a publisher field: the holder is the name.
    let name = /^(?:©|\(c\)|copyright\b)/i.test(raw.trim()) ? parseCopyrightHolder(decode(raw)) ?? '' : decode(raw).slice(0, 200);
    // "Site | Latest news from Iran and the world | YJC": a tagline-long site name starts with the name.
    if (!isPlausiblePublisher(name)) {
      const head = name.split(/\s+[|–—-]\s+/)[0];
      if (head.length <= 40) name = head;
    }
    const key = compact(name.replace(CORPORATE_SUFFIX, ''));
    if (!key || keys.has(key) || !isPlausiblePublisher(name)) return;
    keys.add(key);
    names.push(name);
  };
  if (article) {
    add(publisherFromLd(article.publisher, nodes));
    add(publisherFromLd(article.sourceOrganization, nodes));
    const part = resolveRef(Array.isArray(article.isPartOf) ? article.isPartOf[0] : article.isPartOf, nodes);
    if (part && typeof part === 'object' && getTypes(part as LdNode).some((t) => SITE_TYPES.test(t))) add(str((part as LdNode).name));
  }
  for (const key of PUBLISHER_META) add(meta.get(key)?.[0]);
  for (const n of nodes) if (getTypes(n).some((t) => SITE_TYPES.test(t))) add(str(n.name));
  const explicit = names.length;
  // Weaker conventions: alone they are the best we have; beside explicit names only when the host agrees.
  const weak = (name: string | null): void => {
    if (name && (!explicit || isHostName(name, url))) add(name);
  };
  const logo = doc.querySelector('[class*="logo" i] img[alt], #logo img[alt], [class*="brand" i] img[alt]');
  const alt = logo?.getAttribute('alt')?.trim();
  if (alt && alt.length <= 40 && !/logo|^image$|^home/i.test(alt)) weak(alt);
  weak(publisherFromTitle(cleanTitle(doc.querySelector('title')?.textContent)));
  if (article) add(publisherFromLd(article.copyrightHolder, nodes));
  // The footer's copyright line often names a parent company: only a fallback, and a whole-page query.
  if (!names.length) add(copyrightHolderFromDom(doc));
  if (!names.length) {
    const tw = first(meta, ['twitter:site']);
    if (tw && /^@?\w{2,}$/.test(tw)) add(tw.replace(/^@/, ''));
  }
  return names;
}

/**
 * A UTC time-stamp can fall on the next or previous calendar day from the
 * publisher's; the date in the article's URL is the publisher's own day.
 * preferLocalDay('2020-02-18T02:18:11Z', '2020-02-17') === '2020-02-17'
 */
export function preferLocalDay(stamp: IsoDate, urlDay: IsoDate): IsoDate {
  if (urlDay.length !== 10 || !/T.*(?:Z|\+00:00)$/.test(stamp)) return stamp;
  const diff = Date.parse(`${stamp.slice(0, 10)}T00:00:00Z`) - Date.parse(`${urlDay}T00:00:00Z`);
  const hour = Number(stamp.slice(11, 13));
  // Only where a real time zone could move the day: the Americas early in the UTC day, Asia-Pacific late.
  if ((diff === 86_400_000 && hour < 8) || (diff === -86_400_000 && hour >= 14)) return urlDay;
  return stamp;
}

/** A UTC time-stamp at an hour where a real time zone puts it on another calendar day. */
function isUtcNearDayEdge(stamp: IsoDate): boolean {
  if (!/T\d{2}:\d{2}.*(?:Z|\+00:00)$/.test(stamp)) return false;
  const hour = Number(stamp.slice(11, 13));
  return hour < 10 || hour >= 14;
}

/** The same instant written with the publisher's own offset, when another tag gives it. */
function preferPublisherOffset(stamp: IsoDate, others: string[], now: number): IsoDate {
  if (!/T.*(?:Z|\+00:00)$/.test(stamp)) return stamp;
  const t = Date.parse(stamp);
  for (const o of others) {
    const iso = parseMachineDate(o, now);
    if (iso && /T.*[+-]\d{2}:\d{2}$/.test(iso) && !iso.endsWith('+00:00') && Math.abs(Date.parse(iso) - t) < 120_000) return iso;
  }
  return stamp;
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
