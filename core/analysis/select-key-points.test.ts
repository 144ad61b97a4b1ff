import { describe, expect, it } from 'vitest';
import { selectKeyPoints } from './select-key-points';
import { splitSentences } from './split-sentences';

const story = [
  'By Jane Reporter',
  'Wildfire spreads',
  'A wildfire in the hills above Santa Clarita burned more than 9,000 acres by Thursday, forcing thousands of residents to evacuate.',
  'Firefighters said strong winds pushed the wildfire toward homes on the edge of Santa Clarita overnight.',
  '• Evacuation centres are open',
  'The wildfire is the largest in the county since 2020, and fire officials expect the winds to return this weekend.',
  'A local bakery donated bread to the volunteers.',
  'Officials said the evacuation order for Santa Clarita residents would stay in place until the wildfire is contained.',
  'The weather service warned of dry winds that could spread the wildfire further across the hills.',
];

describe('selectKeyPoints', () => {
  it('keeps the lead, picks central sentences, keeps original order and skips bylines, headings and bullets', () => {
    const points = selectKeyPoints(splitSentences(story));
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points[0]).toBe(story[2]);
    expect(points).not.toContain('A local bakery donated bread to the volunteers.');
    expect(points.some((p) => /^By |^•|^Wildfire spreads$/.test(p))).toBe(false);
    const order = points.map((p) => story.indexOf(p));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('works on Arabic copy and returns sentences verbatim', () => {
    const ar = [
      'أعلنت وزارة المالية السعودية أن عجز الميزانية بلغ مستوى جديدا في الربع الأول من العام الحالي.',
      'وأوضح تقرير وزارة المالية أن الإنفاق الحكومي ارتفع بنسبة كبيرة خلال الربع الأول.',
      'وقال وزير المالية إن الحكومة ملتزمة بضبط الإنفاق وخفض عجز الميزانية.',
      'وفاز فريق الهلال بالمباراة بهدفين دون رد في الرياض مساء أمس.',
    ];
    const points = selectKeyPoints(splitSentences(ar));
    expect(points).toHaveLength(3);
    for (const p of points) expect(ar).toContain(p);
    expect(points).not.toContain(ar[3]);
  });

  it('returns nothing for text with no sentences', () => {
    expect(selectKeyPoints(splitSentences(['Home', 'News', '29 September 2025']))).toEqual([]);
  });
});
