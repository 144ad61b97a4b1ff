// Which kinds of event (event-kinds.ts) an article names, and where: with the matcher's own rules
// (normalisation, word boundaries, stems, Arabic and Hebrew proclitics), so the draft finds kinds
// exactly as the pages it will be matched against are read.
import { compileMatcher } from '../match/compile-matcher';
import { matchPage } from '../match/match-page';
import type { CompiledMatcher } from '../match/types';
import { CONTEXT_PREFIX, EVENT_KINDS, KIND_READINGS, kindTopics, WORDS_PREFIX, type EventKind } from './event-kinds';

export interface FoundKind {
  kind: EventKind;
  inHeadline: boolean;
  inLead: boolean;
  count: number;
}

// One compiled taxonomy per article language (few languages, each compiled once).
const compiled = new Map<string, CompiledMatcher>();

export function findEventKinds(text: { headline: string; lead: string; body: string }, language?: string | null): FoundKind[] {
  const key = typeof language === 'string' ? language.toLowerCase().split('-')[0] : '';
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = compileMatcher(kindTopics(key || null));
    compiled.set(key, matcher);
  }
  const matches = matchPage(matcher, { title: text.headline, lead: text.lead, metadata: '', body: text.body, outside: '' });
  const found: FoundKind[] = [];
  const contexts = new Set<string>();
  // The readings' own words, found as a kind would be.
  const words = new Map<string, FoundKind>();
  for (const m of matches) {
    if (m.topicId.startsWith(WORDS_PREFIX)) {
      const where = new Set(m.evidence.flatMap((e) => e.where));
      const id = m.topicId.slice(WORDS_PREFIX.length);
      words.set(id, { kind: { id, words: {} }, inHeadline: where.has('title'), inLead: where.has('lead'), count: m.evidence.reduce((n, e) => n + e.count, 0) });
      continue;
    }
    if (m.topicId.startsWith(CONTEXT_PREFIX)) {
      contexts.add(m.topicId);
      continue;
    }
    const kind = EVENT_KINDS.find((k) => k.id === m.topicId);
    if (!kind) continue;
    const where = new Set(m.evidence.flatMap((e) => e.where));
    found.push({ kind, inHeadline: where.has('title'), inLead: where.has('lead'), count: m.evidence.reduce((n, e) => n + e.count, 0) });
  }
  // An ambiguous kind is read as the other kind too where a sentence has both it and its context
  // ("the plane crashed", not "waves crashed" three sentences before "surveillance flights").
  const readings = new Map<string, FoundKind>();
  const rank = (k: FoundKind) => (k.inHeadline ? 1000 : 0) + (k.inLead ? 100 : 0) + k.count;
  for (const reading of KIND_READINGS) {
    const word = reading.words ? words.get(reading.kind) : found.find((f) => f.kind.id === reading.kind);
    const other = EVENT_KINDS.find((k) => k.id === reading.as);
    const contextId = `${CONTEXT_PREFIX}${reading.kind}:${reading.as}`;
    if (!word || !other || !contexts.has(contextId)) continue;
    const wordId = reading.words ? `${WORDS_PREFIX}${reading.kind}` : reading.kind;
    const read: FoundKind = { kind: other, inHeadline: false, inLead: false, count: 0 };
    const small = readingMatcher(key, reading.kind);
    for (const [zone, value] of [['title', text.headline], ['lead', text.lead], ['body', text.body]] as const) {
      // The body's first sentences only: drafting stays fast on long articles, and a reading the
      // opening paragraphs don't give is not what the story is about.
      for (const sentence of splitSentences(value).slice(0, zone === 'body' ? MAX_BODY_SENTENCES : undefined)) {
        const ids = new Set(matchPage(small, { title: '', lead: '', metadata: '', body: sentence, outside: '' }).map((m) => m.topicId));
        if (!ids.has(wordId) || !ids.has(contextId)) continue;
        read.count++;
        if (zone === 'title') read.inHeadline = true;
        if (zone === 'lead') read.inLead = true;
      }
    }
    if (read.count === 0) continue;
    // One word, one reading: the one its sentences give most ("crashed" beside "plane" and "system"
    // in an air-crash story is the crash).
    const rival = readings.get(reading.kind);
    if (rival && rank(rival) >= rank(read)) continue;
    readings.set(reading.kind, read);
  }
  for (const read of readings.values()) {
    const known = found.find((f) => f.kind.id === read.kind.id);
    if (known) {
      known.inHeadline ||= read.inHeadline;
      known.inLead ||= read.inLead;
      known.count = Math.max(known.count, read.count);
    } else {
      found.push(read);
    }
  }
  return found.sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || Number(b.inLead) - Number(a.inLead) || b.count - a.count);
}

const MAX_BODY_SENTENCES = 30;

// Per language and reading: a matcher of that reading's word and context only, for its sentences.
const readingMatchers = new Map<string, CompiledMatcher>();
function readingMatcher(language: string, kind: string): CompiledMatcher {
  const id = `${language}|${kind}`;
  let matcher = readingMatchers.get(id);
  if (!matcher) {
    const [taxonomy] = kindTopics(language || null);
    const keep = (topicId: string) => topicId === kind || topicId === `${WORDS_PREFIX}${kind}` || topicId.startsWith(`${CONTEXT_PREFIX}${kind}:`);
    matcher = compileMatcher([{ ...taxonomy, topics: taxonomy.topics.filter((t) => keep(t.id)) }]);
    readingMatchers.set(id, matcher);
  }
  return matcher;
}

/** Sentences, roughly: enough to tell which words stand together. */
function splitSentences(text: string | null | undefined): string[] {
  if (typeof text !== 'string') return [];
  return text.split(/(?<=[.!?。！？])\s+|\n+/u).filter((sentence) => sentence.trim().length > 0);
}
