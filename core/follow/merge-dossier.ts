// "Add to this story": merges the draft of one more article into a followed story's dossier.
// Its new key points, events, quotes and cited sources come in with their provenance (`addedAt`,
// so the sidebar can mark what is new); what the story already says gains the new source instead
// of a duplicate; two sources disagreeing on a date or a figure are both kept and marked disputed.
// Pure and bounded (caps in merge-context.ts); never mutates its inputs.
import type { Actor, Claim, Dossier, KeyPoint, Source } from '../dossier/types';
import type { DraftResult, MergeResult } from './types';
import {
  hasNumberConflict,
  hasSameWords,
  makeVocabulary,
  isNearDuplicate,
  listOwnNumbers,
  normalizeLoose,
  scoreSimilarity,
  tokenizeText,
  type TextTokens,
} from './similar-text';
import { normalizeSourceUrl, SourceIndex, SourceResolver } from './merge-sources';
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
import { mergeEvents } from './merge-events';
import { learnTopicTerms } from './merge-terms';

export { MERGE_LIMITS } from './merge-context';

function countNothing(): MergeResult['added'] {
  return { keyPoints: 0, claims: 0, sources: 0, events: 0, terms: 0, disputes: 0 };
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

// --- key points ------------------------------------------------------------------------------

/** Key points have no id in the format; one involved in a dispute gets one, so `disputedWith` can name it. */
function ensurePointId(point: KeyPoint, taken: Set<string>): string {
  if (isNonEmptyText(point.id)) return point.id;
  const id = makeUniqueId('point', taken, 'point');
  taken.add(id);
  point.id = id;
  return id;
}

function mergeKeyPoints(ctx: MergeContext, incoming: readonly unknown[]): void {
  const points = ctx.out.summary.keyPoints;
  const indexed: { point: KeyPoint; tokens: TextTokens }[] = points.map((point) => ({ point, tokens: tokenizeText(point.text, ctx.vocabulary) }));
  const pointIds = new Set(points.flatMap((p) => (isNonEmptyText(p.id) ? [p.id] : [])));
  for (const raw of incoming.slice(0, MERGE_LIMITS.considered)) {
    const candidate = raw as KeyPoint;
    if (typeof raw !== 'object' || raw === null || !isItemText(candidate.text)) continue;
    const tokens = tokenizeText(candidate.text, ctx.vocabulary);
    let same: { point: KeyPoint; score: number } | null = null;
    let dispute: { point: KeyPoint; tokens: TextTokens } | null = null;
    for (const item of indexed) {
      if (hasNumberConflict(item.tokens, tokens)) {
        // Near-identical words around different numbers: one fact, two figures.
        if (!dispute && hasSameWords(item.tokens, tokens)) dispute = item;
        continue;
      }
      const score = scoreSimilarity(item.tokens, tokens);
      if (isNearDuplicate(item.tokens, tokens) && (!same || score > same.score)) same = { point: item.point, score };
    }
    if (same) {
      // The story's wording stays; the point gains the new article's sources.
      if (addSources(same.point, ctx.resolver.resolveAll(candidate.sources))) ctx.changed = true;
      continue;
    }
    if (ctx.added.keyPoints >= MERGE_LIMITS.keyPoints) continue;
    const refs = ctx.resolver.resolveAll(candidate.sources);
    if (refs.length === 0) continue;
    const point = stripMergeFields(candidate as KeyPoint & Record<string, unknown>);
    delete point.id;
    point.sources = refs;
    point.addedAt = ctx.now;
    points.push(point);
    indexed.push({ point, tokens });
    ctx.added.keyPoints++;
    ctx.changed = true;
    if (dispute && !sharesSource(dispute.point, refs)) {
      const other = dispute.point;
      markDisputed(other, ensurePointId(other, pointIds), point, ensurePointId(point, pointIds));
      const text =
        `Sources differ on the figures in "${quoteShort(other.text)}": ` +
        `${listOwnNumbers(dispute.tokens, tokens).join(', ')} (${nameSources(ctx, other.sources)}) and ` +
        `${listOwnNumbers(tokens, dispute.tokens).join(', ')} (${nameSources(ctx, point.sources)})`;
      addOpenQuestion(ctx, text, [...other.sources, ...point.sources]);
    }
  }
}

// --- claims ------------------------------------------------------------------------------------

// A shorter quote inside a longer one is the same quote cut differently, if it is long enough to mean something.
const MIN_CONTAINED_QUOTE_CHARS = 20;

function isSameSpeaker(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  // "Brad Smith" and "Microsoft president Brad Smith".
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

function isSameQuote(a: string, b: string): boolean {
  if (a === b) return a !== '';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_CONTAINED_QUOTE_CHARS && ` ${long} `.includes(` ${short} `);
}

function mergeClaims(ctx: MergeContext, incoming: readonly unknown[]): void {
  const claims = ctx.out.claims;
  const ids = new Set(claims.map((c) => c.id));
  const keyOf = (claim: Claim) => ({
    claim,
    speaker: isNonEmptyText(claim.attributedTo) ? normalizeLoose(claim.attributedTo) : '',
    quote: isNonEmptyText(claim.quote) ? normalizeLoose(claim.quote) : '',
    tokens: tokenizeText(claim.text, ctx.vocabulary),
  });
  const indexed = claims.map(keyOf);
  for (const raw of incoming.slice(0, MERGE_LIMITS.considered)) {
    const candidate = raw as Claim;
    if (typeof raw !== 'object' || raw === null || !isItemText(candidate.text)) continue;
    // The format requires a quote to say whose words it is.
    if (candidate.quote !== undefined && (!isItemText(candidate.quote) || !isNonEmptyText(candidate.attributedTo))) continue;
    const key = keyOf(candidate);
    const same = indexed.find((item) => {
      if (!isSameSpeaker(item.speaker, key.speaker)) return false;
      if (item.quote !== '' && key.quote !== '') return isSameQuote(item.quote, key.quote);
      return isNearDuplicate(item.tokens, key.tokens) && !hasNumberConflict(item.tokens, key.tokens);
    });
    if (same) {
      if (addSources(same.claim, ctx.resolver.resolveAll(candidate.sources))) ctx.changed = true;
      continue;
    }
    if (ctx.added.claims >= MERGE_LIMITS.claims) continue;
    const refs = ctx.resolver.resolveAll(candidate.sources);
    // A claim cited to sources none of which could be kept would be unsourced.
    if (refs.length === 0 && listOf(candidate.sources).length > 0) continue;
    const claim = stripMergeFields(candidate as Claim & Record<string, unknown>);
    claim.id = makeUniqueId(candidate.id, ids, 'claim');
    claim.sources = refs;
    claim.addedAt = ctx.now;
    ids.add(claim.id);
    claims.push(claim);
    indexed.push({ ...key, claim });
    ctx.added.claims++;
    ctx.changed = true;
  }
}

// --- actors ------------------------------------------------------------------------------------

function mergeActors(ctx: MergeContext, incoming: readonly unknown[]): void {
  const actors = ctx.out.summary.actors;
  const byName = new Map<string, Actor>();
  const remember = (actor: Actor, name: string) => {
    const key = normalizeLoose(name);
    if (key !== '' && !byName.has(key)) byName.set(key, actor);
  };
  for (const actor of actors) for (const name of [actor.name, ...listOf<string>(actor.aliases)]) remember(actor, name);
  let added = 0;
  for (const raw of incoming.slice(0, MERGE_LIMITS.considered)) {
    const candidate = raw as Actor;
    if (typeof raw !== 'object' || raw === null || !isItemText(candidate.name)) continue;
    const names = [candidate.name, ...listOf<unknown>(candidate.aliases).filter(isNonEmptyText)];
    const existing = names.map((n) => byName.get(normalizeLoose(n))).find((a) => a !== undefined);
    if (existing) {
      const known = new Set([existing.name, ...listOf<string>(existing.aliases)].map(normalizeLoose));
      for (const name of names) {
        const key = normalizeLoose(name);
        if (key === '' || known.has(key)) continue;
        known.add(key);
        existing.aliases = [...listOf<string>(existing.aliases), name];
        remember(existing, name);
        ctx.changed = true;
      }
      if (!isNonEmptyText(existing.role) && isNonEmptyText(candidate.role)) {
        existing.role = candidate.role;
        ctx.changed = true;
      }
      continue;
    }
    if (added >= MERGE_LIMITS.actors) continue;
    const actor = stripMergeFields(candidate as Actor & Record<string, unknown>);
    actor.addedAt = ctx.now;
    actors.push(actor);
    for (const name of names) remember(actor, name);
    added++;
    ctx.changed = true;
  }
}

// --- the merge -------------------------------------------------------------------------------

/**
 * The article is in the story already: a source with its URL (however dressed up), or, for an
 * article without a usable URL, the same id and title (draftDossier derives the id from the URL).
 */
function isArticleInStory(base: Dossier, article: Source): boolean {
  if (new SourceIndex(base.sources).find(article) !== null) return true;
  const url = normalizeSourceUrl(article.url);
  const title = normalizeLoose(article.title);
  return base.sources.some((s) => s.id === article.id && normalizeSourceUrl(s.url) === url && normalizeLoose(s.title) === title);
}

/**
 * Merges `incoming` (the draft of one more article) into `base`, a followed story's dossier.
 * `learnSpellings`: also learn the names of the draft's story topic (the reader said "This is about
 * this story" on a page that did not match); off for "Add to this story" on a page that matched.
 * The result is a valid dossier whose title, id, language and headline are the base's.
 */
export function mergeDraft(base: Dossier, incoming: DraftResult, options: { now: string; learnSpellings?: boolean }): MergeResult {
  const draft = (incoming?.dossier ?? {}) as Partial<Dossier>;
  const incomingSources = listOf<Dossier['sources'][number]>(draft.sources).slice(0, MERGE_LIMITS.consideredSources);
  const articleSource = incomingSources.find((s) => s?.id === incoming?.articleSourceId);
  if (articleSource && isArticleInStory(base, articleSource)) {
    return { dossier: structuredClone(base), added: countNothing(), alreadyMerged: true };
  }

  const out = structuredClone(base) as Dossier;
  const summary = (draft.summary ?? {}) as Partial<Dossier['summary']>;
  const resolver = new SourceResolver(new SourceIndex(out.sources), incomingSources, MERGE_LIMITS.sources, options.now);
  const languages = [base.language, draft.language, ...incomingSources.map((s) => s?.language)];
  const ctx: MergeContext = {
    out,
    resolver,
    now: options.now,
    vocabulary: makeVocabulary(languages),
    added: countNothing(),
    changed: false,
  };
  // The article first: it is the source its own points cite, and it must not lose its place to the cap.
  resolver.resolve(incoming.articleSourceId);
  mergeKeyPoints(ctx, listOf(summary.keyPoints));
  mergeEvents(ctx, listOf(draft.events));
  mergeClaims(ctx, listOf(draft.claims));
  mergeActors(ctx, listOf(summary.actors));
  // Sources no merged item cites still join: the article cited them.
  for (const id of resolver.listUnresolved()) resolver.resolve(id);
  out.sources.push(...resolver.added);
  ctx.added.sources = resolver.added.length;
  if (options.learnSpellings === true && Array.isArray(draft.topics)) {
    ctx.added.terms = learnTopicTerms(out, draft as Dossier, options.now);
  }

  const hasChanged = ctx.changed || Object.values(ctx.added).some((n) => n > 0);
  if (hasChanged) out.updatedAt = options.now;
  return { dossier: out, added: ctx.added, alreadyMerged: false };
}
