// Events of a merge: the same event from a second source gains that source; the same event on
// another date, or with another figure, is kept twice and shown as disputed.
import { DATE_QUALIFIERS, findDateProblem } from '../dossier/schema';
import type { DossierEvent } from '../dossier/types';
import {
  hasNumberConflict,
  hasSameWords,
  isNearDuplicate,
  listOwnNumbers,
  scoreSimilarity,
  tokenizeText,
  type TextTokens,
} from './similar-text';
import {
  addOpenQuestion,
  addSources,
  isItemText,
  makeUniqueId,
  markDisputed,
  MERGE_LIMITS,
  nameSources,
  quoteShort,
  sharesSource,
  stripMergeFields,
  type MergeContext,
} from './merge-context';

interface Indexed {
  event: DossierEvent;
  title: TextTokens;
  description: TextTokens | null;
}

/** The calendar part of a dossier date: "2021-03-23T10:00Z" -> "2021-03-23". */
function dayPart(date: string): string {
  return date.slice(0, 10);
}

/**
 * "2021-03" and "2021-03-23" agree (one is less precise); "2021-03-23" and "2021-03-24" do not.
 * Times are ignored: sources in different time zones report different hours of one event.
 */
export function isCompatibleDate(a: string, b: string): boolean {
  const x = dayPart(a);
  const y = dayPart(b);
  const n = Math.min(x.length, y.length);
  return x.slice(0, n) === y.slice(0, n);
}

function hasQualifier(event: DossierEvent): boolean {
  return typeof event.qualifier === 'string';
}

/**
 * draftDossier records each article's own publication as an event (id `published`, renamed
 * `published-2`… once merged). Two articles' publications are never one event, and their dates
 * differing is no dispute, however alike their headlines are.
 */
function isPublicationEvent(event: DossierEvent): boolean {
  return /^published(?:-\d+)?$/.test(event.id);
}

type Verdict = { kind: 'same'; score: number } | { kind: 'date-dispute' } | { kind: 'figure-dispute'; field: 'title' | 'description' } | null;

/** How an incoming event relates to one already in the story. */
function judge(existing: Indexed, incoming: Indexed): Verdict {
  if (isPublicationEvent(existing.event) || isPublicationEvent(incoming.event)) return null;
  const compatible = isCompatibleDate(existing.event.date, incoming.event.date);
  const titleConflict = hasNumberConflict(existing.title, incoming.title);
  const sameTitleWords = hasSameWords(existing.title, incoming.title);
  if (!compatible) {
    // "About March 2021" against "24 March 2021" is vagueness, not disagreement.
    if (hasQualifier(existing.event) || hasQualifier(incoming.event)) return null;
    return sameTitleWords ? { kind: 'date-dispute' } : null;
  }
  if (titleConflict) return sameTitleWords ? { kind: 'figure-dispute', field: 'title' } : null;
  if (!isNearDuplicate(existing.title, incoming.title)) return null;
  const a = existing.description;
  const b = incoming.description;
  if (a && b && hasNumberConflict(a, b) && hasSameWords(a, b)) return { kind: 'figure-dispute', field: 'description' };
  return { kind: 'same', score: scoreSimilarity(existing.title, incoming.title) };
}

/** 4, 7 or 10: year, month or day. */
function measurePrecision(date: string): number {
  return dayPart(date).length;
}

function indexEvent(ctx: MergeContext, event: DossierEvent): Indexed {
  const description = typeof event.description === 'string' && event.description.trim() !== '' ? tokenizeText(event.description, ctx.vocabulary) : null;
  return { event, title: tokenizeText(event.title, ctx.vocabulary), description };
}

function isUsableEvent(event: unknown): event is DossierEvent {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as Partial<DossierEvent>;
  return (
    isItemText(e.title) &&
    (e.description === undefined || typeof e.description === 'string') &&
    typeof e.date === 'string' &&
    findDateProblem(e.date) === null &&
    (e.qualifier === undefined || (DATE_QUALIFIERS as readonly unknown[]).includes(e.qualifier))
  );
}

function describeDateDispute(ctx: MergeContext, existing: DossierEvent, added: DossierEvent): string {
  return (
    `Sources differ on the date of "${quoteShort(existing.title)}": ` +
    `${existing.date} (${nameSources(ctx, existing.sources)}) and ${added.date} (${nameSources(ctx, added.sources)})`
  );
}

function describeFigureDispute(ctx: MergeContext, existing: Indexed, added: Indexed, field: 'title' | 'description'): string {
  const a = field === 'title' ? existing.title : (existing.description as TextTokens);
  const b = field === 'title' ? added.title : (added.description as TextTokens);
  const text = field === 'title' ? existing.event.title : (existing.event.description as string);
  return (
    `Sources differ on the figures in "${quoteShort(text)}": ` +
    `${listOwnNumbers(a, b).join(', ')} (${nameSources(ctx, existing.event.sources)}) and ` +
    `${listOwnNumbers(b, a).join(', ')} (${nameSources(ctx, added.event.sources)})`
  );
}

export function mergeEvents(ctx: MergeContext, incoming: readonly unknown[]): void {
  const events = ctx.out.events;
  const ids = new Set(events.map((e) => e.id));
  const indexed = events.map((e) => indexEvent(ctx, e));
  for (const raw of incoming.slice(0, MERGE_LIMITS.considered)) {
    if (!isUsableEvent(raw)) continue;
    const candidate = indexEvent(ctx, raw);
    let same: { item: Indexed; score: number } | null = null;
    let dispute: { item: Indexed; verdict: Exclude<Verdict, null | { kind: 'same' }> } | null = null;
    for (const item of indexed) {
      const verdict = judge(item, candidate);
      if (verdict === null) continue;
      if (verdict.kind === 'same') {
        if (!same || verdict.score > same.score) same = { item, score: verdict.score };
      } else if (!dispute) dispute = { item, verdict };
    }
    const sources = Array.isArray(raw.sources) ? raw.sources : [];
    if (same) {
      const target = same.item.event;
      const refs = ctx.resolver.resolveAll(sources);
      if (addSources(target, refs)) ctx.changed = true;
      // The story learns the day of an event it knew only by month, when nothing qualifies either date.
      if (measurePrecision(raw.date) > measurePrecision(target.date) && !hasQualifier(target) && !hasQualifier(raw)) {
        target.date = raw.date;
        ctx.changed = true;
      }
      if ((typeof target.description !== 'string' || target.description.trim() === '') && isItemText(raw.description)) {
        target.description = raw.description;
        same.item.description = candidate.description;
        ctx.changed = true;
      }
      continue;
    }
    if (ctx.added.events >= MERGE_LIMITS.events) continue;
    const refs = ctx.resolver.resolveAll(sources);
    if (refs.length === 0) continue;
    const event = stripMergeFields(raw as DossierEvent & Record<string, unknown>);
    if (event.description !== undefined && !isItemText(event.description)) delete event.description;
    event.id = makeUniqueId(raw.id, ids, 'event');
    event.sources = refs;
    event.addedAt = ctx.now;
    ids.add(event.id);
    events.push(event);
    const added: Indexed = { ...candidate, event };
    indexed.push(added);
    ctx.added.events++;
    ctx.changed = true;
    if (dispute && !sharesSource(dispute.item.event, refs)) {
      const existing = dispute.item;
      markDisputed(existing.event, existing.event.id, event, event.id);
      const text = dispute.verdict.kind === 'date-dispute' ? describeDateDispute(ctx, existing.event, event) : describeFigureDispute(ctx, existing, added, dispute.verdict.field);
      addOpenQuestion(ctx, text, [...existing.event.sources, ...event.sources]);
    }
  }
}
