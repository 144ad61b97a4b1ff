import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleDetection } from './types';

// Is this page one news story? Runs on every page the user opens, so it reads
// the <head> first (a handful of elements) and only looks into the body when
// the head says nothing either way.

const ARTICLE_LD_TYPE =
  /"@type"\s*:\s*\[?\s*(?:"[^"]*"\s*,\s*)*"(?:https?:\/\/schema\.org\/)?(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech|Report)?(?:Article|BlogPosting|LiveBlogPosting|NewsArticle)"/i;
const NON_ARTICLE_OG = /^(?:website|profile|product|video\.|music\.|book|place|business|game|books\.|og:website)/i;
const NON_ARTICLE_PATH = /^\/(?:$|index\.\w+$|search|tag|tags|topic|topics|category|categories|section|author|authors|login|signin|signup|account|settings|forum|forums|u\/|user|users|cart|shop|home)(?:[/?#.]|$)/i;

function isNonArticleUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return NON_ARTICLE_PATH.test(u.pathname) || /[?&](?:q|query|search|s)=/.test(u.search);
  } catch {
    return false;
  }
}

/** A path that looks like a story: a date or a long hyphenated slug or a long numeric id. */
function isArticleLikeUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const path = new URL(url).pathname;
    return /\/(?:19|20)\d{2}\/\d{1,2}\/|\/(?:19|20)\d{6}\/|[\p{L}\d]+(?:-[\p{L}\d]+){3,}|\/\d{6,}(?:[/.]|$)/u.test(decodeURIComponent(path));
  } catch {
    return false;
  }
}

interface HeadSignals {
  positive: string[];
  negative: string[];
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
        if (v === 'article' || v.endsWith(':article') || v === 'news' || v === 'blog') s.positive.push('og:type=article');
        else if (NON_ARTICLE_OG.test(v)) s.negative.push(`og:type=${v}`);
      } else if (key === 'article:published_time' || key === 'article:published' || key === 'datepublished') {
        s.positive.push(key);
      } else if (key === 'citation_title' || key === 'parsely-type' && /post|article/i.test(el.getAttribute('content') ?? '')) {
        s.positive.push(key);
      }
    } else if (tag === 'SCRIPT') {
      readLdSignal(el, s);
    }
  }
}

function readLdSignal(el: Element, s: HeadSignals): void {
  if ((el.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') return;
  const text = (el.textContent ?? '').slice(0, 50_000);
  const listing = /"@type"\s*:\s*"(?:ItemList|CollectionPage|SearchResultsPage)"/i.test(text);
  // A list of articles (home or section page) names article types too.
  if (ARTICLE_LD_TYPE.test(text) && !listing) s.positive.push('json-ld:article');
  else if (listing) s.negative.push('json-ld:list');
  else if (/"@type"\s*:\s*"(?:WebSite|SearchResultsPage|CollectionPage|ProfilePage|Product|ItemList|FAQPage|SoftwareApplication|WebApplication)"/i.test(text)) {
    s.negative.push('json-ld:non-article');
  }
}

export function detectArticle(doc: Document, url?: string): ArticleDetection {
  const s: HeadSignals = { positive: [], negative: [] };
  try {
    if (doc.head) readHeadSignals(doc.head, s);
    const nonArticleUrl = isNonArticleUrl(url);
    // Article markup on a home or listing URL is a site-wide template mistake: look closer.
    if (s.positive.length && !nonArticleUrl) {
      const confidence = Math.min(1, 0.8 + 0.07 * s.positive.length);
      return { isArticle: true, confidence, signals: s.positive };
    }
    if (s.negative.length && (nonArticleUrl || !isArticleLikeUrl(url))) {
      return { isArticle: false, confidence: 0.85, signals: s.negative.concat(nonArticleUrl ? ['url:listing'] : []) };
    }
    return detectFromBody(doc, url, s, nonArticleUrl);
  } catch {
    return { isArticle: false, confidence: 0, signals: ['error'] };
  }
}

/** The fuller check, for pages whose head is silent or contradictory. */
function detectFromBody(doc: Document, url: string | undefined, s: HeadSignals, nonArticleUrl: boolean): ArticleDetection {
  const body = doc.body;
  if (!body) return { isArticle: false, confidence: 0.6, signals: s.negative.concat('no-body') };
  // JSON-LD and head-like metas that pages put in the body.
  const headPositive = s.positive.length;
  const scripts = body.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && i < 200; i++) readLdSignal(scripts[i], s);
  if (s.positive.length && !nonArticleUrl) return { isArticle: true, confidence: 0.85, signals: s.positive };

  const signals = [...s.negative, ...s.positive];
  let score = headPositive || s.positive.length ? 1 : 0;
  const articles = body.getElementsByTagName('article');
  if (articles.length === 1) {
    score += 1;
    signals.push('<article>');
  } else if (articles.length > 3) {
    score -= 1;
    signals.push('many-<article>');
  }
  if (doc.querySelector('[itemprop~="articleBody"], [itemtype*="Article"], [itemtype*="BlogPosting"]')) {
    score += 2;
    signals.push('microdata:article');
  }
  if (doc.querySelector('[itemprop~="datePublished"], time[datetime], time[pubdate]')) {
    score += 1;
    signals.push('<time>');
  }
  if (doc.querySelector('[rel="author"], [itemprop~="author"], .byline, [class*="byline"], meta[name="author" i]')) {
    score += 1;
    signals.push('byline');
  }
  if (isArticleLikeUrl(url)) {
    score += 1;
    signals.push('url:article');
  }
  if (nonArticleUrl) {
    score -= 2;
    signals.push('url:listing');
  }
  if (s.negative.length) score -= 1;
  const readerable = score > -2 && isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
  if (readerable) {
    score += 1;
    signals.push('readerable');
  }
  const isArticle = readerable && score >= 2;
  return { isArticle, confidence: Math.min(0.8, 0.4 + Math.abs(score - 1.5) * 0.1), signals };
}
