import { describe, expect, it } from 'vitest';
import { buildTimeline, isDateKnown } from './build-timeline';
import type { Dossier } from '../dossier/types';
import type { DatedEvent } from '../analysis/types';

const dossier: Dossier = {
  format: 'backstory.dossier',
  version: 1,
  id: 'd',
  title: 'A story',
  language: 'en',
  updatedAt: '2025-09-29',
  topics: [],
  summary: { headline: 'h', keyPoints: [], actors: [] },
  claims: [],
  sources: [{ id: 's1', title: 'Report', kind: 'news-report' }],
  events: [
    { id: 'late', date: '2025-09', qualifier: 'late', title: 'Cut off', sources: ['s1'] },
    { id: 'start', date: '2021', title: 'Begins', sources: ['s1'] },
    { id: 'aug', date: '2025-08', title: 'Weighs a move', sources: ['s1'] },
  ],
};

function event(date: string | null, precision: DatedEvent['precision'], sentence: string, qualifier: DatedEvent['qualifier'] = null): DatedEvent {
  return { text: sentence.slice(0, 10), date, precision, qualifier, relative: false, sentence };
}

describe('buildTimeline', () => {
  it('merges dossier events, article dates, this article and read articles in order', () => {
    const items = buildTimeline({
      dossier,
      articleEvents: [
        event('2025-09-25', 'day', 'On 25 September the unit lost access.'),
        event('2024-05', 'month', 'In May 2024 the first report appeared.'),
        event(null, null, 'Last week something happened.'),
      ],
      article: { url: 'https://news.example/a#top', title: 'This one', publishedAt: '2025-09-30T09:00:00Z', publisher: 'News', language: 'en' },
      history: [
        { url: 'https://news.example/a', title: 'Same page', publisher: 'News', publishedAt: '2025-09-30', readAt: 0, language: 'en' },
        { url: 'https://other.example/b', title: 'Earlier read', publisher: 'Other', publishedAt: '2025-09-26', readAt: 0, language: 'ar' },
      ],
    });
    expect(items.map((item) => [item.kind, item.label])).toEqual([
      ['dossier-event', '2021'],
      ['article-date', 'May 2024'],
      ['dossier-event', 'August 2025'],
      ['dossier-event', 'late September 2025'],
      ['article-date', 'September 25, 2025'],
      ['read-article', 'September 26, 2025'],
      ['this-article', 'September 30, 2025'],
    ]);
    const byLabel = Object.fromEntries(items.map((item) => [item.label, item]));
    expect(byLabel['May 2024'].isNew).toBe(true);
    // Within the dossier's "late September 2025": already known.
    expect(byLabel['September 25, 2025'].isNew).toBe(false);
    expect(byLabel['2021'].sources).toEqual(['s1']);
    expect(byLabel['September 26, 2025'].language).toBe('ar');
  });

  it('works before the analysis arrives and without a publication date', () => {
    const items = buildTimeline({ dossier, article: { url: 'u', title: null, publishedAt: null, publisher: null, language: null } });
    expect(items.map((item) => item.kind)).toEqual(['dossier-event', 'dossier-event', 'dossier-event']);
  });

  it('lists a date the article repeats once', () => {
    const items = buildTimeline({
      dossier,
      articleEvents: [event('2019', 'year', 'In 2019 x.'), event('2019', 'year', 'Back in 2019 y.')],
    });
    expect(items.filter((item) => item.kind === 'article-date')).toHaveLength(1);
  });
});

describe('isDateKnown', () => {
  it('treats nested spans as known', () => {
    expect(isDateKnown('2025-09', ['2025-09-29'])).toBe(true);
    expect(isDateKnown('2025-09-02', ['2025-09'])).toBe(true);
    expect(isDateKnown('2025-10', ['2025-09'])).toBe(false);
  });
});
