// The contract of following a story: what drafting reads from one article, and what
// drafting and merging return. Pure types: core/follow runs in Node and in extension pages.
import type { ArticleAnalysis } from '../analysis/types';
import type { Dossier } from '../dossier/types';
import type { PageMetadata } from '../page/types';

/** One article as the sidebar frame (or `npm run draft`) has read it. */
export interface ArticleForDraft {
  /** The page's URL (canonical when known). */
  url: string;
  metadata: PageMetadata;
  /** Main text paragraphs, in order (Readability's reading). */
  paragraphs: string[];
  /** Links in the main text, for cited sources' URLs. */
  links?: { href: string; text: string }[];
  /** analyzeArticle's result for the same text. */
  analysis: ArticleAnalysis;
}

/**
 * Why a draft is weak or cannot be saved as it is. Codes, so the UI words them in its language.
 * - `no-terms`: nothing defines the story; the reader must add terms (the draft must not be saved).
 * - `few-terms`: one defining group only: it will match only pages naming it together with the story's words.
 * - `no-date`: the article has no publication date; the story has no time span.
 * - `short-text`: too little text to draw key points from.
 */
export type DraftProblem = 'no-terms' | 'few-terms' | 'no-date' | 'short-text';

export interface DraftResult {
  /** A valid dossier (validateDossier accepts it) whenever `problems` lacks `no-terms`. */
  dossier: Dossier;
  /** Id of the source that stands for the article itself. */
  articleSourceId: string;
  problems: DraftProblem[];
}

/** Fields the follow code adds to dossier items (the format keeps unknown fields on round trip). */
export interface Provenance {
  /** ISO date-time when the item entered the dossier: the sidebar marks items newer than the reader's last look. */
  addedAt?: string;
}

export interface MergeResult {
  dossier: Dossier;
  /** How many of each part were new. All zero when the article was already merged. */
  added: { keyPoints: number; claims: number; sources: number; events: number; terms: number; disputes: number };
  /** The article (by URL or its source id) was already in the dossier: nothing changed. */
  alreadyMerged: boolean;
}
