import { createHiddenCheck, visibleTextContent } from '../dom/hidden-text';
import type { PageZones } from './types';

/** Bounds: a page's text beyond these is not read (huge pages, infinite feeds). */
export const MAX_BODY_CHARS = 300_000;
export const MAX_OUTSIDE_CHARS = 30_000;
export const MAX_LEAD_CHARS = 800;
const MAX_NODES = 60_000;
/** Elements whose style and layout a `visibleOnly` reading may ask about; past it, text does not count. */
export const MAX_VISIBILITY_CHECKS = 20_000;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON', 'FORM', 'INPUT']);
const OUTSIDE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU']);
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'FONT', 'INS', 'DEL']);
const OUTSIDE_ROLES = /^(navigation|banner|contentinfo|complementary|menu|menubar|search|dialog|alertdialog)$/i;
// Class/id words that sites use for boxes around the article: related, popular, share bars…
const OUTSIDE_NAMES = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|side-bar|widget|related|recommended|recirc|popular|most-?read|most-?viewed|trending|teaser|promo|newsletter|subscribe|share|sharing|social|comments?|footer|header|masthead|cookie|consent|banner|ad|ads|advert|advertisement|sponsored|tags?|topics?-list|read-more|more-stories|outbrain|taboola)([\s_-]|$)/i;

function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

function isOutsideElement(el: Element): boolean {
  const tag = tagOf(el);
  if (OUTSIDE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && OUTSIDE_ROLES.test(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length > 1 && names.length < 300 && OUTSIDE_NAMES.test(names)) return true;
  if (tag === 'UL' || tag === 'OL') return isLinkList(el);
  return false;
}

/** A list whose items are mostly links ("most read", "related stories", tag clouds). */
function isLinkList(el: Element): boolean {
  const items = el.children;
  if (items.length < 3) return false;
  let linked = 0;
  const n = Math.min(items.length, 50);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    const text = (item.textContent ?? '').trim();
    const link = item.querySelector('a');
    const linkText = (link?.textContent ?? '').trim();
    if (link && linkText.length >= text.length * 0.6) linked++;
  }
  return linked / n >= 0.7;
}

interface Budget {
  nodes: number;
}

/** Whether an element (and so its subtree) is hidden from the reader; absent: every text counts. */
type Hidden = ((el: Element) => boolean) | undefined;

/** Text of the boxes around the article, bounded: MAX_OUTSIDE_CHARS in all, however big the page. */
interface OutsideText {
  parts: string[];
  chars: number;
}

/** Text of `root` with spaces between blocks, skipping scripts and (optionally) boxes around the article. */
function readText(root: Node, maxChars: number, skipOutside: boolean, budget: Budget, outside?: OutsideText, hidden?: Hidden): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length >= maxChars || budget.nodes-- <= 0) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.length > 0) {
        parts.push(value);
        length += value.length;
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? tagOf(el) : '';
    if (SKIP_TAGS.has(tag)) return;
    // The caller has asked about `root` itself.
    if (hidden && node !== root && node.nodeType === 1 && hidden(el)) return;
    if (skipOutside && node !== root && node.nodeType === 1 && isOutsideElement(el)) {
      // Read with the same bounded walk (never textContent, which copies a whole subtree: a
      // comment section or a mega-menu can hold more text than the article).
      if (outside && outside.chars < MAX_OUTSIDE_CHARS) {
        const text = readText(el, MAX_OUTSIDE_CHARS - outside.chars, false, budget, undefined, hidden);
        outside.parts.push(text);
        outside.chars += text.length + 1;
      }
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (tag && !INLINE_TAGS.has(tag)) {
      parts.push('\n');
      length++;
    }
  };
  walk(root);
  const text = parts.join('').replace(/[ \t\u00a0]*\n[\s]*/g, '\n').replace(/[ \t\u00a0]{2,}/g, ' ');
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/** The element that holds the article text: explicit markup first, else the parent of most paragraph text. */
export function findArticleRoot(doc: Document): Element | null {
  const explicit = doc.querySelector('[itemprop="articleBody"], [itemprop=articleBody]');
  if (explicit) return explicit;
  const articles = Array.from(doc.querySelectorAll('article')).slice(0, 20);
  if (articles.length > 0) {
    // Several <article> elements: teasers in a list; take the one with most text.
    let best = articles[0];
    let bestLength = -1;
    for (const a of articles) {
      const length = a.textContent?.length ?? 0;
      if (length > bestLength) {
        best = a;
        bestLength = length;
      }
    }
    return best;
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  const score = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p');
  const n = Math.min(paragraphs.length, 2000);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    const parent = p.parentElement;
    if (!parent) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function firstHeading(root: ParentNode | null, hidden: Hidden | null): string {
  if (!hidden) return (root?.querySelector('h1')?.textContent ?? '').trim();
  // The first h1 the reader can see (a page may plant hidden ones before it).
  const headings = root?.querySelectorAll('h1') ?? [];
  for (let i = 0; i < Math.min(headings.length, 5); i++) {
    if (!hiddenWithAncestors(headings[i], hidden)) return visibleTextContent(headings[i], hidden, 2_000).trim();
  }
  return '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The headline as the reader can see it: the metadata's title (og:title, JSON-LD…) when the page shows
 * it, in its first visible h1 or its tab's title; else that h1, else the tab's title. A title only the
 * metadata holds is not read.
 */
function visibleTitle(metaTitle: string | null | undefined, root: Element | null, doc: Document, hidden: NonNullable<Hidden>): string {
  const heading = firstHeading(root, hidden) || firstHeading(doc, hidden);
  const tab = (doc.title ?? '').trim();
  const meta = (metaTitle ?? '').trim();
  if (meta && [heading, tab].some((shown) => shown && squash(shown).includes(squash(meta)))) return meta;
  return heading || tab;
}

/** An element or one of its ancestors is hidden (aria-hidden left out above the element itself:
 *  modal dialogs set it on the page behind them, which the reader still sees). */
function hiddenWithAncestors(el: Element, hidden: (el: Element, options?: { ariaHidden?: boolean }) => boolean): boolean {
  if (hidden(el)) return true;
  for (let up = el.parentElement; up; up = up.parentElement) if (hidden(up, { ariaHidden: false })) return true;
  return false;
}

/** The first paragraphs of the article (the lead), up to MAX_LEAD_CHARS. */
function readLead(root: Element, body: string, hidden: Hidden): string {
  const parts: string[] = [];
  let length = 0;
  const paragraphs = root.querySelectorAll('p');
  const n = Math.min(paragraphs.length, 30);
  for (let i = 0; i < n && length < MAX_LEAD_CHARS; i++) {
    const p = paragraphs[i];
    if (hidden && hidden(p)) continue;
    let inside = false;
    for (let el: Element | null = p.parentElement; el && el !== root; el = el.parentElement) {
      if (isOutsideElement(el) || (hidden && hidden(el))) {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    const text = (hidden ? visibleTextContent(p, hidden, 20_000) : p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40) continue;
    parts.push(text);
    length += text.length;
  }
  const lead = parts.length > 0 ? parts.join('\n') : body.trim();
  return lead.length > MAX_LEAD_CHARS ? lead.slice(0, MAX_LEAD_CHARS) : lead;
}

export interface CollectOptions {
  /**
   * Count only text the reader can see (core/dom/hidden-text.ts): hidden markup everywhere, and in a
   * browser style sheets and layout too (checkVisibility, boxes, clips, colours), asked of each element
   * read (a hidden one's subtree is skipped whole), at most MAX_VISIBILITY_CHECKS, past which text does
   * not count. Costs style and layout reads, so the content script asks for it only once a page has
   * matched on all its text (a page that does not match cannot show anything, whatever it hides).
   */
  visibleOnly?: boolean;
  /** A check to use instead (tests); implies visibleOnly. */
  hidden?: (el: Element, options?: { ariaHidden?: boolean }) => boolean;
}

/**
 * Split a page into zones for the matcher with a few cheap DOM queries: title,
 * lead (first paragraphs), metadata (keywords, description), body (the article
 * container, without boxes inside it) and outside (navigation, lists of links,
 * footers, and the rest of the page). Text is capped so huge pages stay cheap.
 */
export function collectZones(
  doc: Document,
  metadata: { title: string | null; description: string | null; keywords: string[] },
  options: CollectOptions = {},
): PageZones {
  const empty: PageZones = { title: '', lead: '', metadata: '', body: '', outside: '' };
  try {
    const keywords = Array.isArray(metadata?.keywords) ? metadata.keywords.filter((k) => typeof k === 'string') : [];
    const hidden =
      options.hidden ?? (options.visibleOnly ? createHiddenCheck({ layout: true, failClosed: true, maxStyleChecks: MAX_VISIBILITY_CHECKS }) : undefined);
    // Keywords and description are not on the page: read for what it can see, they count for nothing.
    const metaText = hidden ? '' : [...keywords, metadata?.description ?? ''].join(' · ').slice(0, 5_000);
    let root = findArticleRoot(doc);
    // An article container the reader cannot see is no article: its text does not count at all.
    if (root && hidden && hiddenWithAncestors(root, hidden)) root = null;
    const budget: Budget = { nodes: MAX_NODES };
    const outsideText: OutsideText = { parts: [], chars: 0 };
    const body = root ? readText(root, MAX_BODY_CHARS, true, budget, outsideText, hidden) : '';
    const title = hidden ? visibleTitle(metadata?.title, root, doc, hidden) : (metadata?.title ?? '').trim() || firstHeading(root, null) || firstHeading(doc, null) || (doc.title ?? '').trim();
    const lead = root ? readLead(root, body, hidden) : '';
    // The rest of the page: everything except the article root, capped.
    const docRoot = doc.body ?? doc.documentElement;
    if (docRoot) {
      const restBudget: Budget = { nodes: MAX_NODES };
      const rest: string[] = [];
      // The rest of the page is read until the outside zone is full, not to its end: on a big
      // page (feeds, comments, footers) that is most of the DOM.
      const walkRest = (node: Node): void => {
        if (outsideText.chars >= MAX_OUTSIDE_CHARS || restBudget.nodes-- <= 0 || node === root) return;
        if (node.nodeType === 1) {
          const tag = tagOf(node as Element);
          if (SKIP_TAGS.has(tag)) return;
          if (root && (node as Element).contains(root)) {
            // An ancestor of the (visible) article: asked about already.
            for (let child = node.firstChild; child; child = child.nextSibling) walkRest(child);
            return;
          }
          if (hidden && (node === docRoot ? hidden(node as Element, { ariaHidden: false }) : hidden(node as Element))) return;
          const text = readText(node, MAX_OUTSIDE_CHARS - outsideText.chars, false, restBudget, undefined, hidden);
          rest.push(text);
          outsideText.chars += text.length + 1;
        } else if (node.nodeType === 3) {
          const text = node.nodeValue ?? '';
          rest.push(text);
          outsideText.chars += text.length + 1;
        }
      };
      walkRest(docRoot);
      outsideText.parts.push(...rest);
    }
    const outside = outsideText.parts.join('\n').replace(/\s+/g, ' ').slice(0, MAX_OUTSIDE_CHARS);
    return { title: title.slice(0, 1_000), lead, metadata: metaText, body, outside };
  } catch {
    return empty;
  }
}
