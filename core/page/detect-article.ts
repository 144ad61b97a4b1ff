import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleDetection } from './types';
import { readBodySignals, type BodySignals } from './detect-article-body';
import { classifyUrl, type UrlKind } from './detect-article-url';

// Is this page one news story? Runs on every page the user opens, so it reads the <head> first
// (a handful of elements) and the URL; it looks into the body only when they do not settle it:
// a page that declares `website` (or nothing) is judged on what it contains, and article markup
// on a URL shaped like a front or section page is checked for a list of headlines.

// JSON-LD types, read by one indexOf walk over the script's text (no regex over up to 50,000
// characters: a fresh page runs each regex in V8's interpreter first). Compared in lower case, as
// the regexes they replace were case-insensitive.
const ARTICLE_LD = /^(?:https?:\/\/schema\.org\/)?(?:news|reportage|analysis|opinion|review|background|satirical|scholarly|tech|report)?(?:article|blogposting|liveblogposting|newsarticle)$/;
const LIST_LD = new Set(['itemlist', 'collectionpage', 'searchresultspage']);
// The other known types, in lower case: site-wide nodes (they say nothing about the page itself), the
// types of a page that is not a story (a product, a video…), and the rest.
const SITE_LD = new Set(['website', 'organization', 'newsmediaorganization', 'webpage']);
const STRONG_LD = new Set(
  'profilepage product videoobject imagegallery softwareapplication webapplication faqpage event jobposting movie tvepisode localbusiness place'.split(' '),
);
const OTHER_LD = new Set([...SITE_LD, ...STRONG_LD, 'musicrecording', 'recipe', 'course']);
/** og:type values that say "not a story": a video, product, profile, book, place… */
const STRONG_NON_ARTICLE_OG = /^(?:og:)?(?:profile|product|video(?:\.|$)|music\.|book|books\.|place|business|game|restaurant|object)/i;

interface HeadSignals {
  positive: string[];
  negative: string[];
  /** og:type says product, video, profile…, or JSON-LD's main type is one of those. */
  strongNegative: boolean;
  /** JSON-LD describes a list of items (a front, section, search or shop category). */
  list: boolean;
  /** og:type article and JSON-LD article types. */
  declaredArticle: boolean;
  /** A JSON-LD main type that is not an article beside article og:type (an ImageGallery, a VideoObject…). */
  ldOther: boolean;
}

/** One pass over the children of <head>: metas and JSON-LD scripts only. */
function readHeadSignals(head: Element, s: HeadSignals): void {
  const kids = head.children;
  for (let i = 0; i < kids.length && i < 400; i++) {
    const el = kids[i];
    const tag = el.tagName;
    if (tag === 'META') {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      if (!key) continue;
      if (key === 'og:type') {
        const v = (el.getAttribute('content') ?? '').trim().toLowerCase();
        if (v === 'article' || v.endsWith(':article') || v === 'news' || v === 'blog') {
          s.positive.push('og:type=article');
          s.declaredArticle = true;
        } else if (v) {
          s.negative.push(`og:type=${v}`);
          if (STRONG_NON_ARTICLE_OG.test(v)) s.strongNegative = true;
        }
      } else if (key === 'article:published_time' || key === 'article:published' || key === 'datepublished') {
        s.positive.push(key);
      } else if (key === 'citation_title' || (key === 'parsely-type' && /post|article/i.test(el.getAttribute('content') ?? ''))) {
        s.positive.push(key);
      }
    } else if (tag === 'SCRIPT') {
      readLdSignal(el, s);
    }
  }
}

interface LdTypes {
  /** An article type, as a "@type" string or in a "@type" array. */
  article: boolean;
  /** A "@type" string naming a list (ItemList, CollectionPage, SearchResultsPage). */
  list: boolean;
  /** The other known "@type" strings, in order, as written. */
  others: string[];
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;

/** The "@type" values of a JSON-LD text: each `"@type": "X"` or `"@type": ["X", "Y"]`. */
export function readLdTypes(text: string): LdTypes {
  const out: LdTypes = { article: false, list: false, others: [] };
  for (let at = text.indexOf('"@type"'); at >= 0; at = text.indexOf('"@type"', at + 7)) {
    let i = at + 7;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 58 /* : */) continue;
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const inArray = text.charCodeAt(i) === 91; /* [ */
    if (inArray) {
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    }
    // One string, or the strings of the array up to its first non-string.
    while (text.charCodeAt(i) === 34 /* " */) {
      const end = text.indexOf('"', i + 1);
      if (end < 0) break;
      const raw = text.slice(i + 1, end);
      const name = raw.toLowerCase();
      if (ARTICLE_LD.test(name)) out.article = true;
      else if (!inArray) {
        if (LIST_LD.has(name)) out.list = true;
        else if (OTHER_LD.has(name)) out.others.push(raw);
      }
      if (!inArray) break;
      i = end + 1;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 44 /* , */) break;
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    }
  }
  return out;
}

function readLdSignal(el: Element, s: HeadSignals): void {
  if ((el.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') return;
  const types = readLdTypes((el.textContent ?? '').slice(0, 50_000));
  const article = types.article;
  if (article) {
    s.positive.push('json-ld:article');
    s.declaredArticle = true;
  }
  // A list of articles (home or section page) names article types too: then the body decides.
  if (types.list) {
    s.negative.push('json-ld:list');
    s.list = true;
    return;
  }
  const kinds = article ? null : types.others;
  if (!kinds || !kinds.length) return;
  // Site-wide nodes (WebSite, Organization, WebPage) say nothing about the page itself. (The kinds are
  // ASCII: their lower case is in OTHER_LD.)
  const main = kinds.find((k) => !SITE_LD.has(k.toLowerCase()));
  if (main) {
    s.negative.push(`json-ld:${main}`);
    s.ldOther = true;
    if (STRONG_LD.has(main.toLowerCase())) s.strongNegative = true;
  } else if (kinds.some((k) => k.toLowerCase() === 'website')) {
    s.negative.push('json-ld:website');
  }
}

const result = (isArticle: boolean, confidence: number, signals: string[]): ArticleDetection => ({
  isArticle,
  confidence: Math.round(confidence * 100) / 100,
  signals,
});

export function detectArticle(doc: Document, url?: string): ArticleDetection {
  const s: HeadSignals = { positive: [], negative: [], strongNegative: false, list: false, declaredArticle: false, ldOther: false };
  try {
    if (doc.head) readHeadSignals(doc.head, s);
    const kind = classifyUrl(url);
    const urlSignal = kind === 'other' || kind === 'none' ? [] : [`url:${kind}`];
    const front = kind === 'root' || kind === 'listing' || kind === 'search';
    // Cheap yes: the page says it is a story, at a URL that can be one, and nothing in the head disagrees.
    if (s.positive.length && !front && kind !== 'section' && !s.strongNegative && !s.list && !s.ldOther) {
      return result(true, Math.min(1, 0.8 + 0.07 * s.positive.length), s.positive.concat(urlSignal));
    }
    // Cheap no: a home, listing or search URL, or a product/video/profile page, that does not claim to be a story.
    if (!s.positive.length && (front || ((s.strongNegative || s.list) && kind !== 'dated'))) {
      return result(false, 0.85, s.negative.concat(urlSignal));
    }
    return judgeBody(doc, url, s, kind, urlSignal);
  } catch {
    return result(false, 0, ['error']);
  }
}

/** The fuller check, for pages whose head and URL do not settle it. */
function judgeBody(doc: Document, url: string | undefined, s: HeadSignals, kind: UrlKind, urlSignal: string[]): ArticleDetection {
  const body = doc.body;
  if (!body) return result(false, 0.6, s.negative.concat('no-body'));
  // JSON-LD that pages put in the body.
  const headPositive = s.positive.length;
  const scripts = body.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && i < 200; i++) readLdSignal(scripts[i], s);
  const front = kind === 'root' || kind === 'listing' || kind === 'search' || kind === 'section';
  if (s.positive.length > headPositive && !front && !s.strongNegative && !s.list && !s.ldOther) {
    return result(true, 0.85, s.positive.concat(urlSignal));
  }
  const signals = [...s.positive, ...s.negative, ...urlSignal];
  const b: BodySignals = readBodySignals(doc, body);
  signals.push(...b.signals);

  let score = 0;
  // What the page declares.
  if (s.declaredArticle) score += 2;
  else if (headPositive || s.positive.length) score += 1;
  if (s.strongNegative) score -= 3;
  else if (s.list) score -= 2;
  else if (s.ldOther) score -= 1;
  // The URL's shape.
  if (kind === 'dated') score += 2;
  else if (kind === 'article') score += 1;
  else if (kind === 'section') score -= 1;
  else if (kind === 'root' || kind === 'listing' || kind === 'search') score -= 3;
  else if (kind === 'docs') score -= 2;
  score += b.score;
  // Readability's own test, when our paragraph count is inconclusive (pages built of <div>s and <br>s).
  if (!b.prose && b.score > -3 && score >= 0 && isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) {
    // Pages built of <div>s and <br>s (Blogger, older CMSs): worth more where the URL is a story's.
    score += kind === 'dated' || kind === 'article' ? 2 : 1;
    signals.push('readerable');
  }
  const isArticle = score >= 3;
  // Sure only with evidence: prose, a list of headlines, or what the head declares. A bare page is "unsure"
  // (readPage then still reads its metadata).
  const evidence = b.prose || b.listing || s.positive.length > 0 || s.negative.length > 0;
  const confidence = Math.min(evidence ? 0.95 : 0.55, 0.35 + Math.abs(score - 2.5) * 0.07);
  return result(isArticle, confidence, signals.concat(`score=${score}`));
}
