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
// Not caught (would need layout): text moved off-screen, covered, same colour as its background, 1px boxes.

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:!important)?\s*(?:;|$)|font-size\s*:\s*0(?:px|em|rem|%)?\s*(?:!important)?\s*(?:;|$)|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\))/i;

/** Hidden by its own attributes or inline style (no style computation). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && HIDING_STYLE.test(style);
}

interface VisibilityCheckable {
  checkVisibility?(options?: { visibilityProperty?: boolean; opacityProperty?: boolean; contentVisibilityAuto?: boolean }): boolean;
}

export interface HiddenCheck {
  (el: Element): boolean;
  /** How many times the browser's style check was asked (for tests and budgets). */
  readonly styleChecks: number;
}

/** A check for the elements of one page walk: markup first, then the browser's own, within a budget. */
export function createHiddenCheck(options: { maxStyleChecks?: number } = {}): HiddenCheck {
  const max = options.maxStyleChecks ?? 5_000;
  let styleChecks = 0;
  const check = ((el: Element): boolean => {
    if (isHiddenByMarkup(el)) return true;
    const checkable = el as Element & VisibilityCheckable;
    if (typeof checkable.checkVisibility !== 'function' || styleChecks >= max) return false;
    styleChecks++;
    try {
      return !checkable.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    } catch {
      return false;
    }
  }) as HiddenCheck;
  Object.defineProperty(check, 'styleChecks', { get: () => styleChecks });
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
