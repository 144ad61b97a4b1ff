// Learning a story's spellings: "This is about this story" on a page that did not match adds the
// page, and the names in its draft's story topic become terms of the followed story. That is how a
// story followed in English learns its French and Arabic names.
import type { Dossier, Term, Topic } from '../dossier/types';
import { getStopwords, normalizeLoose } from './similar-text';
import { normalizeText } from '../text/normalize';

/** A hostile draft could carry thousands of terms; a story needs a handful of spellings per article. */
export const MAX_LEARNED_TERMS = 30;

/** The group a term counts in (the matcher's rule: no group means a group of its own). */
function groupKeyOf(term: Term): string {
  return typeof term.group === 'string' && term.group !== '' ? `g:${term.group}` : `t:${term.text}`;
}

function normalizeTerm(text: string): string {
  return normalizeText(text).trim();
}

/**
 * A term must name something: not a bare stopword or number, at least two letters, and in a script
 * with capitals, a capital somewhere ("Kahramanmaraş", "le cloud Azure"). Drafts of languages the
 * drafter knows less well carry lower-case common words ("merkezli", "setzt", "заявил"): not names.
 */
export function isLearnableTerm(text: unknown, stopwords: ReadonlySet<string>): text is string {
  if (typeof text !== 'string') return false;
  if (/[\p{Ll}]/u.test(text) && !/[\p{Lu}\p{Lt}]/u.test(text)) return false;
  const normalized = normalizeTerm(text);
  if ((normalized.match(/\p{L}/gu) ?? []).length < 2) return false;
  const tokens = normalized.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return tokens.some((t) => !/^\d/.test(t) && t.length >= 2 && !stopwords.has(t));
}

/** Where a term stands in the headline: on word boundaries (for scripts written without spaces, anywhere). */
function isInHeadline(term: string, headline: string): boolean {
  if (term === '') return false;
  if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u.test(term)) return headline.includes(term);
  return ` ${headline} `.includes(` ${term} `);
}

function findStoryTopic(topics: readonly Topic[]): number {
  return topics.findIndex((t) => t.level === 'story');
}

/**
 * Adds the new spellings of the names in the incoming article's headline (with the spellings its
 * draft grouped with them) to `target`'s story topic (mutates `target`, a copy the caller owns).
 * A new term joins the base group that its incoming group shares a term with;
 * otherwise its group keeps the incoming name, prefixed `learned-`. Returns how many terms were added.
 */
export function learnTopicTerms(target: Dossier, incoming: Dossier, now: string): number {
  const baseIndex = findStoryTopic(target.topics);
  const incomingIndex = findStoryTopic(Array.isArray(incoming.topics) ? incoming.topics : []);
  if (baseIndex === -1 || incomingIndex === -1) return 0;
  const topic = target.topics[baseIndex];
  const incomingTerms = (incoming.topics[incomingIndex].terms ?? []).filter((t): t is Term => typeof t?.text === 'string');
  const stopwords = getStopwords([target.language, incoming.language, ...incomingTerms.map((t) => t.lang)]);

  // Every spelling the story already knows, in any topic: a term related elsewhere is not news.
  const known = new Set<string>();
  for (const t of target.topics) for (const term of t.terms) known.add(normalizeTerm(term.text));
  // Which base term of the story topic each normalised spelling is.
  const baseTermBySpelling = new Map<string, Term>();
  for (const term of topic.terms) {
    const key = normalizeTerm(term.text);
    if (!baseTermBySpelling.has(key)) baseTermBySpelling.set(key, term);
  }
  const groupNames = new Set(topic.terms.flatMap((t) => (typeof t.group === 'string' && t.group !== '' ? [t.group] : [])));
  const makeGroupName = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; groupNames.has(name); n++) name = `${wanted}-${n}`;
    groupNames.add(name);
    return name;
  };

  // The names the article's headline gives the story, and the other spellings the draft grouped with
  // them. The draft's other terms are its guesses from the body (common words of another language
  // among them, seen on real coverage), not what the reader confirmed by saying "this is about this story".
  const headline = normalizeLoose([incoming.title, incoming.summary?.headline].filter((t) => typeof t === 'string').join(' \n '));
  const headlineGroups = new Set(incomingTerms.filter((t) => isInHeadline(normalizeLoose(t.text), headline)).map(groupKeyOf));

  // The incoming terms by their group, in order of first appearance.
  const incomingGroups = new Map<string, Term[]>();
  for (const term of incomingTerms) {
    if (!headlineGroups.has(groupKeyOf(term))) continue;
    const key = groupKeyOf(term);
    const list = incomingGroups.get(key);
    if (list) list.push(term);
    else incomingGroups.set(key, [term]);
  }

  const learned: Term[] = [];
  for (const [key, terms] of incomingGroups) {
    if (learned.length >= MAX_LEARNED_TERMS) break;
    const fresh = terms.filter((t) => isLearnableTerm(t.text, stopwords) && !known.has(normalizeTerm(t.text)));
    if (fresh.length === 0) continue;
    // The same name: a spelling in common. (Not the group's name: a hand-made dossier's "unit" and a
    // draft's "unit" need not be the same thing.)
    const shared = terms.map((t) => baseTermBySpelling.get(normalizeTerm(t.text))).find((t) => t !== undefined);
    let group: string | undefined;
    let weight: number | undefined;
    if (shared) {
      // An ungrouped base term is a group of its own; naming that group lets its new spellings join it.
      if (typeof shared.group !== 'string' || shared.group === '') shared.group = makeGroupName(shared.text);
      group = shared.group;
      weight = shared.weight;
    } else {
      group = key.startsWith('g:') ? makeGroupName(`learned-${key.slice(2)}`) : undefined;
    }
    for (const term of fresh) {
      if (learned.length >= MAX_LEARNED_TERMS) break;
      const spelling = normalizeTerm(term.text);
      if (known.has(spelling)) continue;
      known.add(spelling);
      const lang = typeof term.lang === 'string' ? term.lang : incoming.language;
      const termWeight = shared ? weight : term.weight;
      const added: Term = { text: term.text.trim(), ...(lang ? { lang } : {}) };
      if (typeof termWeight === 'number') added.weight = termWeight;
      if (group !== undefined) added.group = group;
      if (typeof term.prefix === 'boolean') added.prefix = term.prefix;
      added.addedAt = now;
      learned.push(added);
    }
  }
  topic.terms.push(...learned);
  return learned.length;
}
