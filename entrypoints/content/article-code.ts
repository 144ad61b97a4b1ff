// The article part of the content script: everything that runs only once detection has called the
// page an article (reading its metadata and text, matching, highlighting, the sidebar's host, the
// page's snapshot). It is not in content-scripts/content.js, which every page loads: it is built as
// a script of its own (entrypoints/content-article.ts) and loaded on articles only (article-slot.ts).
import { extractMetadata } from '../../core/page/extract-metadata';
import { collectZones } from '../../core/match/collect-zones';
import { matchPage } from '../../core/match/match-page';
import { MAX_SNAPSHOT_CHARS, type ContentResponseMap } from '../../core/messages';
import { clearHighlights, highlightTerms, jumpToHighlight } from './highlight';
import { createSidebarHost } from './sidebar-host';

/** The page's HTML for the sidebar frame's reading (bounded). */
function snapshot(): ContentResponseMap['cs-snapshot'] {
  const html = document.documentElement.outerHTML;
  return { url: location.href, html: html.slice(0, MAX_SNAPSHOT_CHARS), truncated: html.length > MAX_SNAPSHOT_CHARS };
}

export const articleCode = { extractMetadata, collectZones, matchPage, highlightTerms, jumpToHighlight, clearHighlights, createSidebarHost, snapshot };
export type ArticleCode = typeof articleCode;
