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
