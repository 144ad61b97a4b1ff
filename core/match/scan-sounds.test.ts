import { describe, expect, it } from 'vitest';
import type { Dossier, Term } from '../dossier/types';
import { compileMatcher } from './compile-matcher';
import { matchPage } from './match-page';

// A story drafted in English, read in other scripts: its names are found by ear (term.byEar).
function dossierWith(byEar: boolean): Dossier {
  const name = (text: string, group: string): Term => ({ text, group, weight: 3, ...(byEar ? { byEar: true } : {}) });
  return {
    id: 'mutiny',
    topics: [
      {
        id: 'story',
        label: 'Wagner mutiny',
        level: 'story',
        terms: [name('Yevgeny Prigozhin', 'prigozhin'), name('Prigozhin', 'prigozhin'), name('Wagner Group', 'wagner'), name('Wagner', 'wagner')],
        require: { groups: 2, score: 4 },
      },
    ],
  } as unknown as Dossier;
}

const page = (title: string, lead: string) => ({ title, lead, metadata: '', body: lead, outside: '' });

describe('names found by ear', () => {
  const matcher = compileMatcher([dossierWith(true)]);

  it('finds the story in Russian (with case endings), Arabic (with proclitics) and Japanese', () => {
    const ru = matchPage(matcher, page('Мятеж Пригожина: что известно', 'Основатель группы «Вагнер» Евгений Пригожин'));
    expect(ru[0]?.level).toBe('story');
    expect(ru[0]?.evidence.map((e) => e.term)).toContain('пригожин');
    const ar = matchPage(matcher, page('تمرد فاغنر', 'قال بريغوجين إن قوات لفاغنر دخلت روستوف'));
    expect(ar[0]?.level).toBe('story');
    const ja = matchPage(matcher, page('ワグネル反乱', 'プリゴジン氏が率いるワグネル・グループ'));
    expect(ja[0]?.level).toBe('story');
  });

  it('shows the page its own spelling as evidence', () => {
    const [match] = matchPage(matcher, page('Мятеж Пригожина', 'Пригожин и «Вагнер»'));
    expect(match.evidence.some((e) => e.term === 'пригожина' || e.term === 'пригожин')).toBe(true);
  });

  it('finds nothing for names without byEar, or in pages that do not name them', () => {
    expect(matchPage(compileMatcher([dossierWith(false)]), page('Мятеж Пригожина', 'Пригожин и «Вагнер»'))).toEqual([]);
    expect(matchPage(matcher, page('Путин провёл совещание', 'Президент России встретился с министрами'))).toEqual([]);
  });

  it('never reads Latin text by ear: a Latin page must spell the name', () => {
    expect(matchPage(matcher, page('Brigitte Jansen on Wagnerian opera', 'Prigogine and Wagner'))).toEqual([]);
  });
});
