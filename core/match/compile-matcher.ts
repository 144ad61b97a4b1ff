import type { Dossier, Term } from '../dossier/types';
import { normalizeText } from '../text/normalize';
import { isDenseCode, isWordCode } from './char-class';
import type { CompiledMatcher, CompiledTopic } from './types';

export const FLAG_PREFIX = 1;
export const FLAG_DENSE = 2;

/** Split a normalised term into its index key (first word, or first character in dense
 *  scripts) and the rest; null when nothing word-like is left. */
export function splitTerm(norm: string): { key: string; rest: string; dense: boolean } | null {
  let start = 0;
  let end = norm.length;
  while (start < end && !isWordCode(norm.charCodeAt(start))) start++;
  while (end > start && !isWordCode(norm.charCodeAt(end - 1))) end--;
  if (end - start < 2) return null;
  const text = norm.slice(start, end);
  if (isDenseCode(text.charCodeAt(0))) return { key: text[0], rest: text.slice(1), dense: true };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c) || isDenseCode(c)) break;
    i++;
  }
  return { key: text.slice(0, i), rest: text.slice(i), dense: false };
}

function push(index: Record<string, (string | number)[]>, key: string, entry: (string | number)[]): void {
  if (Object.prototype.hasOwnProperty.call(index, key)) index[key].push(...entry);
  else index[key] = entry;
}

function defaultGroup(term: Term): string {
  return typeof term.group === 'string' && term.group.length > 0 ? term.group : `term:${term.text}`;
}

/**
 * Compile all dossiers' topics into one index scanned in a single pass per zone.
 * Terms are normalised once here; invalid terms (empty, one character) are skipped.
 */
export function compileMatcher(dossiers: Pick<Dossier, 'id' | 'topics'>[]): CompiledMatcher {
  const topics: CompiledTopic[] = [];
  const texts: string[] = [];
  const hits: number[][] = [];
  // Runtime-only dedup tables; the output stays plain JSON.
  const hitsBySpelling = new Map<string, number>();
  const textIndex = new Map<string, number>();
  // Null prototype: terms like "constructor" or "__proto__" must be plain keys.
  const words: Record<string, (string | number)[]> = Object.create(null);
  const chars: Record<string, (string | number)[]> = Object.create(null);
  const prefixLengths = new Set<number>();

  for (const dossier of Array.isArray(dossiers) ? dossiers : []) {
    for (const topic of Array.isArray(dossier?.topics) ? dossier.topics : []) {
      if (!topic || !Array.isArray(topic.terms)) continue;
      const topicIndex = topics.length;
      const groups: string[] = [];
      const groupIndex = new Map<string, number>();
      for (const term of topic.terms) {
        if (!term || typeof term.text !== 'string') continue;
        const norm = normalizeText(term.text);
        const split = splitTerm(norm);
        if (!split) continue;
        const weight = typeof term.weight === 'number' && Number.isFinite(term.weight) ? term.weight : 1;
        if (weight <= 0) continue;
        const groupName = defaultGroup(term);
        let g = groupIndex.get(groupName);
        if (g === undefined) {
          g = groups.length;
          groups.push(groupName);
          groupIndex.set(groupName, g);
        }
        const isPrefix = term.prefix === true;
        const flags = (isPrefix ? FLAG_PREFIX : 0) | (split.dense ? FLAG_DENSE : 0);
        const spelling = `${flags}|${split.key}|${split.rest}`;
        let h = hitsBySpelling.get(spelling);
        if (h === undefined) {
          h = hits.length;
          hits.push([]);
          hitsBySpelling.set(spelling, h);
          let t = textIndex.get(term.text);
          if (t === undefined) {
            t = texts.length;
            texts.push(term.text);
            textIndex.set(term.text, t);
          }
          push(split.dense ? chars : words, split.key, [split.rest, flags, h, t]);
          if (isPrefix && !split.dense && split.rest === '') prefixLengths.add(split.key.length);
        }
        hits[h].push(topicIndex, g, weight);
      }
      const req = topic.require ?? {};
      // Unknown group names stay as -1: a rule naming a group no term has can never hold.
      const toGroups = (names: unknown): number[] =>
        Array.isArray(names) ? names.map((name) => (typeof name === 'string' ? groupIndex.get(name) ?? -1 : -1)) : [];
      const requireAll = toGroups(req.all);
      const requireAny = toGroups(req.any);
      topics.push({
        dossierId: String(dossier.id),
        topicId: String(topic.id),
        label: String(topic.label ?? topic.id),
        level: topic.level === 'story' ? 'story' : 'related',
        groups,
        requireGroups: typeof req.groups === 'number' ? req.groups : Math.min(2, groups.length),
        requireScore: typeof req.score === 'number' ? req.score : 0,
        requireAll,
        requireAny,
      });
    }
  }
  return {
    format: 'backstory.matcher',
    version: 1,
    topics,
    texts,
    hits,
    words,
    chars,
    prefixLengths: [...prefixLengths].sort((a, b) => a - b),
  };
}
