import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from './hidden-paint';
import { createHiddenCheck } from './hidden-text';

// Text the colour of its background, covered by another element, or pushed out by text-indent. Node has no
// layout or hit testing, so the browser's answers (computed style, boxes, elementFromPoint) are faked, as
// in hidden-layout.test.ts; the e2e test tests/e2e/hidden-paint.test.ts asks real Chromium.

interface Node0 {
  tag?: string;
  parent?: Element | null;
  style?: Partial<Record<string, string>>;
  box?: { left?: number; top?: number; width?: number; height?: number };
  text?: string | null;
}

const BASE: Record<string, string> = {
  display: 'block', opacity: '1', position: 'static', overflow: 'visible', clip: 'auto', clipPath: 'none', fontSize: '16px',
  color: 'rgb(20, 20, 20)', webkitTextFillColor: 'rgb(20, 20, 20)', backgroundColor: 'rgba(0, 0, 0, 0)', backgroundImage: 'none',
  backgroundClip: 'border-box', textIndent: '0px', textShadow: 'none', mixBlendMode: 'normal', colorScheme: 'normal',
};

function page(options: { viewport?: { width: number; height: number } } = {}) {
  const styles = new Map<unknown, Record<string, string>>();
  let styleCalls = 0;
  let hit: (x: number, y: number) => Element | null = () => null;
  let stack: (x: number, y: number) => Element[] = () => [];
  const view = {
    scrollX: 0,
    scrollY: 0,
    innerWidth: options.viewport?.width ?? 1200,
    innerHeight: options.viewport?.height ?? 800,
    getComputedStyle: (el: unknown) => {
      styleCalls++;
      return styles.get(el) ?? { ...BASE };
    },
  };
  const doc = {
    documentElement: null as unknown as Element,
    body: null as unknown as Element,
    defaultView: view,
    elementFromPoint: (x: number, y: number) => hit(x, y),
    elementsFromPoint: (x: number, y: number) => stack(x, y),
  };
  const make = (n: Node0 = {}): Element => {
    const { left = 10, top = 10, width = 600, height = 40 } = n.box ?? {};
    const el: Record<string, unknown> = {
      tagName: n.tag ?? 'P',
      firstChild: n.text === null ? null : { nodeType: 3, nodeValue: n.text ?? 'Words a reader would read on the page', nextSibling: null },
      textContent: n.text ?? 'Words a reader would read on the page',
      ownerDocument: doc,
      parentElement: n.parent ?? null,
      hasAttribute: () => false,
      getAttribute: () => null,
      checkVisibility: () => true,
      getBoundingClientRect: () => ({ left, top, width, height, right: left + width, bottom: top + height }),
    };
    el.contains = (other: Element | null) => {
      for (let node = other as Record<string, unknown> | null; node; node = node.parentElement as Record<string, unknown> | null) if (node === el) return true;
      return false;
    };
    styles.set(el, { ...BASE, ...n.style } as Record<string, string>);
    return el as unknown as Element;
  };
  const html = make({ tag: 'HTML', text: null, style: { backgroundColor: 'rgb(255, 255, 255)' } });
  const body = make({ tag: 'BODY', text: null, parent: html });
  doc.documentElement = html;
  doc.body = body;
  return {
    make,
    body,
    styleCalls: () => styleCalls,
    onHit: (f: typeof hit) => (hit = f),
    onStack: (f: typeof stack) => (stack = f),
  };
}

describe('colours as computed style gives them', () => {
  it('reads rgb, rgba, the space syntax and transparent; not what it cannot compare', () => {
    expect(parseColour('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 0.5]);
    expect(parseColour('rgb(10 20 30 / 40%)')).toEqual([10, 20, 30, 0.4]);
    expect(parseColour('transparent')).toEqual([0, 0, 0, 0]);
    expect(parseColour('oklch(0.5 0.1 200)')).toBeNull();
  });
  it('contrast: the same colour is 1, black on white 21', () => {
    expect(contrastRatio([255, 255, 255, 1], [255, 255, 255, 1])).toBe(1);
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5);
  });
});

describe('text the colour of what lies behind it', () => {
  it('white on the white page, or on a white box, is hidden; dark on white is read', () => {
    const { make, body } = page();
    const check = createHiddenCheck({ layout: true });
    const white = { color: 'rgb(255, 255, 255)', webkitTextFillColor: 'rgb(255, 255, 255)' };
    expect(check(make({ parent: body, style: white, box: { top: 2000 } }))).toBe(true);
    const box = make({ parent: body, text: null, style: { backgroundColor: 'rgb(250, 250, 250)' } });
    expect(check(make({ parent: box, style: { color: 'rgb(251, 251, 251)', webkitTextFillColor: 'rgb(251, 251, 251)' }, box: { top: 2000 } }))).toBe(true);
    // Faint but readable grey, yellow on white (low contrast, another hue), and ordinary text, stay.
    expect(check(make({ parent: body, style: { color: 'rgb(255, 255, 0)', webkitTextFillColor: 'rgb(255, 255, 0)' }, box: { top: 2000 } }))).toBe(false);
    expect(check(make({ parent: body, style: { color: 'rgb(200, 200, 200)', webkitTextFillColor: 'rgb(200, 200, 200)' }, box: { top: 2000 } }))).toBe(false);
    expect(check(make({ parent: body, box: { top: 2000 } }))).toBe(false);
  });
  it('nearly transparent text over the background is as good as its colour', () => {
    const { make, body } = page();
    const check = createHiddenCheck({ layout: true });
    const faint = { color: 'rgba(0, 0, 0, 0.02)', webkitTextFillColor: 'rgba(0, 0, 0, 0.02)' };
    expect(check(make({ parent: body, style: faint, box: { top: 2000 } }))).toBe(true);
  });
  it('white text on a dark box, over a picture, with a shadow or laid over something stays', () => {
    const { make, body, onStack } = page();
    const check = createHiddenCheck({ layout: true });
    const white = { color: 'rgb(255, 255, 255)', webkitTextFillColor: 'rgb(255, 255, 255)' };
    const dark = make({ parent: body, text: null, style: { backgroundColor: 'rgb(10, 10, 10)' } });
    expect(check(make({ parent: dark, style: white, box: { top: 2000 } }))).toBe(false);
    const hero = make({ parent: body, text: null, style: { backgroundImage: 'url("photo.jpg")' } });
    expect(check(make({ parent: hero, style: white, box: { top: 2000 } }))).toBe(false);
    expect(check(make({ parent: body, style: { ...white, textShadow: 'rgb(0, 0, 0) 1px 1px 2px' }, box: { top: 2000 } }))).toBe(false);
    // Below the first screen, a headline positioned over a photo is not called hidden.
    const overlay = make({ parent: body, text: null, style: { position: 'absolute' } });
    expect(check(make({ parent: overlay, style: white, box: { top: 2000 } }))).toBe(false);
    // On the first screen the hit test shows the photo under the headline.
    const photo = make({ tag: 'IMG', parent: body, text: null });
    const headline = make({ parent: body, style: white, box: { top: 100 } });
    onStack(() => [headline, photo, body]);
    expect(check(headline)).toBe(false);
    // …and nothing but the page under planted words.
    const planted = make({ parent: body, style: white, box: { top: 300 } });
    onStack(() => [planted, body]);
    expect(check(planted)).toBe(true);
  });
  it('a page that asks for a dark scheme has no white canvas to compare with', () => {
    const { make, body } = page();
    const check = createHiddenCheck({ layout: true });
    const html = (body as unknown as { parentElement: Element }).parentElement;
    const root = (html as unknown as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): Record<string, string> } } }).ownerDocument.defaultView.getComputedStyle(html);
    root.backgroundColor = 'rgba(0, 0, 0, 0)';
    root.colorScheme = 'dark';
    expect(check(make({ parent: body, style: { color: 'rgb(255, 255, 255)', webkitTextFillColor: 'rgb(255, 255, 255)' }, box: { top: 2000 } }))).toBe(false);
  });
});

describe('text covered by another element, and pushed out by text-indent', () => {
  it('an opaque box laid over the text hides it; a translucent one, a fixed bar or the text itself on top do not', () => {
    const { make, body, onHit } = page();
    const text = make({ parent: body, box: { top: 200 } });
    const cover = make({ parent: body, text: null, style: { position: 'absolute', backgroundColor: 'rgb(255, 255, 255)' } });
    onHit(() => cover);
    expect(createHiddenCheck({ layout: true })(text)).toBe(true);
    // A cover made of a transparent wrapper around an opaque box still covers.
    const inner = make({ parent: cover, text: null });
    onHit(() => inner);
    expect(createHiddenCheck({ layout: true })(text)).toBe(true);
    const veil = make({ parent: body, text: null, style: { position: 'absolute', backgroundColor: 'rgba(0, 0, 0, 0.4)' } });
    onHit(() => veil);
    expect(createHiddenCheck({ layout: true })(text)).toBe(false);
    const bar = make({ parent: body, text: null, style: { position: 'fixed', backgroundColor: 'rgb(255, 255, 255)' } });
    onHit(() => bar);
    expect(createHiddenCheck({ layout: true })(text)).toBe(false);
    onHit(() => text);
    expect(createHiddenCheck({ layout: true })(text)).toBe(false);
    // A box of the flow that a broken layout lets overlap, and a frame (its document may be transparent), do not.
    const flow = make({ parent: body, text: null, style: { backgroundColor: 'rgb(255, 255, 255)' } });
    onHit(() => flow);
    expect(createHiddenCheck({ layout: true })(text)).toBe(false);
    const frame = make({ tag: 'IFRAME', parent: body, text: null, style: { position: 'absolute' } });
    onHit(() => frame);
    expect(createHiddenCheck({ layout: true })(text)).toBe(false);
  });
  it('text outside the viewport is not hit-tested (the browser cannot say), nor short labels', () => {
    const { make, body, onHit } = page();
    const cover = make({ parent: body, text: null, style: { backgroundColor: 'rgb(255, 255, 255)' } });
    onHit(() => cover);
    const check = createHiddenCheck({ layout: true });
    expect(check(make({ parent: body, box: { top: 5000 } }))).toBe(false);
    expect(check(make({ parent: body, text: 'Home', box: { top: 100 } }))).toBe(false);
    expect(check.styleChecks).toBe(2);
  });
  it('text-indent far left hides a short text, not a long paragraph whose later lines show', () => {
    const { make, body } = page();
    const check = createHiddenCheck({ layout: true });
    expect(check(make({ parent: body, style: { textIndent: '-9999px' }, box: { top: 2000 } }))).toBe(true);
    expect(check(make({ parent: body, style: { textIndent: '-9999px' }, text: 'word '.repeat(3000), box: { top: 2000 } }))).toBe(false);
    expect(check(make({ parent: body, style: { textIndent: '-2em' }, box: { top: 2000 } }))).toBe(false);
  });
});

describe('bounded on a page of 10,000 planted elements', () => {
  it('reads each background once and hit-tests at most its budget, however many texts there are', () => {
    const run = (count: number) => {
      const { make, body, onHit, styleCalls } = page();
      const cover = make({ parent: body, text: null, style: { position: 'absolute', backgroundColor: 'rgb(255, 255, 255)' } });
      let hits = 0;
      onHit(() => {
        hits++;
        return cover;
      });
      const wrap = make({ parent: body, text: null, style: { backgroundColor: 'rgb(255, 255, 255)' } });
      const check = createHiddenCheck({ layout: true, maxStyleChecks: 50_000 });
      let hidden = 0;
      const before = styleCalls();
      for (let i = 0; i < count; i++) {
        // Alternately white-on-white (colour) and covered (hit test) text, all on the first screen.
        const white = i % 2 === 0 ? { color: 'rgb(255, 255, 255)', webkitTextFillColor: 'rgb(255, 255, 255)' } : {};
        if (check(make({ parent: wrap, style: white, box: { top: 100 + (i % 600) } }))) hidden++;
      }
      return { hidden, hits, styleReads: styleCalls() - before };
    };
    const small = run(100);
    const big = run(10_000);
    // Hit tests stop at the budget: the big page costs no more of them than a small one that used it up.
    expect(big.hits).toBeLessThanOrEqual(200);
    expect(big.hits).toBeLessThanOrEqual(Math.max(small.hits, 1) * 4);
    // Style reads grow with the page, not faster: per element, about what the small page paid.
    expect(big.styleReads / 10_000).toBeLessThanOrEqual((small.styleReads / 100) * 1.5);
    // The white-on-white half is found everywhere; covered text only as far as the hit tests reach.
    expect(big.hidden).toBeGreaterThanOrEqual(5_000);
  });
});
