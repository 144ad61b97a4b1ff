import type { Dossier, DossierEvent, Term } from '../dossier/types';
import { normalizeText } from '../text/normalize';
import { isDenseCode as isDenseCodeImport, isWordCode as isWordCodeImport } from './char-class';
import { applyCase, CASE_FIRST, CASE_SHIFT, CASE_UPPER, CASE_WORDS, CODE_UNIT, FLAG_MULTI, FLAG_PREFIX, FORM_MARK_LIMIT } from './codes';
import { buildFilterFromHashes, hashString } from './key-filter';
import type { CompiledMatcher, CompiledTopic } from './types';
import { markWordForms } from './word-forms';

// The codes live in codes.ts so the content script does not bundle this compiler (and its
// stemmers); re-exported for the callers that already import them from here.
export { applyCase, CASE_SHIFT, CODE_UNIT, FLAG_MULTI, FLAG_PREFIX } from './codes';

// Local bindings: module-namespace getters cost a call per character under some loaders.
const isDenseCode = isDenseCodeImport;
const isWordCode = isWordCodeImport;

export const PREFIX_KEY_LENGTH = 4;

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

function groupName(term: Term): string {
  return typeof term.group === 'string' && term.group.length > 0 ? term.group : `term:${term.text}`;
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** When `list` already has this spelling, add `site` to it (as a `multi` list) and return true. */
function addSiteToExisting(list: (string | number)[], rest: string, isPrefix: boolean, site: number, multi: number[][]): boolean {
  for (let e = 0; e < list.length; e += 2) {
    const code = list[e + 1] as number;
    if (list[e] !== rest || ((code & FLAG_PREFIX) !== 0) !== isPrefix) continue;
    const ref = Math.floor(code / CODE_UNIT);
    if (code & FLAG_MULTI) {
      if (!multi[ref].includes(site)) multi[ref].push(site);
    } else if (ref !== site) {
      multi.push([ref, site]);
      list[e + 1] = (multi.length - 1) * CODE_UNIT + ((code % CODE_UNIT) | FLAG_MULTI);
    }
    return true;
  }
  return false;
}

/** What the compiler reads of a dossier: its language picks the word forms of terms without
 *  their own `lang`, its events the story's start (`CompiledTopic.since`). */
export type MatcherSource = Pick<Dossier, 'id' | 'topics'> & Partial<Pick<Dossier, 'language' | 'events'>>;

/** Index of the first form mark in a compiled spelling, or -1. */
function findFormMark(spelling: string): number {
  for (let i = 0; i < spelling.length; i++) if (spelling.charCodeAt(i) < FORM_MARK_LIMIT) return i;
  return -1;
}

/**
 * Compile all dossiers' topics into one index that matchPage scans in a single
 * pass per zone. Terms are normalised once, here. Terms with fewer than two
 * letters or digits are skipped (validation rejects them with a message).
 */
export function compileMatcher(dossiers: MatcherSource[]): CompiledMatcher {
  const topics: CompiledTopic[] = [];
  const sites: number[] = [];
  const multi: number[][] = [];
  // Null prototype: terms like "constructor" or "__proto__" must be plain keys.
  const words: Record<string, number | (string | number)[]> = Object.create(null);
  const chars: Record<string, (string | number)[]> = Object.create(null);
  const labels: Record<string, string> = Object.create(null);
  const prefixLengths = new Set<number>();
  let hasShortDenseKeys = false;
  const prefixes: Record<string, (string | number)[]> = Object.create(null);
  // Hashes of the keys of `words` and `prefixes`, for the filter.
  let keyHashes: Int32Array = new Int32Array(1024);
  let keyCount = 0;
  let hasDenseTerms = false;

  // Indexed loops: for-of here left an iterator result per term to the garbage collector.
  const dossierList = Array.isArray(dossiers) ? dossiers : [];
  for (let d = 0; d < dossierList.length; d++) {
    const dossier = dossierList[d];
    const topicList = Array.isArray(dossier?.topics) ? dossier.topics : [];
    const language = typeof dossier?.language === 'string' ? dossier.language : undefined;
    const since = findStoryStart(dossier?.events);
    for (let t = 0; t < topicList.length; t++) {
      const topic = topicList[t];
      if (!topic || !Array.isArray(topic.terms)) continue;
      const topicIndex = topics.length;
      const groups: string[] = [];
      const groupIndex = new Map<string, number>();
      // This topic's sites as flat [group, weight, site]: few enough for a linear search.
      const topicSites: number[] = [];
      const terms = topic.terms;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i];
        if (!term || typeof term.text !== 'string') continue;
        const weight = typeof term.weight === 'number' && Number.isFinite(term.weight) ? term.weight : 1;
        if (weight <= 0) continue;
        const raw = term.text;
        let spelling: string;
        let key: string;
        let rest: string;
        let isDense = false;
        let style: number;
        if (prepareAsciiTerm(raw)) {
          style = asciiStyle;
        } else {
          if (!prepareNormalizedTerm(normalizeText(raw))) continue;
          isDense = splitIsDense;
          style = caseStyleOf(raw, asciiSpelling);
          // Control characters would read as form marks (codes.ts): they separate words, as before.
          if (findFormMark(asciiSpelling) >= 0) asciiSpelling = asciiSpelling.replace(/[\u0000-\u001f]/g, ' ');
        }
        spelling = asciiSpelling;
        const keyEnd = asciiKeyEnd;
        key = keyEnd === spelling.length ? spelling : spelling.slice(0, keyEnd);
        rest = keyEnd === spelling.length ? '' : spelling.slice(keyEnd);
        const name = groupName(term);
        let g = groupIndex.get(name);
        if (g === undefined) {
          g = groups.length;
          groups.push(name);
          groupIndex.set(name, g);
        }
        let site = -1;
        for (let k = 0; k < topicSites.length; k += 3) {
          if (topicSites[k] === g && topicSites[k + 1] === weight) site = topicSites[k + 2];
        }
        if (site < 0) {
          site = sites.length / 3;
          sites.push(topicIndex, g, weight);
          topicSites.push(g, weight, site);
        }
        const isGivenPrefix = term.prefix === true;
        // Word forms (word-forms.ts): not for `exact` terms, nor for `prefix` terms, which already
        // take any continuation. The term's language, else the dossier's.
        const formed =
          isDense || isGivenPrefix || term.exact === true
            ? spelling
            : markWordForms(spelling, raw, typeof term.lang === 'string' ? term.lang : language);
        const firstMark = formed === spelling ? -1 : findFormMark(formed);
        // A term whose first word inflects is found from the word's stem, like a prefix term.
        const isKeyFormed = firstMark >= 0 && firstMark <= keyEnd;
        const isPrefix = isGivenPrefix || isKeyFormed;
        // One-word prefix terms and terms whose first word inflects are keyed by the first
        // PREFIX_KEY_LENGTH characters of the stem: one lookup per word of the page.
        const isWordPrefix = !isDense && (isKeyFormed || (isGivenPrefix && rest === ''));
        const head = isKeyFormed ? formed.slice(0, firstMark) : key;
        const index = isDense ? chars : isWordPrefix ? prefixes : words;
        const indexKey = isWordPrefix && head.length > PREFIX_KEY_LENGTH ? head.slice(0, PREFIX_KEY_LENGTH) : head;
        // Under `prefixes` an entry holds what follows its key (the key is the token's head).
        const entryRest = isWordPrefix ? (isKeyFormed ? formed : key).slice(indexKey.length) : firstMark >= 0 ? formed.slice(keyEnd) : rest;
        const found: (string | number)[] | number | undefined = index[indexKey];
        // A number is a one-word term alone under its key (see CompiledMatcher.words).
        let list = typeof found === 'number' ? ['', found] : found;
        if (list !== found) index[indexKey] = list as (string | number)[];
        if (list !== undefined && addSiteToExisting(list, entryRest, isPrefix, site, multi)) continue;
        if (style < 0) labels[spelling] = raw;
        const code = site * CODE_UNIT + ((isPrefix ? FLAG_PREFIX : 0) | (Math.max(style, 0) << CASE_SHIFT));
        if (list === undefined) {
          // A bare code for a one-word term, else an exact-size literal: most keys keep one
          // entry, and `[]` + push reserves 17 slots.
          index[indexKey] = entryRest === '' && index === words ? code : [entryRest, code];
          if (!isDense) {
            if (keyCount === keyHashes.length) keyHashes = growInt32(keyHashes);
            keyHashes[keyCount++] = hashString(indexKey);
          }
        } else {
          list.push(entryRest, code);
        }
        if (isWordPrefix) prefixLengths.add(indexKey.length);
        if (isDense) {
          hasDenseTerms = true;
          if (indexKey.length === 1) hasShortDenseKeys = true;
        }
      }
      const req = topic.require ?? {};
      // Unknown group names stay as -1: a rule naming a group no term has can never hold.
      const toGroups = (names: unknown): number[] =>
        Array.isArray(names) ? names.map((n) => (typeof n === 'string' ? groupIndex.get(n) ?? -1 : -1)) : [];
      topics.push({
        dossierId: String(dossier.id),
        topicId: String(topic.id),
        label: String(topic.label ?? topic.id),
        level: topic.level === 'story' ? 'story' : 'related',
        groups,
        requireGroups: typeof req.groups === 'number' ? req.groups : Math.min(2, groups.length),
        requireScore: typeof req.score === 'number' ? req.score : 0,
        requireAll: toGroups(req.all),
        requireAny: toGroups(req.any),
        // Only the story is bounded in time: a wider theme (`related`) predates it by design.
        since: topic.level === 'story' ? since : null,
      });
    }
  }
  return {
    format: 'backstory.matcher',
    version: 3,
    topics,
    sites,
    multi,
    words,
    chars,
    prefixes,
    filter: buildFilterFromHashes(keyHashes, keyCount),
    hasDenseTerms,
    shortDenseKeys: hasShortDenseKeys,
    labels,
    prefixLengths: [...prefixLengths].sort((a, b) => a - b),
  };
}

/** The first day of a dossier date at its precision: "2021" → "2021-01-01", "2025-08" →
 *  "2025-08-01", "2025-09-29T10:00Z" → "2025-09-29"; null when it is no date. */
export function startOfDate(date: unknown): string | null {
  if (typeof date !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(date.trim());
  if (!m) return null;
  const month = m[2] ?? '01';
  const day = m[3] ?? '01';
  if (+month < 1 || +month > 12 || +day < 1 || +day > 31) return null;
  return `${m[1]}-${month}-${day}`;
}

/**
 * When the story starts: the first day of its earliest event, at that event's precision. Null
 * when no event has a date, or when the earliest is dated "before" a day (it gives no start).
 */
export function findStoryStart(events: DossierEvent[] | undefined): string | null {
  if (!Array.isArray(events)) return null;
  let since: string | null = null;
  let isOpen = false;
  for (const event of events) {
    // Background a drafted dossier keeps on its timeline (core/follow) is not where the story starts.
    if (event?.background === true) continue;
    const start = startOfDate(event?.date);
    if (start === null) continue;
    if (since === null || start < since) {
      since = start;
      isOpen = event.qualifier === 'before';
    } else if (start === since && event.qualifier === 'before') {
      isOpen = true;
    }
  }
  return isOpen ? null : since;
}
