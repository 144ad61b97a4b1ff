// What a page's paint hides, for the visible reading of a matched page (core/dom/hidden-text.ts asks this
// of elements holding text, after their ancestors): text the colour of what lies behind it, and text
// covered by another element. Both need computed style and layout, so they are asked only in the second
// reading, and within bounds: each element's background is read once (memoised up the tree), and the
// browser's hit test (`elementFromPoint`) is asked a bounded number of times per page.
//
// Known limits: the background is the nearest painted ancestor's (a sibling positioned behind the text
// is seen only through the hit test, inside the viewport); covered text is found only inside the viewport
// at the time of reading (the browser hit-tests nothing else) and a cover the page makes transparent to
// the pointer (`pointer-events: none`) is not seen.

type Rgba = [r: number, g: number, b: number, a: number];

// A page uses few colours, read for every element: parsed once each.
const parsed = new Map<string, Rgba | null>();

/** A computed colour ("rgb(1, 2, 3)", "rgba(1 2 3 / 0.5)", "transparent") as numbers; null when not sRGB. */
export function parseColour(value: string | null | undefined): Rgba | null {
  const key = value ?? '';
  let colour = parsed.get(key);
  if (colour === undefined) {
    colour = readColour(key);
    if (parsed.size < 2_000) parsed.set(key, colour);
  }
  return colour;
}

function readColour(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  const m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (p: string): number => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const rgba: Rgba = [channel(parts[0]), channel(parts[1]), channel(parts[2]), alpha];
  return rgba.every(Number.isFinite) ? rgba : null;
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = Math.min(1, Math.max(0, top[3]));
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

const luminance = ([r, g, b]: Rgba): number => {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** WCAG contrast ratio of two opaque colours (1: the same, 21: black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Below this ratio, text cannot be read against its background (#f5f5f5 on white is 1.09; #eee is 1.16). */
export const UNREADABLE_CONTRAST = 1.1;
/** …unless its hue tells it apart: yellow on white has a contrast of 1.07 and is read. */
const MAX_CHANNEL_GAP = 24;

/** Text of colour `text` cannot be told from `behind` (both opaque): near in lightness and in every channel. */
export function isUnreadable(text: Rgba, behind: Rgba): boolean {
  const gap = Math.max(Math.abs(text[0] - behind[0]), Math.abs(text[1] - behind[1]), Math.abs(text[2] - behind[2]));
  return gap <= MAX_CHANNEL_GAP && contrastRatio(text, behind) < UNREADABLE_CONTRAST;
}
/** Hit tests per page for covered text: a few points per visible block of the first screen. */
export const MAX_HIT_TESTS = 60;

const WHITE: Rgba = [255, 255, 255, 1];
const REPLACED = new Set(['IMG', 'VIDEO', 'CANVAS', 'SVG', 'PICTURE', 'IFRAME', 'OBJECT', 'EMBED', 'INPUT']);
/** Replaced elements that paint over what is under them (a frame's document may be transparent). */
const PAINTED = new Set(['IMG', 'VIDEO', 'CANVAS', 'PICTURE']);

type View = Pick<Window, 'getComputedStyle'> & Partial<Pick<Window, 'innerWidth' | 'innerHeight'>>;
type HitTesting = Partial<Pick<Document, 'elementFromPoint' | 'elementsFromPoint'>>;
interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PaintCheck {
  /** The text's paint is the colour behind it (or too close to read). */
  isSameColourAsBackground(el: Element, style: CSSStyleDeclaration, fill: string, rect: Rect): boolean;
  /** Every sampled point of the element's box, inside the viewport, shows another, opaque element. */
  isCovered(el: Element, rect: Rect): boolean;
  readonly hitTests: number;
  readonly backgroundReads: number;
}

/** One per page reading: backgrounds memoised per element, hit tests counted against `maxHitTests`. */
export function createPaintCheck(doc: Document, view: View, maxHitTests = MAX_HIT_TESTS): PaintCheck {
  // null: unknown (an image, a gradient, a colour outside sRGB), so nothing is called hidden over it.
  const backgrounds = new WeakMap<Element, Rgba | null>();
  let hitTests = 0;
  let backgroundReads = 0;
  const hits = doc as Document & HitTesting;

  /** The opaque colour painted behind an element's content, from its own background and its ancestors'. */
  const backgroundOf = (el: Element, ownStyle?: CSSStyleDeclaration): Rgba | null => {
    const known = backgrounds.get(el);
    if (known !== undefined) return known;
    // Iterative up the tree (a deep page must not overflow the stack); memoise the whole chain.
    const chain: Element[] = [];
    let base: Rgba | null | undefined;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const cached = backgrounds.get(node);
      if (cached !== undefined) {
        base = cached;
        break;
      }
      chain.push(node);
      if (chain.length > 400) {
        base = null;
        break;
      }
    }
    if (base === undefined) {
      // Past the root: the canvas, white unless the page asks for a dark scheme.
      const root = chain[chain.length - 1];
      const scheme = root ? view.getComputedStyle(root).colorScheme ?? '' : '';
      base = /dark/.test(scheme) ? null : WHITE;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i];
      backgroundReads++;
      if (base !== null) {
        // Colours only: images (rare) are looked for once text matches its background (hasImageBehind).
        const own = parseColour((node === el && ownStyle ? ownStyle : view.getComputedStyle(node)).backgroundColor);
        if (!own) base = null;
        else if (own[3] >= 1) base = own;
        else if (own[3] > 0) base = over(own, base);
      }
      backgrounds.set(node, base);
    }
    return base;
  };

  /** A picture or a background image between the text and the opaque colour behind it. */
  const hasImageBehind = (el: Element): boolean => {
    for (let node: Element | null = el, i = 0; node && i < 400; node = node.parentElement, i++) {
      if (REPLACED.has((node.tagName || '').toUpperCase())) return true;
      const style = view.getComputedStyle(node);
      if (style.backgroundImage && style.backgroundImage !== 'none') return true;
      const own = parseColour(style.backgroundColor);
      if (own && own[3] >= 1) return false;
    }
    return false;
  };

  const inViewport = (x: number, y: number): boolean =>
    x >= 0 && y >= 0 && x < (view.innerWidth ?? 0) && y < (view.innerHeight ?? 0);

  /** Whether what paints right under the element at a point (hit-tested) is one of its ancestors. */
  const paintsOwnAncestor = (el: Element, rect: Rect): boolean | null => {
    const x = rect.left + rect.width / 2;
    const y = rect.top + Math.min(rect.height / 2, 12);
    if (typeof hits.elementsFromPoint !== 'function' || !inViewport(x, y) || hitTests >= maxHitTests) return null;
    hitTests++;
    const stack = hits.elementsFromPoint(x, y);
    const at = stack.findIndex((e) => e === el || el.contains(e));
    if (at < 0) return null;
    for (let i = at + 1; i < stack.length; i++) {
      const below = stack[i];
      if (below.contains(el)) return true;
      // Something else lies under the text: an image or a box of another colour shows through.
      const s = view.getComputedStyle(below);
      const bg = parseColour(s.backgroundColor);
      if (REPLACED.has((below.tagName || '').toUpperCase()) || s.backgroundImage !== 'none' || !bg || bg[3] > 0) return false;
    }
    return true;
  };

  /**
   * What is on top at a point hides the text there: it, or a box it sits in (short of what holds both),
   * paints opaquely, and none of them lets the text through (translucent) or stays while the page scrolls
   * (a sticky bar, a cookie dialog: fixed furniture covers nothing for good).
   */
  const coversOpaquely = (top: Element, el: Element): boolean => {
    let opaque = false;
    let laidOver = false;
    let node: Element | null = top;
    for (let i = 0; node && i < 40 && !node.contains(el); i++, node = node.parentElement) {
      const s = view.getComputedStyle(node);
      if (s.position === 'fixed' || s.position === 'sticky' || parseFloat(s.opacity) < 1) return false;
      // Laid over the text on purpose (positioned out of the flow, or lifted by a z-index), not a
      // box of the flow that a broken layout lets overlap.
      laidOver ||= s.position === 'absolute' || (s.position === 'relative' && s.zIndex !== 'auto');
      if (opaque) continue;
      const bg = parseColour(s.backgroundColor);
      // Frames are left out: their documents may be transparent.
      opaque = PAINTED.has((node.tagName || '').toUpperCase()) || (!!s.backgroundImage && s.backgroundImage !== 'none') || (bg !== null && bg[3] >= 0.95);
    }
    return opaque && laidOver;
  };

  return {
    isSameColourAsBackground(el, style, fillValue, rect) {
      const fill = parseColour(fillValue);
      if (!fill || fill[3] === 0) return false; // transparent text is hidden-text.ts's own rule
      const behind = backgroundOf(el, style);
      if (!behind || !isUnreadable(over(fill, behind), behind)) return false;
      // Only now (rarely) the rest: a shadow or an outline draws the letters in another colour, a blend
      // mode changes it, and a background image up the tree may lie between.
      const s = style as CSSStyleDeclaration & { webkitTextStrokeWidth?: string };
      if ((s.textShadow && s.textShadow !== 'none') || parseFloat(s.webkitTextStrokeWidth ?? '0') > 0) return false;
      if (s.mixBlendMode && s.mixBlendMode !== 'normal') return false;
      if (hasImageBehind(el)) return false;
      // Confirm on the first screen that nothing else (a photo under a white headline) lies between.
      const own = paintsOwnAncestor(el, rect);
      if (own !== null) return own;
      // Elsewhere, text laid over something by positioning may have another backdrop: not called hidden.
      for (let node: Element | null = el; node && node !== doc.body; node = node.parentElement) {
        const p = view.getComputedStyle(node).position;
        if (p === 'absolute' || p === 'fixed' || p === 'sticky') return false;
      }
      return true;
    },

    isCovered(el, rect) {
      if (typeof hits.elementFromPoint !== 'function' || rect.width < 2 || rect.height < 2) return false;
      const y = rect.top + Math.min(rect.height / 2, 12);
      const xs = [rect.left + rect.width / 2, rect.left + Math.min(rect.width / 4, 40), rect.left + rect.width - Math.min(rect.width / 4, 40)];
      let covered = 0;
      for (const x of xs) {
        if (!inViewport(x, y)) continue;
        if (hitTests >= maxHitTests) return false;
        hitTests++;
        const top = hits.elementFromPoint(x, y);
        // The text (or a child of it) is on top there, or its own container is (a gap between lines).
        if (!top || top === el || el.contains(top) || top.contains(el) || !coversOpaquely(top, el)) return false;
        covered++;
      }
      return covered > 0;
    },

    get hitTests() {
      return hitTests;
    },
    get backgroundReads() {
      return backgroundReads;
    },
  };
}
