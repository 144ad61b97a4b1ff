import { describe, expect, it } from 'vitest';
import { extractCitedSources, mergeSources } from './extract-cited-sources';
import { findAttributions } from './find-attributions';
import { splitSentences } from './split-sentences';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const sourcesOf = (paragraphs: string[], links: { href: string; text: string }[] = [], url?: string) =>
  extractCitedSources(splitSentences(paragraphs), links, url).map((s) => [s.name, s.kind]);

describe('findAttributions in English', () => {
  it.each([
    ['The deal was off, according to a report by "The Guardian".', 'The Guardian', 'news-outlet'],
    ["The Guardian's report indicates that officials knew.", 'The Guardian', 'news-outlet'],
    ['“It is over,” Dr. Amina Diallo, who leads the team, told Reuters.', 'Amina Diallo', 'person'],
    ['“It is over,” Dr. Amina Diallo, who leads the team, told Reuters.', 'Reuters', 'news-outlet'],
    ['Senate Majority Leader Chuck Schumer said in a floor speech that it passed.', 'Chuck Schumer', 'person'],
    ['A spokesperson for the Ministry of Trade, Industry and Energy said aid would follow.', 'Ministry of Trade, Industry and Energy', 'organisation'],
    ['The White House said in a statement that the visit was off.', 'White House', 'organisation'],
    ['The figures were confirmed, according to the national statistics office.', 'national statistics office', 'organisation'],
    ['Economists polled by Bloomberg had expected the move.', 'Bloomberg', 'news-outlet'],
    ['The decision follows reporting by The Guardian in August.', 'The Guardian', 'news-outlet'],
    ['In an internal memo seen by The Verge, the CTO blamed a faulty change.', 'The Verge', 'news-outlet'],
    ['The layoffs will take effect in November, the company said in a regulatory filing.', 'regulatory filing', 'document'],
  ])('%s → %s', (sentence, name, kind) => {
    expect(findAttributions(sentence)).toContainEqual(expect.objectContaining({ name, kind }));
  });

  it('splits conjoined subjects and ignores pronouns and anonymous sources', () => {
    const names = findAttributions('Samsung Electronics and SK Hynix did not respond to requests for comment. He said officials told reporters nothing.').map((a) => a.name);
    expect(names).toEqual(['Samsung Electronics', 'SK Hynix']);
  });

  it('does not read transitive verbs with a named object as speech', () => {
    expect(findAttributions('The Senate on Wednesday confirmed Maria Delgado as secretary of labor.')).toEqual([]);
  });

  it('names the owner of a social post and of an email', () => {
    const seed = findAttributions('The official account of "No Azure for Apartheid" on the "X" platform also confirmed this.');
    expect(seed).toContainEqual(expect.objectContaining({ name: 'No Azure for Apartheid on X', kind: 'social-post' }));
    const email = sourcesOf(['The decision was made by its president, Brad Smith, who said in an internal email to staff, "We do not provide such technology to anyone."']);
    expect(email).toContainEqual(["Brad Smith's internal email", 'document']);
    expect(email).toContainEqual(['Brad Smith', 'person']);
  });
});

describe('findAttributions in Arabic', () => {
  it.each([
    ['وقال المتحدث باسم الوكالة عدنان أبو حسنة لقناة الجزيرة إن الوضع كارثي.', 'عدنان أبو حسنة', 'person'],
    ['وقال المتحدث باسم وكالة الأونروا عدنان أبو حسنة إن الوضع كارثي.', 'وكالة الأونروا', 'organisation'],
    ['وقال المتحدث باسم الجيش الإسرائيلي إن العملية انتهت.', 'الجيش الإسرائيلي', 'organisation'],
    ['وقالت الخبيرة الاقتصادية في بنك الاستثمار القومي سلمى حسين: «الخطوة كانت متوقعة».', 'سلمى حسين', 'person'],
    ['وقالت حركة "لا لأزور من أجل الأبارتهايد" في بيان إن القرار "انتصار غير مسبوق لكنه لا يكفي".', 'حركة لا لأزور من أجل الأبارتهايد', 'organisation'],
    ['وكانت وكالة «فيتش» للتصنيف الائتماني قد ثبتت تصنيف المملكة، وفقاً لبيان نشرته على موقعها.', 'وكالة فيتش', 'organisation'],
    ['وقال المتحدث باسم الوكالة عدنان أبو حسنة لقناة الجزيرة إن الوضع كارثي.', 'قناة الجزيرة', 'news-outlet'],
    ['وبحسب بيانات وزارة الصحة في غزة، ارتفع عدد الضحايا.', 'وزارة الصحة', 'organisation'],
    ['وذكرت صحيفة «هسبريس» المغربية أن الاتحاد سيكافئ اللاعبين.', 'صحيفة هسبريس المغربية', 'news-outlet'],
    ['ونقلت وكالة الأنباء الفرنسية عن الخبير في البنك الدولي كريم الحسيني قوله إن المشكلة قائمة.', 'كريم الحسيني', 'person'],
    ['وقال مصدر عسكري لـ«الشرق الأوسط» إن الانسحاب لم يكتمل.', 'الشرق الأوسط', 'news-outlet'],
    ['نقلا عن وكالة رويترز، ارتفعت الأسعار.', 'وكالة رويترز', 'news-outlet'],
    ['وأفاد التقرير الربعي الصادر عن الوزارة أن الإنفاق ارتفع.', 'التقرير الربعي', 'document'],
  ])('%s → %s', (sentence, name, kind) => {
    expect(findAttributions(sentence)).toContainEqual(expect.objectContaining({ name, kind }));
  });

  it('skips anonymous sources and pronouns', () => {
    expect(findAttributions('وقال مصدر مطلع إن المفاوضات متعثرة. وأضاف أنه لا جديد.')).toEqual([]);
  });

  it('never cites a country or capital, nor a bare organisation noun', () => {
    expect(findAttributions('وقالت السعودية إنها ستضخ استثمارات جديدة.')).toEqual([]);
    expect(findAttributions('وقالت حركة في بيان إن القرار لا يكفي.')).toEqual([]);
  });
});

describe('findAttributions: owners named elsewhere in the sentence', () => {
  it.each([
    ['Fitch Ratings downgraded Ghana on Friday, according to a statement it published after markets closed.', 'Fitch Ratings'],
    ['The International Monetary Fund approved a $370 million disbursement in July, according to its website.', 'International Monetary Fund'],
    ['"This is a victory, but it is not enough for us," the No Azure for Apartheid campaign said.', 'No Azure for Apartheid'],
    ['In an email to employees, Brad Smith, Microsoft\'s vice chair and president, said the company had acted.', 'Brad Smith'],
  ])('%s → %s', (sentence, name) => {
    expect(findAttributions(sentence).map((a) => a.name)).toContain(name);
  });

  it('does not take places for sources', () => {
    expect(findAttributions('Israel said the change would not harm its capabilities.')).toEqual([]);
    expect(findAttributions('Officials in Washington said the talks would resume.')).toEqual([]);
  });
});

describe('extractCitedSources', () => {
  it('resolves a bare surname to the full name written earlier, or later', () => {
    expect(sourcesOf(['Brad Smith, the president, met staff.', '"We do not provide such technology to anyone," Smith wrote.'])).toEqual([['Brad Smith', 'person']]);
    expect(sourcesOf(['"We have been at the table for months," Ortega said.', 'Capt. Luis Ortega leads the pilots\' council.'])).toEqual([['Luis Ortega', 'person']]);
    expect(sourcesOf(['وقال وزير المالية أحمد كجوك إن القرار صائب.', 'وأضاف كجوك أن الحكومة تستهدف خفض الدين.'])).toEqual([['أحمد كجوك', 'person']]);
    expect(sourcesOf(['Anthony Fauci, the top infectious disease expert, said masks work.', '“If I were to use the word lockdown, I’d be in trouble,” Dr Fauci said.'])).toEqual([['Anthony Fauci', 'person']]);
  });

  it('names a common-noun document by its owner and drops it when there is none', () => {
    expect(sourcesOf(['In an email to employees on Thursday, Brad Smith, Microsoft\'s vice chair, said the company had acted.'])).toEqual([['Brad Smith', 'person'], ["Brad Smith's email", 'document']]);
    expect(sourcesOf(['Hanwon Semiconductor will cut 1,200 jobs.', 'The layoffs take effect in November, the company said in a regulatory filing.']))
      .toContainEqual(["Hanwon Semiconductor's regulatory filing", 'document']);
    expect(sourcesOf(['The plan was described in an email.'])).toEqual([]);
  });

  it('cites the organisation or person that "the company said" and "he said" point back to', () => {
    expect(sourcesOf(['CHICAGO (AP) — Harlan Airways will cancel 300 flights, the company said Thursday.'])).toEqual([['Harlan Airways', 'organisation']]);
  });

  it('folds an Arabic outlet description into the outlet named before', () => {
    const sources = sourcesOf(['وبحسب صحيفة الغارديان البريطانية، فإن الشركة تحققت.', 'ويقتصر القرار على الخدمات، وفق ما نقلته الصحيفة البريطانية.']);
    expect(sources).toEqual([['صحيفة الغارديان البريطانية', 'news-outlet']]);
  });


  it('merges several mentions of one source, keeping every evidence sentence', () => {
    const sources = extractCitedSources(splitSentences([
      'Talks stalled, according to a report by "The Guardian".',
      'The Guardian\'s report indicates that the army moved data.',
      'Tomas Reyes, the governor, told a news conference rates would rise. “Price stability is not negotiable,” Reyes said.',
    ]));
    expect(sources.map((s) => [s.name, s.kind, s.evidence.length])).toEqual([['The Guardian', 'news-outlet', 2], ['Tomas Reyes', 'person', 2]]);
  });

  it('cites outbound links to other sites and skips same-site navigation and non-web links', () => {
    const sources = sourcesOf(['The findings are in the Global Methane Status Report, the agency said.'], [
      { href: 'https://www.unep.org/resources/global-methane-status-report-2025', text: 'Global Methane Status Report' },
      { href: 'https://news.example.org/climate', text: 'Climate' },
      { href: '/about', text: 'About us' },
      { href: 'mailto:desk@example.org', text: 'Email us' },
      { href: 'https://www.reuters.com/world/some-story', text: 'reported earlier' },
      { href: 'https://x.com/someone/status/1', text: 'a post' },
    ], 'https://news.example.org/climate/methane');
    expect(sources).toEqual([['Global Methane Status Report', 'document'], ['Reuters', 'news-outlet'], ['a post', 'social-post']]);
  });

  it('folds a generic document mention into the named document', () => {
    const merged = mergeSources([
      { name: 'Global Methane Status Report', kind: 'document', evidence: ['a'] },
      { name: 'report', kind: 'document', evidence: ['b'] },
    ]);
    expect(merged).toEqual([{ name: 'Global Methane Status Report', kind: 'document', evidence: ['a', 'b'] }]);
  });

  it('stays bounded on thousands of attributions', () => {
    const attributions = (n: number) => Array.from({ length: n }, (_, i) => `Person Number${i} Smith said the figure was ${i}.`);
    const sources = extractCitedSources(splitSentences(attributions(3000)));
    expect(sources.length).toBeLessThanOrEqual(100);
    // Linear in the count (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const sentences = splitSentences(attributions(n));
      return () => extractCitedSources(sentences);
    }, 300, { reps: 2 });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
