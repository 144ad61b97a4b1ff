import { describe, expect, it } from 'vitest';
import { MIN_SOUND_KEY, nameSoundKeys, SILENT_R_MARK, soundKey } from './sound-key';

// Each name beside the spellings real coverage gives it in other scripts.
const SAME: [string, string[]][] = [
  ['Prigozhin', ['Пригожин', 'بريغوجين', 'プリゴジン', 'Prigojine']],
  ['Navalny', ['Навальный', 'نافالني', 'नवलनी']],
  ['CrowdStrike', ['كراودسترايك', 'クラウドストライク']],
  ['Notre-Dame', ['نوتر دام', 'ノートルダム']],
  ['Sam Altman', ['サム・アルトマン']],
  ['Chandrayaan', ['चंद्रयान', 'Чандраян', 'تشاندرايان', 'チャンドラヤーン']],
  ['Bankman-Fried', ['バンクマン・フリード', 'Бэнкман-Фрид']],
  ['Valencia', ['Валенсия', 'فالنسيا', 'バレンシア']],
  ['Mitsotakis', ['Μητσοτάκης']],
  ['Erdogan', ['Эрдоган', 'أردوغان', 'Erdoğan']],
];

describe('soundKey', () => {
  it.each(SAME)('gives %s the skeleton of its spellings in other scripts', (name, others) => {
    for (const other of others) expect(soundKey(other), other).toBe(soundKey(name));
  });

  it('tells different names apart', () => {
    expect(soundKey('Prigozhin')).not.toBe(soundKey('Navalny'));
    expect(soundKey('Пригожин')).not.toBe(soundKey('Путин'));
    expect(soundKey('Altman')).not.toBe(soundKey('Murati'));
  });

  it('keeps Katakana voicing marks and Hangul syllables whole (no NFKD of other scripts)', () => {
    expect(soundKey('バ')).toBe('B');
    expect(soundKey('김정은')).toBe(soundKey('Kim Jong Un')); // initial and final jamo
  });

  it('ignores what is not a letter it knows', () => {
    expect(soundKey('2023 — !!')).toBe('');
    expect(soundKey('漢字')).toBe('');
  });
});

describe('nameSoundKeys', () => {
  it('gives names the keys of the ways other languages hear them', () => {
    expect(nameSoundKeys('Wagner Group')).toContain(soundKey('Вагнер Гроуп'));
    expect(nameSoundKeys('Ever Given')).toContain(soundKey('إيفر جيفن'));
  });

  it('marks keys with a silent "r" for Japanese and Korean only', () => {
    const keys = nameSoundKeys('Ever Given');
    expect(keys).toContain(SILENT_R_MARK + soundKey('エバーギブン'));
    expect(keys).not.toContain(soundKey('エバーギブン'));
  });

  it('gives nothing for acronyms, lower-case words, other scripts and short skeletons', () => {
    expect(nameSoundKeys('NATO')).toEqual([]);
    expect(nameSoundKeys('explosion')).toEqual([]);
    expect(nameSoundKeys('Пригожин')).toEqual([]);
    expect(nameSoundKeys('Abe')).toEqual([]);
    for (const key of nameSoundKeys('Titan Submersible')) expect(key.replace(SILENT_R_MARK, '').length).toBeGreaterThanOrEqual(MIN_SOUND_KEY);
  });
});
