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
  /** Any two of these groups together stand in for `requireAny` (`require.pair`). */
  requirePair: number[];
  /** Groups that name the story (dossier `require.names`): a page written in a script one of them is
   *  spelled in must contain one of them to be the story. Empty = no rule. */
  requireNames: number[];
  /** The scripts (core/match/scripts.ts bits) the `requireNames` groups are spelled in. */
  nameScripts: number;
  /** First day of the story (its earliest event, at that event's precision: "2021" → "2021-01-01")
   *  for `story` topics; null when unknown or for `related` topics. A page published well before
   *  it is not the story (see matchPage). */
  since: string | null;
}

/**
 * All dossiers' terms in one plain, JSON-serialisable index: it is built in the
 * background and posted to content scripts, so no Maps, classes or functions,
 * and kept compact (about 30 bytes per term).
 *
 * Terms are keyed by their first normalised word (or its stem, in `stems`) (scripts with word boundaries) or
 * first character (scripts without: CJK, Thai, …). Each key holds flat pairs
 * [rest, code]: `rest` is the normalised term after the key; `code` = ref × 16 + flags,
 * flags bit 1 = prefix term (or a term whose first word inflects), bit 2 = `ref` indexes `multi` (a spelling used by several
 * topics/groups/weights), else `ref` indexes the triples in `sites`; bits 3–4 = how the
 * dossier capitalises the term (labels then need no copy). In `words`, a key that only
 * holds a one-word term holds its code alone (a number), saving an array per such term.
 * A spelling may hold word-form marks (codes.ts, FORM_MARK_BASE): after a word's stem, how
 * many more letters the page's word may have ("einheit\u0083", "birm\u0084a").
 */
export interface CompiledMatcher {
  format: 'backstory.matcher';
  version: 6;
  topics: CompiledTopic[];
  /** Flat [topicIndex, groupIndex, weight] triples. */
  sites: number[];
  /** Lists of site indexes, for spellings that several topics or groups share. */
  multi: number[][];
  words: Record<string, number | (string | number)[]>;
  chars: Record<string, (string | number)[]>;
  /** Dossier spelling of a term, keyed by its normalised form, when it differs by more than case. */
  labels: Record<string, string>;
  /** Bit filter over the keys of `words`, `prefixes` and `stems` (see key-filter.ts). */
  filter: number[];
  /** Whether `chars` has any key. */
  hasDenseTerms: boolean;
  /** Whether `chars` has one-character keys (dense terms of 2 characters, or followed by another script). */
  shortDenseKeys: boolean;
  /** One-word prefix terms, keyed by the first 4 characters of the prefix (or fewer if
   *  shorter): flat [rest, code] pairs, `rest` being the spelling after the key. */
  prefixes: Record<string, (string | number)[]>;
  /** Terms whose first word inflects, keyed by the whole stem: flat [rest, code] pairs, `rest`
   *  starting with the stem's form mark. A key holding one term whose rest is its mark alone,
   *  with the most reach of its length (stemReach), holds that term's code (a number). */
  stems: Record<string, number | (string | number)[]>;
  /** Indexed by a stem's length: the most letters a mark under a key of that length allows
   *  after it, or -1 when no stem has that length. A page word of length L is looked up at
   *  each length s ≤ L with stemReach[s] ≥ L − s. */
  stemReach: number[];
  /** Consonant skeletons of the dossiers' Latin-script names (sound-key.ts), with the codes of
   *  their terms: how a page in Cyrillic, Arabic, Katakana… that writes a name by ear finds it. */
  sounds: Record<string, number | number[]>;
  /** Distinct key lengths in `prefixes` (2–4). */
  prefixLengths: number[];
}
