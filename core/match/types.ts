// Types shared by the matcher's compile step (background) and match step (content script).

export type Zone = 'title' | 'lead' | 'metadata' | 'body' | 'outside';

export const ZONES: readonly Zone[] = ['title', 'lead', 'metadata', 'body', 'outside'];

/** Text of a page split by how much a mention there says about what the page is about. */
export interface PageZones {
  title: string;
  lead: string;
  metadata: string;
  body: string;
  /** Navigation, "most read", footers: heavily discounted. */
  outside: string;
}

export interface TopicMatch {
  dossierId: string;
  topicId: string;
  label: string;
  level: 'story' | 'related';
  score: number;
  evidence: { term: string; count: number; where: Zone[] }[];
}

/** One topic's rule after compilation. */
export interface CompiledTopic {
  dossierId: string;
  topicId: string;
  label: string;
  level: 'story' | 'related';
  /** Group names, indexed by the group numbers in `CompiledMatcher.hits`. */
  groups: string[];
  requireGroups: number;
  requireScore: number;
  /** Group numbers that must all be present (dossier `require.all`). */
  requireAll: number[];
  /** Group numbers of which at least one must be present (dossier `require.any`; empty = no rule). */
  requireAny: number[];
}

/**
 * All dossiers' terms in one plain, JSON-serialisable index: it is built in the
 * background and posted to content scripts, so no Maps, classes or functions.
 *
 * Terms are keyed by their first word (scripts with word boundaries) or first
 * character (scripts without: CJK, Thai, …). `entries` are flat tuples:
 * [rest, flags, hitsIndex, displayTextIndex], where `rest` is the normalised
 * term after the key, flags bit 1 = prefix term, bit 2 = key is dense-script.
 */
export interface CompiledMatcher {
  format: 'backstory.matcher';
  version: 1;
  topics: CompiledTopic[];
  /** Display texts of terms (first spelling seen), for evidence. */
  texts: string[];
  /** hits[i] = flat [topicIndex, groupIndex, weight, …] for each term occurrence site. */
  hits: number[][];
  /** First normalised word -> flat [rest, flags, hitsIndex, textIndex, …]. */
  words: Record<string, (string | number)[]>;
  /** First character of dense-script terms -> flat entries as in `words`. */
  chars: Record<string, (string | number)[]>;
  /** Distinct lengths of prefix terms' first word (when the whole term is one prefix word). */
  prefixLengths: number[];
}
