import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analysis/analyze-article';
import { compileMatcher } from '../match/compile-matcher';
import { matchPage } from '../match/match-page';
import { validateDossier } from '../dossier/validate';
import type { PageMetadata } from '../page/types';
import { articleSourceIdFor, draftDossier } from './draft-dossier';
import { findCountryCode, listCountryNames } from './country-names';
import type { ArticleForDraft } from './types';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

// A made-up story, in our own words: a ferry runs aground in a strait and blocks it.
const PARAGRAPHS = [
  'The ferry Northern Lantern ran aground in the Kessel Strait on Tuesday, blocking one of Norway’s busiest shipping lanes, the coastal authority said.',
  'Salvage crews from Bergen worked through the night to refloat the Northern Lantern, which carries 400 passengers, none of whom were hurt.',
  '“We expect the strait to reopen within two days,” said Ingrid Dahl, a spokeswoman for the Norwegian Coastal Administration.',
  'Dozens of cargo ships waited at both ends of the Kessel Strait as the salvage operation went on.',
  'The operator, Fjordline Holdings, said on March 2, 2024 that it had opened an inquiry into the grounding.',
];

function metadataOf(overrides: Partial<PageMetadata> = {}): PageMetadata {
  return {
    title: 'Ferry Northern Lantern runs aground in Kessel Strait, blocking shipping',
    authors: ['Kari Nilsen'],
    publisher: 'The Harbour Times',
    publishedAt: '2024-03-05',
    modifiedAt: null,
    language: 'en',
    dir: 'ltr',
    canonicalUrl: null,
    description: null,
    keywords: [],
    ...overrides,
  };
}

function articleOf(paragraphs = PARAGRAPHS, metadata = metadataOf(), url = 'https://harbour.example/2024/03/05/ferry-aground'): ArticleForDraft {
  const analysis = analyzeArticle({ text: paragraphs.join('\n\n'), paragraphs, publishedAt: metadata.publishedAt, language: metadata.language, url, title: metadata.title });
  return { url, metadata, paragraphs, links: [], analysis };
}

const NOW = '2026-01-01T00:00:00.000Z';

describe('draftDossier', () => {
  it('drafts a valid dossier sourced to the article', () => {
    const draft = draftDossier(articleOf(), { now: NOW });
    expect(validateDossier(draft.dossier).ok).toBe(true);
    for (const problem of ['no-terms', 'few-terms', 'no-date'] as const) expect(draft.problems).not.toContain(problem);
    expect(draft.dossier.title).toBe('Ferry Northern Lantern runs aground in Kessel Strait, blocking shipping');
    const article = draft.dossier.sources.find((s) => s.id === draft.articleSourceId)!;
    expect(article).toMatchObject({ publisher: 'The Harbour Times', authors: ['Kari Nilsen'], publishedAt: '2024-03-05', url: 'https://harbour.example/2024/03/05/ferry-aground' });
    expect(draft.dossier.summary.keyPoints.length).toBeGreaterThan(0);
    for (const p of draft.dossier.summary.keyPoints) expect(p.sources).toEqual([draft.articleSourceId]);
    expect(draft.dossier.claims.some((c) => c.quote?.startsWith('We expect the strait to reopen') && c.attributedTo?.includes('Ingrid Dahl'))).toBe(true);
    expect(draft.dossier.events.map((e) => e.date)).toContain('2024-03-05');
  });

  it('builds its topic from the story’s names, never from common words or the byline', () => {
    const topic = draftDossier(articleOf(), { now: NOW }).dossier.topics[0];
    const texts = topic.terms.map((t) => t.text);
    // "Strait" is also written in lower case ("the strait"): the name is "Kessel".
    expect(texts).toEqual(expect.arrayContaining(['Northern Lantern', 'Kessel']));
    for (const word of ['the', 'ferry', 'Tuesday', 'Kari Nilsen', 'The Harbour Times', 'Harbour']) expect(texts).not.toContain(word);
    // A page needs two groups, one of them the story's own.
    expect(topic.require).toMatchObject({ groups: 2 });
    expect((topic.require as { any?: string[] }).any?.length).toBeGreaterThan(0);
  });

  it('finds the story in another language through its names and its kind of event', () => {
    const draft = draftDossier(articleOf(), { now: NOW });
    const matcher = compileMatcher([draft.dossier]);
    const french = matchPage(matcher, {
      title: 'Le ferry Northern Lantern échoué dans le détroit de Kessel',
      lead: 'Le navire s’est échoué mardi, bloquant le trafic maritime en Norvège.',
      metadata: '',
      body: 'Les secours tentent de renflouer le Northern Lantern.',
      outside: '',
    });
    expect(french.some((m) => m.level === 'story')).toBe(true);
    // Japanese: the ship's name as written in the Latin alphabet, and the kind of event (座礁, ran aground).
    const japanese = matchPage(matcher, {
      title: 'フェリー「Northern Lantern」が海峡で座礁、航路が封鎖',
      lead: '沿岸当局によると、フェリーが火曜日に座礁し、乗客にけが人はいない。',
      metadata: '',
      body: '',
      outside: '',
    });
    expect(japanese.some((m) => m.level === 'story')).toBe(true);
    // The same kind of event elsewhere, with none of the story's names, is not the story.
    const elsewhere = matchPage(matcher, {
      title: 'Cargo ship runs aground near Rotterdam',
      lead: 'A container ship ran aground outside the port of Rotterdam on Friday.',
      metadata: '',
      body: 'Tugs freed the vessel after six hours.',
      outside: '',
    });
    expect(elsewhere.some((m) => m.level === 'story')).toBe(false);
  });

  it('asks a page for the kind of event, or for two of the story’s own names together', () => {
    const draft = draftDossier(articleOf(), { now: NOW });
    const matcher = compileMatcher([draft.dossier]);
    const isStory = (title: string, body: string) =>
      matchPage(matcher, { title, lead: body, metadata: '', body: '', outside: '' }).some((m) => m.level === 'story');
    // The ship and its strait, without the grounding: still the story (a follow-up on the salvage).
    expect(isStory('Northern Lantern refloated in the Kessel Strait', 'Tugs freed the Northern Lantern from the Kessel Strait.')).toBe(true);
    // The ship alone in other news, in a country the story names: not the story.
    expect(isStory('Northern Lantern gets a new paint scheme in Norway', 'The Northern Lantern was repainted in Norway this winter.')).toBe(false);
  });

  it('reads a German article’s lone capitalised nouns as nouns, and its names as names', () => {
    const paragraphs = [
      'Für die Regierung erlebt Ruritanien gerade einen bewaffneten Aufstand. Dagegen spricht Jaroslav Orlan von einem Marsch für Gerechtigkeit, und der Anführer der Vostok-Miliz konnte nach wenigen Stunden einen ersten Erfolg melden.',
      'Offenbar kontrollieren Orlans Leute den Stab des Militärbezirks in der Stadt Kresnik.',
    ];
    const metadata = metadataOf({ title: 'Aufstand in Ruritanien: Orlan marschiert', language: null });
    const topic = draftDossier(articleOf(paragraphs, metadata), { now: NOW }).dossier.topics[0];
    const texts = topic.terms.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['Jaroslav Orlan', 'Vostok']));
    for (const noun of ['Stunden', 'Erfolg', 'Gerechtigkeit', 'Regierung', 'Stadt Kresnik', 'Anführer der Vostok']) expect(texts).not.toContain(noun);
  });

  it('gives the same id to the same article, whatever the tracking parameters', () => {
    expect(articleSourceIdFor('https://harbour.example/a?utm_source=x#top')).toBe(articleSourceIdFor('https://HARBOUR.example/a/'));
  });

  it('says when nothing defines the story, and never drafts a topic that matches everything', () => {
    const plain = ['it was a quiet day and nothing much happened at all, people said, and then it rained for a while in the afternoon.'];
    const draft = draftDossier(articleOf(plain, metadataOf({ title: 'a quiet day', publishedAt: null, authors: [] })), { now: NOW });
    expect(draft.problems).toContain('no-terms');
    expect(draft.problems).toContain('no-date');
    expect(draft.problems).toContain('short-text');
    expect(draft.dossier.topics[0].terms).toEqual([]);
  });

  it('handles mixed scripts, huge articles and a missing title within bounds', () => {
    const huge = Array.from({ length: 5_000 }, (_, i) => `${PARAGRAPHS[i % PARAGRAPHS.length]} Δελτίο ${i} مرفأ`);
    const draft = draftDossier(articleOf(huge, metadataOf({ title: null })), { now: NOW });
    // Linear at most in the article's length (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const article = articleOf(huge.slice(0, n), metadataOf({ title: null }));
      return () => draftDossier(article, { now: NOW });
    }, 300, { reps: 2 });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
    expect(validateDossier(draft.dossier).ok).toBe(true);
    expect(draft.dossier.title.length).toBeGreaterThan(10);
    expect(draft.dossier.summary.keyPoints.length).toBeLessThanOrEqual(8);
    expect(draft.dossier.events.length).toBeLessThanOrEqual(25);
  });
});

describe('two followed stories that share their names', () => {
  it('shows a page as the story whose kind of event it reports, first', () => {
    const grounding = draftDossier(articleOf(), { now: NOW }).dossier;
    const fireText = [
      'Fire broke out on the ferry Northern Lantern in Bergen harbour on Sunday, and all 300 passengers were evacuated, the fire service said.',
      'The blaze started in the engine room of the Northern Lantern and was put out after four hours, Fjordline Holdings said.',
      '“Nobody was hurt,” said Ingrid Dahl, a spokeswoman for the fire service in Bergen.',
    ];
    const fire = draftDossier(
      articleOf(fireText, metadataOf({ title: 'Fire on ferry Northern Lantern in Bergen harbour', publishedAt: '2025-06-01' }), 'https://harbour.example/2025/06/01/ferry-fire'),
      { now: '2026-01-02T00:00:00.000Z' },
    ).dossier;
    expect(fire.id).not.toBe(grounding.id);
    const matches = matchPage(compileMatcher([grounding, fire]), {
      title: 'Northern Lantern fire: engine room blaze under investigation',
      lead: 'Investigators are examining how the fire started on the ferry Northern Lantern.',
      metadata: '',
      body: 'The ferry, which ran aground in the Kessel Strait last year, had been repaired in Bergen.',
      outside: '',
    }, { publishedAt: '2025-06-03' });
    expect(matches[0]?.dossierId).toBe(fire.id);
    expect(matches[0]?.level).toBe('story');
  });
});

describe('country names', () => {
  it('knows a country by its name in other languages and by its English demonym', () => {
    expect(findCountryCode('Türkei')).toBe('TR');
    expect(findCountryCode('Syrian')).toBe('SY');
    expect(findCountryCode('Lebanese')).toBe('LB');
    expect(findCountryCode('Chadwick')).toBeNull();
    const names = listCountryNames('NO').map((n) => n.text);
    expect(names).toEqual(expect.arrayContaining(['Norway', 'Norwegen', 'Norvège', 'النرويج']));
  });
});
