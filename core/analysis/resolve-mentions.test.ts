import { describe, expect, it } from 'vitest';
import { isPlaceName } from './places';
import { findPersonNames, latestMention, personNameFromRun, resolveShortName, sentenceSubject, splitArabicTitle, type Mention } from './resolve-mentions';

describe('personNameFromRun / findPersonNames', () => {
  it.each([
    ['Capt. Luis Ortega', 'Luis Ortega'],
    ['Brad Smith', 'Brad Smith'],
    ['In April', null],
    ['Federal Aviation Administration', null],
    ['New York', null],
    ['Transport Canada', null],
    ['Vendor Glenn Jones', 'Glenn Jones'],
    ['However Prof Lewin', null],
  ])('%s → %s', (run, name) => {
    expect(personNameFromRun(run)).toBe(name);
  });

  it('finds full names outside quotations', () => {
    expect(findPersonNames("In an email on Thursday, Brad Smith, Microsoft's vice chair, said the Israel Ministry of Defense was told.")).toEqual([{ name: 'Brad Smith', strong: true }]);
    expect(findPersonNames('Residents of Desert Hot Springs met Anna Lee on Nursery Road.')).toEqual([{ name: 'Anna Lee', strong: false }]);
    expect(findPersonNames('Capt. Luis Ortega disputed that.')).toEqual([{ name: 'Luis Ortega', strong: true }]);
  });
});

describe('resolveShortName', () => {
  const mentions: Mention[] = [
    { name: 'Brad Smith', kind: 'person', sentence: 1 },
    { name: 'Smith College', kind: 'organisation', sentence: 2 },
    { name: 'Anna Smith', kind: 'person', sentence: 5 },
  ];
  it('takes the latest person with that last name before the sentence, else the first after', () => {
    expect(resolveShortName('Smith', mentions, 3)?.name).toBe('Brad Smith');
    expect(resolveShortName('Smith', mentions, 6)?.name).toBe('Anna Smith');
    expect(resolveShortName('Smith', mentions, 0)?.name).toBe('Brad Smith');
    expect(resolveShortName('Jones', mentions, 3)).toBeNull();
    expect(resolveShortName('Brad Smith', mentions, 3)).toBeNull();
  });
  it('finds the latest mention of a kind matching a cue', () => {
    const orgs: Mention[] = [{ name: 'Ministry of Finance', kind: 'organisation', sentence: 0 }, { name: 'Harlan Group', kind: 'organisation', sentence: 1 }];
    expect(latestMention(orgs, 2, 'organisation')?.name).toBe('Harlan Group');
    expect(latestMention(orgs, 2, 'organisation', /ministry/i)?.name).toBe('Ministry of Finance');
  });
});

describe('sentenceSubject', () => {
  it.each([
    ['LONDON, Nov 14 (Reuters) - Fitch Ratings downgraded Ghana on Friday.', 'Fitch Ratings'],
    ['The International Monetary Fund approved a disbursement in July.', 'International Monetary Fund'],
    ['CHICAGO (AP) — Harlan Airways will cancel about 300 flights.', 'Harlan Airways'],
    ['Oil and gas producers account for a third of emissions.', null],
    ['Israel said the change would not matter.', null],
    ['Brad Smith said the company acted.', null],
  ])('%s → %s', (sentence, subject) => {
    expect(sentenceSubject(sentence)).toBe(subject);
  });
});

describe('splitArabicTitle', () => {
  it.each([
    ['المتحدث باسم الوكالة عدنان أبو حسنة', 'عدنان أبو حسنة', null],
    ['المتحدث باسم وكالة الأونروا عدنان أبو حسنة', 'عدنان أبو حسنة', 'وكالة الأونروا'],
    ['وزير الخارجية المصري بدر عبد العاطي', 'بدر عبد العاطي', null],
    ['الخبير في البنك الدولي كريم الحسيني', 'كريم الحسيني', null],
    ['المديرة الإقليمية للمنظمة حنان بلخي', 'حنان بلخي', null],
    ['المتحدث باسم الجيش الإسرائيلي', null, 'الجيش الإسرائيلي'],
  ])('%s → %s / %s', (phrase, name, organisation) => {
    expect(splitArabicTitle(phrase)).toEqual({ name, organisation });
  });
  it('leaves phrases without a title alone', () => {
    expect(splitArabicTitle('براد سميث')).toBeNull();
    expect(splitArabicTitle('الرئيس')).toBeNull();
  });
});

describe('isPlaceName', () => {
  it.each([['Israel', true], ['the United States', true], ['U.S.', true], ['القاهرة', true], ['وإسرائيل', true], ['السعودية', true],
    ['Israel Ministry of Defense', false], ['Transport Canada', false], ['Brad Smith', false], ['وزارة الصحة', false]])('%s → %s', (name, is) => {
    expect(isPlaceName(name)).toBe(is);
  });
});
