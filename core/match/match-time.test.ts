import { describe, expect, it } from 'vitest';
import type { DossierEvent, Topic } from '../dossier/types';
import { compileMatcher, findStoryStart, startOfDate } from './compile-matcher';
import { isWellBefore, matchPage } from './match-page';
import type { PageZones } from './types';

const event = (date: string, qualifier?: DossierEvent['qualifier']): DossierEvent => ({ id: date, date, title: date, sources: [], ...(qualifier ? { qualifier } : {}) });

describe('the story’s start', () => {
  it('is the first day of a date at its precision', () => {
    expect(startOfDate('2021')).toBe('2021-01-01');
    expect(startOfDate('2025-08')).toBe('2025-08-01');
    expect(startOfDate('2025-09-29')).toBe('2025-09-29');
    expect(startOfDate('2025-09-29T10:00:00Z')).toBe('2025-09-29');
    expect(startOfDate('around 2021')).toBeNull();
    expect(startOfDate('2025-13')).toBeNull();
  });

  it('is the earliest event, whatever the order; open when that event is only "before" a date', () => {
    expect(findStoryStart([event('2025-09-25'), event('2025-08'), event('2025-09')])).toBe('2025-08-01');
    expect(findStoryStart([event('2025-09-25'), event('2021', 'before')])).toBeNull();
    expect(findStoryStart([event('2025-09-25'), event('2021', 'about')])).toBe('2021-01-01');
    expect(findStoryStart([event('not a date')])).toBeNull();
    expect(findStoryStart([])).toBeNull();
    expect(findStoryStart(undefined)).toBeNull();
  });
});

describe('pages from before the story', () => {
  const story: Topic = {
    id: 'cut-off', label: 'Cloud cut off', level: 'story',
    terms: [{ text: 'Valmora', group: 'place', weight: 3 }, { text: 'dockers', group: 'who', weight: 2 }, { text: 'strike', group: 'what', weight: 2 }],
    require: { groups: 3, score: 7 },
  };
  const theme: Topic = { ...story, id: 'ports', label: 'Ports', level: 'related' };
  const matcher = compileMatcher([{ id: 'd', language: 'en', events: [event('2025-09-25'), event('2025-08')], topics: [story, theme] }]);
  const page: PageZones = { title: 'Valmora dockers strike', lead: 'The dockers of Valmora went on strike.', metadata: '', body: '', outside: '' };
  const levelOn = (publishedAt?: string | null) =>
    Object.fromEntries(matchPage(matcher, page, { publishedAt }).map((m) => [m.topicId, m.level]));

  it('compiles the start into story topics only', () => {
    expect(matcher.topics.map((t) => t.since)).toEqual(['2025-08-01', null]);
  });

  it('shows a page from well before the start as related at most', () => {
    expect(levelOn('2023-05-10')).toEqual({ 'cut-off': 'related', ports: 'related' });
    expect(levelOn('2025-07-01T09:00:00+02:00')).toEqual({ 'cut-off': 'related', ports: 'related' });
  });

  it('judges pages inside the margin, the span and after it (follow-ups) on their words', () => {
    expect(levelOn('2025-07-20')['cut-off']).toBe('story'); // 12 days before: the lead-up
    expect(levelOn('2025-08-15')['cut-off']).toBe('story');
    expect(levelOn('2026-03-01')['cut-off']).toBe('story');
  });

  it('keeps today’s behaviour for undated pages and unreadable dates', () => {
    expect(levelOn()['cut-off']).toBe('story');
    expect(levelOn(null)['cut-off']).toBe('story');
    expect(levelOn('sometime last year')['cut-off']).toBe('story');
  });

  it('puts the limit 30 days before the start', () => {
    expect(isWellBefore('2025-07-01', '2025-08-01')).toBe(true);
    expect(isWellBefore('2025-07-02', '2025-08-01')).toBe(false);
    expect(isWellBefore('2025-07-01', null)).toBe(false);
    expect(isWellBefore(null, '2025-08-01')).toBe(false);
  });

  it('leaves stories of dossiers without dated events alone', () => {
    const undated = compileMatcher([{ id: 'd', topics: [story] }]);
    expect(undated.topics[0].since).toBeNull();
    expect(matchPage(undated, page, { publishedAt: '1999-01-01' })[0].level).toBe('story');
  });
});
