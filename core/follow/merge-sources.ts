// Sources of a merge: which incoming source is one the story already has (same page, however its
// URL is dressed up), and fresh, unique ids for the others, created only when something cites them.
import { findDateProblem, findUrlProblem } from '../dossier/schema';
import type { Source } from '../dossier/types';
import { normalizeLoose } from './similar-text';

// Query parameters that say how the reader arrived, not which page it is.
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'igshid', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', 'cmpid',
  'ocid', 'smid', 'smtyp', 's_cid', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'taid', 'ito',
  '_ga', 'guccounter', 'partner', 'src', 'rss', 'output', 'amp',
]);

/**
 * One page, one key: host in lower case without "www.", http and https alike, no fragment, no
 * trailing slash, no tracking parameters, the other parameters sorted. Null when not an http(s) URL.
 */
export function normalizeSourceUrl(url: string | undefined): string | null {
  if (typeof url !== 'string' || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  const params = [...parsed.searchParams].filter(([name]) => {
    const lower = name.toLowerCase();
    return !lower.startsWith('utm_') && !TRACKING_PARAMS.has(lower);
  });
  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/**
 * Title + publisher, for sources without a URL. With no publisher on either side, a short title
 * ("Statement", "Press release") names too many documents to identify one.
 */
export function keySourceTitle(source: Pick<Source, 'title' | 'publisher'>): string | null {
  const title = normalizeLoose(source.title);
  if (title === '') return null;
  const publisher = typeof source.publisher === 'string' ? normalizeLoose(source.publisher) : '';
  if (publisher === '' && title.split(' ').length < 3) return null;
  return `${title}|${publisher}`;
}

/** Where an incoming source may already be in the story. */
export class SourceIndex {
  private readonly byUrl = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();
  private readonly byTitleWithoutUrl = new Map<string, string>();
  readonly ids = new Set<string>();

  constructor(sources: readonly Source[]) {
    for (const source of sources) this.add(source);
  }

  add(source: Source): void {
    this.ids.add(source.id);
    const url = normalizeSourceUrl(source.url);
    const title = keySourceTitle(source);
    if (url !== null && !this.byUrl.has(url)) this.byUrl.set(url, source.id);
    if (title !== null && !this.byTitle.has(title)) this.byTitle.set(title, source.id);
    if (title !== null && url === null && !this.byTitleWithoutUrl.has(title)) this.byTitleWithoutUrl.set(title, source.id);
  }

  /** Id of the source that is the same document as `source`, or null. */
  find(source: Source): string | null {
    const url = normalizeSourceUrl(source.url);
    const title = keySourceTitle(source);
    if (url !== null) return this.byUrl.get(url) ?? (title !== null ? this.byTitleWithoutUrl.get(title) : undefined) ?? null;
    return title !== null ? this.byTitle.get(title) ?? null : null;
  }

  /** `wanted`, or `wanted-2`, `wanted-3`… whichever no source has yet. */
  makeUniqueId(wanted: string): string {
    const base = wanted.trim() === '' ? 'source' : wanted;
    if (!this.ids.has(base)) return base;
    for (let n = 2; ; n++) if (!this.ids.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}

/**
 * Maps the incoming draft's source ids to the merged dossier's: an existing source when it is the same
 * document, else a new source (renamed if its id is taken), created on first use and at most `cap` of them.
 */
export class SourceResolver {
  private readonly incomingById = new Map<string, Source>();
  private readonly resolved = new Map<string, string | null>();
  readonly added: Source[] = [];

  constructor(
    private readonly index: SourceIndex,
    incoming: readonly Source[],
    private readonly cap: number,
    private readonly now: string,
  ) {
    for (const source of incoming) {
      if (isUsableSource(source) && !this.incomingById.has(source.id)) this.incomingById.set(source.id, source);
    }
  }

  /** The merged id for an incoming id; null when the source is unknown, unusable or over the cap. */
  resolve(incomingId: unknown, visiting: Set<string> = new Set()): string | null {
    // A source already on this via chain would close a loop.
    if (typeof incomingId !== 'string' || visiting.has(incomingId)) return null;
    const done = this.resolved.get(incomingId);
    if (done !== undefined) return done;
    const source = this.incomingById.get(incomingId);
    if (!source) return null;
    const existing = this.index.find(source);
    if (existing !== null) {
      this.resolved.set(incomingId, existing);
      return existing;
    }
    if (this.added.length >= this.cap) return null;
    visiting.add(incomingId);
    const copy = structuredClone(source) as Source;
    copy.id = this.index.makeUniqueId(source.id);
    copy.addedAt = this.now;
    if (copy.url !== undefined && findUrlProblem(copy.url) !== null) delete copy.url;
    if (copy.publishedAt !== undefined && (typeof copy.publishedAt !== 'string' || findDateProblem(copy.publishedAt) !== null)) delete copy.publishedAt;
    // Reserve the id before following `via`, so the chain cannot hand it out twice.
    this.index.add(copy);
    this.resolved.set(incomingId, copy.id);
    if (copy.via !== undefined) {
      // A via target over the cap (or a chain back to this source) drops the via: the source stays valid.
      const via = this.resolve(copy.via, visiting);
      if (via === null || via === copy.id) delete copy.via;
      else copy.via = via;
    }
    this.added.push(copy);
    return copy.id;
  }

  /** Merged ids of a list of incoming references, without unknowns or repeats. */
  resolveAll(ids: unknown): string[] {
    if (!Array.isArray(ids)) return [];
    const out: string[] = [];
    for (const id of ids) {
      const resolved = this.resolve(id);
      if (resolved !== null && !out.includes(resolved)) out.push(resolved);
    }
    return out;
  }

  /** Incoming ids that were never resolved (no item cited them), in their order. */
  listUnresolved(): string[] {
    return [...this.incomingById.keys()].filter((id) => !this.resolved.has(id));
  }
}

function isUsableSource(source: unknown): source is Source {
  if (typeof source !== 'object' || source === null) return false;
  const s = source as Partial<Source>;
  return typeof s.id === 'string' && s.id !== '' && typeof s.title === 'string' && s.title.trim() !== '' && typeof s.kind === 'string';
}
