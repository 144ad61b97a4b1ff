// One dossier term prepared for the compiled index (compile-matcher.ts): normalised, split into
// its index key and the rest, word forms marked, and where it goes. Prepared terms are cached
// by language, options and the dossier's own string: the background recompiles on every change
// of any dossier, and most terms are the same as the last time.
import type { Term } from '../dossier/types';
import { normalizeText } from '../text/normalize';
import { isDenseCode as isDenseCodeImport, isWordCode as isWordCodeImport } from './char-class';
import { applyCase, CASE_FIRST, CASE_UPPER, CASE_WORDS, FORM_MARK_BASE as FORM_MARK_BASE_IMPORT, FORM_MARK_END as FORM_MARK_END_IMPORT } from './codes';
import { hashString } from './key-filter';
import { markWordForms } from './word-forms';

// Local bindings: module-namespace getters cost a call per character under some loaders.
const isDenseCode = isDenseCodeImport;
const isWordCode = isWordCodeImport;
const FORM_MARK_BASE = FORM_MARK_BASE_IMPORT;
const FORM_MARK_END = FORM_MARK_END_IMPORT;

/** One-word prefix terms are keyed by this many characters of the prefix (fewer if shorter). */
export const PREFIX_KEY_LENGTH = 4;

/** Which index of CompiledMatcher a term goes to. */
export const INDEX_WORDS = 0;
export const INDEX_CHARS = 1;
export const INDEX_PREFIXES = 2;
export const INDEX_STEMS = 3;

export interface PreparedTerm {
  /** The normalised term (labels are keyed by it). */
  spelling: string;
  /** Case style (codes.ts CASE_*), or -1 when the dossier's text must be kept as a label. */
  style: number;
  index: number;
  key: string;
  /** What follows the key in the index entry. */
  rest: string;
  isPrefix: boolean;
  /** For INDEX_STEMS: how many letters the stem's mark allows after it. */
  reach: number;
  /** hashString(key) for the key filter (not for INDEX_CHARS). */
  keyHash: number;
}

/** "Brad Smith" for "brad smith": only word-initial letters differ, each by case. */
function isWordsCase(text: string, spelling: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = spelling.charCodeAt(i);
    if (a === b) continue;
    if (i > 0 && spelling.charCodeAt(i - 1) !== 32) return false;
    if (text[i].toLowerCase() !== spelling[i]) return false;
  }
  return true;
}

function caseStyleOf(text: string, spelling: string): number {
  if (text === spelling) return 0;
  if (text.length !== spelling.length) return -1;
  if (text[0] !== spelling[0] && text[0].toLowerCase() === spelling[0] && text.slice(1) === spelling.slice(1)) return CASE_FIRST;
  // Every word capitalised ("Brad Smith"), not merely some ("Ministry of Defense" keeps its own text).
  if (isWordsCase(text, spelling) && applyCase(spelling, CASE_WORDS) === text) return CASE_WORDS;
  return text === spelling.toUpperCase() ? CASE_UPPER : -1;
}

// Scratch results of prepareAsciiTerm and prepareNormalizedTerm: one call per term, so no object per term.
let asciiSpelling = '';
let asciiKeyEnd = 0;
let asciiStyle = 0;

/**
 * The common case, done in one pass without normaliseText or splitTerm: printable ASCII
 * with single spaces, starting and ending with a letter or digit. Normalising such text
 * only lower-cases it, and the term is its own spelling. Sets the scratch results
 * (spelling, end of the first word, case style as caseStyleOf would give) and returns
 * true; false means "use the general path".
 */
function prepareAsciiTerm(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  let uppers = 0;
  let lowers = 0;
  let isFirstOnly = true;
  let isWordInitialOnly = true;
  let hasLowerWordStart = false;
  let keyEnd = -1;
  let prev = 32;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
    if (c >= 0x41 && c <= 0x5a) {
      uppers++;
      if (i > 0) isFirstOnly = false;
      if (prev !== 32) isWordInitialOnly = false;
    } else if (c >= 0x61 && c <= 0x7a) {
      lowers++;
      if (prev === 32) hasLowerWordStart = true;
    } else if (c < 0x30 || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61) || c > 0x7a) {
      // Not a word character: a double space or a leading one needs the general path.
      if (i === 0 || (c === 32 && prev === 32)) return false;
      if (keyEnd < 0) keyEnd = i;
    }
    prev = c;
  }
  if (!isAsciiWordCode(prev)) return false;
  asciiSpelling = uppers === 0 ? text : text.toLowerCase();
  asciiKeyEnd = keyEnd < 0 ? n : keyEnd;
  asciiStyle = uppers === 0 ? 0 : isFirstOnly ? CASE_FIRST : isWordInitialOnly && !hasLowerWordStart ? CASE_WORDS : lowers === 0 ? CASE_UPPER : -1;
  return true;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

let splitIsDense = false;

/** splitTerm into the scratch results (spelling, end of the key, dense): no object per term. */
function prepareNormalizedTerm(norm: string): boolean {
  let start = 0;
  let end = norm.length;
  while (start < end && !isWordCode(norm.charCodeAt(start))) start++;
  while (end > start && !isWordCode(norm.charCodeAt(end - 1))) end--;
  if (end - start < 2) return false;
  const text = start === 0 && end === norm.length ? norm : norm.slice(start, end);
  asciiSpelling = text;
  if (isDenseCode(text.charCodeAt(0))) {
    // Two characters when the script allows: one Han or kana character starts too many terms.
    asciiKeyEnd = text.length >= 2 && isDenseCode(text.charCodeAt(1)) ? 2 : 1;
    splitIsDense = true;
    return true;
  }
  let i = 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c) || isDenseCode(c)) break;
    i++;
  }
  asciiKeyEnd = i;
  splitIsDense = false;
  return true;
}

/** Split a normalised term into its index key (first word, or first character in dense
 *  scripts) and the rest; null when fewer than 2 word characters are left. */
export function splitTerm(norm: string): { key: string; rest: string; dense: boolean; text: string } | null {
  if (!prepareNormalizedTerm(norm)) return null;
  const text = asciiSpelling;
  const k = asciiKeyEnd;
  return { key: k === text.length ? text : text.slice(0, k), rest: k === text.length ? '' : text.slice(k), dense: splitIsDense, text };
}


/** Index of the first form mark in a compiled spelling, or -1. */
function findFormMark(spelling: string): number {
  for (let i = 0; i < spelling.length; i++) {
    const c = spelling.charCodeAt(i);
    if (c >= FORM_MARK_BASE && c < FORM_MARK_END) return i;
  }
  return -1;
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, Map<string, PreparedTerm | null>>();
let cacheSize = 0;

/**
 * The prepared form of a term, with `lang` (the term's, else the dossier's) picking its word
 * forms; null when it has fewer than two letters or digits (validation rejects it with a message).
 */
export function prepareTerm(term: Term, lang: string | undefined): PreparedTerm | null {
  const raw = term.text;
  const options = `${lang ?? ''}\u0001${term.prefix === true ? 1 : 0}${term.exact === true ? 1 : 0}`;
  let byRaw = cache.get(options);
  if (byRaw === undefined) cache.set(options, (byRaw = new Map()));
  const known = byRaw.get(raw);
  if (known !== undefined) return known;
  const prepared = prepareUncached(raw, term.prefix === true, term.exact === true, lang);
  if (cacheSize >= CACHE_LIMIT) {
    cache.clear();
    cacheSize = 0;
    cache.set(options, byRaw);
    byRaw.clear();
  }
  byRaw.set(raw, prepared);
  cacheSize++;
  return prepared;
}

function prepareUncached(raw: string, isGivenPrefix: boolean, isExact: boolean, lang: string | undefined): PreparedTerm | null {
  let isDense = false;
  let style: number;
  if (prepareAsciiTerm(raw)) {
    style = asciiStyle;
  } else {
    if (!prepareNormalizedTerm(normalizeText(raw))) return null;
    isDense = splitIsDense;
    style = caseStyleOf(raw, asciiSpelling);
    // C1 control characters would read as form marks (codes.ts): they separate words, as other controls do.
    if (findFormMark(asciiSpelling) >= 0) asciiSpelling = asciiSpelling.replace(/[\u0080-\u009f]/g, ' ');
  }
  const spelling = asciiSpelling;
  const keyEnd = asciiKeyEnd;
  const key = keyEnd === spelling.length ? spelling : spelling.slice(0, keyEnd);
  const rest = keyEnd === spelling.length ? '' : spelling.slice(keyEnd);
  // Word forms (word-forms.ts): not for `exact` terms, nor for `prefix` terms, which already
  // take any continuation.
  const formed = isDense || isGivenPrefix || isExact ? spelling : markWordForms(spelling, raw, lang);
  const firstMark = formed === spelling ? -1 : findFormMark(formed);
  // A term whose first word inflects is found from the word's stem, like a prefix term.
  const isKeyFormed = firstMark >= 0 && firstMark <= keyEnd;
  const isPrefix = isGivenPrefix || isKeyFormed;
  // Terms whose first word inflects are keyed by the whole stem in `stems` (the scanner looks a
  // page word up at the few stem lengths a mark allows); one-word prefix terms by their first
  // PREFIX_KEY_LENGTH characters in `prefixes`. Keying stems by 4 characters too put many terms
  // under one key: a list searched for every page word that starts so, and per compiled term.
  const isWordPrefix = !isDense && !isKeyFormed && isGivenPrefix && rest === '';
  const head = isKeyFormed ? formed.slice(0, firstMark) : key;
  const index = isDense ? INDEX_CHARS : isKeyFormed ? INDEX_STEMS : isWordPrefix ? INDEX_PREFIXES : INDEX_WORDS;
  const indexKey = isWordPrefix && head.length > PREFIX_KEY_LENGTH ? head.slice(0, PREFIX_KEY_LENGTH) : head;
  // Under `prefixes` and `stems` an entry holds what follows its key (the key is the token's head).
  const entryRest = isKeyFormed ? formed.slice(firstMark) : isWordPrefix ? key.slice(indexKey.length) : firstMark >= 0 ? formed.slice(keyEnd) : rest;
  return {
    spelling,
    style,
    index,
    key: indexKey,
    rest: entryRest,
    isPrefix,
    reach: isKeyFormed ? formed.charCodeAt(firstMark) - FORM_MARK_BASE : -1,
    keyHash: isDense ? 0 : hashString(indexKey),
  };
}
