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
 * A dispute claims two sources disagree, so it needs the texts to agree on every word apart from
 * the number or date (Jaccard of the words alone). Conservative on purpose: a false dispute is worse
 * than a missed one.
 */
export const DISPUTE_WORD_JACCARD = 0.8;

// Only the head of a text is compared: a key point is a sentence, and a hostile 100,000-word
// "sentence" must not cost more than a normal one.
const MAX_COMPARED_CHARS = 2000;

const stopwordCache = new Map<string, Set<string>>();

/** Normalised stopwords of the given languages (BCP 47 tags; the primary subtag picks the list). */
export function getStopwords(languages: readonly (string | undefined)[]): Set<string> {
  const codes = [...new Set(languages.flatMap((l) => (l ? [l.toLowerCase().split(/[-_]/)[0]] : [])))].sort();
  const key = codes.join(',');
  const cached = stopwordCache.get(key);
  if (cached) return cached;
  const lists = stopwordsIso as unknown as Record<string, string[] | undefined>;
  const set = new Set<string>();
  for (const code of codes) {
    for (const word of lists[code] ?? []) {
      // The lists contain a few digit strings ("10"): numbers always count, never as stopwords.
      if (!/\d/.test(word)) set.add(normalizeText(word));
    }
  }
  stopwordCache.set(key, set);
  return set;
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

/** Words and numbers of `text` for similarity; `stopwords` from getStopwords. */
export function tokenizeText(text: string, stopwords: ReadonlySet<string>): TextTokens {
  const words = new Set<string>();
  const numbers = new Set<string>();
  const normalized = normalizeText(typeof text === 'string' ? text.slice(0, MAX_COMPARED_CHARS) : '').replace(THOUSANDS, '$1');
  for (const raw of normalized.match(TOKEN) ?? []) {
    if (/^\d/.test(raw)) {
      numbers.add(raw.replace(',', '.'));
      continue;
    }
    // Single letters are elided articles and possessives: l'unité, d'Israël, Israel's.
    if (raw.length < 2 || stopwords.has(raw)) continue;
    words.add(stemWord(raw));
  }
  return { words, numbers, all: new Set([...words, ...numbers]) };
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

/** How alike two texts are, 0..1: the better of Jaccard and (thresholded) containment. */
export function scoreSimilarity(a: TextTokens, b: TextTokens): number {
  const j = jaccard(a.all, b.all);
  if (j >= NEAR_DUPLICATE_JACCARD) return j;
  const c = containment(a.all, b.all);
  // Containment passes on its own threshold; report it on Jaccard's scale so one cut-off serves both.
  return c >= NEAR_DUPLICATE_CONTAINMENT ? Math.max(j, NEAR_DUPLICATE_JACCARD) : j;
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
