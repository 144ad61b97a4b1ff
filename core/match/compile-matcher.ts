import type { Dossier, DossierEvent, Term } from '../dossier/types';
import { CASE_SHIFT, CODE_UNIT, FLAG_MULTI, FLAG_PREFIX, makeFormMark, STEM_UNIT } from './codes';
import { buildFilterFromHashes } from './key-filter';
import { INDEX_CHARS, INDEX_PREFIXES, INDEX_STEMS, INDEX_WORDS, prepareTerm } from './prepare-term';
import { dominantScript } from './scripts';
import { nameSoundKeys } from './sound-key';
import type { CompiledMatcher, CompiledTopic } from './types';

// The codes live in codes.ts so the content script does not bundle this compiler (and its
// stemmers); re-exported for the callers that already import them from here.
export { applyCase, CASE_SHIFT, CODE_UNIT, FLAG_MULTI, FLAG_PREFIX } from './codes';

export { PREFIX_KEY_LENGTH, splitTerm } from './prepare-term';

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
  const stems: Record<string, (string | number)[]> = Object.create(null);
  // Per stem length: the longest continuation a mark under a key of that length allows.
  const stemReach: number[] = [];
  // Stems holding one term whose rest is its mark alone (see finishLoneStems).
  const loneStemKeys: string[] = [];
  let loneStems = 0;
  // Hashes of the keys of `words` and `prefixes`, for the filter.
  let keyHashes: Int32Array = new Int32Array(1024);
  let keyCount = 0;
  let hasDenseTerms = false;
  const sounds: Record<string, number | number[]> = Object.create(null);

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
        const prepared = prepareTerm(term, typeof term.lang === 'string' ? term.lang : language);
        if (prepared === null) continue;
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
        if (term.byEar === true) addSounds(sounds, term.text, site * CODE_UNIT);
        const { index: kind, key: indexKey, rest: entryRest, isPrefix } = prepared;
        const index = kind === INDEX_WORDS ? words : kind === INDEX_STEMS ? stems : kind === INDEX_PREFIXES ? prefixes : chars;
        const found: (string | number)[] | number | undefined = index[indexKey];
        // A number is a one-word term alone under its key (see CompiledMatcher.words and .stems).
        let list =
          typeof found !== 'number' ? found : kind === INDEX_STEMS ? [makeFormMark(found % STEM_UNIT), Math.floor(found / STEM_UNIT)] : ['', found];
        if (typeof found === 'number' && kind === INDEX_STEMS) loneStems--;
        if (list !== found) index[indexKey] = list as (string | number)[];
        if (list !== undefined && addSiteToExisting(list, entryRest, isPrefix, site, multi)) continue;
        if (prepared.style < 0) labels[prepared.spelling] = term.text;
        const code = site * CODE_UNIT + ((isPrefix ? FLAG_PREFIX : 0) | (Math.max(prepared.style, 0) << CASE_SHIFT));
        if (list === undefined) {
          // A bare code for a one-word term (with its mark's reach under `stems`), else an
          // exact-size literal: most keys keep one entry, and `[]` + push reserves 17 slots.
          if (kind === INDEX_STEMS && entryRest.length === 1) {
            index[indexKey] = code * STEM_UNIT + prepared.reach;
            loneStemKeys.push(indexKey);
            loneStems++;
          } else {
            index[indexKey] = entryRest === '' && kind === INDEX_WORDS ? code : [entryRest, code];
          }
          if (kind !== INDEX_CHARS) {
            if (keyCount === keyHashes.length) keyHashes = growInt32(keyHashes);
            keyHashes[keyCount++] = prepared.keyHash;
          }
        } else {
          list.push(entryRest, code);
        }
        if (kind === INDEX_PREFIXES) prefixLengths.add(indexKey.length);
        if (kind === INDEX_STEMS) {
          const length = indexKey.length;
          for (let r = stemReach.length; r <= length; r++) stemReach.push(-1);
          if (prepared.reach > stemReach[length]) stemReach[length] = prepared.reach;
        }
        if (kind === INDEX_CHARS) {
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
        requirePair: toGroups(req.pair),
        requireNames: toGroups(req.names),
        nameScripts: scriptsOfGroups(topic.terms, req.names),
        // Only the story is bounded in time: a wider theme (`related`) predates it by design.
        since: topic.level === 'story' ? since : null,
      });
    }
  }
  if (loneStems > 0) finishLoneStems(stems, loneStemKeys, stemReach);
  return {
    format: 'backstory.matcher',
    version: 6,
    topics,
    sites,
    multi,
    words,
    chars,
    prefixes,
    stems,
    stemReach,
    filter: buildFilterFromHashes(keyHashes, keyCount),
    hasDenseTerms,
    shortDenseKeys: hasShortDenseKeys,
    labels,
    sounds,
    prefixLengths: [...prefixLengths].sort((a, b) => a - b),
  };
}

/** The skeletons of a name (sound-key.ts) under `sounds`, each with the term's code once. */
function addSounds(sounds: Record<string, number | number[]>, text: string, code: number): void {
  for (const key of nameSoundKeys(text)) {
    const known = sounds[key];
    if (known === undefined) sounds[key] = code;
    else if (typeof known === 'number') {
      if (known !== code) sounds[key] = [known, code];
    } else if (!known.includes(code)) known.push(code);
  }
}

/**
 * Most stems hold one term whose rest is its mark alone: such a key holds the term's code, a
 * number (no array, no escaped mark in the JSON), and the mark's reach is the most any stem of
 * that length allows (stemReach). The few whose reach is less keep the array form. During the
 * compile such keys held code × STEM_UNIT + reach, as the maximum was not yet known.
 */
function finishLoneStems(stems: CompiledMatcher['stems'], keys: string[], stemReach: number[]): void {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = stems[key];
    if (typeof value !== 'number') continue; // a second term joined it: an array now
    const reach = value % STEM_UNIT;
    const code = Math.floor(value / STEM_UNIT);
    stems[key] = reach === stemReach[key.length] ? code : [makeFormMark(reach), code];
  }
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
/**
 * The scripts the listed groups are written in, each by its first spelling: the name as the dossier
 * knows it ("Ever Given"), not the transliterations added after it ("Эвер Гивен"), which are guesses
 * a page in that script may well not share.
 */
function scriptsOfGroups(terms: unknown, names: unknown): number {
  if (!Array.isArray(terms) || !Array.isArray(names)) return 0;
  const pending = new Set<unknown>(names);
  let bits = 0;
  for (const term of terms) {
    if (!term || typeof term !== 'object') continue;
    const { group, text } = term as Term;
    if (pending.has(group) && typeof text === 'string') {
      bits |= dominantScript(text);
      pending.delete(group);
    }
  }
  return bits;
}

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
