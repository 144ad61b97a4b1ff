import type { PageMetadata } from '../../core/page/types';
import { sendRequest } from '../../storage/messaging';
import type { AnalysisState } from '../../components/sidebar/this-article-section';

/** Reads the article the frame sits beside: page snapshot → main text → analysis. */
export async function analyzeCurrentPage(metadata: PageMetadata | null): Promise<AnalysisState> {
  // Readability, chrono and the analysis load only now (their own chunk), after the summary is on screen.
  const [snapshot, reader] = await Promise.all([
    sendRequest({ type: 'page-snapshot' }).catch(() => null),
    import('../../core/analysis/read-article').catch(() => null),
  ]);
  if (!snapshot?.html) return { status: 'failed', reason: 'no-snapshot' };
  if (!reader) return { status: 'failed', reason: 'error' };
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const reading = reader.readArticle(doc, snapshot.url, metadata);
  if (!reading.ok) {
    if (reading.reason === 'error') console.error('Backstory: could not analyse the article', reading.message);
    return { status: 'failed', reason: reading.reason };
  }
  return { status: 'ready', analysis: reading.analysis };
}
