import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { readPage } from './read-page';

const page = (head: string, body: string): Document =>
  parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const ARTICLE = page(
  `<title>Harbour ferry plan approved | Coast Daily</title>
   <meta property="og:type" content="article"><meta property="og:site_name" content="Coast Daily">
   <script type="application/ld+json">${JSON.stringify({
     '@type': 'NewsArticle',
     headline: 'Harbour ferry plan approved',
     datePublished: '2025-03-14T08:30:00+00:00',
     author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }],
     publisher: { '@type': 'NewsMediaOrganization', name: 'Coast Daily' },
   })}</script>`,
  '<article><h1>Harbour ferry plan approved</h1><p>The council voted on Tuesday to approve the plan.</p></article>',
);

const HOME = page(
  `<title>Coast Daily - News from the coast</title><meta property="og:type" content="website">
   <script type="application/ld+json">{"@type":"WebSite","name":"Coast Daily","url":"https://coast.example/"}</script>`,
  '<nav><a href="/world">World</a> <a href="/sport">Sport</a></nav><ul><li><a href="/a">One story</a></li><li><a href="/b">Another</a></li></ul>',
);

const isTiming = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

describe('readPage', () => {
  it('reads an article: detection, metadata and timings', () => {
    const r = readPage(ARTICLE, 'https://coast.example/news/2025/03/14/harbour-ferry-plan-approved');
    expect(r.detection.isArticle).toBe(true);
    expect(r.metadata).toMatchObject({ title: 'Harbour ferry plan approved', authors: ['Jane Doe', 'John Roe'], publisher: 'Coast Daily' });
    expect(r.metadata?.publishedAt?.slice(0, 10)).toBe('2025-03-14');
    expect(isTiming(r.timingsMs.detect) && isTiming(r.timingsMs.metadata) && isTiming(r.timingsMs.total)).toBe(true);
    expect(r.timingsMs.total).toBeGreaterThanOrEqual(r.timingsMs.detect);
  });

  it('does no metadata work on a plain non-article (home page)', () => {
    // Metadata extraction starts with document-wide queries; the fast path makes none.
    const query = vi.spyOn(HOME, 'querySelectorAll');
    const queryOne = vi.spyOn(HOME, 'querySelector');
    const r = readPage(HOME, 'https://coast.example/');
    expect(r.detection.isArticle).toBe(false);
    expect(r.detection.confidence).toBeGreaterThanOrEqual(0.6);
    expect(r.metadata).toBeNull();
    expect(query).not.toHaveBeenCalled();
    expect(queryOne).not.toHaveBeenCalled();
    expect(isTiming(r.timingsMs.detect) && isTiming(r.timingsMs.total)).toBe(true);
    expect(r.timingsMs).not.toHaveProperty('metadata');
  });

  it('still reads metadata when the detector is unsure', () => {
    const bare = page('<title>Notes</title>', '<p>A short page with no article markup at all.</p>');
    const r = readPage(bare, 'https://example.org/notes');
    expect(r.detection.isArticle).toBe(false);
    expect(r.detection.confidence).toBeLessThan(0.6);
    expect(r.metadata).toMatchObject({ title: 'Notes', authors: [], publisher: null });
    expect(isTiming(r.timingsMs.metadata)).toBe(true);
  });

  it('never throws on an empty document or a missing URL', () => {
    const empty = parseHTML('').document as unknown as Document;
    expect(() => readPage(empty)).not.toThrow();
    expect(readPage(empty).detection.isArticle).toBe(false);
  });
});
