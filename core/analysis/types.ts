// Public shapes of the article analysis. Other parts (sidebar, timeline, CLI) import these names.

export type CitedSourceKind = 'news-outlet' | 'person' | 'organisation' | 'document' | 'social-post';

export type CitedSource = {
  name: string;
  kind: CitedSourceKind;
  url?: string;
  /** Sentences of the article in which the source is cited. */
  evidence: string[];
};

export type Quote = { text: string; speaker: string | null; sentence: string };

export type DatePrecision = 'year' | 'month' | 'day';
export type DateQualifier = 'early' | 'mid' | 'late' | 'about' | 'before' | 'after';

export type DatedEvent = {
  /** The date expression as written. */
  text: string;
  /** ISO YYYY | YYYY-MM | YYYY-MM-DD; null when it cannot be resolved honestly. */
  date: string | null;
  precision: DatePrecision | null;
  qualifier: DateQualifier | null;
  /** True when the expression depends on the publication date ("last August", "yesterday"). */
  relative: boolean;
  sentence: string;
  /** Why the date is missing or unusual, e.g. 'no publication date: not resolved', 'future'. */
  note?: string;
};

export type ArticleAnalysis = {
  keyPoints: string[];
  citedSources: CitedSource[];
  quotes: Quote[];
  events: DatedEvent[];
};

export type ArticleInput = {
  text: string;
  paragraphs?: string[];
  links?: { href: string; text: string }[];
  publishedAt: string | null;
  language: string | null;
  url?: string;
  title?: string | null;
};

/** A sentence with the paragraph it came from; shared by the extractors. */
export type Sentence = { text: string; paragraph: number; index: number };
