// The reader's review of a drafted dossier, as pure edits: each returns a new dossier and
// never touches what it was given, so the review can always go back to the draft.
import type { Dossier, Term, Topic } from '../../core/dossier/types';
import { hasUsableTerms } from '../../core/messages';

export interface TermGroup {
  /** The group's key as the matcher reads it: its `group`, else the term's own text. */
  key: string;
  terms: Term[];
}

export type DraftBlocker = 'no-title' | 'no-terms' | 'few-groups';

const DEFAULT_WEIGHT = 2;

function storyTopicIndex(dossier: Dossier): number {
  return dossier.topics.findIndex((topic) => topic.level === 'story');
}

function withStoryTopic(dossier: Dossier, edit: (topic: Topic) => Topic): Dossier {
  const index = storyTopicIndex(dossier);
  if (index < 0) return dossier;
  return { ...dossier, topics: dossier.topics.map((topic, i) => (i === index ? edit(topic) : topic)) };
}

const groupKey = (term: Term) => term.group ?? term.text;
const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The story topic's terms by group, in the draft's order. */
export function listTermGroups(dossier: Dossier): TermGroup[] {
  const topic = dossier.topics[storyTopicIndex(dossier)];
  const groups = new Map<string, Term[]>();
  for (const term of topic?.terms ?? []) groups.set(groupKey(term), [...(groups.get(groupKey(term)) ?? []), term]);
  return [...groups].map(([key, terms]) => ({ key, terms }));
}

/** How many groups a page must name together. */
export function requiredGroups(dossier: Dossier): number {
  return dossier.topics[storyTopicIndex(dossier)]?.require?.groups ?? 1;
}

export function removeTerm(dossier: Dossier, groupKeyToEdit: string, text: string): Dossier {
  return withStoryTopic(dossier, (topic) => ({ ...topic, terms: topic.terms.filter((term) => !(groupKey(term) === groupKeyToEdit && term.text === text)) }));
}

/** A term the reader adds stands for its own group, weighted as the draft's strongest group. */
export function addTerm(dossier: Dossier, text: string, lang?: string): Dossier {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return dossier;
  return withStoryTopic(dossier, (topic) => {
    if (topic.terms.some((term) => sameText(term.text, clean))) return topic;
    const weight = Math.max(DEFAULT_WEIGHT, ...topic.terms.map((term) => term.weight ?? 1));
    let key = clean;
    for (let n = 2; topic.terms.some((term) => groupKey(term) === key); n++) key = `${clean} ${n}`;
    const term: Term = { text: clean, weight, group: key, ...(lang ? { lang } : {}) };
    return { ...topic, terms: [...topic.terms, term] };
  });
}

/** Another spelling of a group's name ("Birmanie" beside "Myanmar"): same group, same weight. */
export function addSpelling(dossier: Dossier, groupKeyToEdit: string, text: string, lang?: string): Dossier {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return dossier;
  return withStoryTopic(dossier, (topic) => {
    const members = topic.terms.filter((term) => groupKey(term) === groupKeyToEdit);
    if (members.length === 0 || topic.terms.some((term) => sameText(term.text, clean))) return topic;
    const weight = Math.max(...members.map((term) => term.weight ?? 1));
    const term: Term = { text: clean, weight, group: groupKeyToEdit, ...(lang ? { lang } : {}) };
    // Terms without a group were their own group: name it, so the new spelling joins it.
    const terms = topic.terms.map((existing) => (groupKey(existing) === groupKeyToEdit && existing.group === undefined ? { ...existing, group: groupKeyToEdit } : existing));
    const last = terms.map(groupKey).lastIndexOf(groupKeyToEdit);
    return { ...topic, terms: [...terms.slice(0, last + 1), term, ...terms.slice(last + 1)] };
  });
}

export function removeKeyPoint(dossier: Dossier, index: number): Dossier {
  return { ...dossier, summary: { ...dossier.summary, keyPoints: dossier.summary.keyPoints.filter((_, i) => i !== index) } };
}

export function setTitle(dossier: Dossier, title: string): Dossier {
  return { ...dossier, title };
}

/** Why the reviewed draft cannot be saved yet, or null. Never a dossier that matches anything or nothing. */
export function findDraftBlocker(dossier: Dossier): DraftBlocker | null {
  if (!dossier.title.trim()) return 'no-title';
  const groups = listTermGroups(dossier);
  if (groups.length === 0) return 'no-terms';
  if (!hasUsableTerms(dossier)) return 'few-groups';
  return null;
}

/** The draft as it is stored: the title trimmed. */
export function finishDraft(dossier: Dossier): Dossier {
  return { ...dossier, title: dossier.title.replace(/\s+/g, ' ').trim() };
}
