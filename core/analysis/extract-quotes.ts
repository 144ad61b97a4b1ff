import type { Quote } from './types';
import { countWords, findQuoteSpans, isQuotedName } from './find-quote-spans';
import { findAttributions } from './find-attributions';
import { splitParagraph } from './split-sentences';

// Quotations in the article with their speaker when the sentence names one.

export const MAX_QUOTES = 200;
const MIN_WORDS = 4; // "Azure", "The Guardian", "plausibly alleged": scare quotes and names, not quotations
const MAX_QUOTE_TEXT = 5000;
const MAX_SENTENCE_TEXT = 1500;
const PRONOUN_SPEECH = /\b(?:he|she|they|it|we|i)\s+(?:said|says|added|adds|told|wrote|noted|explained|continued|asked)\b|\b(?:said|added|wrote)\s+(?:he|she|they)\b|\bthe\s+(?:company|ministry|agency|group|statement|spokesperson|spokesman|spokeswoman|official|government|army|military|police|department|organisation|organization|court|judge|report)\s+(?:said|says|added|wrote|stated)\b/i;
const ARABIC_IMPLICIT = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])و?(?:أضاف|أضافت|تابع|تابعت|قال|قالت|أكد|أكدت|أوضح|أوضحت)(?:\s*[:،]|\s+«|\s+أن|\s+إن)/u;

type Part = { text: string; start: number; end: number };

function locateSentences(paragraph: string): Part[] {
  const parts: Part[] = [];
  let offset = 0;
  for (const text of splitParagraph(paragraph)) {
    const start = paragraph.indexOf(text, offset);
    parts.push({ text, start, end: start + text.length });
    offset = start + text.length;
  }
  return parts;
}

function quoteSentence(paragraph: string, parts: Part[], start: number, end: number): string {
  // The sentences of the paragraph that overlap the quotation.
  const picked = parts.filter((p) => p.end > start && p.start < end).map((p) => p.text);
  const text = picked.join(' ') || paragraph.slice(start, end);
  return text.length > MAX_SENTENCE_TEXT ? `${text.slice(0, MAX_SENTENCE_TEXT)}…` : text;
}

function pickSpeaker(sentence: string, quoteText: string): string | null {
  const attributions = findAttributions(sentence).filter((a) => (a.role === 'speaker' || a.role === 'source') && (a.kind === 'person' || a.kind === 'organisation' || a.kind === 'news-outlet'));
  const outside = attributions.filter((a) => !quoteText.includes(a.name));
  if (outside.length > 0) {
    // A person before an organisation before an outlet ("AFP quoted expert X as saying"), then the nearest one.
    const rank = (k: string) => (k === 'person' ? 0 : k === 'organisation' ? 1 : 2);
    const best = Math.min(...outside.map((a) => rank(a.kind)));
    const qAt = sentence.indexOf(quoteText.slice(0, 30));
    return outside.filter((a) => rank(a.kind) === best).reduce((b, a) => (Math.abs(a.index - qAt) < Math.abs(b.index - qAt) ? a : b)).name;
  }
  return null;
}

export function extractQuotes(paragraphs: string[]): Quote[] {
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    let parts: Part[] | null = null;
    for (const span of findQuoteSpans(paragraph)) {
      const inner = paragraph.slice(span.start + 1, span.end - 1).trim();
      // A "quotation" that opens on punctuation is a mark paired across two real quotes.
      if (countWords(inner) < MIN_WORDS || isQuotedName(inner) || /^[,.;:!?،؛]/.test(inner)) continue;
      const clean = inner.replace(/[\s,،]+$/, '');
      const text = clean.length > MAX_QUOTE_TEXT ? `${clean.slice(0, MAX_QUOTE_TEXT)}…` : clean;
      parts ??= locateSentences(paragraph);
      const sentence = quoteSentence(paragraph, parts, span.start, span.end);
      const outer = sentence.replace(inner, ' ');
      let speaker = pickSpeaker(sentence, inner);
      if (!speaker && (PRONOUN_SPEECH.test(outer) || ARABIC_IMPLICIT.test(outer))) speaker = null;
      if (seen.has(text)) continue; // pages repeat pull quotes and captions
      seen.add(text);
      quotes.push({ text, speaker, sentence });
      if (quotes.length >= MAX_QUOTES) return quotes;
    }
  }
  return quotes;
}
