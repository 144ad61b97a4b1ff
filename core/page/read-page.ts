import { detectArticle } from './detect-article';
import { extractMetadata } from './extract-metadata';
import type { ArticleDetection, PageMetadata } from './types';

export interface PageReading {
  detection: ArticleDetection;
  /** Null when the page is plainly not an article: nothing more is read. */
  metadata: PageMetadata | null;
  timingsMs: Record<string, number>;
}

// The content script's path: detection first; metadata only for articles or
// pages the detector is unsure about.
const UNSURE_BELOW = 0.6;

export function readPage(doc: Document, url?: string): PageReading {
  const t0 = performance.now();
  const detection = detectArticle(doc, url);
  const t1 = performance.now();
  const timingsMs: Record<string, number> = { detect: round(t1 - t0) };
  let metadata: PageMetadata | null = null;
  if (detection.isArticle || detection.confidence < UNSURE_BELOW) {
    metadata = extractMetadata(doc, url);
    timingsMs.metadata = round(performance.now() - t1);
  }
  timingsMs.total = round(performance.now() - t0);
  return { detection, metadata, timingsMs };
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;
