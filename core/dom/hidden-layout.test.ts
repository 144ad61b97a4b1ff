import { describe, expect, it } from 'vitest';
import { createHiddenCheck } from './hidden-text';

// What the browser's layout and computed style say (createHiddenCheck({ layout: true })), with the answers a
// browser would give faked: Node has no layout (linkedom and jsdom neither), so these pin the rules.

interface Box {
  left?: number;
  top?: number;
  width?: number;
  height?: number;
  style?: Partial<Record<string, string>>;
  visible?: boolean;
  parent?: Element | null;
  text?: boolean;
}

const BASE_STYLE = {
  display: 'block', opacity: '1', position: 'static', overflow: 'visible', clip: 'auto', clipPath: 'none',
  fontSize: '16px', color: 'rgb(20, 20, 20)', webkitTextFillColor: 'rgb(20, 20, 20)', backgroundClip: 'border-box',
};

function page(scroll = { x: 0, y: 0 }, rootWidth = 1200) {
  const styles = new Map<unknown, Record<string, string>>();
  const root = { clientWidth: rootWidth, scrollWidth: rootWidth } as unknown as Element;
  styles.set(root, { ...BASE_STYLE });
  const doc = {
    documentElement: root,
    body: null,
    defaultView: { scrollX: scroll.x, scrollY: scroll.y, getComputedStyle: (el: unknown) => styles.get(el) ?? { ...BASE_STYLE } },
  };
  const element = (box: Box = {}): Element => {
    const { left = 10, top = 10, width = 300, height = 40 } = box;
    const el = {
      // An element holding text (containers are asked less: see the last test).
      firstChild: box.text === false ? null : { nodeType: 3, nodeValue: 'Some words', nextSibling: null },
      ownerDocument: doc,
      parentElement: box.parent ?? null,
      hasAttribute: () => false,
      getAttribute: () => null,
      checkVisibility: () => box.visible ?? true,
      getBoundingClientRect: () => ({ left, top, width, height, right: left + width, bottom: top + height }),
    } as unknown as Element;
    styles.set(el, { ...BASE_STYLE, ...box.style } as Record<string, string>);
    return el;
  };
  return { element, root, styles };
}

describe('text hidden by layout and computed style', () => {
  it('visible text stays, and what layout hides goes', () => {
    const { element } = page();
    const check = createHiddenCheck({ layout: true });
    expect(check(element())).toBe(false);
    // The "visually hidden" pattern: a 1px box that clips what is in it.
    expect(check(element({ width: 1, height: 1, style: { overflow: 'hidden', position: 'absolute' } }))).toBe(true);
    // A zero-height box that does not clip (floats inside it) shows its text.
    expect(check(element({ height: 0 }))).toBe(false);
    // Off the page: above it, left of it, right of what can be scrolled to.
    expect(check(element({ left: -10_000, width: 500 }))).toBe(true);
    expect(check(element({ top: -5_000, height: 200 }))).toBe(true);
    expect(check(element({ left: 5_000 }))).toBe(true);
    // Clipped to nothing, a font too small to read, transparent text.
    expect(check(element({ style: { position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' } }))).toBe(true);
    expect(check(element({ style: { clipPath: 'inset(50%)' } }))).toBe(true);
    expect(check(element({ style: { fontSize: '0px' } }))).toBe(true);
    expect(check(element({ style: { fontSize: '1px' } }))).toBe(true);
    expect(check(element({ style: { color: 'rgba(0, 0, 0, 0)', webkitTextFillColor: 'rgba(0, 0, 0, 0)' } }))).toBe(true);
    expect(check(element({ style: { color: 'rgb(0 0 0 / 0)', webkitTextFillColor: '' } }))).toBe(true);
    // Display and visibility from style sheets: the browser's own check.
    expect(check(element({ visible: false }))).toBe(true);
  });

  it('what only looks hidden to a naive rule stays', () => {
    const { element } = page({ x: 0, y: 3_000 });
    const check = createHiddenCheck({ layout: true });
    // Scrolled past: above the viewport, not above the page.
    expect(check(element({ top: -2_000 }))).toBe(false);
    // Gradient headline: transparent text with the background painted through it.
    const headline = element({ style: { backgroundClip: 'text' } });
    expect(check(element({ parent: headline, style: { color: 'transparent', webkitTextFillColor: 'transparent' } }))).toBe(false);
    // Transparent colour but a fill colour set: seen.
    expect(check(element({ style: { color: 'transparent', webkitTextFillColor: 'rgb(0, 0, 0)' } }))).toBe(false);
    // display: contents has no box (checkVisibility says false) but its children show.
    expect(check(element({ visible: false, style: { display: 'contents' } }))).toBe(false);
  });

  it('a page that hides its overflow cannot be scrolled to what lies right of it', () => {
    const { element, root, styles } = page({ x: 0, y: 0 }, 1200);
    (root as unknown as { scrollWidth: number }).scrollWidth = 9_000;
    const check = createHiddenCheck({ layout: true });
    expect(check(element({ left: 5_000 }))).toBe(false); // the page scrolls there
    styles.get(root)!.overflowX = 'hidden';
    expect(createHiddenCheck({ layout: true })(element({ left: 5_000 }))).toBe(true);
  });

  it('asks layout at most its budget, then calls everything hidden when told to fail closed', () => {
    const { element } = page();
    const open = createHiddenCheck({ layout: true, maxStyleChecks: 2 });
    const closed = createHiddenCheck({ layout: true, maxStyleChecks: 2, failClosed: true });
    const els = [element(), element(), element()];
    expect(els.map((el) => open(el))).toEqual([false, false, false]);
    expect(els.map((el) => closed(el))).toEqual([false, false, true]);
    expect(closed.styleChecks).toBe(2);
    expect(closed.exhausted).toBe(true);
  });

  it('a container holding no text of its own is asked only what hides its whole subtree', () => {
    const { element } = page();
    const check = createHiddenCheck({ layout: true });
    // Its text holders are asked about being off the page, transparent or tiny (those pass to them).
    expect(check(element({ text: false, left: -10_000, width: 500 }))).toBe(false);
    expect(check(element({ text: false, style: { color: 'transparent', webkitTextFillColor: 'transparent' } }))).toBe(false);
    // What does not show in its children's own boxes is asked of it.
    expect(check(element({ text: false, style: { opacity: '0' } }))).toBe(true);
    expect(check(element({ text: false, height: 0, style: { overflow: 'visible hidden' } }))).toBe(true);
    expect(check(element({ text: false, style: { clipPath: 'inset(50%)' } }))).toBe(true);
  });

  it('without layout: true, only the browser’s style check is asked', () => {
    const { element } = page();
    const el = element({ left: -10_000, width: 500 });
    (el as unknown as { getBoundingClientRect(): never }).getBoundingClientRect = () => {
      throw new Error('asked about layout');
    };
    expect(createHiddenCheck()(el)).toBe(false);
  });
});
