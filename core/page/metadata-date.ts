import { findDatesInText, parseMachineDate, pickPublicationDate } from '../dates/parse-date-text';
import { isAfter, textOf } from './metadata-text';
import type { IsoDate } from './types';

// Publication dates: metadata keys, <time> and datelines near the headline, the URL path, the body text.

export const PUBLISHED_META = [
  'article:published_time', 'article:published', 'og:published_time', 'og:article:published_time',
  'article.published', 'datepublished', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'pub_date',
  'publication_date', 'publication-date', 'published_time', 'published-date', 'published_date', 'date.published',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'citation_publication_date', 'citation_online_date', 'citation_date',
  'originalpublicationdate', 'article_date_original', 'cxenseparse:recs:publishtime', 'rnews:datepublished',
  'og:pubdate', 'displaydate', 'ga_pubdate', 'date', 'created', 'creation_date', 'dc.created', 'content_date',
  'article:post_date', 'pdate', 'story_date', 'date_published', 'release_date', 'datecreated', 'dateline',
];
export const MODIFIED_META = [
  'article:modified_time', 'article:modified', 'og:updated_time', 'og:modified_time', 'datemodified',
  'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'parsely-updated', 'updated_time',
  'article.updated', 'revised', 'modified_time',
];

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


export const DATE_SELECTOR =
  '[itemprop~="datePublished"], [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], [class*="dateline"], [id*="date"], [class*="byline"], [class*="meta"], [class*="posted"], [class*="datum"], [class*="fecha"], [class*="data"], [class*="tarih"], [class*="created"], [class*="tarikh"], [class*="tanggal"]';


interface DateCandidate {
  iso: IsoDate;
  source: string;
}


export function dateFromDom(doc: Document, lang: string | null, now: number, headline: Element | null): DateCandidate | null {
  // <time datetime> and microdata first: they are machine-readable.
  const times = doc.querySelectorAll('time[datetime], [itemprop~="datePublished"], [itemprop~="dateCreated"]');
  // The one nearest the byline wins: a <time> before the headline is usually the header's "today".
  let before: DateCandidate | null = null;
  for (let i = 0; i < times.length && i < 40; i++) {
    const el = times[i];
    if (el.closest('[class*="comment"], footer, aside, [class*="related"], [class*="recommend"]')) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el, 80);
    const iso = parseMachineDate(raw, now) ?? parseMachineDate(textOf(el, 80), now);
    if (!iso) continue;
    if (!headline || el.tagName === 'META' || isAfter(el, headline) || headline.contains(el)) return { iso, source: 'time' };
    before ??= { iso, source: 'time' };
  }
  if (before) return before;
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


export function dateFromBodyText(doc: Document, lang: string | null, now: number): IsoDate | null {
  const root = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!root) return null;
  const alone = standaloneDate(root, lang, now);
  if (alone) return alone;
  const text = (root.textContent ?? '').slice(0, 6000);
  const picked = pickPublicationDate(findDatesInText(text, { lang, now }).slice(0, 12));
  return picked && picked.precision === 'day' ? picked.iso : null;
}

export const NOT_A_DATELINE = 'figcaption, figure, [class*="caption" i], footer, aside, nav, [class*="related"], [class*="comment"]';

/**
 * A date standing alone in its own small element ("<p>January 18, 2020</p>"): a dateline. The first
 * date in the running text is often a photo caption's ("…, France, January 16, 2020. REUTERS").
 */
export function standaloneDate(root: Element, lang: string | null, now: number): IsoDate | null {
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
export function isUtcNearDayEdge(stamp: IsoDate): boolean {
  if (!/T\d{2}:\d{2}.*(?:Z|\+00:00)$/.test(stamp)) return false;
  const hour = Number(stamp.slice(11, 13));
  return hour < 10 || hour >= 14;
}

/** The same instant written with the publisher's own offset, when another tag gives it. */
export function preferPublisherOffset(stamp: IsoDate, others: string[], now: number): IsoDate {
  if (!/T.*(?:Z|\+00:00)$/.test(stamp)) return stamp;
  const t = Date.parse(stamp);
  for (const o of others) {
    const iso = parseMachineDate(o, now);
    if (iso && /T.*[+-]\d{2}:\d{2}$/.test(iso) && !iso.endsWith('+00:00') && Math.abs(Date.parse(iso) - t) < 120_000) return iso;
  }
  return stamp;
}

