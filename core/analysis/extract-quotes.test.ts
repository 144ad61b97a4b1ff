import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract-quotes';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

describe('extractQuotes', () => {
  it('reads every typographic style with the speaker the sentence names', () => {
    const quotes = extractQuotes([
      '“We have to adjust to a smaller market,” chief executive Park Ji-hoon told reporters.',
      'The minister said: "The border will stay open to aid convoys."',
      'Der Kanzler sagte, Olaf Scholz said „wir werden das gemeinsam schaffen“ in Berlin.',
      'وقال وزير المالية محمد الجدعان إن الحكومة «ملتزمة بضبط الإنفاق دون المساس بالمشاريع».',
      '“Methane is the fastest lever we have,” said Inger Andersen, the agency\'s executive director.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Park Ji-hoon', null, 'Olaf Scholz', 'محمد الجدعان', 'Inger Andersen']);
    expect(quotes[0].text).toBe('We have to adjust to a smaller market');
    expect(quotes[3].text).toBe('ملتزمة بضبط الإنفاق دون المساس بالمشاريع');
  });

  it('skips scare-quoted names and short phrases', () => {
    const quotes = extractQuotes(['Israel relied on "Azure" services, according to "The Guardian", while the "No Azure for Apartheid" movement and «الشرق الأوسط» objected to "plausibly alleged" claims.']);
    expect(quotes).toEqual([]);
  });

  it('takes an Arabic quoted name after a naming noun for a name, not a quotation', () => {
    const quotes = extractQuotes(['وقالت حركة "لا لأزور من أجل الأبارتهايد" في بيان إن القرار "انتصار غير مسبوق لكنه لا يكفي أبدا".']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['انتصار غير مسبوق لكنه لا يكفي أبدا', 'حركة لا لأزور من أجل الأبارتهايد']]);
  });

  it('takes single quotes only when clearly a quotation', () => {
    expect(extractQuotes(["The company's CEO said it's fine."])).toEqual([]);
    const [q] = extractQuotes(["The headline read 'Markets tumble as rate fears return' on Friday."]);
    expect(q.text).toBe('Markets tumble as rate fears return');
  });

  it('gives a standalone quotation the speaker of the sentence just before', () => {
    const quotes = extractQuotes(['“The next two weeks are critical,” Dr. Amina Diallo told Reuters. “If the rains continue, we expect cases to double.”']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Amina Diallo', 'Amina Diallo']);
    const across = extractQuotes(['Capt. Luis Ortega, president of the council, disputed that account.', '“We have been at the table for 14 months,” Ortega said. “Management walked away, not us.”']);
    expect(across.map((q) => q.speaker)).toEqual(['Luis Ortega', 'Luis Ortega']);
  });

  it('gives no speaker to a quotation with no speaker in or just before its sentence', () => {
    const quotes = extractQuotes(['Dr. Amina Diallo told Reuters the outbreak was growing.', 'Rain fell for days.', 'Roads were cut.', '“If the rains continue, we expect cases to double.”']);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
    expect(extractQuotes(['The sign read “No entry after dark for anyone.”']).map((q) => q.speaker)).toEqual([null]);
  });

  it('resolves "he said", "she added" and "the ministry said" to the latest named person or organisation', () => {
    const quotes = extractQuotes([
      '“This was largely priced in,” said Maria Lindqvist, head of debt at Nordvik Capital. She added that yields had barely moved. “Investors want to see the deal signed,” she said.',
      'The Ministry of Finance said talks would end in December. Harlan Group said nothing. “Ghana remains committed to the framework,” the ministry said.',
      'Mercer wrote that routes were safe after Diane Mercer met staff. “Our customers deserve certainty, and we will give it,” she wrote.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Maria Lindqvist', 'Maria Lindqvist', 'Ministry of Finance', 'Diane Mercer']);
  });

  it('resolves Arabic verbs without a subject (وأضاف، وأضافت) to the last person named', () => {
    const quotes = extractQuotes([
      'وقال المتحدث باسم وكالة الأونروا عدنان أبو حسنة إن «الوضع الصحي في المخيمات كارثي بكل المقاييس».',
      'وأضاف أن «نقص المياه النظيفة يضاعف خطر انتشار الأمراض».',
      'وقالت المديرة الإقليمية للمنظمة حنان بلخي: «لا يمكن احتواء الوباء دون وقف دائم لإطلاق النار».',
      'وأضافت أن الفرق سجلت حالات جديدة، مشيرة إلى أن «الأرقام الحقيقية أعلى على الأرجح من المعلن».',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['عدنان أبو حسنة', 'عدنان أبو حسنة', 'حنان بلخي', 'حنان بلخي']);
  });

  it('ignores unbalanced marks without swallowing the text', () => {
    const quotes = extractQuotes(['He said “this never closes and the paragraph goes on. Then “a real quotation of several words” appears.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toContain('this never closes');
    expect(extractQuotes(['He said « never closed at all and more words'])).toEqual([]);
  });

  it('bounds a 5,000-word quotation', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    const quotes = extractQuotes([`The senator said: “${long}.” Then she left.`]);
    // Linear in the quotation's length (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const words = Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
      return () => extractQuotes([`The senator said: “${words}.” Then she left.`]);
    }, 2500);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.length).toBeLessThanOrEqual(5001);
    expect(quotes[0].sentence.length).toBeLessThanOrEqual(1501);
  });
});
