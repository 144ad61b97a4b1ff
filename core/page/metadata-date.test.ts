import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata';

const doc = (body: string): Document => parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;
const NOW = Date.parse('2025-12-01T00:00:00Z');

describe('publication date nearest the byline', () => {
  it("prefers the <time> under the headline to the header's date of today", () => {
    const d = doc('<header><time datetime="2025-10-02">Thursday, 2 October 2025</time></header><main><h1>Storm hits the coast</h1><p class="byline">By Lea Roth <time datetime="2025-09-28T10:00:00+02:00">28 Sept</time></p><p>Text.</p></main>');
    expect(extractMetadata(d, 'https://ex.com/news/storm-hits-the-coast', { now: NOW }).publishedAt?.slice(0, 10)).toBe('2025-09-28');
  });
  it('falls back to the date in the URL path when the page gives none', () => {
    const d = doc('<main><h1>Storm hits the coast</h1><p>Text without any date.</p></main>');
    expect(extractMetadata(d, 'https://ex.com/2025/09/27/storm-hits-the-coast', { now: NOW }).publishedAt).toBe('2025-09-27');
  });
});
