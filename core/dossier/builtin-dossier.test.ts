// Content checks of the built-in dossier against what issue 2 asks of it (sources as the seed
// names them, dates resolved against the article's date). Validation itself is in validate.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dossier } from './types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dossier = JSON.parse(
  readFileSync(path.join(repoRoot, 'dossiers/microsoft-unit-8200-azure.dossier.json'), 'utf8'),
) as Dossier;

describe('built-in dossier microsoft-unit-8200-azure', () => {
  it('has the agreed id, prose language and date', () => {
    expect(dossier.id).toBe('microsoft-unit-8200-azure');
    expect(dossier.updatedAt).toBe('2025-09-29');
    expect(dossier.language).toBe('en');
  });

  it('names the four sources the seed names, with their kinds', () => {
    const byKind = (kind: string) => dossier.sources.filter((s) => s.kind === kind);
    const khaberni = dossier.sources.find((s) => s.publisher === 'Khaberni');
    expect(khaberni).toMatchObject({ kind: 'news-report', publishedAt: '2025-09-29', language: 'ar' });
    expect(khaberni?.url).toBeUndefined(); // no URL is known; none is invented
    expect(dossier.sources.some((s) => s.publisher === 'The Guardian' && ['news-report', 'investigation'].includes(s.kind))).toBe(true);
    expect(byKind('internal-email').map((s) => s.authors)).toEqual([['Brad Smith']]);
    expect(byKind('social-post').map((s) => s.publisher)).toEqual(['No Azure for Apartheid']);
  });

  it('cites every source at least once', () => {
    const cited = new Set(
      [...dossier.summary.keyPoints, ...dossier.claims, ...dossier.events, ...(dossier.summary.openQuestions ?? [])].flatMap(
        (item) => item.sources ?? [],
      ),
    );
    for (const source of dossier.sources) expect(cited.has(source.id), source.id).toBe(true);
  });

  it('lists the actors the seed names', () => {
    const names = dossier.summary.actors.map((a) => a.name);
    for (const name of ['Microsoft', 'Unit 8200', 'Brad Smith', 'The Guardian', 'Amazon', 'No Azure for Apartheid']) {
      expect(names).toContain(name);
    }
    expect(names.some((n) => /israeli (army|military)/i.test(n))).toBe(true);
    expect(names.some((n) => /united nations|UN /i.test(n))).toBe(true);
  });

  it('has one story topic and related topics with terms in six languages', () => {
    expect(dossier.topics.filter((t) => t.level === 'story')).toHaveLength(1);
    expect(dossier.topics.filter((t) => t.level === 'related').length).toBeGreaterThanOrEqual(1);
    const story = dossier.topics.find((t) => t.level === 'story')!;
    const langs = new Set(story.terms.map((t) => t.lang));
    for (const lang of ['en', 'ar', 'fr', 'de', 'he', 'es']) expect(langs.has(lang), lang).toBe(true);
  });

  it('keeps an open question about whether access stopped entirely', () => {
    expect(dossier.summary.openQuestions?.some((q) => /entirely|completely/i.test(q.text))).toBe(true);
  });
});
