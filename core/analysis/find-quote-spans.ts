// Spans of quoted text in a paragraph, any typographic style. Shared by quote extraction (the text)
// and attribution finding (which must not read inside quotations).

export type QuoteSpan = { start: number; end: number; open: string; close: string };

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›', '"': '"' };
// An unbalanced mark must not swallow the rest of a long text.
export const MAX_QUOTE_CHARS = 60000; // a 5,000-word quotation still closes
const MAX_SPANS = 500;

/** Quotation spans (start at the opening mark, end after the closing mark); unbalanced marks are ignored. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const opener = /["“«„‹]/g;
  let m: RegExpExecArray | null;
  while ((m = opener.exec(text)) && spans.length < MAX_SPANS) {
    const i = m.index;
    const ch = text[i];
    if ((ch === '"' || ch === '”') && !isOpeningPosition(text, i)) continue;
    const close = PAIRS[ch];
    // „…“ closes with “; curly quotes may close with a straight one in sloppy copy.
    let j = text.indexOf(close, i + 1);
    if (close === '”' && ch !== '"') {
      const straight = text.indexOf('"', i + 1);
      if (straight !== -1 && (j === -1 || straight < j)) j = straight;
    }
    if (j === -1 || j - i > MAX_QUOTE_CHARS) continue; // unbalanced: ignored, never swallows the text
    spans.push({ start: i, end: j + 1, open: ch, close: text[j] });
    opener.lastIndex = j + 1;
  }
  return spans.concat(findSingleQuoteSpans(text, spans));
}

function isOpeningPosition(text: string, i: number): boolean {
  return i === 0 || /[\s(\[—–\-:,،]/.test(text[i - 1]);
}

// 'single quotes' count only when clearly a quotation: after a space, several words, closed before a non-letter.
function findSingleQuoteSpans(text: string, taken: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  if (taken.length > 0 || !/(?:^|[\s(:,])['‘]/.test(text)) return out;
  const re = /(^|[\s(:,])(['‘])([^'‘’\n]{12,600}?)(['’])(?=[\s.,;:!?)]|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[3].trim().split(/\s+/).length < 4) continue;
    const start = m.index! + m[1].length;
    out.push({ start, end: start + m[2].length + m[3].length + m[4].length, open: m[2], close: m[4] });
    if (out.length >= MAX_SPANS) break;
  }
  return out;
}

/** The text with quoted content blanked (same length), so that patterns do not match inside quotations. */
export function maskQuotes(text: string, spans = findQuoteSpans(text)): string {
  let out = text;
  for (const s of spans) {
    const inner = text.slice(s.start + 1, s.end - 1);
    if (s.end - s.start > 2 && countWords(inner) > 3 && !isQuotedName(inner)) {
      out = out.slice(0, s.start + 1) + ' '.repeat(s.end - s.start - 2) + out.slice(s.end - 1);
    }
  }
  return out;
}

export function countWords(text: string): number {
  const m = text.trim().match(/\S+/g);
  return m ? m.length : 0;
}

const SMALL_WORDS = /^(?:for|of|and|the|a|an|in|on|to|at|by|with|from|de|la|le|du|des|el|al)$/;

/** "No Azure for Apartheid", "Black Lives Matter": a quoted title-case name, not a quotation. */
export function isQuotedName(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length > 6 || /[.!?؟,;:]/.test(inner)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.test(w));
}
