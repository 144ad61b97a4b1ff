import type { ArticleAnalysis, ArticleInput } from '../../core/analysis/types';
import type { PageMetadata } from '../../core/page/types';
import { sendRequest } from '../../storage/messaging';
import type { AnalysisState } from '../../components/sidebar/this-article-section';

type Analyze = (input: ArticleInput) => ArticleAnalysis;

// A glob rather than a static import: the analysis module is built in
// parallel (issue 5) and the sidebar must still build and show the dossier
// without it. Vite splits it into its own chunk, loaded after first paint.
const modules = import.meta.glob<{ analyzeArticle: Analyze }>('../../core/analysis/analyze-article.ts');

async function loadAnalyzer(): Promise<Analyze | null> {
  const load = Object.values(modules)[0];
  if (!load) return null;
  return (await load()).analyzeArticle ?? null;
}

/** Reads the article the frame sits beside: page snapshot → main text → analysis. */
export async function analyzeCurrentPage(metadata: PageMetadata | null): Promise<AnalysisState> {
  // Readability and the analysis load only now, after the summary is on screen.
  const [snapshot, analyze, { extractMainText }] = await Promise.all([
    sendRequest({ type: 'page-snapshot' }).catch(() => null),
    loadAnalyzer().catch(() => null),
    import('../../core/page/extract-main-text'),
  ]);
  if (!snapshot?.html) return { status: 'failed', reason: 'no-snapshot' };
  if (!analyze) return { status: 'failed', reason: 'error' };
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  const main = extractMainText(doc);
  if (!main || main.text.length < 200) return { status: 'failed', reason: 'no-text' };
  try {
    const analysis = analyze({
      text: main.text,
      paragraphs: main.paragraphs,
      links: main.links,
      publishedAt: metadata?.publishedAt ?? null,
      language: metadata?.language ?? doc.documentElement.lang ?? null,
      url: snapshot.url,
      title: metadata?.title ?? null,
    });
    return { status: 'ready', analysis };
  } catch (error) {
    console.error('Backstory: could not analyse the article', error);
    return { status: 'failed', reason: 'error' };
  }
}
