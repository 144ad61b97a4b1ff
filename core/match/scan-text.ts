import { isDenseCode as isDenseCodeImport, isWordCode as isWordCodeImport, stripProclitics } from './char-class';
import { FLAG_PREFIX } from './compile-matcher';
import type { CompiledMatcher } from './types';

/** Called for each term occurrence with the entry's code (see CompiledMatcher) and its normalised spelling. */
export type OnTerm = (code: number, spelling: string) => void;

const hasOwn = Object.prototype.hasOwnProperty;
// Local bindings: module-namespace getters cost a call per character under some loaders.
const isDenseCode = isDenseCodeImport;
const isWordCode = isWordCodeImport;

/** Match the rest of a term (after its key) at `pos`; a separator run in the term matches
 *  1–4 non-word characters in the text ("Unit 8200", "Unit-8200", "Unit\u00a08200"). */
export function matchRest(text: string, pos: number, rest: string): number {
  const n = text.length;
  const m = rest.length;
  let i = pos;
  let k = 0;
  while (k < m) {
    const rc = rest.charCodeAt(k);
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

function lookupToken(matcher: CompiledMatcher, text: string, token: string, end: number, onTerm: OnTerm): void {
  const words = matcher.words;
  if (hasOwn.call(words, token)) tryEntries(text, token, words[token], end, false, onTerm);
  const lengths = matcher.prefixLengths;
  for (let p = 0; p < lengths.length; p++) {
    const len = lengths[p];
    if (len > token.length) break;
    const head = len === token.length ? token : token.slice(0, len);
    if (!hasOwn.call(matcher.prefixes, head)) continue;
    const entries = matcher.prefixes[head];
    for (let e = 0; e < entries.length; e += 2) {
      const prefix = entries[e] as string;
      if (token.startsWith(prefix)) onTerm(entries[e + 1] as number, prefix);
    }
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
  let hasChars = false;
  for (const _ in chars) {
    hasChars = true;
    break;
  }
  let found = false;
  const noteTerm: OnTerm = (code, spelling) => {
    found = true;
    onTerm(code, spelling);
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
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
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (!isWordCode(d) || isDenseCode(d)) break;
      j++;
    }
    const token = text.slice(i, j);
    if (c >= 0x05d0 && c <= 0x06ff) {
      // One reading per word: the whole word, else the first form without a proclitic that matches.
      found = false;
      lookupToken(matcher, text, token, j, noteTerm);
      if (!found) {
        for (const bare of stripProclitics(token)) {
          lookupToken(matcher, text, bare, j, noteTerm);
          if (found) break;
        }
      }
    } else {
      lookupToken(matcher, text, token, j, onTerm);
    }
    i = j;
  }
}
