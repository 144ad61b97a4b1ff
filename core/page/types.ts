// What the content script (and `npm run analyze`) knows about a page.

/** ISO 8601 date at the precision actually known: YYYY, YYYY-MM, YYYY-MM-DD or a full date-time. */
export type IsoDate = string;

export interface PageMetadata {
  title: string | null;
  authors: string[];
  publisher: string | null;
  /**
   * Every name the page gives its outlet, best first (`publisher` is the first): "The New York Times",
   * then its app name "NYTimes"; the copyright holder. Optional for metadata built elsewhere.
   */
  publisherNames?: string[];
  publishedAt: IsoDate | null;
  modifiedAt: IsoDate | null;
  language: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string | null;
  description: string | null;
  /** JSON-LD keywords/about/mentions and news_keywords: weighted like the title by the matcher. */
  keywords: string[];
}

export interface ArticleDetection {
  isArticle: boolean;
  /** 0..1, how sure the detector is. */
  confidence: number;
  /** Which signals decided, for debugging and `npm run analyze`. */
  signals: string[];
}
