import type { PageMetadata } from '../../core/page/types';
import { sendRequest } from '../../storage/messaging';
import { stripHash } from '../../core/url';
import type { AnalysisState } from '../../components/sidebar/this-article-section';

/** Reads the article the frame sits beside: page snapshot → main text → analysis. */
export async function analyzeCurrentPage(metadata: PageMetadata | null, pageUrl?: string): Promise<AnalysisState> {
  // Readability, chrono and the analysis load only now (their own chunk), after the summary is on screen.
  const [snapshot, reader] = await Promise.all([
    sendRequest({ type: 'page-snapshot' }).catch(() => null),
    import('../../core/analysis/read-article').catch(() => null),
  ]);
  if (!snapshot?.html) return { status: 'failed', reason: 'no-snapshot' };
  // After an in-page navigation the page may already show the next article: never analyse it under this one's header.
  if (metadata && pageUrl && stripHash(snapshot.url) !== stripHash(pageUrl)) return { status: 'failed', reason: 'no-snapshot' };
  if (!reader) return { status: 'failed', reason: 'error' };
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const reading = reader.readArticle(doc, snapshot.url, metadata);
  if (!reading.ok) {
    if (reading.reason === 'error') console.error('Backstory: could not analyse the article', reading.message);
    return { status: 'failed', reason: reading.reason };
  }
  return { status: 'ready', analysis: reading.analysis };
}
