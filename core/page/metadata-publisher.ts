import { getTypes, resolveRef, type LdNode } from './json-ld';
import { decode, first, lastText, str, type MetaMap } from './metadata-text';
import { cleanTitle } from './metadata-title';

// The outlet's names, best first: JSON-LD publisher, og:site_name and app names, the logo, the <title>
// suffix, the copyright holder.

export function publisherFromLd(value: unknown, nodes: LdNode[]): string | null {
  const v = resolveRef(Array.isArray(value) ? value[0] : value, nodes);
  if (typeof v === 'string') return decode(v) || null;
  if (v && typeof v === 'object') {
    const n = str((v as LdNode).name);
    return n ? decode(n) : null;
  }
  return null;
}

export const PUBLISHER_META = [
  'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:ios:app_name', 'al:android:app_name', 'citation_publisher', 'citation_journal_title',
  'dc.publisher', 'dcterms.publisher', 'publisher', 'cxenseparse:site',
  'twitter:app:name:iphone', 'twitter:app:name:googleplay',
];

/** Publisher from "Headline | Site" or "Headline - Site" when nothing better names it. */
export function publisherFromTitle(docTitle: string | null): string | null {
  if (!docTitle) return null;
  const parts = docTitle.split(/\s+[|\-–—·»:]\s+/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1].trim();
  return last.length >= 2 && last.length <= 40 && last.split(/\s+/).length <= 5 ? last : null;
}

export const NOT_A_PUBLISHER = /^(?:not\s?known|unknown|null|undefined|none|n\/a|home|homepage|logo|website|default|publisher|index)$/i;

/** A value that reads as an outlet's name, not a URL, handle, placeholder or sentence. */
export function isPlausiblePublisher(name: string): boolean {
  if (name.length < 1 || name.length > 80 || !/[\p{L}\p{N}]/u.test(name)) return false;
  if (/^(?:https?:|\/|#|@)|[{}<>=]/i.test(name)) return false;
  if (NOT_A_PUBLISHER.test(name)) return false;
  return name.split(/\s+/).length <= 8;
}

export const compact = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

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

export const CORPORATE_SUFFIX = /,?\s+(?:inc|llc|l\.l\.c|l\.?p|ltd|limited|plc|gmbh|ag|s\.a|s\.l|s\.p\.a|b\.v|corp|corporation)\.?$/i;
export const COPYRIGHT_LEAD = /^(?:[^\S\n]|©|\(c\)|copyright\b|(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)?\d{2}|present|now)\b)?|[,.:]|by[^\S\n])+/iu;
// Where the holder's name ends: a separator, a sentence end (not "L.P."), or the usual legal phrases.
export const COPYRIGHT_END =
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
export function copyrightHolderFromDom(doc: Document): string | null {
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


export const SITE_TYPES = /^(?:website|organization|newsmediaorganization|newspaper|periodical|corporation)$/;

/**
 * Every name the page gives its outlet, best first: JSON-LD publisher, source organisation and the site it is
 * part of, og:site_name and application names, Dublin Core/Highwire, the site's JSON-LD nodes; then, when
 * nothing explicit names it or they agree with the host, the logo's alt text and the <title> suffix; the
 * copyright holder (JSON-LD, else the footer's line when nothing else names the outlet); the Twitter account last.
 */
export function collectPublisherNames(doc: Document, meta: MetaMap, nodes: LdNode[], article: LdNode | null, url: string | undefined): string[] {
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

