import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze-article';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const repoRoot = path.resolve(__dirname, '../..');
const SEED = path.resolve(repoRoot, '../shared/seed/000_a35944af1f251869.txt');
const hasSeed = existsSync(SEED);

describe.skipIf(!hasSeed)('analyzeArticle on the seed article (needs ../shared/seed beside the repo)', () => {
  const text = hasSeed ? readFileSync(SEED, 'utf8') : '';
  const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const result = analyzeArticle({ text, paragraphs, publishedAt: '2025-09-29', language: 'en' });

  it('cites The Guardian as a news outlet', () => {
    expect(result.citedSources).toContainEqual(expect.objectContaining({ name: 'The Guardian', kind: 'news-outlet' }));
    const guardian = result.citedSources.filter((s) => /guardian/i.test(s.name));
    expect(guardian).toHaveLength(1); // four mentions, one source
    expect(guardian[0].evidence.length).toBeGreaterThanOrEqual(3);
  });

  it("cites the internal email of Microsoft's president Brad Smith as a document", () => {
    const email = result.citedSources.find((s) => s.kind === 'document' && /internal email/i.test(s.name));
    expect(email?.name).toMatch(/Brad Smith/);
    expect(email?.evidence[0]).toMatch(/President, Brad Smith/);
  });

  it('cites the "No Azure for Apartheid" account on X as a social post', () => {
    expect(result.citedSources).toContainEqual(expect.objectContaining({ name: 'No Azure for Apartheid on X', kind: 'social-post' }));
  });

  it("finds Brad Smith's quote with its speaker, and no scare-quoted names", () => {
    const quote = result.quotes.find((q) => q.text.startsWith('We do not provide technology that facilitates mass surveillance of civilians.'));
    expect(quote?.speaker).toBe('Brad Smith');
    expect(quote?.text).toMatch(/more than two decades\.$/);
    expect(result.quotes.map((q) => q.text)).not.toContain('Azure');
    expect(result.quotes.map((q) => q.text)).not.toContain('No Azure for Apartheid');
  });

  it('dates events in 2021, August 2025 and late September 2025', () => {
    const has = (date: string, precision: string, qualifier: string | null = null) =>
      result.events.some((e) => e.date === date && e.precision === precision && e.qualifier === qualifier);
    expect(has('2021', 'year')).toBe(true);
    expect(has('2025-08', 'month')).toBe(true);
    expect(has('2025-09', 'month', 'late')).toBe(true);
    expect(result.events.find((e) => e.date === '2025-08')?.text).toBe('last August');
  });

  it('drops the header widget date and the publication line', () => {
    expect(result.events.some((e) => e.date?.startsWith('2025-12'))).toBe(false);
    expect(result.events.some((e) => /12:59|ديسمبر/.test(e.sentence))).toBe(false);
  });

  it('picks 3–5 key points from the article text, lead first', () => {
    expect(result.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(result.keyPoints.length).toBeLessThanOrEqual(5);
    expect(result.keyPoints[0]).toMatch(/^Khaberni - Microsoft announced/);
    for (const k of result.keyPoints) expect(text).toContain(k);
  });
});

describe('analyzeArticle on the hand-written fixtures', () => {
  const dir = path.join(repoRoot, 'tests/fixtures/articles');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${file}: finds most expected sources and events`, () => {
      const fx = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const result = analyzeArticle({ ...fx, text: fx.text ?? fx.paragraphs.join('\n\n') });
      const resolved = fx.expected.events.filter((e: { date: string | null }) => e.date);
      const foundEvents = resolved.filter((w: { date: string; precision: string }) => result.events.some((g) => g.date === w.date && g.precision === w.precision));
      expect(foundEvents.length / Math.max(1, resolved.length)).toBeGreaterThanOrEqual(0.75);
      expect(result.citedSources.length).toBeGreaterThan(0);
    });
  }
});

describe('analyzeArticle on hostile input', () => {
  it('returns empty results for empty or malformed input without throwing', () => {
    expect(analyzeArticle({ text: '', publishedAt: null, language: null })).toEqual({ keyPoints: [], citedSources: [], quotes: [], events: [] });
    const bad = { text: 42, paragraphs: [null, 7], links: [{ href: 3 }], publishedAt: 'not a date', language: null } as unknown as Parameters<typeof analyzeArticle>[0];
    expect(() => analyzeArticle(bad)).not.toThrow();
  });

  it('stays bounded on a huge page', () => {
    const sentence = 'The ministry said on Monday, 3 March 2025, that “prices will rise again next year,” according to Reuters. ';
    const text = sentence.repeat(8000);
    const result = analyzeArticle({ text, publishedAt: '2025-03-05', language: 'en' });
    // Linear in the page's length (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const page = sentence.repeat(n);
      return () => analyzeArticle({ text: page, publishedAt: '2025-03-05', language: 'en' });
    }, 250, { reps: 2 });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
    expect(result.events.length).toBeLessThanOrEqual(300);
    expect(result.quotes.length).toBeLessThanOrEqual(200);
  });
});
