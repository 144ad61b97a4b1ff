import { describe, expect, it } from 'vitest';
import { listLatinVariants, transliterateToCyrillic } from './transliterate';

describe('transliterateToCyrillic', () => {
  it('writes romanised names as Russian-language news does', () => {
    expect(transliterateToCyrillic('Prigozhin')).toBe('Пригожин');
    expect(transliterateToCyrillic('Yevgeny Prigozhin')).toBe('Евгений Пригожин');
    expect(transliterateToCyrillic('Beirut')).toBe('Бейрут');
    expect(transliterateToCyrillic('Erdogan')).toBe('Эрдоган');
    expect(transliterateToCyrillic('Zelensky')).toBe('Зеленский');
  });

  it('leaves short words, acronyms and other scripts alone', () => {
    expect(transliterateToCyrillic('Suez')).toBeNull();
    expect(transliterateToCyrillic('NATO')).toBeNull();
    expect(transliterateToCyrillic('بيروت')).toBeNull();
    expect(transliterateToCyrillic('Müller 2024')).toBeNull();
  });
});

describe('listLatinVariants', () => {
  it('gives the German, French, Polish and Romanian spellings of names romanised from Cyrillic', () => {
    const variants = Object.fromEntries(listLatinVariants('Prigozhin').map((v) => [v.lang, v.text]));
    expect(variants).toEqual({ de: 'Prigoschin', fr: 'Prigojine', pl: 'Prigożyn', ro: 'Prigojin' });
    expect(listLatinVariants('Zelensky').map((v) => v.text)).toContain('Selenski');
    expect(listLatinVariants('Khodorkovsky').map((v) => v.text)).toContain('Chodorkowski');
  });

  it('gives none for names that do not look romanised from Cyrillic', () => {
    expect(listLatinVariants('Wagner')).toEqual([]);
    expect(listLatinVariants('Notre-Dame')).toEqual([]);
    expect(listLatinVariants('Ever Given')).toEqual([]);
  });
});
