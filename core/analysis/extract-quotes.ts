import type { Quote } from './types';
import { countWords, findQuoteSpans, isQuotedName, maskQuotes } from './find-quote-spans';
import { findAttributions, type Attribution } from './find-attributions';
import { splitParagraph, splitSentences } from './split-sentences';
import { buildArticleContext, resolveReference, resolveSourceName, type ArticleContext } from './article-mentions';

// Quotations in the article with their speaker when the sentence names one.

export const MAX_QUOTES = 200;
const MIN_WORDS = 4; // "Azure", "The Guardian", "plausibly alleged": scare quotes and names, not quotations
const MAX_QUOTE_TEXT = 5000;
const MAX_SENTENCE_TEXT = 1500;

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

function pickSpeaker(sentence: string, quoteText: string, known?: Attribution[]): string | null {
  const attributions = (known ?? findAttributions(sentence)).filter((a) => (a.role === 'speaker' || a.role === 'source') && (a.kind === 'person' || a.kind === 'organisation' || a.kind === 'news-outlet'));
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

const SPEECH_VERB = /\b(?:said|says|say|told|tells|wrote|writes|added|adds|noted|stated|asked|replied|explained|argued|warned|insisted|according to|quoted|described|called)\b|(?<![\u0621-\u064A])(?:و|ف)?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|ذكر|ذكرت|أشار|أشارت|صرح|صرحت|بحسب|وفق|مضيفا|مشيرا|مضيفة|مشيرة)(?![\u0621-\u064A])/u;

/** A quotation standing alone: no speech verb and hardly any words outside the marks. */
function isStandalone(outer: string): boolean {
  return !SPEECH_VERB.test(outer) && countWords(outer.replace(/[^\p{L}\d\s]/gu, ' ')) <= 6;
}

// Arabic has no capitals to tell a quoted name from a quotation: "حركة «…»" names the movement.
const AR_NAMING_NOUN = /(?:^|\s)و?(?:ال)?(?:حركة|منظمة|جمعية|حملة|مجموعة|شركة|وكالة|صحيفة|مجلة|موقع|قناة|تحالف|ائتلاف|مبادرة|برنامج|مشروع|عملية|كتاب|فيلم|مسلسل|وسم|هاشتاغ)\s*$/;

export function isNamedAfterNoun(before: string, inner: string): boolean {
  return AR_NAMING_NOUN.test(before) && countWords(inner) <= 8 && !/[.،,:؛!?؟]/.test(inner);
}

function resolveSpeaker(name: string, sentence: number, ctx: ArticleContext): string | null {
  const resolved = resolveSourceName({ name, kind: 'person', role: 'speaker', index: 0 }, sentence, ctx);
  return resolved ? resolved.name : null;
}

/** The speaker named in one of the two sentences before (wire copy runs a speaker's quotes on). */
function previousSpeaker(sentence: number, bySentence: Map<number, string>, ctx: ArticleContext): string | null {
  for (let j = sentence - 1; j >= Math.max(0, sentence - 2); j--) {
    const known = bySentence.get(j);
    if (known) return known;
    const a = (ctx.attributions[j] ?? []).find((x) => x.role === 'speaker' && (x.kind === 'person' || x.kind === 'organisation'));
    if (a) return resolveSpeaker(a.name, j, ctx);
  }
  return null;
}

export function extractQuotes(paragraphs: string[], context?: ArticleContext): Quote[] {
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const ctx = context ?? buildArticleContext(splitSentences(paragraphs));
  const bySentence = new Map<number, string>();
  let first = 0; // index of the paragraph's first sentence in the article
  for (const paragraph of paragraphs) {
    const parts = locateSentences(paragraph);
    for (const span of findQuoteSpans(paragraph)) {
      const inner = paragraph.slice(span.start + 1, span.end - 1).trim();
      // A "quotation" that opens on punctuation is a mark paired across two real quotes.
      if (countWords(inner) < MIN_WORDS || isQuotedName(inner) || /^[,.;:!?،؛]/.test(inner)) continue;
      if (isNamedAfterNoun(paragraph.slice(Math.max(0, span.start - 14), span.start), inner)) continue;
      const clean = inner.replace(/[\s,،]+$/, '');
      const text = clean.length > MAX_QUOTE_TEXT ? `${clean.slice(0, MAX_QUOTE_TEXT)}…` : clean;
      const sentence = quoteSentence(paragraph, parts, span.start, span.end);
      const at = Math.max(0, parts.findIndex((p) => p.end > span.start));
      const last = Math.max(at, parts.findIndex((p) => p.end >= span.end));
      const index = first + at;
      const outer = maskQuotes(sentence).replace(inner, ' ');
      // One sentence: its attributions were already found for the whole article.
      let speaker = pickSpeaker(sentence, inner, at === last ? ctx.attributions[index] : undefined);
      if (speaker) speaker = resolveSpeaker(speaker, index, ctx);
      speaker ??= resolveReference(outer, index, ctx);
      if (!speaker && isStandalone(outer)) speaker = previousSpeaker(index, bySentence, ctx);
      if (speaker) bySentence.set(first + last, speaker);
      if (seen.has(text)) continue; // pages repeat pull quotes and captions
      seen.add(text);
      quotes.push({ text, speaker, sentence });
      if (quotes.length >= MAX_QUOTES) return quotes;
    }
    first += parts.length;
  }
  return quotes;
}
