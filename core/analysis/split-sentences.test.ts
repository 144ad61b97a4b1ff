import { describe, expect, it } from 'vitest';
import { splitParagraph, splitParagraphs, splitSentences, MAX_SENTENCES } from './split-sentences';

describe('splitParagraph', () => {
  it('splits English sentences but not on abbreviations, initials or times', () => {
    expect(splitParagraph('Sen. Mitch McConnell spoke at 9 a.m. Eastern time. U.S. District Judge Helen Marsh ruled. Then it ended.')).toEqual([
      'Sen. Mitch McConnell spoke at 9 a.m. Eastern time.', 'U.S. District Judge Helen Marsh ruled.', 'Then it ended.',
    ]);
  });

  it('keeps a closed quotation in one sentence and splits after a closing quote', () => {
    expect(splitParagraph('Smith said, "We do not. We never did." The Guardian\'s report says so.')).toEqual([
      'Smith said, "We do not. We never did."', "The Guardian's report says so.",
    ]);
    expect(splitParagraph('“This is it.” Next sentence here.')).toEqual(['“This is it.”', 'Next sentence here.']);
  });

  it('splits Arabic on . ؟ ! ؛ but not on the Arabic comma', () => {
    expect(splitParagraph('قال المتحدث: «الوضع كارثي. والناس ينتظرون». وأضاف أن الوكالة حذرت، مجددا؟ نعم؛ هذا صحيح')).toEqual([
      'قال المتحدث: «الوضع كارثي. والناس ينتظرون».', 'وأضاف أن الوكالة حذرت، مجددا؟', 'نعم؛', 'هذا صحيح',
    ]);
  });

  it('does not let an unclosed quotation swallow a long paragraph', () => {
    const text = `He said “${'Words and more words. '.repeat(200)}`;
    expect(splitParagraph(text).length).toBeGreaterThan(10);
  });
});

describe('splitSentences', () => {
  it('uses given paragraphs or the text lines, and caps the count', () => {
    expect(splitParagraphs('One.\n\n  Two  two.\n', undefined)).toEqual(['One.', 'Two two.']);
    const many = splitSentences(['Go now. '.repeat(MAX_SENTENCES + 50)]);
    expect(many).toHaveLength(MAX_SENTENCES);
    expect(many[1]).toEqual({ text: 'Go now.', paragraph: 0, index: 1 });
  });
});
