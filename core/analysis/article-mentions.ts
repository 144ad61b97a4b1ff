import type { Sentence } from './types';
import { findAttributions, type Attribution } from './find-attributions';
import { maskQuotes } from './find-quote-spans';
import { isPlaceName } from './places';
import { findPersonNames, latestMention, resolveShortName, sentenceSubject, type Mention } from './resolve-mentions';
import { classifySource, hasOrganisationCue } from './source-kinds';

// One pass over the article: each sentence's attributions and the running list of the people and
// organisations it names. Sources and quotes both read it, so attributions are found once.

export type ArticleContext = { attributions: Attribution[][]; mentions: Mention[] };

export function buildArticleContext(sentences: Sentence[]): ArticleContext {
  const attributions: Attribution[][] = [];
  const mentions: Mention[] = [];
  const add = (name: string, kind: Mention['kind'], sentence: number, strong: boolean) => {
    const last = mentions[mentions.length - 1];
    if (last && last.name === name && last.sentence === sentence) last.strong ||= strong;
    else mentions.push({ name, kind, sentence, strong });
  };
  for (const s of sentences) {
    const found = findAttributions(s.text);
    attributions.push(found);
    if (/[A-Z][a-z]/.test(s.text)) {
      const subject = sentenceSubject(s.text);
      if (subject && classifySource(subject) !== 'person') add(subject, 'organisation', s.index, true);
      for (const p of findPersonNames(/["“«„‹]/.test(s.text) ? maskQuotes(s.text) : s.text)) add(p.name, 'person', s.index, p.strong);
    }
    for (const a of found) {
      if (a.kind === 'person' && (/\s/.test(a.name))) add(a.name, 'person', s.index, true);
      else if (!/\s/.test(a.name) && (a.kind === 'person' || a.kind === 'organisation') && a.role === 'speaker') {
        // "Mercer wrote": the full name written earlier is now a speaker too, so "she wrote" can point to it.
        const full = resolveShortName(a.name, mentions, s.index);
        if (full) add(full.name, 'person', s.index, true);
        else if (a.kind === 'organisation') add(a.name, 'organisation', s.index, true);
      }
      else if (a.kind === 'organisation') add(a.name, 'organisation', s.index, true);
    }
  }
  return { attributions, mentions };
}

/**
 * A named source as the article means it: a bare surname becomes the full name written elsewhere
 * ("Smith" → "Brad Smith"); a country or capital is dropped (null).
 */
export function resolveSourceName(a: Attribution, sentence: number, ctx: ArticleContext): Attribution | null {
  if (a.kind !== 'person' && a.kind !== 'organisation') return a;
  if (isPlaceName(a.name)) return null;
  // "Dr Fauci", "Mr. Ng": an honorific and a surname resolve like the surname.
  const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov)\.?\s+([A-Z][\p{L}'’-]+)$/u.exec(a.name);
  const short = honorific ? honorific[1] : a.name;
  const isShort = !/\s/.test(short) && !/^[A-Z\d&.-]{2,}$/.test(short) && !hasOrganisationCue(short);
  if (isShort) {
    const full = resolveShortName(short, ctx.mentions, sentence);
    if (full) return { ...a, name: full.name, kind: 'person' };
  }
  return a;
}

const SPEECH = '(?:said|says|added|adds|told|tells|wrote|writes|noted|stated|explained|continued|argued|warned|insisted|announced|confirmed|posted|replied|asked)';
const PRONOUN_RE = new RegExp(`\\b(?:(?:he|she)\\s+(?:also\\s+|later\\s+|then\\s+)?${SPEECH}|${SPEECH}\\s+(?:he|she))\\b`, 'i');
const THE_NOUN_RE = new RegExp(`\\bthe\\s+(company|firm|airline|carrier|bank|group|ministry|agency|department|government|army|military|police|organi[sz]ation|court|council|committee|campaign|movement|union|fund|office|authority|commission|regulator|lender|insurer|retailer|automaker|chipmaker)\\s+(?:also\\s+|later\\s+)?${SPEECH}\\b|\\b${SPEECH}\\s+the\\s+(company|firm|ministry|agency|department|government|army|military|police|group)\\b`, 'i');
const NOUN_CUE: Record<string, RegExp> = {
  ministry: /ministry|department|وزارة/i, department: /ministry|department|وزارة/i, agency: /agency|administration|service|authority|وكالة/i,
  army: /army|military|forces|defen[cs]e|جيش/i, military: /army|military|forces|defen[cs]e|جيش/i, police: /police/i, court: /court/i,
  bank: /bank|fund|reserve/i, government: /government|ministry|office|cabinet|حكومة/i,
};
// Arabic verbs without a subject ("وأضاف أن", "وقالت:"): the speaker is the last person named.
const ARABIC_IMPLICIT = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])و?(?:أضاف|أضافت|تابع|تابعت|قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|اعتبر|اعتبرت|لفت|لفتت|شدد|شددت|مضيفا|مضيفة|مشيرا|مشيرة)(?:\s*[:،]|\s+«|\s+"|\s+أن|\s+إن|\s+بأن|\s+إلى أن|\s*$)/u;
const ARABIC_ORG_IMPLICIT = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])و?(?:قالت|أضافت|أكدت|أوضحت|ذكرت)\s+(الوزارة|الوكالة|الشركة|المنظمة|الهيئة|الحكومة|الجيش|الحركة)(?![\u0621-\u064A])/u;
const AR_NOUN_CUE: Record<string, RegExp> = { الوزارة: /وزارة/, الوكالة: /وكالة/, الشركة: /شركة/, المنظمة: /منظمة/, الهيئة: /هيئة/, الحكومة: /حكومة/, الجيش: /جيش/, الحركة: /حركة/ };

/**
 * Who "he said", "the company said", "وأضاف" points back to, from the text around a quotation
 * (quotations already blanked): the latest named person, or organisation of the matching kind.
 */
export function resolveReference(outer: string, sentence: number, ctx: ArticleContext): string | null {
  return findReferent(outer, sentence, ctx)?.name ?? null;
}

export function findReferent(outer: string, sentence: number, ctx: ArticleContext): Mention | null {
  if (PRONOUN_RE.test(outer) || (/[\u0600-\u06FF]/.test(outer) && ARABIC_IMPLICIT.test(outer) && !ARABIC_ORG_IMPLICIT.test(outer))) {
    return latestMention(ctx.mentions, sentence, 'person', undefined, true);
  }
  const the = THE_NOUN_RE.exec(outer);
  if (the) {
    const noun = (the[1] ?? the[2]).toLowerCase();
    const cue = NOUN_CUE[noun];
    return (cue && latestMention(ctx.mentions, sentence, 'organisation', cue)) || latestMention(ctx.mentions, sentence, 'organisation');
  }
  const ar = ARABIC_ORG_IMPLICIT.exec(outer);
  if (ar) {
    const cue = AR_NOUN_CUE[ar[1]];
    return (cue && latestMention(ctx.mentions, sentence, 'organisation', cue)) || null;
  }
  return null;
}
