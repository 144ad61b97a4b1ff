import { normalizeText } from '../text/normalize';
import { scanText } from './scan-text';
import type { CompiledMatcher, PageZones, TopicMatch, Zone } from './types';
import { ZONES } from './types';

/** How much one mention says about the page, by where it is. Navigation and
 *  "most read" lists say almost nothing: they are the same on every page of a site. */
export const ZONE_WEIGHTS: Record<Zone, number> = { title: 2, lead: 1.5, metadata: 1.5, body: 1, outside: 0.1 };

/** Zone text beyond this is ignored: bounded time on hostile pages (1 MB of text per zone). */
export const MAX_ZONE_CHARS = 1_000_000;

const OUTSIDE = ZONES.indexOf('outside');

interface TermCounts {
  textIndex: number;
  counts: number[]; // per zone, in ZONES order
}

/** Occurrences of each compiled term, per zone. */
export function countTerms(matcher: CompiledMatcher, zones: PageZones): Map<number, TermCounts> {
  const found = new Map<number, TermCounts>();
  ZONES.forEach((zone, z) => {
    const raw = zones?.[zone];
    if (typeof raw !== 'string' || raw.length === 0) return;
    const text = normalizeText(raw.length > MAX_ZONE_CHARS ? raw.slice(0, MAX_ZONE_CHARS) : raw);
    scanText(matcher, text, (h, t) => {
      let entry = found.get(h);
      if (!entry) {
        entry = { textIndex: t, counts: [0, 0, 0, 0, 0] };
        found.set(h, entry);
      }
      entry.counts[z]++;
    });
  });
  return found;
}

/** A term's strength: its weight times the best zone it appears in, with a small bonus for repetition. */
export function scoreTerm(weight: number, counts: number[]): number {
  let best = 0;
  let total = 0;
  for (let z = 0; z < ZONES.length; z++) {
    if (counts[z] > 0) {
      best = Math.max(best, ZONE_WEIGHTS[ZONES[z]]);
      total += counts[z];
    }
  }
  return weight * best * (1 + 0.1 * Math.min(Math.max(total - 1, 0), 5));
}

interface GroupTally {
  sum: number;
  max: number;
  inArticle: boolean;
}

interface TopicTally {
  groups: Map<number, GroupTally>;
  evidence: { term: string; count: number; where: Zone[]; score: number }[];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Which dossier topics a page is about. A topic matches when terms from at least
 * `require.groups` distinct groups occur in the article itself (not only in
 * navigation), every group in `require.all` and one in `require.any` (optional
 * extensions of the format) are among them, and the score reaches
 * `require.score × sensitivity`. A group's score is capped at 1.5× its best term,
 * so many synonyms of one idea do not add up to a story.
 */
export function matchPage(matcher: CompiledMatcher, zones: PageZones, options?: { sensitivity?: number }): TopicMatch[] {
  if (!matcher || !Array.isArray(matcher.topics) || matcher.topics.length === 0) return [];
  const s = options?.sensitivity;
  const sensitivity = typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : 1;
  const found = countTerms(matcher, zones);
  const tallies = new Map<number, TopicTally>();

  for (const [h, { textIndex, counts }] of found) {
    const sites = matcher.hits[h] ?? [];
    const inArticle = counts.some((c, z) => c > 0 && z !== OUTSIDE);
    const where = ZONES.filter((_, z) => counts[z] > 0);
    const count = counts.reduce((a, b) => a + b, 0);
    for (let k = 0; k < sites.length; k += 3) {
      const [topic, group, weight] = [sites[k], sites[k + 1], sites[k + 2]];
      let tally = tallies.get(topic);
      if (!tally) {
        tally = { groups: new Map(), evidence: [] };
        tallies.set(topic, tally);
      }
      const score = scoreTerm(weight, counts);
      const g = tally.groups.get(group) ?? { sum: 0, max: 0, inArticle: false };
      g.sum += score;
      g.max = Math.max(g.max, score);
      g.inArticle ||= inArticle;
      tally.groups.set(group, g);
      tally.evidence.push({ term: matcher.texts[textIndex] ?? '', count, where, score });
    }
  }

  const matches: (TopicMatch & { ratio: number })[] = [];
  for (const [topicIndex, tally] of tallies) {
    const topic = matcher.topics[topicIndex];
    let score = 0;
    let groupsInArticle = 0;
    for (const g of tally.groups.values()) {
      score += Math.min(g.sum, 1.5 * g.max);
      if (g.inArticle) groupsInArticle++;
    }
    const present = (g: number) => tally.groups.get(g)?.inArticle === true;
    const hasAll = topic.requireAll.every(present) && (topic.requireAny.length === 0 || topic.requireAny.some(present));
    const needed = topic.requireScore * sensitivity;
    if (!hasAll || groupsInArticle < Math.max(1, topic.requireGroups) || score < needed) continue;
    tally.evidence.sort((a, b) => b.score - a.score || b.count - a.count);
    matches.push({
      dossierId: topic.dossierId,
      topicId: topic.topicId,
      label: topic.label,
      level: topic.level,
      score: round(score),
      evidence: tally.evidence.map(({ term, count, where }) => ({ term, count, where })),
      ratio: score / Math.max(needed, 1),
    });
  }
  matches.sort((a, b) => (a.level === b.level ? b.ratio - a.ratio : a.level === 'story' ? -1 : 1));
  return matches.map(({ ratio: _ratio, ...match }) => match);
}
