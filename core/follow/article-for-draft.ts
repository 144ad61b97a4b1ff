// One article read for drafting: the same main text and analysis the sidebar shows, plus the
// paragraphs and links drafting needs. The sidebar frame, `npm run draft` and the eval all call this.
import { analyzeArticle } from '../analysis/analyze-article';
import { extractMainText } from '../page/extract-main-text';
import type { PageMetadata } from '../page/types';
import type { ArticleForDraft } from './types';

export function readArticleForDraft(doc: Document, url: string, metadata: PageMetadata): ArticleForDraft | null {
  const main = extractMainText(doc);
  if (!main || main.paragraphs.length === 0) return null;
  const analysis = analyzeArticle({
    text: main.text,
    paragraphs: main.paragraphs,
    links: main.links,
    publishedAt: metadata.publishedAt,
    language: metadata.language,
    url,
    title: metadata.title,
  });
  return { url, metadata, paragraphs: main.paragraphs, links: main.links, analysis };
}
