import { isDenseCode as isDenseCodeImport, isWordCode as isWordCodeImport, stripProclitics } from './char-class';
import { FLAG_PREFIX, FORM_MARK_BASE as FORM_MARK_BASE_IMPORT, FORM_MARK_END as FORM_MARK_END_IMPORT } from './codes';
import { FILTER_SEED, hashStep as hashStepImport, mayContain as mayContainImport } from './key-filter';
import type { CompiledMatcher } from './types';

const ALL_PASS = [-1];
// 1 for ASCII letters and digits (normalised text is lower-case, but be safe).
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCodeImport(c) ? 1 : 0;

/** Called for each term occurrence with the entry's code (see CompiledMatcher) and its normalised spelling. */
export type OnTerm = (code: number, spelling: string) => void;

const hasOwn = Object.prototype.hasOwnProperty;
// Local bindings: module-namespace getters cost a call per character under some loaders.
const isDenseCode = isDenseCodeImport;
const isWordCode = isWordCodeImport;
const FORM_MARK_BASE = FORM_MARK_BASE_IMPORT;
const FORM_MARK_END = FORM_MARK_END_IMPORT;
const hashStep = hashStepImport;
const mayContain = mayContainImport;
const NO_REACH: number[] = [];

/** Match the rest of a term (after its key) at `pos`, from `from` in `rest`; a separator run
 *  in the term matches 1–4 non-word characters in the text ("Unit 8200", "Unit-8200",
 *  "Unit\u00a08200"); a form mark matches the rest of the text's word if it is no longer than
 *  the mark allows (codes.ts). Returns the end in `text`, or -1. */
export function matchRest(text: string, pos: number, rest: string, from = 0): number {
  const n = text.length;
  const m = rest.length;
  let i = pos;
  let k = from;
  while (k < m) {
    const rc = rest.charCodeAt(k);
    if (rc >= FORM_MARK_BASE && rc < FORM_MARK_END) {
      const limit = i + rc - FORM_MARK_BASE;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isWordCode(d) || isDenseCode(d)) break;
        if (i === limit) return -1;
        i++;
      }
      // The dossier's own ending, kept for display only.
      k++;
      while (k < m && isWordCode(rest.charCodeAt(k))) k++;
      continue;
    }
    if (!isWordCode(rc)) {
      while (k < m && !isWordCode(rest.charCodeAt(k))) k++;
      let skipped = 0;
      while (i < n && skipped < 4 && !isWordCode(text.charCodeAt(i))) {
        i++;
        skipped++;
      }
      if (skipped === 0) return -1;
      continue;
    }
    if (i >= n || text.charCodeAt(i) !== rc) return -1;
    i++;
    k++;
  }
  return i;
}

function endsOnWordBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  return !isWordCode(c) || isDenseCode(c);
}

function tryEntries(
  text: string,
  key: string,
  entries: (string | number)[],
  pos: number,
  keyIsPrefixOfToken: boolean,
  onTerm: OnTerm,
): void {
  for (let e = 0; e < entries.length; e += 2) {
    const rest = entries[e] as string;
    const flags = entries[e + 1] as number;
    const isPrefix = (flags & FLAG_PREFIX) !== 0;
    if (keyIsPrefixOfToken && (!isPrefix || rest !== '')) continue;
    const end = rest === '' ? pos : matchRest(text, pos, rest);
    if (end < 0) continue;
    if (!isPrefix) {
      const last = rest === '' ? text.charCodeAt(end - 1) : rest.charCodeAt(rest.length - 1);
      if (!isDenseCode(last) && !endsOnWordBoundary(text, end)) continue;
    }
    onTerm(flags, rest === '' ? key : key + rest);
  }
}

function lookupWord(matcher: CompiledMatcher, text: string, token: string, end: number, onTerm: OnTerm): void {
  if (!hasOwn.call(matcher.words, token)) return;
  const entries = matcher.words[token];
  if (typeof entries !== 'number') {
    tryEntries(text, token, entries, end, false, onTerm);
  } else if (isDenseCode(text.charCodeAt(end - 1)) || endsOnWordBoundary(text, end)) {
    // A one-word term alone under its key.
    onTerm(entries, token);
  }
}

/** Entries keyed by the token's first `len` characters: prefix terms (the token starts with
 *  the spelling; `index` = prefixes) and terms whose first word inflects (`index` = stems: the
 *  stem, a form mark, maybe more words). */
function lookupPrefix(index: CompiledMatcher['stems'], stemReach: number[], text: string, token: string, end: number, len: number, onTerm: OnTerm): void {
  const head = len === token.length ? token : token.slice(0, len);
  if (!hasOwn.call(index, head)) return;
  const entries = index[head];
  if (typeof entries === 'number') {
    // One stem whose rest is only its mark, which allows as many letters as any stem of its length.
    const reach = stemReach[len];
    if (token.length - len <= reach) onTerm(entries, head + String.fromCharCode(FORM_MARK_BASE + reach));
    return;
  }
  for (let e = 0; e < entries.length; e += 2) {
    // The entry is the spelling after the head: compare up to its first form mark, if any.
    const rest = entries[e] as string;
    const m = rest.length;
    let k = 0;
    while (k < m) {
      const c = rest.charCodeAt(k);
      // A mark is never a word character, so it ends the comparison too.
      if (len + k >= token.length || token.charCodeAt(len + k) !== c) break;
      k++;
    }
    if (k === m) {
      onTerm(entries[e + 1] as number, m === 0 ? head : head + rest);
    } else if (rest.charCodeAt(k) >= FORM_MARK_BASE && rest.charCodeAt(k) < FORM_MARK_END) {
      const to = matchRest(text, end - token.length + len + k, rest, k);
      if (to >= 0 && (isDenseCode(rest.charCodeAt(m - 1)) || endsOnWordBoundary(text, to))) onTerm(entries[e + 1] as number, head + rest);
    }
  }
}

/** Every lookup for one word, without the filter (Arabic/Hebrew forms without proclitics). */
function lookupToken(matcher: CompiledMatcher, text: string, token: string, end: number, onTerm: OnTerm): void {
  lookupWord(matcher, text, token, end, onTerm);
  const lengths = matcher.prefixLengths;
  for (let p = 0; p < lengths.length && lengths[p] <= token.length; p++) lookupPrefix(matcher.prefixes, NO_REACH, text, token, end, lengths[p], onTerm);
  const reach = Array.isArray(matcher.stemReach) ? matcher.stemReach : NO_REACH;
  const filter = Array.isArray(matcher.filter) && matcher.filter.length > 0 ? matcher.filter : ALL_PASS;
  const n = token.length;
  const top = Math.min(n, reach.length - 1);
  // The filter first, as in scanText: most stem lengths of a word are no key.
  let h = FILTER_SEED;
  for (let s = 1; s <= top; s++) {
    h = hashStep(h, token.charCodeAt(s - 1));
    if (reach[s] >= n - s && mayContain(filter, h)) lookupPrefix(matcher.stems, reach, text, token, end, s, onTerm);
  }
}

/**
 * One left-to-right pass over normalised text: each word is looked up once in the
 * compiled index (plus its forms without Arabic/Hebrew proclitics); each character
 * of a dense script is looked up in the character index.
 */
export function scanText(matcher: CompiledMatcher, text: string, onTerm: OnTerm): void {
  const n = text.length;
  const chars = matcher.chars;
  const shortDense = matcher.shortDenseKeys === true;
  const hasChars = matcher.hasDenseTerms === true;
  const filter = Array.isArray(matcher.filter) && matcher.filter.length > 0 ? matcher.filter : ALL_PASS;
  const lengths = matcher.prefixLengths;
  const prefixCount = lengths.length;
  const prefixHashes = new Array<number>(prefixCount).fill(0);
  // Stems: the word's hash at every length up to the longest stem, and the lengths to try.
  const stemReach = Array.isArray(matcher.stemReach) ? matcher.stemReach : NO_REACH;
  const maxStem = stemReach.length - 1;
  let maxReach = 0;
  for (let s = 0; s <= maxStem; s++) if (stemReach[s] > maxReach) maxReach = stemReach[s];
  const stemHashes = new Int32Array(maxStem + 1);
  const stems = matcher.stems;
  let found = false;
  const noteTerm: OnTerm = (code, spelling) => {
    found = true;
    onTerm(code, spelling);
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCode(c)) {
      i++;
      continue;
    }
    if (isDenseCode(c)) {
      if (hasChars) {
        if (i + 1 < n && isDenseCode(text.charCodeAt(i + 1))) {
          const pair = text.slice(i, i + 2);
          if (hasOwn.call(chars, pair)) tryEntries(text, pair, chars[pair], i + 2, false, onTerm);
        }
        if (shortDense) {
          const ch = text[i];
          if (hasOwn.call(chars, ch)) tryEntries(text, ch, chars[ch], i + 1, false, onTerm);
        }
      }
      i++;
      continue;
    }
    // Hash the word while finding its end; cut it out only if the filter allows a key.
    let h = hashStep(FILTER_SEED, c);
    let j = i + 1;
    let p = 0;
    if (prefixCount > 0 && lengths[0] === 1) prefixHashes[p++] = h;
    if (maxStem >= 1) stemHashes[1] = h;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128 ? ASCII_WORD[d] === 0 : !isWordCode(d) || isDenseCode(d)) break;
      h = hashStep(h, d);
      j++;
      const len = j - i;
      if (p < prefixCount && lengths[p] === len) prefixHashes[p++] = h;
      if (len <= maxStem) stemHashes[len] = h;
    }
    if (c >= 0x05d0 && c <= 0x06ff) {
      // One reading per word: the whole word, else the first form without a proclitic that matches.
      const token = text.slice(i, j);
      found = false;
      lookupToken(matcher, text, token, j, noteTerm);
      if (!found) {
        for (const bare of stripProclitics(token)) {
          lookupToken(matcher, text, bare, j, noteTerm);
          if (found) break;
        }
      }
    } else {
      let token: string | null = null;
      if (mayContain(filter, h)) {
        token = text.slice(i, j);
        lookupWord(matcher, text, token, j, onTerm);
      }
      for (let q = 0; q < p; q++) {
        if (mayContain(filter, prefixHashes[q])) {
          token ??= text.slice(i, j);
          lookupPrefix(matcher.prefixes, NO_REACH, text, token, j, lengths[q], onTerm);
        }
      }
      // Stems the word may continue by as many letters as their mark allows.
      const length = j - i;
      for (let s = Math.min(length, maxStem), low = length - maxReach; s > 0 && s >= low; s--) {
        if (stemReach[s] >= length - s && mayContain(filter, stemHashes[s])) {
          token ??= text.slice(i, j);
          lookupPrefix(stems, stemReach, text, token, j, s, onTerm);
        }
      }
    }
    i = j;
  }
}
