// One article read for drafting: the sidebar's own reading (readArticle: main text, paragraphs, links,
// analysis) with the page's URL and metadata. The sidebar frame, `npm run draft`, the eval and the
// benches all go through here, so they draft from exactly what the extension reads.
import { readArticle, type ArticleReading } from '../analysis/read-article';
import type { PageMetadata } from '../page/types';
import type { ArticleForDraft } from './types';

export function toArticleForDraft(reading: Extract<ArticleReading, { ok: true }>, url: string, metadata: PageMetadata): ArticleForDraft {
  return { url, metadata, paragraphs: reading.paragraphs, links: reading.links, analysis: reading.analysis };
}

export function readArticleForDraft(doc: Document, url: string, metadata: PageMetadata): ArticleForDraft | null {
  const reading = readArticle(doc, url, metadata);
  return reading.ok ? toArticleForDraft(reading, url, metadata) : null;
}
