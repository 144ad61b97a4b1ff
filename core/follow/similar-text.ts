// Token-set similarity for merging a drafted article into a followed story: "the same point in
// other words" is judged on normalised, stopword-free, lightly stemmed words plus numbers. Names and
// numbers survive translation, so two languages only meet when they share enough of those.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { normalizeText } from '../text/normalize';

/** A text reduced to what similarity compares. */
export interface TextTokens {
  /** Stemmed content words (no stopwords, no numbers). */
  words: Set<string>;
  /** Numbers as written, thousands separators removed ("1,200" -> "1200"). */
  numbers: Set<string>;
  /** words ∪ numbers. */
  all: Set<string>;
  /** The language whose stopwords the text uses most, among the vocabulary's; null when unclear. */
  language: string | null;
}

/** Stopwords of the languages a merge involves, together and per language (to tell a text's language). */
export interface Vocabulary {
  stopwords: ReadonlySet<string>;
  byLanguage: ReadonlyMap<string, ReadonlySet<string>>;
}

/*
 * Thresholds, tuned on the sentences in merge-dossier.test.ts (and a few dozen paraphrases tried
 * while writing it): paraphrases of one English sentence score Jaccard 0.5–0.8 or containment ≥ 0.7
 * (one says more than the other); different facts about the same actors score ≤ 0.35; an English
 * and a French sentence on one fact share only names and numbers, ≤ 0.4 Jaccard and ≤ 0.6 containment.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;
export const NEAR_DUPLICATE_CONTAINMENT = 0.7;
/** Containment on fewer tokens than this is luck, not meaning ("Microsoft said" ⊂ anything). */
export const CONTAINMENT_MIN_TOKENS = 3;
/**
 * A short point inside a long one ("Win Myint was also detained" within a sentence about the party's
 * leadership that mentions it) is a sub-fact: merging would cite the new source for all the rest.
 * Seen on real coverage (eval/follow/dev, Myanmar): containment 0.8 at Jaccard 0.24.
 */
export const CONTAINMENT_MIN_JACCARD = 0.3;
/**
 * A dispute claims two sources disagree, so it needs the texts to agree on every word apart from
 * the number or date (Jaccard of the words alone). Conservative on purpose: a false dispute is worse
 * than a missed one.
 */
export const DISPUTE_WORD_JACCARD = 0.8;
/**
 * Two languages share cognates ("unit"/"unité", "revelations"/"révélations") besides names and
 * numbers: an English and a French sentence on related facts reached 0.56 Jaccard and 0.71
 * containment. Across languages only a high Jaccard counts, and containment not at all.
 */
export const CROSS_LANGUAGE_JACCARD = 0.75;

// Only the head of a text is compared: a key point is a sentence, and a hostile 100,000-word
// "sentence" must not cost more than a normal one.
const MAX_COMPARED_CHARS = 2000;

// stopwords-iso's English list (built for search engines) holds content words that name or
// measure things in news: they must count.
const CONTENT_WORDS = new Set([
  'microsoft', 'netscape', 'computer', 'research', 'information', 'website', 'webpage', 'homepage', 'world',
  'state', 'states', 'system', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'invention', 'novel',
  'goods', 'rooms', 'index', 'caption', 'members', 'member', 'group', 'groups', 'problem', 'problems',
]);

const languageCache = new Map<string, Set<string>>();

function readStopwords(code: string): Set<string> {
  const cached = languageCache.get(code);
  if (cached) return cached;
  const lists = stopwordsIso as unknown as Record<string, string[] | undefined>;
  const set = new Set<string>();
  for (const word of lists[code] ?? []) {
    const normalized = normalizeText(word);
    // The lists contain a few digit strings ("10"): numbers always count, never as stopwords.
    if (!/\d/.test(normalized) && !CONTENT_WORDS.has(normalized)) set.add(normalized);
  }
  languageCache.set(code, set);
  return set;
}

/** The primary subtags of BCP 47 tags: "fr-CA" -> "fr". */
function listLanguageCodes(languages: readonly (string | undefined | null)[]): string[] {
  return [...new Set(languages.flatMap((l) => (typeof l === 'string' && l !== '' ? [l.toLowerCase().split(/[-_]/)[0]] : [])))].sort();
}

/** Normalised stopwords of the given languages (BCP 47 tags), together and per language. */
export function makeVocabulary(languages: readonly (string | undefined | null)[]): Vocabulary {
  const byLanguage = new Map<string, ReadonlySet<string>>();
  const stopwords = new Set<string>();
  for (const code of listLanguageCodes(languages)) {
    const set = readStopwords(code);
    if (set.size === 0) continue;
    byLanguage.set(code, set);
    for (const word of set) stopwords.add(word);
  }
  return { stopwords, byLanguage };
}

/** Normalised stopwords of the given languages together. */
export function getStopwords(languages: readonly (string | undefined | null)[]): ReadonlySet<string> {
  return makeVocabulary(languages).stopwords;
}

const LATIN_LIKE = /^[a-z\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+$/;
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const ARABIC_SUFFIXES = ['ات', 'ون', 'ين', 'ان'];

/**
 * Light stemming: enough for "calls"/"called"/"calling" and "palestiniens"/"palestinien" to meet,
 * applied the same way to both sides so it only has to be consistent, not linguistically right.
 * Arabic: the article and common prepositional prefixes, and plural/dual suffixes.
 */
export function stemWord(word: string): string {
  if (LATIN_LIKE.test(word)) {
    if (word.length < 5) return word;
    if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
      // "access", "crisis", "status": a final s after s, i or u is not a plural.
      if (suffix === 's' && /[siu]s$/.test(word)) continue;
      return word.slice(0, -suffix.length);
    }
    return word;
  }
  let stem = word;
  for (const prefix of ARABIC_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= 2) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) return stem.slice(0, -suffix.length);
  }
  return stem;
}

// Thousands separators between digits ("1,200", "1.200", "1'200") are removed; a decimal comma
// becomes a point so "3,5" and "3.5" agree.
const THOUSANDS = /(\d)[,.'](?=\d{3}(?!\d))/g;
const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}\p{M}]+/gu;

/** Words and numbers of `text` for similarity, and its likely language (by its stopwords). */
export function tokenizeText(text: string, vocabulary: Vocabulary): TextTokens {
  const words = new Set<string>();
  const numbers = new Set<string>();
  const hits = new Map<string, number>();
  const normalized = normalizeText(typeof text === 'string' ? text.slice(0, MAX_COMPARED_CHARS) : '').replace(THOUSANDS, '$1');
  for (const raw of normalized.match(TOKEN) ?? []) {
    if (/^\d/.test(raw)) {
      numbers.add(raw.replace(',', '.'));
      continue;
    }
    // Single letters are elided articles and possessives: l'unité, d'Israël, Israel's.
    if (raw.length < 2) continue;
    if (vocabulary.stopwords.has(raw)) {
      for (const [code, set] of vocabulary.byLanguage) if (set.has(raw)) hits.set(code, (hits.get(code) ?? 0) + 1);
      continue;
    }
    words.add(stemWord(raw));
  }
  return { words, numbers, all: new Set([...words, ...numbers]), language: pickLanguage(hits) };
}

/** The language with the most stopword hits; null on a tie or none. */
function pickLanguage(hits: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tied = false;
  for (const [code, count] of hits) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) tied = true;
  }
  return tied ? null : best;
}

function isCrossLanguage(a: TextTokens, b: TextTokens): boolean {
  return a.language !== null && b.language !== null && a.language !== b.language;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const shared = countShared(a, b);
  return shared / (a.size + b.size - shared);
}

/** Share of the smaller set found in the larger one; 0 when the smaller set is too small to judge. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller < CONTAINMENT_MIN_TOKENS) return 0;
  return countShared(a, b) / smaller;
}

/**
 * How alike two texts are, 0..1, on the near-duplicate scale (≥ NEAR_DUPLICATE_JACCARD: the same point):
 * the better of Jaccard and thresholded containment; across languages, Jaccard over the stricter bar.
 */
export function scoreSimilarity(a: TextTokens, b: TextTokens): number {
  const j = jaccard(a.all, b.all);
  if (isCrossLanguage(a, b)) return j >= CROSS_LANGUAGE_JACCARD ? j : Math.min(j, NEAR_DUPLICATE_JACCARD / 2);
  if (j >= NEAR_DUPLICATE_JACCARD) return j;
  const c = containment(a.all, b.all);
  // Containment passes on its own threshold; report it on Jaccard's scale so one cut-off serves both.
  return c >= NEAR_DUPLICATE_CONTAINMENT && j >= CONTAINMENT_MIN_JACCARD ? Math.max(j, NEAR_DUPLICATE_JACCARD) : j;
}

export function isNearDuplicate(a: TextTokens, b: TextTokens): boolean {
  return scoreSimilarity(a, b) >= NEAR_DUPLICATE_JACCARD;
}

/** Each text states a number the other does not ("135 killed" / "154 killed"); merely adding one is no conflict. */
export function hasNumberConflict(a: TextTokens, b: TextTokens): boolean {
  let onlyA = false;
  let onlyB = false;
  for (const n of a.numbers) if (!b.numbers.has(n)) onlyA = true;
  for (const n of b.numbers) if (!a.numbers.has(n)) onlyB = true;
  return onlyA && onlyB;
}

/** The same words, so the texts speak of the same thing; what differs is a number or a date. */
export function hasSameWords(a: TextTokens, b: TextTokens): boolean {
  if (isCrossLanguage(a, b) && jaccard(a.words, b.words) < CROSS_LANGUAGE_JACCARD) return false;
  return a.words.size > 0 && b.words.size > 0 && jaccard(a.words, b.words) >= DISPUTE_WORD_JACCARD;
}

/** The numbers only one text states, for wording a dispute. */
export function listOwnNumbers(a: TextTokens, b: TextTokens): string[] {
  return [...a.numbers].filter((n) => !b.numbers.has(n));
}

/** Case-, accent- and punctuation-insensitive form of a short text (names, quotes, titles). */
export function normalizeLoose(text: string): string {
  return (normalizeText(typeof text === 'string' ? text.slice(0, MAX_COMPARED_CHARS * 4) : '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ');
}
