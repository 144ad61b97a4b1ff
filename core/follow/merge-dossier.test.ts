import { describe, expect, test } from 'vitest';
import { DOSSIER_FORMAT, DOSSIER_VERSION, type Dossier, type DossierEvent, type KeyPoint, type Source } from '../dossier/types';
import { formatDossierErrors, validateDossier } from '../dossier/validate';
import { mergeDraft, MERGE_LIMITS } from './merge-dossier';
import { normalizeSourceUrl } from './merge-sources';
import { isCompatibleDate } from './merge-events';
import type { DraftResult, MergeResult } from './types';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const NOW = '2025-10-01T09:00:00.000Z';
const GUARDIAN_URL = 'https://www.theguardian.com/world/2025/aug/06/microsoft-israeli-military-palestinian-phone-calls-cloud';
const MAG_URL = 'https://www.972mag.com/microsoft-azure-8200-cloud';

function makeDossier(parts: Partial<Dossier> & { keyPoints?: KeyPoint[]; actors?: Dossier['summary']['actors'] } = {}): Dossier {
  const { keyPoints, actors, ...rest } = parts;
  return {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    id: 'microsoft-unit-8200',
    title: 'Microsoft and Unit 8200',
    language: 'en',
    updatedAt: '2025-08-06',
    topics: [
      {
        id: 'story',
        label: 'Microsoft and Unit 8200',
        level: 'story',
        terms: [
          { text: 'Microsoft', group: 'company', weight: 2 },
          { text: 'Unit 8200', group: 'unit', weight: 3 },
          { text: 'Azure' },
          { text: 'Israeli military', group: 'military' },
        ],
        require: { groups: 2, score: 4 },
      },
    ],
    summary: { headline: 'Unit 8200 kept Palestinian calls on Azure.', keyPoints: keyPoints ?? [], actors: actors ?? [] },
    claims: [],
    sources: [{ id: 'guardian', title: 'Revealed: Israeli military stored Palestinian calls on Azure', publisher: 'The Guardian', kind: 'investigation', url: GUARDIAN_URL }],
    events: [],
    ...rest,
  };
}

/** A draft of one more article: its own source is `article`, as draftDossier names it. */
function makeDraft(parts: Partial<Dossier> & { keyPoints?: KeyPoint[]; actors?: Dossier['summary']['actors']; url?: string; publisher?: string } = {}): DraftResult {
  const { keyPoints, actors, url, publisher, sources, ...rest } = parts;
  const article: Source = { id: 'article', title: 'Microsoft and the army’s cloud', publisher: publisher ?? '+972 Magazine', kind: 'news-report', url: url ?? MAG_URL };
  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    id: 'followed-draft',
    title: 'Draft title that must not win',
    language: 'en',
    updatedAt: NOW,
    topics: [{ id: 'story', label: 'Draft', level: 'story', terms: [{ text: 'Microsoft' }, { text: 'Unit 8200' }] }],
    summary: { headline: 'Draft headline that must not win', keyPoints: keyPoints ?? [], actors: actors ?? [] },
    claims: [],
    sources: [article, ...(sources ?? [])],
    events: [],
    ...rest,
  };
  return { dossier, articleSourceId: 'article', problems: [] };
}

/** Every merge result must be a dossier the extension can store. */
function mergeValid(base: Dossier, incoming: DraftResult, learnSpellings = false): MergeResult {
  const result = mergeDraft(base, incoming, { now: NOW, learnSpellings });
  const validation = validateDossier(structuredClone(result.dossier));
  if (!validation.ok) throw new Error(`invalid merge result:\n${formatDossierErrors(validation.errors)}`);
  return result;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function event(id: string, date: string, title: string, sources: string[], more: Partial<DossierEvent> = {}): DossierEvent {
  return { id, date, title, sources, ...more };
}

const STORED = 'Unit 8200 stored millions of intercepted Palestinian phone calls on Azure servers in Europe.';
const STORED_PARAPHRASE = 'Millions of Palestinian calls intercepted by Unit 8200 were stored on Azure servers in the Netherlands and Ireland.';
const CUT_OFF = "Microsoft cut off Unit 8200's access to its Azure cloud after the revelations.";
const CUT_OFF_FR = "Microsoft a coupé l'accès de l'unité 8200 à son cloud Azure après les révélations.";
const CUT_OFF_AR = 'أوقفت مايكروسوفت وصول الوحدة 8200 إلى خدمة أزور السحابية بعد الكشف.';

describe('key points', () => {
  test('a near-duplicate point becomes one point with both sources; the story keeps its wording', () => {
    const base = makeDossier({ keyPoints: [{ text: STORED, sources: ['guardian'] }] });
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: STORED_PARAPHRASE, sources: ['article'] }] }));
    expect(result.dossier.summary.keyPoints).toEqual([{ text: STORED, sources: ['guardian', 'article'] }]);
    expect(result.added.keyPoints).toBe(0);
    expect(result.added.sources).toBe(1);
  });

  test('a paraphrase that says less (contained in the base point) merges too', () => {
    const base = makeDossier({ keyPoints: [{ text: STORED, sources: ['guardian'] }] });
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: 'Intercepted Palestinian phone calls were stored on Azure.', sources: ['article'] }] }));
    expect(result.dossier.summary.keyPoints).toHaveLength(1);
    expect(result.dossier.summary.keyPoints[0].sources).toEqual(['guardian', 'article']);
  });

  test('a new point is appended with its provenance', () => {
    const base = makeDossier({ keyPoints: [{ text: STORED, sources: ['guardian'] }] });
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: CUT_OFF, sources: ['article'] }] }));
    expect(result.dossier.summary.keyPoints).toEqual([
      { text: STORED, sources: ['guardian'] },
      { text: CUT_OFF, sources: ['article'], addedAt: NOW },
    ]);
    expect(result.added.keyPoints).toBe(1);
  });

  test('a short point inside a long one is a sub-fact, not the same point (real coverage, Myanmar 2021)', () => {
    const long = 'As Ms Suu Kyi’s children are foreign nationals, she operates as the party’s de facto leader, with President Win Myint, who was also detained, officially in charge.';
    const base = makeDossier({ keyPoints: [{ text: long, sources: ['guardian'] }] });
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: 'The country’s president, Win Myint, along with several others, were also detained.', sources: ['article'] }] }));
    expect(result.dossier.summary.keyPoints).toHaveLength(2);
    expect(result.dossier.summary.keyPoints[0].sources).toEqual(['guardian']);
  });

  test('the same fact in French or Arabic stays a separate point (cognates are not enough), English paraphrase merges', () => {
    const base = makeDossier({ keyPoints: [{ text: CUT_OFF, sources: ['guardian'] }] });
    const french = mergeValid(base, makeDraft({ language: 'fr', keyPoints: [{ text: CUT_OFF_FR, sources: ['article'] }] }));
    expect(french.dossier.summary.keyPoints.map((p) => p.text)).toEqual([CUT_OFF, CUT_OFF_FR]);
    const arabic = mergeValid(base, makeDraft({ language: 'ar', keyPoints: [{ text: CUT_OFF_AR, sources: ['article'] }] }));
    expect(arabic.dossier.summary.keyPoints.map((p) => p.text)).toEqual([CUT_OFF, CUT_OFF_AR]);
    const english = mergeValid(base, makeDraft({ keyPoints: [{ text: 'After the revelations, Microsoft cut off the access of Unit 8200 to Azure.', sources: ['article'] }] }));
    expect(english.dossier.summary.keyPoints).toHaveLength(1);
  });

  test('two stories sharing most names: different facts about the same actors are not merged', () => {
    const base = makeDossier({ keyPoints: [{ text: STORED, sources: ['guardian'] }, { text: CUT_OFF, sources: ['guardian'] }] });
    const other = [
      'Microsoft fired two employees who protested against Azure contracts with the Israeli military.',
      'Unit 8200 moved its data from Azure to Amazon Web Services.',
      'Microsoft employees disrupted a company event to protest Unit 8200 contracts.',
    ];
    const result = mergeValid(base, makeDraft({ keyPoints: other.map((text) => ({ text, sources: ['article'] })) }));
    expect(result.dossier.summary.keyPoints.map((p) => p.text)).toEqual([STORED, CUT_OFF, ...other]);
    expect(result.dossier.summary.keyPoints[0].sources).toEqual(['guardian']);
    expect(result.added.keyPoints).toBe(3);
  });

  test('different figures for the same thing: both kept, marked disputed, one open question', () => {
    const base = makeDossier({ keyPoints: [{ text: 'At least 135 people were killed in the stampede at the stadium.', sources: ['guardian'] }] });
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: 'At least 154 people were killed in the stampede at the stadium.', sources: ['article'] }] }));
    const [first, second] = result.dossier.summary.keyPoints;
    expect(result.dossier.summary.keyPoints).toHaveLength(2);
    expect(first).toMatchObject({ disputed: true, disputedWith: [second.id] });
    expect(second).toMatchObject({ disputed: true, disputedWith: [first.id], addedAt: NOW, sources: ['article'] });
    expect(first.id).not.toBe(second.id);
    expect(result.added.disputes).toBe(1);
    const questions = result.dossier.summary.openQuestions ?? [];
    expect(questions).toHaveLength(1);
    expect(questions[0].text).toContain('135 (The Guardian)');
    expect(questions[0].text).toContain('154 (+972 Magazine)');
    expect(questions[0].sources).toEqual(['guardian', 'article']);
  });

  test('the bare example "at least 135 killed" / "at least 154 killed" is a dispute; an added number is not', () => {
    const base = makeDossier({ keyPoints: [{ text: 'At least 135 killed', sources: ['guardian'] }] });
    expect(mergeValid(base, makeDraft({ keyPoints: [{ text: 'At least 154 killed', sources: ['article'] }] })).added.disputes).toBe(1);
    const extra = mergeValid(base, makeDraft({ keyPoints: [{ text: 'At least 135 killed on 23 March', sources: ['article'] }] }));
    expect(extra.added.disputes).toBe(0);
  });

  test('different figures in different words are not a dispute (conservative)', () => {
    const base = makeDossier({ keyPoints: [{ text: 'At least 135 people were killed in the stampede at the stadium.', sources: ['guardian'] }] });
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: 'Police arrested 154 people after the match at the stadium.', sources: ['article'] }] }));
    expect(result.added.disputes).toBe(0);
    expect(result.dossier.summary.keyPoints[1].disputed).toBeUndefined();
  });

  test('one source giving two figures is updating itself, not a dispute', () => {
    const draft = makeDraft({
      keyPoints: [
        { text: 'At least 135 people were killed in the stampede at the stadium.', sources: ['article'] },
        { text: 'At least 154 people were killed in the stampede at the stadium.', sources: ['article'] },
      ],
    });
    const result = mergeValid(makeDossier(), draft);
    expect(result.added.disputes).toBe(0);
    expect(result.dossier.summary.openQuestions).toBeUndefined();
  });
});

describe('sources', () => {
  test('the same article twice: alreadyMerged, nothing changes, all counts zero', () => {
    const base = makeDossier({ keyPoints: [{ text: STORED, sources: ['guardian'] }] });
    const draft = makeDraft({ keyPoints: [{ text: CUT_OFF, sources: ['article'] }], events: [event('e1', '2025-09-25', 'Microsoft cuts off Unit 8200', ['article'])] });
    const once = mergeValid(base, draft);
    expect(once.alreadyMerged).toBe(false);
    const twice = mergeValid(once.dossier, draft);
    expect(twice.alreadyMerged).toBe(true);
    expect(twice.dossier).toEqual(once.dossier);
    expect(twice.added).toEqual({ keyPoints: 0, claims: 0, sources: 0, events: 0, terms: 0, disputes: 0 });
  });

  test('the same article under a dressed-up URL (tracking, hash, www, case, trailing slash, http) is already merged', () => {
    const base = makeDossier();
    const url = 'http://TheGuardian.com/world/2025/aug/06/microsoft-israeli-military-palestinian-phone-calls-cloud/?utm_source=twitter&utm_medium=social#comments';
    const draft = makeDraft({ url, keyPoints: [{ text: CUT_OFF, sources: ['article'] }] });
    const result = mergeValid(base, draft);
    expect(result.alreadyMerged).toBe(true);
    expect(result.dossier).toEqual(base);
  });

  test('an article without a URL is recognised by its id and title', () => {
    // A two-word title without publisher is too vague to identify a source by title alone: the id decides.
    const saved: Source = { id: 'article-abc', title: 'Army cloud', kind: 'news-report' };
    const base = makeDossier({ sources: [saved], keyPoints: [{ text: STORED, sources: ['article-abc'] }] });
    const draft = makeDraft({ keyPoints: [{ text: CUT_OFF, sources: ['article-abc'] }] });
    draft.dossier.sources = [{ ...saved }];
    expect(mergeValid(base, { ...draft, articleSourceId: 'article-abc' }).alreadyMerged).toBe(true);
    draft.dossier.sources = [{ ...saved, title: 'Another article entirely, same id' }];
    expect(mergeValid(base, { ...draft, articleSourceId: 'article-abc' }).alreadyMerged).toBe(false);
  });

  test('URL normalisation keeps what identifies the page', () => {
    expect(normalizeSourceUrl('https://Example.com/a/?utm_campaign=x&id=3&fbclid=y#top')).toBe('example.com/a?id=3');
    expect(normalizeSourceUrl('https://example.com/a?b=2&a=1')).toBe(normalizeSourceUrl('https://example.com/a?a=1&b=2'));
    expect(normalizeSourceUrl('https://example.com/a?id=3')).not.toBe(normalizeSourceUrl('https://example.com/a?id=4'));
    expect(normalizeSourceUrl('https://example.com/A')).not.toBe(normalizeSourceUrl('https://example.com/a'));
    expect(normalizeSourceUrl('javascript:alert(1)')).toBeNull();
  });

  test('a cited source the story has (by URL, or by title and publisher without URL) is referenced, not duplicated', () => {
    const base = makeDossier({
      keyPoints: [{ text: STORED, sources: ['guardian'] }],
      sources: [
        { id: 'guardian', title: 'Revealed: Israeli military stored Palestinian calls on Azure', publisher: 'The Guardian', kind: 'investigation', url: GUARDIAN_URL },
        { id: 'ms-statement', title: 'Update on our review', publisher: 'Microsoft', kind: 'statement' },
      ],
    });
    const draft = makeDraft({
      sources: [
        { id: 'cited-guardian', title: 'Guardian report', publisher: 'Guardian', kind: 'news-report', url: `${GUARDIAN_URL}/?utm_source=972#x` },
        { id: 'cited-statement', title: 'Update on our review.', publisher: 'MICROSOFT', kind: 'statement' },
      ],
      keyPoints: [{ text: CUT_OFF, sources: ['article', 'cited-guardian', 'cited-statement'] }],
    });
    const result = mergeValid(base, draft);
    expect(result.dossier.sources.map((s) => s.id)).toEqual(['guardian', 'ms-statement', 'article']);
    expect(result.dossier.summary.keyPoints[1].sources).toEqual(['article', 'guardian', 'ms-statement']);
    expect(result.added.sources).toBe(1);
    expect(result.dossier.sources[2]).toMatchObject({ addedAt: NOW, url: MAG_URL });
  });

  test('colliding ids are renamed and every reference (points, claims, events, via) rewritten', () => {
    const base = makeDossier({
      sources: [
        { id: 'article', title: 'The first article', publisher: 'The Guardian', kind: 'investigation', url: GUARDIAN_URL },
        { id: 'afp', title: 'AFP wire', publisher: 'AFP', kind: 'news-report', url: 'https://afp.com/wire/1' },
      ],
      keyPoints: [{ text: STORED, sources: ['article'] }],
      events: [event('e1', '2022', 'Unit 8200 begins storing calls on Azure', ['article'])],
      claims: [{ id: 'c1', text: 'Microsoft denies knowledge', attributedTo: 'Microsoft', sources: ['article'] }],
    });
    const draft = makeDraft({
      sources: [{ id: 'afp', title: 'Another AFP wire', publisher: 'AFP', kind: 'news-report', url: 'https://afp.com/wire/2', via: 'article' }],
      keyPoints: [{ text: CUT_OFF, sources: ['article', 'afp'] }],
      events: [event('e1', '2025-09-25', 'Microsoft cuts off Unit 8200 from Azure', ['afp'])],
      claims: [{ id: 'c1', text: 'Smith confirms the review', attributedTo: 'Brad Smith', quote: 'We are not in the business of mass surveillance', sources: ['article'] }],
    });
    const result = mergeValid(base, draft);
    const d = result.dossier;
    expect(d.sources.map((s) => s.id)).toEqual(['article', 'afp', 'article-2', 'afp-2']);
    expect(d.sources[3].via).toBe('article-2');
    expect(d.summary.keyPoints[1].sources).toEqual(['article-2', 'afp-2']);
    expect(d.events.map((e) => [e.id, e.sources])).toEqual([['e1', ['article']], ['e1-2', ['afp-2']]]);
    expect(d.claims.map((c) => [c.id, c.sources])).toEqual([['c1', ['article']], ['c1-2', ['article-2']]]);
    expect(result.added).toMatchObject({ sources: 2, keyPoints: 1, events: 1, claims: 1 });
  });

  test('bad incoming items are dropped or repaired, never break the dossier', () => {
    const draft = makeDraft({
      sources: [{ id: 'bad-link', title: 'Link', publisher: 'X', kind: 'other', url: 'javascript:alert(1)' }],
      keyPoints: [{ text: 'A point citing nothing the draft has.', sources: ['ghost'] }, { text: '', sources: ['article'] }],
      events: [event('x', '2025-13-40', 'Impossible date', ['article']), event('y', '2025-09-25', 'Cites a ghost', ['ghost'])],
    });
    const result = mergeValid(makeDossier(), draft);
    expect(result.dossier.summary.keyPoints).toEqual([]);
    expect(result.dossier.events).toEqual([]);
    expect(result.dossier.sources.find((s) => s.id === 'bad-link')?.url).toBeUndefined();
  });
});

describe('events', () => {
  const TITLE = "Microsoft cuts off Unit 8200's access to Azure";

  test('the same event on the same day becomes one event with both sources', () => {
    const base = makeDossier({ events: [event('cut-off', '2025-09-25', TITLE, ['guardian'])] });
    const result = mergeValid(base, makeDraft({ events: [event('e1', '2025-09-25', 'Unit 8200 loses access to Azure, Microsoft cuts it off', ['article'])] }));
    expect(result.dossier.events).toEqual([event('cut-off', '2025-09-25', TITLE, ['guardian', 'article'])]);
    expect(result.added.events).toBe(0);
  });

  test('compatible precision is not a dispute: "2025-09" and "2025-09-25" are one event, the day is learnt', () => {
    expect(isCompatibleDate('2025-09', '2025-09-25')).toBe(true);
    expect(isCompatibleDate('2025', '2025-09-25T10:00:00Z')).toBe(true);
    expect(isCompatibleDate('2025-09-24', '2025-09-25')).toBe(false);
    const base = makeDossier({ events: [event('cut-off', '2025-09', TITLE, ['guardian'])] });
    const result = mergeValid(base, makeDraft({ events: [event('e1', '2025-09-25', TITLE, ['article'])] }));
    expect(result.dossier.events).toEqual([event('cut-off', '2025-09-25', TITLE, ['guardian', 'article'])]);
    expect(result.added.disputes).toBe(0);
    const coarser = mergeValid(makeDossier({ events: [event('cut-off', '2025-09-25', TITLE, ['guardian'])] }), makeDraft({ events: [event('e1', '2025-09', TITLE, ['article'])] }));
    expect(coarser.dossier.events).toEqual([event('cut-off', '2025-09-25', TITLE, ['guardian', 'article'])]);
  });

  test('the same event on another date: both kept, disputed with each other, an open question names both dates and publishers', () => {
    const base = makeDossier({ events: [event('cut-off', '2025-09-25', TITLE, ['guardian'])] });
    const result = mergeValid(base, makeDraft({ events: [event('cut-off', '2025-09-26', TITLE, ['article'])] }));
    const [a, b] = result.dossier.events;
    expect(result.dossier.events).toHaveLength(2);
    expect(a).toMatchObject({ id: 'cut-off', date: '2025-09-25', disputed: true, disputedWith: ['cut-off-2'] });
    expect(b).toMatchObject({ id: 'cut-off-2', date: '2025-09-26', disputed: true, disputedWith: ['cut-off'], addedAt: NOW });
    expect(result.added).toMatchObject({ events: 1, disputes: 1 });
    expect(result.dossier.summary.openQuestions).toEqual([
      {
        text: `Sources differ on the date of "${TITLE}": 2025-09-25 (The Guardian) and 2025-09-26 (+972 Magazine)`,
        sources: ['guardian', 'article'],
        addedAt: NOW,
      },
    ]);
  });

  test("each article's publication event stays its own: never merged, never disputed", () => {
    const base = makeDossier({ events: [event('published', '2025-09-25', 'The Guardian: Microsoft cuts off Unit 8200 from Azure', ['guardian'])] });
    const result = mergeValid(base, makeDraft({ events: [event('published', '2025-09-26', '+972 Magazine: Microsoft cuts off Unit 8200 from Azure', ['article'])] }));
    expect(result.dossier.events.map((e) => [e.id, e.disputed])).toEqual([['published', undefined], ['published-2', undefined]]);
    expect(result.added).toMatchObject({ events: 1, disputes: 0 });
  });

  test('a vague date (qualifier) against a precise one is no dispute', () => {
    const base = makeDossier({ events: [event('cut-off', '2025-08', TITLE, ['guardian'], { qualifier: 'about' })] });
    const result = mergeValid(base, makeDraft({ events: [event('e1', '2025-09-25', TITLE, ['article'])] }));
    expect(result.added.disputes).toBe(0);
  });

  test('different events on different dates are just two events', () => {
    const base = makeDossier({ events: [event('cut-off', '2025-09-25', TITLE, ['guardian'])] });
    const result = mergeValid(base, makeDraft({ events: [event('e1', '2025-08-15', 'Microsoft orders an urgent external review', ['article'])] }));
    expect(result.dossier.events.map((e) => e.id)).toEqual(['cut-off', 'e1']);
    expect(result.added).toMatchObject({ events: 1, disputes: 0 });
  });

  test('an event title giving another figure on the same day is a figure dispute', () => {
    const base = makeDossier({ events: [event('toll', '2025-03-23', 'Stampede at the stadium kills 135', ['guardian'])] });
    const result = mergeValid(base, makeDraft({ events: [event('toll', '2025-03-23', 'Stampede at the stadium kills 154', ['article'])] }));
    expect(result.dossier.events.map((e) => e.disputed)).toEqual([true, true]);
    expect(result.added.disputes).toBe(1);
    expect(result.dossier.summary.openQuestions?.[0].text).toContain('135 (The Guardian) and 154 (+972 Magazine)');
  });
});

describe('claims and actors', () => {
  const QUOTE = 'We are not in the business of facilitating the mass surveillance of civilians';

  test('the same quote from the same speaker (cut differently) is one claim with both sources', () => {
    const base = makeDossier({ claims: [{ id: 'smith', text: 'Smith rejects mass surveillance', attributedTo: 'Brad Smith', quote: QUOTE, sources: ['guardian'] }] });
    const draft = makeDraft({
      claims: [
        { id: 'q1', text: 'Microsoft president rejects surveillance', attributedTo: 'Microsoft president Brad Smith', quote: `“${QUOTE}”, he wrote.`, sources: ['article'] },
        { id: 'q2', text: 'Spokesperson repeats the line', attributedTo: 'A Microsoft spokesperson', quote: QUOTE, sources: ['article'] },
      ],
    });
    const result = mergeValid(base, draft);
    expect(result.dossier.claims.map((c) => [c.id, c.sources])).toEqual([['smith', ['guardian', 'article']], ['q2', ['article']]]);
    expect(result.dossier.claims[1].addedAt).toBe(NOW);
    expect(result.added.claims).toBe(1);
  });

  test('actors join by name or alias, learning new spellings as aliases', () => {
    const base = makeDossier({ actors: [{ name: 'Unit 8200', role: 'Israeli military intelligence unit', aliases: ['8200'] }, { name: 'Microsoft' }] });
    const draft = makeDraft({
      actors: [
        { name: '8200', aliases: ['Unité 8200'] },
        { name: 'MICROSOFT', role: 'cloud provider' },
        { name: 'Satya Nadella', role: 'Microsoft chief executive' },
      ],
    });
    const actors = mergeValid(base, draft).dossier.summary.actors;
    expect(actors).toEqual([
      { name: 'Unit 8200', role: 'Israeli military intelligence unit', aliases: ['8200', 'Unité 8200'] },
      { name: 'Microsoft', role: 'cloud provider' },
      { name: 'Satya Nadella', role: 'Microsoft chief executive', addedAt: NOW },
    ]);
  });
});

describe('learning spellings', () => {
  const arabicDraft = () =>
    makeDraft({
      language: 'ar',
      title: 'مايكروسوفت تقطع وصول الوحدة 8200 في الجيش الإسرائيلي إلى Microsoft Azure منذ 2025',
      topics: [
        {
          id: 'story',
          label: 'مايكروسوفت والوحدة 8200',
          level: 'story',
          terms: [
            { text: 'Microsoft', group: 'company', weight: 1 },
            { text: 'مايكروسوفت', group: 'company', weight: 1 },
            { text: 'الوحدة 8200', group: 'unit', weight: 3 },
            { text: 'الجيش الإسرائيلي', group: 'army', weight: 2 },
            { text: 'في', group: 'noise' },
            { text: '2025', group: 'noise' },
            { text: '8200', group: 'noise' },
            { text: 'x', group: 'noise' },
            // Named in the body only: the reader confirmed the headline's names, not the draft's guesses.
            { text: 'غزة', group: 'place', weight: 2 },
          ],
        },
      ],
    });

  test('learns the Arabic headline names: a spelling of a known name joins its group, new names get learned- groups; stopwords, numbers and body-only names never', () => {
    const base = makeDossier();
    const result = mergeValid(base, arabicDraft(), true);
    const terms = result.dossier.topics[0].terms;
    expect(terms.slice(0, 4)).toEqual(base.topics[0].terms);
    expect(terms.slice(4)).toEqual([
      { text: 'مايكروسوفت', lang: 'ar', weight: 2, group: 'company', addedAt: NOW },
      { text: 'الوحدة 8200', lang: 'ar', weight: 3, group: 'learned-unit', addedAt: NOW },
      { text: 'الجيش الإسرائيلي', lang: 'ar', weight: 2, group: 'learned-army', addedAt: NOW },
    ]);
    expect(result.added.terms).toBe(3);
  });

  test('learns French headline names; an ungrouped base term gets a group so its spelling can join; learned- names stay unique; lower-case words are not names', () => {
    const base = makeDossier();
    base.topics[0].terms.push({ text: 'Forbidden Stories', group: 'learned-press' });
    const draft = makeDraft({
      language: 'fr',
      title: 'Microsoft a coupé l’accès de l’Unité 8200 au cloud AZURE, selon Le Monde',
      topics: [
        {
          id: 'story',
          label: 'Microsoft et l’unité 8200',
          level: 'story',
          terms: [
            { text: 'Unit 8200', group: 'unite' },
            { text: 'Unité 8200', group: 'unite' },
            { text: 'AZURE', group: 'cloud' },
            { text: 'le cloud Azure', group: 'cloud' },
            { text: 'Le Monde', group: 'press', weight: 1 },
            { text: 'les', group: 'press' },
            // A lower-case common word the drafter took for a name, and a name from the body only.
            { text: 'coupé', group: 'verb' },
            { text: 'Gaza', group: 'place' },
          ],
        },
      ],
    });
    const result = mergeValid(base, draft, true);
    const terms = result.dossier.topics[0].terms;
    expect(terms[2]).toEqual({ text: 'Azure', group: 'Azure' });
    expect(terms.slice(5)).toEqual([
      { text: 'Unité 8200', lang: 'fr', weight: 3, group: 'unit', addedAt: NOW },
      { text: 'le cloud Azure', lang: 'fr', group: 'Azure', addedAt: NOW },
      { text: 'Le Monde', lang: 'fr', weight: 1, group: 'learned-press-2', addedAt: NOW },
    ]);
    expect(result.added.terms).toBe(3);
  });

  test('without learnSpellings (Add to this story on a matched page) no term is added', () => {
    const base = makeDossier();
    for (const options of [{ now: NOW }, { now: NOW, learnSpellings: false }]) {
      const result = mergeDraft(base, arabicDraft(), options);
      expect(result.dossier.topics).toEqual(base.topics);
      expect(result.added.terms).toBe(0);
    }
  });
});

describe('the merged dossier', () => {
  test('a draft that brings nothing usable changes nothing, not even updatedAt', () => {
    const base = makeDossier({ keyPoints: [{ text: STORED, sources: ['guardian'] }] });
    const empty: DraftResult = { ...makeDraft({ keyPoints: [{ text: STORED_PARAPHRASE, sources: ['ghost'] }] }), articleSourceId: 'ghost' };
    empty.dossier.sources = [];
    const result = mergeValid(base, empty);
    expect(result.alreadyMerged).toBe(false);
    expect(result.dossier).toEqual(base);
  });

  test('keeps the base title, id, language and headline; updatedAt becomes now', () => {
    const base = makeDossier();
    const result = mergeValid(base, makeDraft({ keyPoints: [{ text: CUT_OFF, sources: ['article'] }] }));
    expect(result.dossier).toMatchObject({ id: base.id, title: base.title, language: 'en', updatedAt: NOW });
    expect(result.dossier.summary.headline).toBe(base.summary.headline);
  });

  test('never mutates its inputs (deep-frozen base and draft, disputes and learning included)', () => {
    const base = makeDossier({
      keyPoints: [{ text: 'At least 135 people were killed in the stampede at the stadium.', sources: ['guardian'] }, { text: STORED, sources: ['guardian'] }],
      events: [event('cut-off', '2025-09-25', 'Microsoft cuts off Unit 8200', ['guardian'])],
      actors: [{ name: 'Microsoft', aliases: ['MSFT'] }],
      claims: [{ id: 'c1', text: 'Smith denies', attributedTo: 'Brad Smith', quote: 'We are not in the business of surveillance', sources: ['guardian'] }],
    });
    const draft = makeDraft({
      keyPoints: [
        { text: 'At least 154 people were killed in the stampede at the stadium.', sources: ['article'] },
        { text: STORED_PARAPHRASE, sources: ['article'] },
      ],
      events: [event('cut-off', '2025-09-26', 'Microsoft cuts off Unit 8200', ['article'])],
      actors: [{ name: 'Microsoft', aliases: ['Microsoft Corporation'] }],
      claims: [{ id: 'c1', text: 'Smith denies', attributedTo: 'Brad Smith', quote: 'We are not in the business of surveillance', sources: ['article'] }],
      title: 'Microsoft Corp cuts off Unit 8200',
      topics: [{ id: 'story', label: 'x', level: 'story', terms: [{ text: 'Microsoft', group: 'c' }, { text: 'Microsoft Corp', group: 'c' }] }],
    });
    const baseCopy = structuredClone(base);
    const draftCopy = structuredClone(draft);
    const result = mergeValid(deepFreeze(base), deepFreeze(draft), true);
    expect(result.added).toMatchObject({ disputes: 2, terms: 1 });
    expect(base).toEqual(baseCopy);
    expect(draft).toEqual(draftCopy);
    // The result shares nothing with the inputs: editing it is safe.
    expect(Object.isFrozen(result.dossier.summary.keyPoints[0])).toBe(false);
  });

  // Thousands of items of each kind: base and draft for n incoming items (a 20n-word point among them).
  const hugeMerge = (n: number): [Dossier, DraftResult] => {
    const base = makeDossier({
      keyPoints: Array.from({ length: 300 }, (_, i) => ({ text: `Base point ${i} about topic${i} and subject${i} with detail${i}`, sources: ['guardian'] })),
      events: Array.from({ length: 300 }, (_, i) => event(`b${i}`, '2024-01-01', `Base event ${i} concerning matter${i}`, ['guardian'])),
    });
    const sources: Source[] = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `Cited ${i}`, publisher: `Outlet ${i}`, kind: 'news-report', url: `https://example${i}.com/a` }));
    const huge = Array.from({ length: 20 * n }, (_, i) => `word${i % 5000}`).join(' ');
    const draft = makeDraft({
      sources,
      keyPoints: [{ text: huge, sources: ['article'] }, ...Array.from({ length: n }, (_, i) => ({ text: `Incoming claim ${i} regarding thing${i} and element${i}`, sources: ['article', `s${i}`] }))],
      events: Array.from({ length: n }, (_, i) => event(`e${i}`, '2025-01-01', `Incoming event ${i} about occurrence${i}`, ['article', `s${i}`])),
      claims: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, text: `Said ${i} statement${i}`, attributedTo: `Person ${i}`, quote: `Quote number ${i} spoken`, sources: ['article'] })),
      actors: Array.from({ length: n }, (_, i) => ({ name: `Actor ${i}` })),
    });
    return [base, draft];
  };

  test('merging grows linearly with the draft (no pairwise blow-up)', () => {
    // Was a wall-clock gate (< 1 s for 5,000); a ratio measured in the same run holds on any machine (issue 16).
    const ratio = scalingRatio((n) => {
      const [base, draft] = hugeMerge(n);
      return () => mergeDraft(base, draft, { now: NOW });
    }, 1250);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  test('a huge draft (thousands of items, a 100,000-word point) merges within the caps', () => {
    const [base, draft] = hugeMerge(5000);
    const result = mergeValid(base, draft);
    // A "point" of 100,000 words is not a sentence: dropped, not stored.
    expect(result.dossier.summary.keyPoints.some((p) => p.text.length > 10_000)).toBe(false);
    expect(result.added.keyPoints).toBe(MERGE_LIMITS.keyPoints);
    expect(result.added.events).toBe(MERGE_LIMITS.events);
    expect(result.added.claims).toBe(MERGE_LIMITS.claims);
    expect(result.added.sources).toBe(MERGE_LIMITS.sources);
    expect(result.dossier.summary.actors).toHaveLength(MERGE_LIMITS.actors);
  });
});
