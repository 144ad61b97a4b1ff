import { Readability } from '@mozilla/readability';

export interface MainText {
  text: string;
  paragraphs: string[];
  html: string;
  links: { href: string; text: string }[];
}

// Readability rewrites the DOM it is given, so it always works on a clone:
// the live page must never change under the reader's eyes.

const MAX_ELEMS = 60_000;

/**
 * Readability's article HTML as a document of its own, to read paragraphs and links from. Parsed by
 * DOMParser (inert: no script runs, nothing loads), not by setting innerHTML, which Mozilla's add-on
 * linter flags. Readability's output is one <div> (its page), so it lands in <body> exactly as it
 * did inside the <div> it used to be set on. The DOMParser of the page's own window where there is
 * one (linkedom and jsdom in Node), else this context's (the sidebar's document has no window).
 */
function parseArticle(doc: Document, html: string): Document {
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  return new Parser().parseFromString(html, 'text/html');
}

export function extractMainText(doc: Document): MainText | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const result = new Readability(clone, { maxElemsToParse: MAX_ELEMS, charThreshold: 300, keepClasses: false }).parse();
    if (!result?.content) return null;
    const holder = parseArticle(doc, result.content);
    const paragraphs: string[] = [];
    const blocks = holder.querySelectorAll('p, h2, h3, h4, li, blockquote, pre');
    for (let i = 0; i < blocks.length; i++) {
      const el = blocks[i];
      // Skip containers whose text is already counted through a nested block.
      if (el.querySelector('p, li, blockquote')) continue;
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) paragraphs.push(t);
    }
    const text = (result.textContent ?? '').replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
    if (!paragraphs.length && text) paragraphs.push(...text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean));
    const links: MainText['links'] = [];
    const anchors = holder.querySelectorAll('a[href]');
    for (let i = 0; i < anchors.length && links.length < 500; i++) {
      const href = anchors[i].getAttribute('href') ?? '';
      if (!/^https?:/i.test(href)) continue;
      links.push({ href, text: (anchors[i].textContent ?? '').replace(/\s+/g, ' ').trim() });
    }
    return { text, paragraphs, html: result.content, links };
  } catch {
    return null;
  }
}
