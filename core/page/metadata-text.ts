import type { LdNode } from './json-ld';
// Reading text and <meta> tags for the metadata extractor: bounded visible text of an element,
// entity decoding, JSON-LD string values, document order.

export type MetaMap = Map<string, string[]>;

/** name/property/itemprop/http-equiv (lower case) -> contents, in document order. */
export function readMetaTags(doc: Document): MetaMap {
  // RDFa `property` values rank before `name` ones for the same key.
  const byProperty: MetaMap = new Map();
  const byOther: MetaMap = new Map();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const el = metas[i];
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    if (content == null) continue;
    const value = content.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const keys = el.getAttribute(attr);
      if (!keys) continue;
      // RDFa allows several space-separated properties.
      for (const rawKey of keys.toLowerCase().split(/\s+/)) {
        if (!rawKey) continue;
        // Dublin Core appears as dc:title, DC.title, dcterm:title and dcterms.title.
        const key = rawKey.replace(/^(dc|dcterms?)[:.]/, (_, p: string) => (p === 'dc' ? 'dc.' : 'dcterms.'));
        const map = attr === 'property' ? byProperty : byOther;
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
      }
    }
  }
  for (const [k, v] of byOther) byProperty.set(k, (byProperty.get(k) ?? []).concat(v));
  return byProperty;
}

export const first = (meta: MetaMap, keys: string[]): string | null => {
  for (const k of keys) {
    const v = meta.get(k);
    if (v?.length) return v[0];
  }
  return null;
};

export const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return str(o['@value'] ?? o.name);
  }
  return null;
};

export const safeCodePoint = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

export const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&#(\d{1,7});/g, (_, n) => safeCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, h) => safeCodePoint(parseInt(h, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'ABBR', 'TIME', 'SUB', 'SUP', 'U', 'FONT', 'MARK', 'CITE', 'Q', 'LABEL', 'BDI', 'BDO']);
export const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * Visible-ish text of an element, bounded, with a space where a <br> or block
 * boundary sits ("News24<br>13 Jan 2020" must not read "News2413 Jan 2020").
 */
export function textOf(el: Element | null | undefined, max = 400): string {
  if (!el) return '';
  const parts: string[] = [];
  let len = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    if (len > max * 2 || ++visited > 5000) return;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      len += v.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (SKIP_TEXT.has(tag)) return;
    const block = !INLINE.has(tag);
    if (block) parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push(' ');
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** True when `el` comes after `ref` in document order. */
export function isAfter(el: Element, ref: Element): boolean {
  try {
    return (ref.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
  } catch {
    return false;
  }
}

/** The last `max` characters of an element's text, skipping scripts and styles (footers end with the copyright line). */
export function lastText(el: Element, max: number): string {
  const parts: string[] = [];
  let len = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    if (len > max || ++visited > 3000) return;
    if (node.nodeType === 3) {
      // Line breaks inside a text node are layout, not the end of the line.
      const v = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      parts.push(v);
      len += v.length;
      return;
    }
    const tag = (node as Element).tagName;
    if (node.nodeType !== 1 || SKIP_TEXT.has(tag)) return;
    const sep = INLINE.has(tag) ? '' : '\n';
    parts.push(sep);
    for (let c = node.lastChild; c; c = c.previousSibling) walk(c);
    parts.push(sep);
  };
  walk(el);
  return parts.reverse().join('');
}
