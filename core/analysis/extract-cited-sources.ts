import { hostOf } from '../url';
import type { CitedSource, CitedSourceKind, Sentence } from './types';
import type { Attribution } from './find-attributions';
import { buildArticleContext, findReferent, resolveReference, resolveSourceName, type ArticleContext } from './article-mentions';
import { maskQuotes } from './find-quote-spans';
import { resolveShortName, sentenceSubject } from './resolve-mentions';
import { hasDocumentCue, isSocialDomain, normaliseSourceName, outletForDomain } from './source-kinds';

// The sources an article cites: attributions in its sentences and outbound links in its body.
// Several mentions of one source are merged into one entry with all its evidence sentences.

export const MAX_SOURCES = 100;
const MAX_EVIDENCE = 5;
const GENERIC_LINK_TEXT = /^(?:here|this|link|source|read more|more|click here|this report|هنا|المصدر|الرابط|اضغط هنا)$/i;
const GENERIC_DOC_WORDS = /^(?:the|a|an|new|latest|recent|full|this|جديد|الجديد|الأخير|هذا|كامل|كاملا|كاملاً)$/;
const DOC_NOUN = /(?:e-?mail|memo|letter|filing|report|lawsuit|complaint|order|ruling|study|survey|document|تقرير|رسالة|وثيقة|دراسة|مذكرة)/i;

export type LinkInput = { href: string; text: string };


function sameSite(a: string, b: string): boolean {
  const base = (h: string) => h.split('.').slice(-2).join('.');
  return a === b || base(a) === base(b);
}

/** A source from one outbound link, or null for navigation, same-site and non-web links. */
export function sourceFromLink(link: LinkInput, articleUrl: string | undefined, sentences: Sentence[]): CitedSource | null {
  let url: URL;
  try {
    url = new URL(link.href, articleUrl ?? undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const articleHost = hostOf(articleUrl);
  if (articleHost && sameSite(host, articleHost)) return null;
  const text = link.text.replace(/\s+/g, ' ').trim().slice(0, 200);
  const evidenceSentence = text.length >= 3 ? sentences.find((s) => s.text.includes(text))?.text : undefined;
  const isGeneric = text.length < 2 || GENERIC_LINK_TEXT.test(text);
  let kind: CitedSourceKind;
  let name: string;
  const outlet = outletForDomain(host);
  if (isSocialDomain(host)) {
    kind = 'social-post';
    name = isGeneric ? `post on ${host}` : text;
  } else if (outlet && !hasDocumentCue(text)) {
    kind = 'news-outlet';
    name = outlet;
  } else if (/\.pdf$/i.test(url.pathname) || hasDocumentCue(text) || url.pathname.split('/').filter(Boolean).length >= 2) {
    kind = 'document';
    name = isGeneric ? host : text;
  } else {
    kind = 'organisation';
    name = isGeneric ? host : text;
  }
  return { name, kind, url: url.href, evidence: [evidenceSentence ?? text] };
}

function isGenericDocument(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter((w) => !GENERIC_DOC_WORDS.test(w));
  return words.length === 1 && DOC_NOUN.test(words[0]);
}

function isContained(short: string, long: string): boolean {
  return long !== short && ` ${long} `.includes(` ${short} `);
}

/** Merges mentions of one source: same normalised name, or a shorter name inside a longer one of the same kind. */
export function mergeSources(all: CitedSource[]): CitedSource[] {
  const byKey = new Map<string, CitedSource>();
  for (const s of all) {
    const key = `${s.kind === 'social-post' ? 'social:' : ''}${normaliseSourceName(s.name)}`;
    if (!key.replace('social:', '')) continue;
    const existing = byKey.get(key);
    if (existing) {
      for (const e of s.evidence) if (!existing.evidence.includes(e) && existing.evidence.length < MAX_EVIDENCE) existing.evidence.push(e);
      existing.url ??= s.url;
      if (existing.kind !== s.kind && s.kind === 'news-outlet') existing.kind = s.kind;
    } else {
      byKey.set(key, { ...s, evidence: [...s.evidence] });
    }
  }
  const list = [...byKey.entries()];
  const removed = new Set<string>();
  for (const [key, s] of list) {
    const target = list.find(([k, t]) => {
      if (k === key || removed.has(k)) return false;
      const kindsFit = t.kind === s.kind || (s.kind === 'organisation' && t.kind === 'person' && !key.includes(' '));
      if (!kindsFit) return false;
      if (s.kind === 'document' && isGenericDocument(s.name)) {
        const noun = normaliseSourceName(s.name).split(' ').find((w) => DOC_NOUN.test(w));
        return !!noun && k.includes(noun);
      }
      return isContained(key, k);
    });
    if (!target) continue;
    const t = target[1];
    for (const e of s.evidence) if (!t.evidence.includes(e) && t.evidence.length < MAX_EVIDENCE) t.evidence.push(e);
    t.url ??= s.url;
    removed.add(key);
  }
  return list.filter(([k]) => !removed.has(k)).map(([, s]) => s).slice(0, MAX_SOURCES);
}

// "email", "statement", "report": a common noun names no source unless its owner is known.
const BARE_COMMON_NOUN = /^(?:e-?mail|emails|memo|letter|statement|report|reports|document|documents|post|note|filing|message|messages|records|study|survey|interview|briefing|release|notice)$/i;

/**
 * A document named by a common noun ("internal email", "regulatory filing") gets its owner: a speaker in the
 * sentence, "he"/"the company" resolved to the article's latest person/organisation, or the sentence's subject.
 * A bare noun with no owner ("email") is dropped (null).
 */
export function nameDocument(a: Attribution, speakers: Attribution[], text: string, sentence: number, ctx: ArticleContext): string | null {
  if (a.kind !== 'document' || /^[A-Z\u0600-\u06FF"“«]/.test(a.name) || /['’]s\s| from /.test(a.name)) return a.name;
  const subject = sentenceSubject(text);
  const owner = speakers[0]?.name ?? resolveReference(maskQuotes(text), sentence, ctx) ?? (subject && (resolveShortName(subject, ctx.mentions, sentence)?.name ?? subject));
  if (owner) return `${owner}'s ${a.name.replace(/^(?:an?|the)\s+/i, '')}`;
  return BARE_COMMON_NOUN.test(a.name.trim()) ? null : a.name;
}

const AR_OUTLET_DESCRIPTION = /^ال(صحيفة|جريدة|قناة|مجلة|شبكة|وكالة|موقع)(?:\s+ال\S+){0,2}$/;

/** "الصحيفة البريطانية" after "صحيفة الغارديان البريطانية": the same outlet, described rather than named. */
export function resolveOutletDescriptions(found: CitedSource[]): void {
  found.forEach((s, i) => {
    const m = s.kind === 'news-outlet' ? AR_OUTLET_DESCRIPTION.exec(s.name) : null;
    if (!m) return;
    const adjectives = s.name.split(' ').slice(1);
    for (let j = i - 1; j >= 0; j--) {
      const t = found[j];
      const words = t.name.split(' ');
      if (t.kind === 'news-outlet' && t.name !== s.name && words[0].replace(/^ال/, '') === m[1] && adjectives.every((a) => words.includes(a)) && !AR_OUTLET_DESCRIPTION.test(t.name)) {
        s.name = t.name;
        return;
      }
    }
  });
}

export function extractCitedSources(sentences: Sentence[], links: LinkInput[] = [], articleUrl?: string, context?: ArticleContext): CitedSource[] {
  const found: CitedSource[] = [];
  const ctx = context ?? buildArticleContext(sentences);
  for (const s of sentences) {
    // "Follow us on X", "Sign up for our newsletter": page furniture, not citations.
    if (/^(?:follow|like|join|subscribe|sign up|share|read more|watch|click)\b/i.test(s.text)) continue;
    const resolved = (ctx.attributions[s.index] ?? []).map((a) => resolveSourceName(a, s.index, ctx)).filter((a): a is Attribution => !!a);
    const speakers = resolved.filter((a) => a.role !== 'medium' && (a.kind === 'person' || a.kind === 'organisation'));
    for (const a of resolved) {
      const name = nameDocument(a, speakers, s.text, s.index, ctx);
      if (name) found.push({ name, kind: a.kind, evidence: [s.text] });
    }
    // "…, the company said Thursday", "he added": the source named earlier is cited again here.
    if (speakers.length === 0 && /\b(?:said|says|added|told|wrote|stated|announced|confirmed)\b|(?:قال|أضاف|أكد|أوضح|ذكرت)/.test(s.text)) {
      const referent = findReferent(maskQuotes(s.text), s.index, ctx);
      if (referent) found.push({ name: referent.name, kind: referent.kind, evidence: [s.text] });
    }
    if (found.length > MAX_SOURCES * 10) break;
  }
  resolveOutletDescriptions(found);
  for (const link of links.slice(0, 500)) {
    const source = sourceFromLink(link, articleUrl, sentences);
    if (source) found.push(source);
  }
  return mergeSources(found);
}
