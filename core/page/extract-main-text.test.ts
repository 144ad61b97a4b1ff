import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMainText } from './extract-main-text';

describe('extractMainText', () => {
  it('returns paragraphs and does not touch the live document', () => {
    const html = readFileSync(path.resolve(__dirname, '../../tests/fixtures/pages/article-french-og.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const r = extractMainText(doc);
    expect(r).not.toBeNull();
    expect(r!.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(r!.text).toContain('harbour');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  it('returns null for an empty page', () => {
    const doc = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(extractMainText(doc)).toBeNull();
  });
});

describe('extractMainText reads the article it parsed, without innerHTML', () => {
  it('returns the nested blocks once each, and only http(s) links', () => {
    const body = `<article><h1>Harbour closes</h1>${'<p>The harbour authority closed the port on Monday after a storm damaged the breakwater, officials said. </p>'.repeat(4)}
      <blockquote><p>We will reopen when it is safe, said the harbour master.</p></blockquote>
      <ul><li>Ferries cancelled <a href="https://ferry.example/notice">notice</a></li><li>Cargo rerouted <a href="javascript:alert(1)">x</a></li></ul>
      <p>More at <a href="http://port.example/">the port</a>.</p></article>`;
    const doc = parseHTML(`<html><head><title>Harbour closes</title></head><body>${body}</body></html>`).document as unknown as Document;
    const r = extractMainText(doc)!;
    expect(r.paragraphs.filter((p) => p.startsWith('We will reopen'))).toHaveLength(1);
    expect(r.paragraphs).toContain('Ferries cancelled notice');
    expect(r.links).toEqual([
      { href: 'https://ferry.example/notice', text: 'notice' },
      { href: 'http://port.example/', text: 'the port' },
    ]);
    expect(r.html).toContain('readability-page-1');
  });

  it('never assigns innerHTML (Mozilla’s add-on linter flags it in the Firefox package)', () => {
    const source = readFileSync(path.resolve(__dirname, 'extract-main-text.ts'), 'utf8');
    expect(source).not.toMatch(/\.innerHTML\s*=/);
  });
});
