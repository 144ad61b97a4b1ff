// What the parts of a merge share: the dossier being built (a copy of the base, mutated in place),
// the incoming sources' mapping, the counts, and how a disagreement between sources is recorded.
import type { Dossier, Source } from '../dossier/types';
import type { MergeResult } from './types';
import type { SourceResolver } from './merge-sources';
import type { Vocabulary } from './similar-text';

/*
 * Caps per merged article. A 100,000-word page drafts into thousands of items; a story gains a few
 * per article, and every item compared costs time against every item the story has. Items past
 * MAX_CONSIDERED in the draft are not even looked at (drafts list the strongest first).
 */
export const MERGE_LIMITS = {
  /** New key points per article. */
  keyPoints: 20,
  /** New sources per article (the article itself first, then those its merged items cite). */
  sources: 50,
  /** New events per article. */
  events: 50,
  /** New claims (quotes) per article. */
  claims: 30,
  /** New actors per article. */
  actors: 20,
  /** Items of each list of the draft that are compared at all. */
  considered: 200,
  /** Incoming sources looked at. */
  consideredSources: 500,
} as const;

/**
 * A key point, event title or claim is a sentence or two; an item longer than this is a drafting
 * accident (a whole article in one "point") and is dropped rather than stored in the dossier.
 */
export const MAX_ITEM_CHARS = 2000;

/** Non-empty text short enough to be one item. */
export function isItemText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_ITEM_CHARS;
}

export interface MergeContext {
  /** The merged dossier under construction: a deep copy of the base. */
  out: Dossier;
  resolver: SourceResolver;
  now: string;
  vocabulary: Vocabulary;
  added: MergeResult['added'];
  /** Something other than a count changed (a source joined an existing point, an alias…). */
  changed: boolean;
}

/** Item fields a draft must not bring in: provenance is set here, disputes point at ids of this dossier. */
export function stripMergeFields<T extends Record<string, unknown>>(item: T): T {
  const copy = structuredClone(item);
  delete copy.addedAt;
  delete copy.disputed;
  delete copy.disputedWith;
  return copy;
}

/** Adds `ids` missing from `item.sources`; true when it added any. */
export function addSources(item: { sources: string[] }, ids: readonly string[]): boolean {
  let changed = false;
  for (const id of ids) {
    if (!item.sources.includes(id)) {
      item.sources.push(id);
      changed = true;
    }
  }
  return changed;
}

export function makeUniqueId(wanted: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = typeof wanted === 'string' && wanted.trim() !== '' ? wanted : fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Two figures from one source are that source updating itself ("135 dead", later "154 dead"),
 * not sources disagreeing: the two sides of a dispute have no source in common.
 */
export function sharesSource(item: { sources: readonly string[] }, refs: readonly string[]): boolean {
  return refs.some((id) => item.sources.includes(id));
}

/** Both items say they disagree, each naming the other. */
export function markDisputed(a: Record<string, unknown>, aId: string, b: Record<string, unknown>, bId: string): void {
  for (const [item, other] of [[a, bId], [b, aId]] as const) {
    item.disputed = true;
    const list = Array.isArray(item.disputedWith) ? (item.disputedWith as unknown[]).filter((x) => typeof x === 'string') : [];
    if (!list.includes(other)) list.push(other);
    item.disputedWith = list;
  }
}

/** How a reader knows the sources apart: the first source's publisher, else its title. */
export function nameSources(ctx: MergeContext, ids: readonly string[]): string {
  const find = (id: string): Source | undefined => ctx.out.sources.find((s) => s.id === id) ?? ctx.resolver.added.find((s) => s.id === id);
  const names: string[] = [];
  for (const id of ids) {
    const source = find(id);
    const name = source ? (typeof source.publisher === 'string' && source.publisher.trim() !== '' ? source.publisher : source.title) : id;
    if (!names.includes(name)) names.push(name);
    if (names.length === 2) break;
  }
  return names.join(', ');
}

export function quoteShort(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** One open question per dispute, citing both sides' sources. */
export function addOpenQuestion(ctx: MergeContext, text: string, sources: readonly string[]): void {
  const summary = ctx.out.summary;
  if (!Array.isArray(summary.openQuestions)) summary.openQuestions = [];
  summary.openQuestions.push({ text, sources: [...new Set(sources)], addedAt: ctx.now });
  ctx.added.disputes++;
  ctx.changed = true;
}
