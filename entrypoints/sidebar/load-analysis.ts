import type { PageMetadata } from '../../core/page/types';
import type { ArticleForDraft } from '../../core/follow/types';
import { sendRequest } from '../../storage/messaging';
import { forTab } from './panel';
import { stripHash } from '../../core/url';
import { toArticleForDraft } from '../../core/follow/article-for-draft';
import type { AnalysisState } from '../../components/sidebar/this-article-section';

export interface PageReading {
  state: AnalysisState;
  /** What drafting a dossier from this page reads (core/follow); only when the article was read. */
  article?: ArticleForDraft;
}

/** Reads the article the frame sits beside: page snapshot → main text → analysis. */
export async function analyzeCurrentPage(metadata: PageMetadata | null, pageUrl?: string): Promise<PageReading> {
  // Readability, chrono and the analysis load only now (their own chunk), after the summary is on screen.
  const [snapshot, reader, extractor] = await Promise.all([
    sendRequest({ type: 'page-snapshot', ...forTab() }).catch(() => null),
    import('../../core/analysis/read-article').catch(() => null),
    metadata ? null : import('../../core/page/extract-metadata').catch(() => null),
  ]);
  if (!snapshot?.html) return { state: { status: 'failed', reason: 'no-snapshot' } };
  // After an in-page navigation the page may already show the next article: never analyse it under this one's header.
  if (pageUrl && stripHash(snapshot.url) !== stripHash(pageUrl)) return { state: { status: 'failed', reason: 'no-snapshot' } };
  if (!reader) return { state: { status: 'failed', reason: 'error' } };
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  // The tab's status carries the metadata the content script read; else it is read from the snapshot.
  const meta = metadata ?? extractor?.extractMetadata(doc, snapshot.url) ?? null;
  const reading = reader.readArticle(doc, snapshot.url, meta);
  if (!reading.ok) {
    if (reading.reason === 'error') console.error('Backstory: could not analyse the article', reading.message);
    return { state: { status: 'failed', reason: reading.reason } };
  }
  const article = meta ? toArticleForDraft(reading, meta.canonicalUrl ?? stripHash(snapshot.url), meta) : undefined;
  return { state: { status: 'ready', analysis: reading.analysis }, article };
}
