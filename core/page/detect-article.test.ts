import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect-article';
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
  it('fast path stays well under 0.5 ms median on a non-article page', () => {
    const { doc, url } = load('non-article-home.html');
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      readPage(doc, url);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[100]).toBeLessThan(0.5);
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
