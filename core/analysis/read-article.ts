import { extractMainText } from '../page/extract-main-text';
import type { PageMetadata } from '../page/types';
import { analyzeArticle } from './analyze-article';
import type { ArticleAnalysis } from './types';

export type ArticleReading =
  | { ok: true; analysis: ArticleAnalysis; words: number; paragraphs: string[]; links: { href: string; text: string }[] }
  | { ok: false; reason: 'no-text' | 'error'; message?: string };

// Below this the "main text" is a teaser or a paywall stub: nothing to analyse.
const MIN_TEXT_CHARS = 200;

/**
 * What an article says, from its document: main text (Readability, on a clone)
 * then analysis. The sidebar frame and `npm run analyze` both run this.
 */
export function readArticle(doc: Document, url: string | undefined, metadata: PageMetadata | null): ArticleReading {
  try {
    const main = extractMainText(doc);
    if (!main || main.text.length < MIN_TEXT_CHARS) return { ok: false, reason: 'no-text' };
    const analysis = analyzeArticle({
      text: main.text,
      paragraphs: main.paragraphs,
      links: main.links,
      publishedAt: metadata?.publishedAt ?? null,
      language: metadata?.language ?? (doc.documentElement?.getAttribute('lang') || null),
      url,
      title: metadata?.title ?? null,
    });
    // The paragraphs and links go with the analysis: drafting a dossier (core/follow) reads them too.
    return { ok: true, analysis, words: main.text.split(/\s+/).length, paragraphs: main.paragraphs, links: main.links };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
