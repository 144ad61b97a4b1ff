// Which kinds of event (event-kinds.ts) an article names, and where: with the matcher's own rules
// (normalisation, word boundaries, stems, Arabic and Hebrew proclitics), so the draft finds kinds
// exactly as the pages it will be matched against are read.
import { compileMatcher } from '../match/compile-matcher';
import { matchPage } from '../match/match-page';
import type { CompiledMatcher } from '../match/types';
import { EVENT_KINDS, kindTopics, type EventKind } from './event-kinds';

export interface FoundKind {
  kind: EventKind;
  inHeadline: boolean;
  inLead: boolean;
  count: number;
}

let compiled: CompiledMatcher | null = null;

export function findEventKinds(text: { headline: string; lead: string; body: string }): FoundKind[] {
  compiled ??= compileMatcher(kindTopics());
  const matches = matchPage(compiled, { title: text.headline, lead: text.lead, metadata: '', body: text.body, outside: '' });
  const found: FoundKind[] = [];
  for (const m of matches) {
    const kind = EVENT_KINDS.find((k) => k.id === m.topicId);
    if (!kind) continue;
    const where = new Set(m.evidence.flatMap((e) => e.where));
    found.push({ kind, inHeadline: where.has('title'), inLead: where.has('lead'), count: m.evidence.reduce((n, e) => n + e.count, 0) });
  }
  return found.sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || Number(b.inLead) - Number(a.inLead) || b.count - a.count);
}
