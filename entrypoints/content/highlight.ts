// Highlights passages with the CSS Custom Highlight API: ranges over the page's
// own text nodes, so the page's DOM is never modified.
import { findTermSpans } from '../../core/text/find-terms';

const NAME = 'backstory';
const MAX_RANGES = 500;
let ranges: Range[] = [];
let styleElement: HTMLStyleElement | undefined;

function isSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function highlightTerms(terms: string[]): number {
  clearHighlights();
  if (!isSupported() || terms.length === 0) return 0;
  const root = document.querySelector('article, [itemprop="articleBody"], main') ?? document.body;
  if (!root) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && ranges.length < MAX_RANGES; node = walker.nextNode()) {
    // Spans of the node's own text (its lower case may be longer: "İ"), so a range never reaches past it.
    for (const { start, end } of findTermSpans(node.nodeValue ?? '', terms, MAX_RANGES - ranges.length)) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  CSS.highlights.set(NAME, new Highlight(...ranges));
  styleElement = document.createElement('style');
  styleElement.textContent = `::highlight(${NAME}) { background-color: #ffe08a; color: #1a1a1a; }`;
  (document.head ?? document.documentElement).append(styleElement);
  return ranges.length;
}

export function jumpToHighlight(index: number): boolean {
  const range = ranges[index];
  if (!range) return false;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  return Boolean(element);
}

export function clearHighlights(): void {
  if (isSupported()) CSS.highlights.delete(NAME);
  styleElement?.remove();
  styleElement = undefined;
  ranges = [];
}
