// Terms that would make a topic match pages about anything: a stopword ("the", "في"), a bare number,
// one letter. Validation refuses only what can never work (empty, one character); these are allowed
// (the built-in dossier has "8200" for good reason) but the reader is told what they risk.
import stopwordsIso from 'stopwords-iso';

export type TermWarning = 'stopword' | 'number' | 'one-letter';

// stopwords-iso's English list carries two company names from its web-crawl origins; a story may
// well need them as terms.
const NOT_STOPWORDS = new Set(['microsoft', 'netscape']);

const lists = stopwordsIso as Record<string, string[]>;
let byLanguage: Map<string, Set<string>> | undefined;
let anyLanguage: Set<string> | undefined;

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und').trim();
}

function loadStopwords(): { byLanguage: Map<string, Set<string>>; anyLanguage: Set<string> } {
  if (!byLanguage || !anyLanguage) {
    byLanguage = new Map();
    anyLanguage = new Set();
    for (const [language, words] of Object.entries(lists)) {
      const folded = new Set(words.map(fold).filter((word) => !NOT_STOPWORDS.has(word)));
      byLanguage.set(language, folded);
      folded.forEach((word) => anyLanguage!.add(word));
    }
  }
  return { byLanguage, anyLanguage };
}

/** Whether `word` is a stopword of `lang` (its primary subtag), or of any language when the term has none. */
export function isStopword(word: string, lang?: string): boolean {
  const { byLanguage: languages, anyLanguage: all } = loadStopwords();
  const primary = lang?.split(/[-_]/)[0]?.toLowerCase();
  const list = primary ? languages.get(primary) : undefined;
  return (list ?? all).has(fold(word));
}

/**
 * Why a term is risky, or null. A phrase of stopwords only ("of the") counts as one; a phrase with one
 * real word in it does not.
 */
export function findTermWarning(text: string, lang?: string): TermWarning | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if ([...trimmed].length === 1) return 'one-letter';
  if (/\p{N}/u.test(trimmed) && /^[\p{N}\s.,:/%+\-\u066b\u066c]+$/u.test(trimmed)) return 'number';
  const words = trimmed.split(/[\s\u00a0]+/);
  if (words.every((word) => isStopword(word, lang))) return 'stopword';
  return null;
}
