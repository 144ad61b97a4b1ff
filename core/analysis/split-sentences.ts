import type { Sentence } from './types';

// Abbreviations that end with a period but do not end a sentence in wire copy.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr', 'inc', 'corp',
  'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'pres',
]);

const OPENING = '“«„‹"';
const CLOSING_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‹': '›', '"': '"' };
const TERMINAL = /[.!?؟؛…]/;
const CLOSERS = /["”»’'›)\]]/;
// Quotes that never close must not swallow the rest of the paragraph.
const MAX_QUOTE_SPAN = 1500;
const MAX_SENTENCE = 4000;
export const MAX_SENTENCES = 3000;

/** Paragraphs of an input: the given list, or the text split on blank lines / line breaks. */
export function splitParagraphs(text: string, paragraphs?: string[]): string[] {
  const source = paragraphs && paragraphs.length > 0 ? paragraphs : text.split(/\n+/);
  return source.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** Splits one paragraph into sentences (English and Arabic punctuation), not inside a closed quotation. */
export function splitParagraph(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  let closing: string | null = null;
  let openedAt = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    let isTerminal = false;
    if (closing) {
      if (ch === closing) {
        closing = null;
        // A quotation that ends its sentence: `… lightly.” Next`.
        isTerminal = i > 0 && TERMINAL.test(paragraph[i - 1]);
      } else if (i - openedAt > MAX_QUOTE_SPAN) {
        closing = null;
      }
      if (!isTerminal) continue;
    } else if (OPENING.includes(ch) && (ch !== '"' || isOpeningStraightQuote(paragraph, i))) {
      closing = CLOSING_OF[ch];
      openedAt = i;
      continue;
    } else {
      isTerminal = TERMINAL.test(ch);
    }
    const isForcedBreak = i - start > MAX_SENTENCE && ch === ' ';
    if (!isTerminal && !isForcedBreak) continue;
    let end = i + 1;
    while (end < paragraph.length && (TERMINAL.test(paragraph[end]) || CLOSERS.test(paragraph[end]))) end++;
    if (!isForcedBreak) {
      if (end < paragraph.length && paragraph[end] !== ' ') continue;
      if (ch === '.' && isAbbreviation(paragraph, i)) continue;
      const next = paragraph.slice(end).trimStart()[0];
      if (next && /[a-z0-9,;]/.test(next)) continue;
    }
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
    i = end - 1;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function isOpeningStraightQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  return /[\s(\[—–\-:,]/.test(before) || i === 0;
}

function isAbbreviation(text: string, dot: number): boolean {
  const m = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = m[1].toLowerCase();
  // Single capital initials ("Michael J. Fox") and known abbreviations.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/** Sentences of the article, in order, capped so that hostile input stays bounded. */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of splitParagraph(p)) {
      if (out.length >= MAX_SENTENCES) return;
      out.push({ text, paragraph, index: out.length });
    }
  });
  return out;
}
