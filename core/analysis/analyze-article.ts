import type { ArticleAnalysis, ArticleInput } from './types';
import { splitParagraphs, splitSentences } from './split-sentences';
import { extractCitedSources } from './extract-cited-sources';
import { extractQuotes } from './extract-quotes';
import { extractEvents } from './extract-events';
import { selectKeyPoints } from './select-key-points';
import { buildArticleContext } from './article-mentions';

// What the article itself says. Pure: runs in Node and in an extension page, never throws.

const MAX_TEXT = 400_000;

const EMPTY: ArticleAnalysis = { keyPoints: [], citedSources: [], quotes: [], events: [] };

export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  try {
    const text = typeof input.text === 'string' ? input.text.slice(0, MAX_TEXT) : '';
    const given = Array.isArray(input.paragraphs) ? input.paragraphs.filter((p): p is string => typeof p === 'string') : undefined;
    let budget = MAX_TEXT;
    const paragraphs = splitParagraphs(text, given).filter((p) => (budget -= p.length) >= 0);
    const sentences = splitSentences(paragraphs);
    const links = Array.isArray(input.links) ? input.links.filter((l) => l && typeof l.href === 'string' && typeof l.text === 'string') : [];
    const context = buildArticleContext(sentences);
    return {
      keyPoints: selectKeyPoints(sentences),
      citedSources: extractCitedSources(sentences, links, input.url, context),
      quotes: extractQuotes(paragraphs, context),
      events: extractEvents(sentences, input.publishedAt ?? null, typeof input.language === 'string' ? input.language : null),
    };
  } catch {
    return { ...EMPTY };
  }
}

export type { ArticleAnalysis, ArticleInput } from './types';
