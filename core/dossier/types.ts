// Types of the dossier file format, version 1 (docs/dossier-format.md).
// The valibot schema in ./schema.ts is the runtime twin of these types.

export const DOSSIER_FORMAT = 'backstory.dossier';
export const DOSSIER_VERSION = 1;

export type SourceKind =
  | 'news-report'
  | 'investigation'
  | 'statement'
  | 'internal-email'
  | 'social-post'
  | 'official-document'
  | 'other';

export type DateQualifier = 'early' | 'mid' | 'late' | 'about' | 'before' | 'after';

export type TopicLevel = 'story' | 'related';

export interface Term {
  text: string;
  lang?: string;
  weight?: number; // default 1
  group?: string; // terms without a group form a group of their own text
  /** Match any word that starts with the term's last word ("Streik" → "Streikwelle"). */
  prefix?: boolean;
  /** Match the words as written only, without their inflected forms (core/match/word-forms.ts). */
  exact?: boolean;
  /** Also match the name as other scripts write it by ear: "Prigozhin" finds "Пригожин",
   *  "بريغوجين", "プリゴジン" (core/match/sound-key.ts). For names only, never common words. */
  byEar?: boolean;
  [extra: string]: unknown;
}

export interface Topic {
  id: string;
  label: string;
  level: TopicLevel;
  terms: Term[];
  require?: { groups?: number; score?: number; [extra: string]: unknown };
  [extra: string]: unknown;
}

export interface KeyPoint {
  text: string;
  sources: string[];
  [extra: string]: unknown;
}

export interface Actor {
  name: string;
  role?: string;
  aliases?: string[];
  [extra: string]: unknown;
}

export interface Summary {
  headline: string;
  keyPoints: KeyPoint[];
  actors: Actor[];
  openQuestions?: { text: string; sources?: string[]; [extra: string]: unknown }[];
  [extra: string]: unknown;
}

export interface Claim {
  id: string;
  text: string;
  attributedTo?: string;
  quote?: string;
  sources: string[];
  [extra: string]: unknown;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  kind: SourceKind;
  url?: string;
  authors?: string[];
  publishedAt?: string;
  language?: string;
  via?: string;
  [extra: string]: unknown;
}

export interface DossierEvent {
  id: string;
  date: string;
  qualifier?: DateQualifier;
  title: string;
  description?: string;
  sources: string[];
  [extra: string]: unknown;
}

export interface Dossier {
  format: typeof DOSSIER_FORMAT;
  version: number;
  id: string;
  title: string;
  language: string;
  updatedAt: string;
  topics: Topic[];
  summary: Summary;
  claims: Claim[];
  sources: Source[];
  events: DossierEvent[];
  [extra: string]: unknown;
}
