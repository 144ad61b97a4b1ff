import { createPaintCheck, type PaintCheck } from './hidden-paint';

// Text hidden from the reader must not count toward a match: otherwise a page can plant invisible
// candidate words and watch whether Backstory reacts, learning which stories its reader follows.
// Pure (no browser API beyond the DOM the caller passes): the content script's walker asks
// `createHiddenCheck()` about each element before reading it, and skips hidden subtrees whole, so a
// page of 10,000 hidden elements costs one check per hidden root, not per node inside.
//
// What counts as hidden, cheapest first:
// 1. markup: the `hidden` attribute (also `until-found`), `aria-hidden="true"`;
// 2. the element's own inline style: display:none, visibility:hidden/collapse, content-visibility:hidden,
//    opacity:0, font-size:0, a zero clip (`clip: rect(0 0 0 0)`, `clip-path: inset(50%|100%)`);
// 3. where the browser has it, `Element.checkVisibility({ visibilityProperty: true })` (Chromium 121+,
//    Firefox 125+): display and visibility from style sheets too. It needs style, not layout, and is
//    asked at most `maxStyleChecks` times per page (then only 1 and 2 apply).
// 4. with `layout: true` (only where the browser has checkVisibility, so never in Node), what needs the
//    page's layout and computed style: a box of at most 1px that clips its content (the "visually hidden"
//    pattern), a box wholly above or left of the page or right of what can be scrolled to, a computed
//    clip/clip-path that leaves nothing, transparent text (unless a background is painted through it,
//    `background-clip: text`), a font under 2px. The matcher asks for this only on a page that already
//    matched, to read it again (core/match/collect-zones.ts `visibleOnly`), so other pages pay nothing.
//    Also, for elements holding text: pushed off the page by text-indent, the colour of the background
//    behind it, covered by another opaque element on the first screen (core/dom/hidden-paint.ts).
// Not caught: covered text outside the viewport at the time of reading, covers with pointer-events: none.

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:!important)?\s*(?:;|$)|font-size\s*:\s*0(?:px|em|rem|%)?\s*(?:!important)?\s*(?:;|$)|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\))/i;

/** Hidden by its own attributes or inline style (no style computation). `ariaHidden: false` leaves
 *  aria-hidden out: modal dialogs set it on the whole page behind them, which a reader still sees. */
export function isHiddenByMarkup(el: Element, options: { ariaHidden?: boolean } = {}): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (options.ariaHidden !== false && (el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && HIDING_STYLE.test(style);
}

interface VisibilityCheckable {
  checkVisibility?(options?: { visibilityProperty?: boolean; opacityProperty?: boolean; contentVisibilityAuto?: boolean }): boolean;
}

export interface HiddenCheck {
  (el: Element, options?: { ariaHidden?: boolean }): boolean;
  /** How many times the browser's style check was asked (for tests and budgets). */
  readonly styleChecks: number;
  /** Whether the budget ran out (with `failClosed`, every element asked after that is hidden). */
  readonly exhausted: boolean;
}

export interface HiddenCheckOptions {
  /** How many elements the browser's style (and layout) check may be asked about; markup is always read. */
  maxStyleChecks?: number;
  /** Also what needs layout and computed style (see 4. above). Only where checkVisibility exists. The
   *  check is then asked of each element after its ancestors (a walk from the top, or an ancestor loop). */
  layout?: boolean;
  /** Past the budget, call every element hidden (a page cannot pad its way past the check). */
  failClosed?: boolean;
  /** With layout: how many hit tests (`elementFromPoint`) may look for covered text (hidden-paint.ts). */
  maxHitTests?: number;
}

type View = Pick<Window, 'getComputedStyle' | 'scrollX' | 'scrollY'> & Partial<Pick<Window, 'innerWidth' | 'innerHeight'>>;

/** The computed style's colour is fully transparent ("transparent", "rgba(0, 0, 0, 0)", "#0000"). */
function transparent(color: string): boolean {
  if (color === 'transparent') return true;
  const rgba = /^rgba?\(([^)]*)\)$/i.exec(color.trim());
  if (!rgba) return false;
  const parts = rgba[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return false;
  const alpha = parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  return alpha === 0;
}

const NOTHING_LEFT_CLIP = /^rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)$/i;
const NOTHING_LEFT_CLIP_PATH = /^inset\(\s*(?:50|100)%\s*\)$|^circle\(\s*0(?:px)?\s*(?:at .*)?\)$/i;

/** Text with a background painted through it (`background-clip: text`): transparent yet seen. */
function paintedThrough(el: Element, view: View): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < 12; i++, node = node.parentElement) {
    const style = view.getComputedStyle(node) as CSSStyleDeclaration & { webkitBackgroundClip?: string };
    if (style.backgroundClip === 'text' || style.webkitBackgroundClip === 'text') return true;
  }
  return false;
}

/** The element has text of its own (a non-blank text node child), not only elements. */
function holdsText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * What layout and computed style say, for an element whose ancestors were asked before it (a walk from
 * the top): so its own opacity is read rather than every ancestor's, and what a container passes on
 * to its text (being off the page, a colour, a font size) is asked of the elements holding text only.
 * Containers are asked what hides their subtree without showing in their children's own boxes: a
 * clipping box of at most 1px, a clip or clip-path that leaves nothing.
 */
function hiddenByLayout(el: Element, view: View, reach: { width: number }, paint: PaintCheck): boolean {
  // Each computed property read costs (about 0.3 µs): the fewest are read, cheapest rules first.
  // (display: contents never gets here: checkVisibility said it has a box.)
  const style = view.getComputedStyle(el);
  if (style.opacity === '0') return true;
  const text = holdsText(el);
  const clips = style.overflow !== 'visible';
  let rect: DOMRect | null = null;
  if (clips || text) {
    rect = el.getBoundingClientRect();
    if (clips && (rect.width <= 1 || rect.height <= 1)) return true;
    const left = rect.left + view.scrollX;
    const top = rect.top + view.scrollY;
    // Wholly above or left of the page (nothing scrolls there), or right of what can be scrolled to.
    if (text && ((left < 0 && left + rect.width <= 0) || (top < 0 && top + rect.height <= 0) || left >= reach.width)) return true;
  }
  if (style.clipPath !== 'none' && NOTHING_LEFT_CLIP_PATH.test(style.clipPath)) return true;
  if (NOTHING_LEFT_CLIP.test(style.clip) && (style.position === 'absolute' || style.position === 'fixed')) return true;
  if (!text || !rect) return false;
  const size = parseFloat(style.fontSize);
  if (Number.isFinite(size) && size < 2) return true;
  if (isIndentedOffPage(el, style, rect.left + view.scrollX, size)) return true;
  // The text's paint: -webkit-text-fill-color (computed as the colour unless set), else the colour.
  const fill = (style as CSSStyleDeclaration & { webkitTextFillColor?: string }).webkitTextFillColor || style.color;
  if (transparent(fill)) return !paintedThrough(el, view);
  // The colour of what lies behind it, or under another element (core/dom/hidden-paint.ts).
  return paint.isSameColourAsBackground(el, style, fill, rect) || (ownTextLength(el) >= MIN_COVERED_TEXT && paint.isCovered(el, rect));
}

/** Own text shorter than this (a menu link, a label) is not hit-tested for a cover: the budget goes to prose. */
const MIN_COVERED_TEXT = 12;

function ownTextLength(el: Element): number {
  let n = 0;
  for (let child = el.firstChild; child && n < MIN_COVERED_TEXT; child = child.nextSibling) if (child.nodeType === 3) n += (child.nodeValue ?? '').trim().length;
  return n;
}

/**
 * "text-indent: -9999px": the first line, which holds as much text as the indent makes room for, starts
 * left of the page. Hidden when all the element's text fits before the page's edge (its width estimated
 * generously, so a long paragraph whose later lines show is not called hidden).
 */
function isIndentedOffPage(el: Element, style: CSSStyleDeclaration, left: number, fontSize: number): boolean {
  const indent = parseFloat(style.textIndent);
  if (!(indent < 0) || left + indent >= 0) return false;
  const chars = (el.textContent ?? '').length;
  const width = chars * (Number.isFinite(fontSize) ? fontSize : 16) * 0.7;
  return left + indent + width <= 0;
}

/** An element with display: contents has no box, so checkVisibility calls it hidden; its children show. */
function boxless(el: Element): boolean {
  try {
    return el.ownerDocument?.defaultView?.getComputedStyle(el).display === 'contents';
  } catch {
    return false;
  }
}

/** A check for the elements of one page walk: markup first, then the browser's own, within a budget. */
export function createHiddenCheck(options: HiddenCheckOptions = {}): HiddenCheck {
  const max = options.maxStyleChecks ?? 5_000;
  let styleChecks = 0;
  let exhausted = false;
  let reach: { width: number } | null = null;
  let paint: PaintCheck | null = null;
  const check = ((el: Element, markup?: { ariaHidden?: boolean }): boolean => {
    if (isHiddenByMarkup(el, markup)) return true;
    const checkable = el as Element & VisibilityCheckable;
    if (typeof checkable.checkVisibility !== 'function') return false;
    if (styleChecks >= max) {
      exhausted = true;
      return options.failClosed === true;
    }
    styleChecks++;
    try {
      // In a walk from the top (layout), each element's own opacity is read below, not all its ancestors'.
      if (!checkable.checkVisibility({ visibilityProperty: true, opacityProperty: !options.layout })) return !boxless(el);
      // The page's own boxes (<html> may be 0px high while the body overflows it) are not asked about layout.
      if (!options.layout || el === el.ownerDocument.documentElement || el === el.ownerDocument.body) return false;
      const view = el.ownerDocument?.defaultView;
      if (!view) return false;
      if (!reach) {
        const root = el.ownerDocument.documentElement;
        // The viewport scrolls as the root says, or as the body says when the root leaves it visible.
        let scrolls = view.getComputedStyle(root).overflowX;
        if (scrolls === 'visible' && el.ownerDocument.body) scrolls = view.getComputedStyle(el.ownerDocument.body).overflowX;
        reach = { width: scrolls === 'hidden' || scrolls === 'clip' ? root.clientWidth : Math.max(root.scrollWidth, root.clientWidth) };
      }
      paint ??= createPaintCheck(el.ownerDocument, view, options.maxHitTests);
      return hiddenByLayout(el, view, reach, paint);
    } catch {
      return false;
    }
  }) as HiddenCheck;
  Object.defineProperty(check, 'styleChecks', { get: () => styleChecks });
  Object.defineProperty(check, 'exhausted', { get: () => exhausted });
  return check;
}

/** `el.textContent` without the text of hidden subtrees (and of scripts and styles). */
export function visibleTextContent(el: Element, isHidden: (el: Element) => boolean = isHiddenByMarkup, maxChars = 100_000): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length >= maxChars) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = (child.tagName || '').toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (child !== el && isHidden(child)) return;
    for (let next = node.firstChild; next; next = next.nextSibling) walk(next);
  };
  walk(el);
  const text = parts.join('');
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
