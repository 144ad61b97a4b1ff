import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes';

describe('extractQuotes', () => {
  it('reads every typographic style with the speaker the sentence names', () => {
    const quotes = extractQuotes([
      '“We have to adjust to a smaller market,” chief executive Park Ji-hoon told reporters.',
      'The minister said: "The border will stay open to aid convoys."',
      'Der Kanzler sagte, Olaf Scholz said „wir werden das gemeinsam schaffen“ in Berlin.',
      'وقال وزير المالية محمد الجدعان إن الحكومة «ملتزمة بضبط الإنفاق دون المساس بالمشاريع».',
      '“Methane is the fastest lever we have,” said Inger Andersen, the agency\'s executive director.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Park Ji-hoon', null, 'Olaf Scholz', 'وزير المالية محمد الجدعان', 'Inger Andersen']);
    expect(quotes[0].text).toBe('We have to adjust to a smaller market');
    expect(quotes[3].text).toBe('ملتزمة بضبط الإنفاق دون المساس بالمشاريع');
  });

  it('skips scare-quoted names and short phrases', () => {
    const quotes = extractQuotes(['Israel relied on "Azure" services, according to "The Guardian", while the "No Azure for Apartheid" movement and «الشرق الأوسط» objected to "plausibly alleged" claims.']);
    expect(quotes).toEqual([]);
  });

  it('takes single quotes only when clearly a quotation', () => {
    expect(extractQuotes(["The company's CEO said it's fine."])).toEqual([]);
    const [q] = extractQuotes(["The headline read 'Markets tumble as rate fears return' on Friday."]);
    expect(q.text).toBe('Markets tumble as rate fears return');
  });

  it('gives no speaker to a quotation whose sentence names none', () => {
    const quotes = extractQuotes(['“The next two weeks are critical,” Dr. Amina Diallo told Reuters. “If the rains continue, we expect cases to double.”']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Amina Diallo', null]);
  });

  it('ignores unbalanced marks without swallowing the text', () => {
    const quotes = extractQuotes(['He said “this never closes and the paragraph goes on. Then “a real quotation of several words” appears.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toContain('this never closes');
    expect(extractQuotes(['He said « never closed at all and more words'])).toEqual([]);
  });

  it('bounds a 5,000-word quotation', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    const t = performance.now();
    const quotes = extractQuotes([`The senator said: “${long}.” Then she left.`]);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.length).toBeLessThanOrEqual(5001);
    expect(quotes[0].sentence.length).toBeLessThanOrEqual(1501);
  });
});
