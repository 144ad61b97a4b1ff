import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, readLdTypes } from './detect-article';
import { readPage } from './read-page';

const dir = path.resolve(__dirname, '../../tests/fixtures/pages');
const load = (name: string): { doc: Document; url?: string } => {
  const html = readFileSync(path.join(dir, name), 'utf8');
  return { doc: parseHTML(html).document as unknown as Document, url: /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] };
};
const page = (head: string, body = ''): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('detectArticle', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
  for (const name of files.filter((f) => f.startsWith('non-article'))) {
    it(`${name} is not an article`, () => {
      const { doc, url } = load(name);
      expect(detectArticle(doc, url).isArticle).toBe(false);
    });
  }
  for (const name of files.filter((f) => f.startsWith('article'))) {
    it(`${name} is an article or left unsure (then metadata is still read)`, () => {
      const { doc, url } = load(name);
      const r = readPage(doc, url);
      expect(r.detection.isArticle || r.detection.confidence < 0.6).toBe(true);
      expect(r.metadata).not.toBeNull();
    });
  }
  it('cheap head signals decide: JSON-LD, og:type, article:published_time', () => {
    expect(detectArticle(page('<script type="application/ld+json">{"@type":"ReportageNewsArticle"}</script>')).signals).toContain('json-ld:article');
    expect(detectArticle(page('<meta property="og:type" content="article">')).isArticle).toBe(true);
    expect(detectArticle(page('<meta property="article:published_time" content="2024-01-01">')).isArticle).toBe(true);
    expect(detectArticle(page('<script type="application/ld+json">{"@type":["BlogPosting"]}</script>')).isArticle).toBe(true);
  });
  it('a website og:type on a root URL is decided from the head alone', () => {
    const r = detectArticle(page('<meta property="og:type" content="website">', '<article><p>x</p></article>'), 'https://a.example/');
    expect(r).toMatchObject({ isArticle: false });
  });
  it('finds JSON-LD placed in the body', () => {
    expect(detectArticle(page('', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>')).isArticle).toBe(true);
  });
  it('never throws on hostile input', () => {
    const broken = parseHTML('<html><p><<<>>></html').document as unknown as Document;
    expect(() => detectArticle(broken)).not.toThrow();
    expect(() => detectArticle(page('<script type="application/ld+json">{{{{</script>'), 'not a url')).not.toThrow();
  });
  it('fast path: a plainly non-article page is decided from its head and URL, the body never read', () => {
    // Was a wall-clock gate (< 0.5 ms median); the cost now lives in `npm run bench`. What keeps the
    // fast path fast is that it never touches the body: counted here, on any machine.
    const { doc, url } = load('non-article-home.html');
    let bodyReads = 0;
    const counted = new Proxy(doc, {
      get(target, key) {
        if (key === 'body' || key === 'documentElement') bodyReads++;
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const r = readPage(counted, url);
    expect(r.detection.isArticle).toBe(false);
    expect(r.metadata).toBeNull();
    expect(bodyReads).toBe(0);
  });
});

describe('detectArticle: template mistakes', () => {
  it('og:type=article on a home URL with many teasers is not an article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<article><h3><a href="/a${i}">Story ${i}</a></h3></article>`).join('');
    const doc = page('<meta property="og:type" content="article">', teasers);
    expect(detectArticle(doc, 'https://news.example.com/').isArticle).toBe(false);
  });
  it('an ItemList of NewsArticles is a listing', () => {
    const doc = page('<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"x"}]}</script>');
    expect(detectArticle(doc, 'https://news.example.com/world').isArticle).toBe(false);
  });
});

describe('detectArticle: pages that declare `website` are judged on what they contain', () => {
  const para = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report: the council met on Tuesday evening and discussed the new budget for the town's schools, roads and the library at some length.</p>`).join('');
  const teasers = (n: number) =>
    Array.from({ length: n }, (_, i) => `<div class="teaser"><a href="/region/council-news-item-number-${i}-today"><h3>Council news item number ${i} of today</h3></a><p>Short teaser.</p></div>`).join('');
  it('a dated, bylined report at a slugged URL is an article despite og:type website', () => {
    const doc = page('<meta property="og:type" content="website">', `<main><h1>Council approves budget</h1><p class="meta">By Anna Berg · 12.03.2025</p><div class="body">${para(6)}</div></main>`);
    const r = detectArticle(doc, 'https://town.example/news/council-approves-the-new-budget');
    expect(r.isArticle).toBe(true);
    expect(r.signals).toEqual(expect.arrayContaining(['dated', 'byline', 'headline+prose']));
  });
  it('a section front declaring og:type article is a list of headlines, not an article', () => {
    const doc = page('<meta property="og:type" content="article">', `<h1>Politik</h1>${teasers(12)}`);
    const r = detectArticle(doc, 'https://news.example/politik/');
    expect(r.isArticle).toBe(false);
    expect(r.signals.some((x) => x.startsWith('headline-list'))).toBe(true);
  });
  it('a documentation page with prose but no date or byline is not an article', () => {
    const doc = page('<meta property="og:type" content="website">', `<h1>Getting started</h1>${para(6)}`);
    expect(detectArticle(doc, 'https://docs.example.dev/guide/getting-started').isArticle).toBe(false);
  });
  it('a product page with a basket form is not an article', () => {
    const doc = page('', `<h1>Espresso machine</h1><p class="price">399 €</p><form action="/cart/add"><button>Add to cart</button></form>${para(2)}`);
    expect(detectArticle(doc, 'https://shop.example/espresso-machine-classica-steel-48211').isArticle).toBe(false);
  });
  it('article markup at a story URL with a JSON-LD VideoObject as its main type goes to the body check', () => {
    const doc = page('<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"VideoObject","name":"x"}</script>', '<video src="/v.mp4"></video><h1>Clip</h1><p>Short.</p>');
    expect(detectArticle(doc, 'https://news.example/video/2025/10/02/clip').isArticle).toBe(false);
  });
  it('a log-in box on a story page does not make it a form', () => {
    const doc = page('', `<h1>Storm hits the coast</h1><p>By Lea Roth, 2 October 2025</p><div>${para(8)}</div><div class="modal"><input type="password"></div>`);
    expect(detectArticle(doc, 'https://news.example/2025/10/02/storm-hits-the-coast').isArticle).toBe(true);
  });
});

describe('readLdTypes', () => {
  it('reads "@type" strings and arrays, in any case, with or without schema.org', () => {
    expect(readLdTypes('{"@type":"NewsArticle"}')).toEqual({ article: true, list: false, others: [] });
    expect(readLdTypes('{ "@type" : [ "Thing", "https://schema.org/ReportageNewsArticle" ] }').article).toBe(true);
    expect(readLdTypes('{"@type": "blogposting"}').article).toBe(true);
    expect(readLdTypes('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"}]}')).toEqual({ article: true, list: true, others: [] });
    expect(readLdTypes('[{"@type":"WebSite"},{"@type":"VideoObject","name":"x"}]')).toEqual({ article: false, list: false, others: ['WebSite', 'VideoObject'] });
  });
  it('ignores what is not a type: keys, other values, arrays of other types, broken text', () => {
    expect(readLdTypes('{"headline":"NewsArticle","@type":"Person"}')).toEqual({ article: false, list: false, others: [] });
    expect(readLdTypes('{"@type":["WebPage","ItemList"]}')).toEqual({ article: false, list: false, others: [] });
    expect(readLdTypes('{"@type":"WebPageElement"}').others).toEqual([]);
    expect(readLdTypes('{"@type": "News')).toEqual({ article: false, list: false, others: [] });
    expect(readLdTypes('"@type"'.repeat(10_000)).article).toBe(false);
  });
});
