import { cleanAuthorNames, isPlausibleName, isRunningText, mergeNames } from './clean-author';
import { resolveRef, type LdNode } from './json-ld';
import { decode, first, isAfter, str, textOf, type MetaMap } from './metadata-text';

// Authors: JSON-LD and <meta> names, then the visible byline near the headline.

export function namesFromLd(value: unknown, nodes: LdNode[], depth = 0): string[] {
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

export const AUTHOR_META = [
  'dc.creator', 'dc:creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'article:author_name', 'parsely-author', 'sailthru.author',
  'citation_author', 'dc.creator', 'dcterms.creator', 'dc.creator.aut', 'byl', 'byline', 'authors', 'cxenseparse:author',
  'twitter:creator:name', 'og:author', 'content_author', 'analytics-author',
];

// Machine-marked authors first (microdata, rel=author, hCard), then class names and author-page links.
export const STRONG_BYLINE = '[itemprop~="author"], [rel~="author"], .vcard .fn, [class*="byline"] [class*="name"]';
export const WEAK_BYLINE =
  '.byline, .by-line, [class*="byline"], [class*="Byline"], [data-testid*="byline"], [class*="author"], [class*="Author"], a[href*="/author/"], a[href*="/authors/"], a[href*="author_id="], a[href*="/autor/"], a[href*="/auteur/"]';

// Comment threads carry other people's names; match their containers narrowly
// (wrappers like "has-comments" hold the article itself).
export const COMMENTS =
  '#comments, #disqus_thread, .comments, .comment, .comment-list, .commentlist, .comments-area, [id^="comment-"], [class*="comment-body"], [class*="comment-content"], [class*="comment-author"]';

export function authorsFromDom(doc: Document, headline: Element | null): string[] {
  return (
    namesFromSelector(doc, STRONG_BYLINE, COMMENTS, null) ??
    // A labelled byline under the headline ("By Jane Doe", "Par Marie Dupont", "بقلم …"): the page's own words.
    namesFromLabelledByline(headline) ??
    // Class names also match menus of authors' pages: the byline sits after the headline.
    namesFromSelector(doc, WEAK_BYLINE, `${COMMENTS}, footer, nav, aside, [class*="related"], [class*="recommend"]`, headline) ??
    []
  );
}

/** Last resort: the account that posted it (tweet pages, twitter:creator), without the "@". */
export function authorFromHandle(doc: Document, meta: MetaMap): string[] {
  // Social posts title themselves "Jane Doe (@janedoe) on X" / "Jane Doe (@janedoe) • Instagram photos".
  const social = /^(.{2,60}?)\s+\(@[\w.]{1,30}\)\s*(?:on\b|•|\||-|–|:)/u.exec(first(meta, ['og:title', 'twitter:title']) ?? '');
  const named = social ? cleanAuthorNames(decode(social[1])) : [];
  if (named.length) return named.slice(0, 1);
  const screen = doc.querySelector('a[class*="screenname" i], [class*="screen-name" i], [data-testid="User-Name"] a');
  const raw = textOf(screen, 60) || first(meta, ['twitter:creator']) || '';
  const handle = raw.replace(/^@/, '').trim();
  return /^\w{2,30}$/.test(handle) ? [handle] : [];
}

export function namesFromSelector(doc: Document, selector: string, skip: string, headline: Element | null): string[] | null {
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
        .replace(/\s*(?:\||•|·|—|–|-)\s*.*\p{Nd}{4}.*$/u, '')
        .replace(/\s*\p{Nd}.*$/u, '')
        .replace(/(?:\s+\p{Ll}[\p{L}.]*)+\s*$/u, '');
      names.push(...cleanAuthorNames(stripped).filter((n) => !isRunningText(n)));
    }
    if (!headline || el === headline || isAfter(el, headline)) after.push(...names);
    else before.push(...names);
  }
  const merged = mergeNames(after.length ? after : before);
  return merged.length ? merged.slice(0, 4) : null;
}

// The words that introduce a byline, in the languages the extension meets most. Case matters for the
// Latin ones ("by" inside a sentence is not a byline); the name after them starts with a capital.
const BYLINE_LABEL =
  /(?:^|[\s|•·,(])(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Pp]ar|PAR|[ÉéEe]crit par|[Vv]on|VON|[Gg]eschrieben von|[Dd]i|[Ss]critto da|[Pp]or|POR|[Ee]scrito por|[Pp]ublicado por|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez|[Aa]utor(?:in|a)?:|[Aa]uteur\s*:|[Aa]utore\s*:|[Tt]exte?\s*:|[Tt]ekst:|[Tt]eksti:|[Tt]exto:|[Rr]edacción:|[Rr]eportagem:|[Rr]eportage:|[Nn]apisał[a]?|[Kk]irjoittaja:|[Ss]zerző:|[Íí]rta:|[Oo]leh|[Тт]екст:?|[Аа]втор:?|[Yy]azan:?|[Yy]azar:?|Του|Της|Γράφει\s+(?:ο|η)|[Ll]ekhak:|लेखक:?)\s+(?=\p{Lu}|\p{Script=Devanagari})/u;
const BYLINE_LABEL_RTL = /(?:^|\s)(?:بقلم|كتب|كتبت|إعداد|نویسنده|מאת)\s*:?\s*/u;
// Han and Hangul names have no capitals and no spaces: the label (记者 张三, 文：山田太郎) or the Korean
// title after the name (홍길동 기자) marks them, and the name is two to four characters.
const BYLINE_HAN = /(?:^|[\s|(（【])(?:记者|記者|作者|撰文|文|采写|編集|执笔|執筆)\s*[:：/／|]?\s*(\p{Script=Han}{2,4})(?![\p{Script=Han}])/u;
const BYLINE_HANGUL = /(?:^|[\s|(])(\p{Script=Hangul}{2,4})\s*(?:기자|특파원|논설위원)(?![\p{Script=Hangul}])/u;

/** The short lines under the headline: its next siblings and their children, and the next block after its parent. */
function linesAfter(headline: Element, max = 14): Element[] {
  const out: Element[] = [];
  const push = (el: Element | null | undefined): void => {
    if (!el || out.length >= max) return;
    out.push(el);
    for (let c = el.firstElementChild, i = 0; c && i < 6 && out.length < max; c = c.nextElementSibling, i++) {
      out.push(c);
      for (let g = c.firstElementChild, j = 0; g && j < 4 && out.length < max; g = g.nextElementSibling, j++) out.push(g);
    }
  };
  let el = headline.nextElementSibling;
  for (let i = 0; el && i < 3; i++, el = el.nextElementSibling) push(el);
  push(headline.parentElement?.nextElementSibling);
  push(headline.previousElementSibling);
  return out;
}

/** Names from a byline line that starts with (or contains) a label: "By Jane Doe and John Roe | 2 hours ago". */
export function namesFromBylineText(text: string): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 200) return [];
  const cjk = BYLINE_HAN.exec(t) ?? BYLINE_HANGUL.exec(t);
  if (cjk) return isPlausibleName(cjk[1]) ? [cjk[1]] : [];
  let rest: string | null = null;
  const m = BYLINE_LABEL.exec(t);
  if (m) rest = t.slice(m.index + m[0].length);
  else {
    const r = BYLINE_LABEL_RTL.exec(t);
    if (r) rest = t.slice(r.index + r[0].length);
  }
  if (!rest) return [];
  // The byline ends where a date, a time, a separator or a new sentence starts.
  rest = rest
    .split(/\s*(?:[|•·\n]|\s[-–—]\s|\p{Nd}|(?:^|\s)(?:on|le|am|il|em|[Uu]pdated|[Pp]ublished|[Pp]ublié|[Mm]is à jour|[Vv]eröffentlicht|[Aa]ktualisiert|[Aa]ctualizado|[Pp]ublicado|[Aa]ggiornato|[Pp]ubblicato|[Oo]pgedateerd)(?=\s|:|$))/u)[0]
    .replace(/[.,:;]+$/, '')
    .trim();
  if (!rest) return [];
  const names = cleanAuthorNames(rest).filter((n) => !isRunningText(n));
  // "Von Anna Müller, Berlin": a lone word after a full name is the dateline's place, not a co-author.
  return names.length > 1 && /\s/.test(names[0]) ? names.filter((n, i) => i === 0 || /\s/.test(n)) : names;
}

function namesFromLabelledByline(headline: Element | null): string[] | null {
  if (!headline) return null;
  for (const el of linesAfter(headline)) {
    if (el.closest(COMMENTS)) continue;
    const text = textOf(el, 220);
    if (!text || text.length > 200) continue;
    const names = namesFromBylineText(text);
    if (names.length) return mergeNames(names).slice(0, 4);
  }
  return null;
}
