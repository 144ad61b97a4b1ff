import { describe, expect, it } from 'vitest';
import { extractEvents, isDateOnlyLine, MAX_EVENTS } from './extract-events';
import { splitSentences } from './split-sentences';
import type { DatedEvent } from './types';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const eventsOf = (text: string, publishedAt: string | null) => extractEvents(splitSentences(text.split('\n')), publishedAt);
const brief = (e: DatedEvent) => [e.date, e.precision, e.qualifier];

describe('extractEvents in English', () => {
  it('resolves absolute dates with their precision', () => {
    const events = eventsOf('The deal was signed on 29 September 2025. Talks began in September 2025. The plant opened in 2021. Prices fell on 25/09/2025.', '2025-10-01');
    expect(events.map(brief)).toEqual([
      ['2025-09-29', 'day', null], ['2025-09', 'month', null], ['2021', 'year', null], ['2025-09-25', 'day', null],
    ]);
    expect(events.every((e) => !e.relative)).toBe(true);
  });

  it('resolves relative dates against the publication date the way news copy means them', () => {
    const events = eventsOf('The company said on Thursday it had warned last August. Officials met yesterday. A decision came in late September. Sales rose two years ago.', '2025-09-29');
    const byText = Object.fromEntries(events.map((e) => [e.text, brief(e)]));
    expect(byText['on Thursday']).toEqual(['2025-09-25', 'day', null]); // the Thursday before a Monday publication
    expect(byText['last August']).toEqual(['2025-08', 'month', null]);
    expect(byText.yesterday).toEqual(['2025-09-28', 'day', null]);
    expect(byText['late September']).toEqual(['2025-09', 'month', 'late']);
    expect(byText['two years ago']).toEqual(['2023', 'year', null]);
    expect(events.every((e) => e.relative)).toBe(true);
  });

  it('reads qualifiers and seasons on bare years', () => {
    const events = eventsOf('Construction started in early 2024 and paused in mid-2019. The talks collapsed in the summer of 2022.', '2025-01-10');
    expect(events.map(brief)).toEqual([['2024', 'year', 'early'], ['2019', 'year', 'mid'], ['2022', 'year', null]]);
    expect(events.find((e) => e.date === '2022')?.note).toBe('season: summer');
  });

  it('keeps vague periods honest: recent days are the publication month, past months are unresolved', () => {
    const [recent, months] = eventsOf('Microsoft acted in recent days. Over the past few months, reports emerged.', '2025-09-29');
    expect(brief(recent)).toEqual(['2025-09', 'month', 'about']);
    expect(months.date).toBeNull();
    expect(months.note).toMatch(/vague/);
  });

  it('does not read numbers that are not years', () => {
    expect(eventsOf('The company cut 2000 jobs and 1,935 parts per billion were measured. The vote was 52-47.', '2025-01-01')).toEqual([]);
  });
});

describe('extractEvents in Arabic', () => {
  it('reads both month families, Arabic-Indic digits and ordinal days', () => {
    const events = eventsOf('وقع الاتفاق في ٢٩ أيلول ٢٠٢٥. وبدأت الحرب في السابع من أكتوبر 2023. وتأسست الشركة في عام 2021.', '2025-10-01');
    expect(events.map(brief)).toEqual([['2025-09-29', 'day', null], ['2023-10-07', 'day', null], ['2021', 'year', null]]);
  });

  it('resolves relative Arabic expressions', () => {
    const events = eventsOf('وأعلنت الوزارة، أمس، النتائج. وارتفعت الأسعار الشهر الماضي. وتقرر ذلك في أواخر سبتمبر. وتصاعدت التوترات خلال الأيام الماضية.', '2025-10-15');
    expect(events.map(brief)).toEqual([['2025-10-14', 'day', null], ['2025-09', 'month', null], ['2025-09', 'month', 'late'], ['2025-10', 'month', 'about']]);
  });

  it('drops the header widget date and the publication line', () => {
    expect(isDateOnlyLine('الاحد: 07 ديسمبر 2025')).toBe(true);
    expect(isDateOnlyLine('29 أيلول 2025 • 12:59')).toBe(true);
    expect(isDateOnlyLine('Updated: Monday 29 September 2025, 12:59 GMT')).toBe(true);
    expect(isDateOnlyLine('وقع الاتفاق في 29 أيلول 2025')).toBe(false);
    expect(eventsOf('الاحد: 07 ديسمبر 2025\n29 أيلول 2025 • 12:59\nوأعلنت الشركة القرار في عام 2021.', '2025-09-29').map(brief)).toEqual([['2021', 'year', null]]);
  });
});

describe('extractEvents on bad input', () => {
  it('leaves relative dates unresolved without a publication date, and says so', () => {
    const events = eventsOf('The bank acted on Tuesday, last month and yesterday. It was founded in March 2023. وقال أمس إن الشهر الماضي كان صعبا.', null);
    const relative = events.filter((e) => e.relative);
    expect(relative.length).toBeGreaterThanOrEqual(5);
    for (const e of relative) {
      expect(e.date).toBeNull();
      expect(e.note).toBe('no publication date: not resolved');
    }
    expect(events.find((e) => e.text === 'March 2023')?.date).toBe('2023-03');
  });

  it('drops dates before 1900 and flags announced future dates', () => {
    const events = eventsOf('The treaty of 1648 was cited. The city was founded in 1850. The law will take effect on 1 January 2027.', '2025-06-01');
    expect(events.some((e) => e.date && e.date < '1900')).toBe(false);
    const future = events.find((e) => e.date === '2027-01-01');
    expect(future?.note).toBe('future');
  });

  it('does not invent a future from a relative date in a past-tense sentence', () => {
    const events = eventsOf('Officials met on Friday.', '2025-06-04');
    expect(events[0].date).toBe('2025-05-30');
  });

  it('lets future tense govern only the date it precedes', () => {
    const events = eventsOf('Joe Biden said Thursday he believes the vote will be delayed. Leaders are due to meet in Moscow on Thursday. No data is due Tuesday.', '2020-09-08');
    expect(events.map((e) => e.date)).toEqual(['2020-09-03', '2020-09-10', '2020-09-08']); // published on a Tuesday
  });

  it('does not read English date words in other languages', () => {
    expect(eventsOf('Je ne veux que mon argent, a-t-il dit mardi.', '2020-11-04')).toEqual([]);
    expect(eventsOf('Je ne veux que mon argent, a-t-il dit.', '2020-11-04').length).toBe(0);
    expect(extractEvents(splitSentences(['He said on Monday it was over.']), '2020-11-04', 'fr')).toEqual([]);
  });

  it('caps thousands of dates', () => {
    const dates = (n: number) => Array.from({ length: n }, (_, i) => `Event ${i} happened on ${1 + (i % 28)} March ${1950 + (i % 70)}.`).join(' ');
    const events = eventsOf(dates(3000), '2025-01-01');
    expect(events.length).toBe(MAX_EVENTS);
    // Linear in the count (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const text = dates(n);
      return () => eventsOf(text, '2025-01-01');
    }, 750);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
