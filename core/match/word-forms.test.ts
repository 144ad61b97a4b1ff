import { describe, expect, it } from 'vitest';
import type { Term } from '../dossier/types';
import { compileMatcher } from './compile-matcher';
import { countTerms } from './match-page';
import { markWordForms } from './word-forms';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

/** Whether one term (in a dossier of `language`) is found in `text`. */
function finds(term: Term, text: string, language = 'en'): boolean {
  const matcher = compileMatcher([{ id: 'd', language, topics: [{ id: 't', label: 't', level: 'story', terms: [term] }] }]);
  return countTerms(matcher, { title: text, lead: '', metadata: '', body: '', outside: '' }).length > 0;
}

function expectForms(term: Term, found: string[], notFound: string[] = [], language = 'en'): void {
  for (const text of found) expect(finds(term, text, language), `${term.text} in "${text}"`).toBe(true);
  for (const text of notFound) expect(finds(term, text, language), `${term.text} not in "${text}"`).toBe(false);
}

describe('word forms by language', () => {
  it('German: plural and genitive endings, not compounds or derived words', () => {
    expectForms({ text: 'Einheit', lang: 'de' }, ['die Einheiten der Armee', 'Einheit'], ['einheitlich', 'die Einheitsfront']);
    expectForms({ text: 'Suezkanal', lang: 'de' }, ['des Suezkanals'], ['Suezkanalbehörde']);
    // The Snowball stem ("uberwach") lets the verb forms in.
    expectForms({ text: 'Überwachung', lang: 'de' }, ['Überwachungen', 'überwachte Palästinenser', 'überwachten'], ['Überwachungskamera']);
  });

  it('Turkish: suffixes chained onto the whole word (the stemmer’s "depre" would take "depresyon")', () => {
    expectForms({ text: 'deprem', lang: 'tr' }, ['depremde', 'depremin', 'depremlerinde'], ['depresyon', 'depresif']);
    expectForms({ text: 'Myanmar', lang: 'en' }, ["Myanmar'da"]);
  });

  it('Russian and Ukrainian: case endings, also where they replace the base ending', () => {
    expectForms({ text: 'Пригожин', lang: 'ru' }, ['Пригожина', 'Пригожиным', 'Пригожину'], ['Пригожинский район Москвы']);
    expectForms({ text: 'армия', lang: 'ru' }, ['армии', 'армией', 'армию'], ['армянский']);
    expectForms({ text: 'розвідка', lang: 'uk' }, ['розвідки', 'розвідку']);
  });

  it('Polish (no stemmer): a final vowel is an ending', () => {
    expectForms({ text: 'Birma', lang: 'pl' }, ['Birmy', 'w Birmie', 'Birmą'], ['Birmańczycy']);
  });

  it('Finnish: case endings and consonant changes of -s words', () => {
    expectForms({ text: 'maanjäristys', lang: 'fi' }, ['maanjäristyksen', 'maanjäristyksessä', 'maanjäristykset']);
    expectForms({ text: 'armeija', lang: 'fi' }, ['armeijan', 'armeijalle']);
  });

  it('Hungarian: suffixes', () => {
    expectForms({ text: 'hadsereg', lang: 'hu' }, ['hadseregnek', 'hadseregben']);
  });

  it('Spanish, Portuguese, French: plurals, with diacritics changing between forms', () => {
    expectForms({ text: 'investigación', lang: 'es' }, ['investigaciones']);
    expectForms({ text: 'investigação', lang: 'pt' }, ['investigações']);
    expectForms({ text: 'palestinien', lang: 'fr' }, ['palestiniens', 'palestinienne']);
  });

  it('Greek: case endings', () => {
    expectForms({ text: 'στρατός', lang: 'el' }, ['στρατού', 'στρατό']);
  });

  it('Hindi: plural/oblique endings that replace a final vowel sign', () => {
    expectForms({ text: 'निगरानी', lang: 'hi' }, ['निगरानी', 'निगरानियों']);
    expectForms({ text: 'फ़िलिस्तीनी', lang: 'hi' }, ['फ़िलिस्तीनियों']);
  });

  it('Bengali: case endings on names', () => {
    expectForms({ text: 'মাইক্রোসফট', lang: 'bn' }, ['মাইক্রোসফটের', 'মাইক্রোসফটকে', 'মাইক্রোসফটে']);
    expectForms({ text: 'ইসরায়েল', lang: 'bn' }, ['ইসরায়েলের', 'ইসরায়েলি']);
  });

  it('Arabic: proclitics (ال, و+ب, ل) with suffixes and ة', () => {
    expectForms({ text: 'مايكروسوفت', lang: 'ar' }, ['لمايكروسوفت', 'ومايكروسوفت', 'مايكروسوفتها']);
    expectForms({ text: 'مراقبة', lang: 'ar' }, ['المراقبة', 'وبالمراقبة', 'بمراقبتها', 'مراقبات']);
    expectForms({ text: 'فلسطيني', lang: 'ar' }, ['الفلسطينيين', 'والفلسطينيون']);
  });

  it('Hebrew: prefixes (ה ב ש ו, and two of them) and the construct ה → ת', () => {
    expectForms({ text: 'יחידה', lang: 'he' }, ['היחידה', 'ביחידה', 'שהיחידה', 'ושהיחידה', 'יחידת 8200', 'היחידות']);
    expectForms({ text: 'מיקרוסופט', lang: 'he' }, ['במיקרוסופט', 'שמיקרוסופט', 'למיקרוסופט']);
  });

  it('Persian: plural and ezafe endings, also across a removed zero-width non-joiner', () => {
    expectForms({ text: 'اسرائیل', lang: 'fa' }, ['اسرائیلی', 'اسرائیل\u200cها', 'ارتش اسرائیل']);
  });

  it('multi-word terms: each long word takes its forms', () => {
    expectForms({ text: 'Israeli military', lang: 'en' }, ['Israeli militaries', 'the Israelis’ military'], ['Israeli militarisation']);
    expectForms({ text: 'израильская армия', lang: 'ru' }, ['израильской армии', 'израильскую армию']);
  });
});

describe('names across languages', () => {
  it('takes a short continuation in any language, not a different spelling', () => {
    expectForms({ text: 'Myanmar', lang: 'en' }, ['Myanmars Militär', 'Myanmarban', "Myanmar'ın"], ['Mjanmy', 'Myanmarczycyków']);
  });

  it('uses the dossier language for terms without their own', () => {
    expect(markWordForms('armia', 'Armia', 'pl')).toBe('armi\u0084a');
    expectForms({ text: 'Armia' }, ['Armii'], [], 'pl');
    // The same spelling in an English dossier only takes endings after its last letter.
    expectForms({ text: 'Armia' }, ['Armias'], ['Armii'], 'en');
  });

  it('does not stem a word with a stemmer of another script', () => {
    // A Cyrillic term marked English gets the language-independent rule only.
    expect(markWordForms('армия', 'армия', 'en')).toBe('армия\u0083');
  });
});

describe('what stays exact', () => {
  it('short words', () => {
    expectForms({ text: 'Ever' }, ['Ever'], ['Everest', 'Evers']);
    expectForms({ text: 'Gaza', lang: 'de' }, ['Gaza'], ['Gazastreifen']);
    expectForms({ text: 'Газа', lang: 'ru' }, ['Газа'], ['Газы']);
  });

  it('numbers and words with digits', () => {
    expectForms({ text: 'Unit 8200' }, ['Unit 8200', 'Unit-8200'], ['Unit 82001', 'Units 8200']);
    expectForms({ text: '2025' }, ['2025'], ['20250']);
    expect(markWordForms('f-35a', 'F-35A', 'en')).toBe('f-35a');
  });

  it('acronyms in capitals', () => {
    expectForms({ text: 'UNRWA' }, ['UNRWA'], ['UNRWAs']);
    expectForms({ text: 'NATO', lang: 'de' }, ['NATO'], ['NATOs']);
  });

  it('terms marked exact', () => {
    expectForms({ text: 'Einheit', lang: 'de', exact: true }, ['Einheit'], ['Einheiten']);
  });

  it('prefix terms keep their unbounded prefix', () => {
    expectForms({ text: 'Streik', lang: 'de', prefix: true }, ['Streikwelle', 'Streiks']);
  });

  it('evidence shows the dossier’s spelling, not the page’s form', () => {
    const matcher = compileMatcher([{ id: 'd', language: 'de', topics: [{ id: 't', label: 't', level: 'story', terms: [{ text: 'Einheit', group: 'a' }, { text: 'Suezkanal', group: 'b' }] }] }]);
    const found = countTerms(matcher, { title: 'Einheiten am Suezkanals', lead: '', metadata: '', body: '', outside: '' });
    expect(found.map((f) => f.spelling.replace(/[\u0080-\u009f]/g, '')).sort()).toEqual(['einheit', 'suezkanal']);
  });
});

describe('bad input', () => {
  it('a word of 1,000 letters and mixed scripts compile and match in bounded time', () => {
    const long = 'a'.repeat(1000);
    expect(finds({ text: long, lang: 'de' }, `${long}en`)).toBe(true);
    expect(finds({ text: 'Microsoftмайкрософт', lang: 'ru' }, 'Microsoftмайкрософта')).toBe(true);
    expect(finds({ text: 'abc\u0001defgh', lang: 'en' }, 'abc defgh')).toBe(true);
    // A C1 control character in a term would read as a form mark: it separates words instead.
    expect(finds({ text: 'abc\u0085defgh', lang: 'en' }, 'abc defgh')).toBe(true);
    // Bounded: a word 4× as long costs about 4× (a ratio in the same run, not a wall-clock gate: issue 16).
    // At this size; from some 10,000 letters on, one word's cost grows faster than its length (seen:
    // 10,000 -> 40,000 letters, ×12 to ×17), far beyond any real word.
    const ratio = scalingRatio((n) => {
      const word = 'a'.repeat(n);
      return () => finds({ text: word, lang: 'de' }, `${word}en`);
    }, 1000, { reps: 7 });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
