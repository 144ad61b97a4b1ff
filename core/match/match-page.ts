import { normalizeText } from '../text/normalize';
import { applyCase, CASE_SHIFT, CODE_UNIT, FLAG_MULTI, removeFormMarks } from './codes';
import { scanSounds } from './scan-sounds';
import { scanText } from './scan-text';
import type { OnTerm } from './scan-text';
import { dominantScript } from './scripts';
import { readUrlSlug } from './url-slug';
import type { CompiledMatcher, PageZones, TopicMatch, Zone } from './types';
import { ZONES } from './types';

/** How much one mention says about the page, by where it is. Navigation and
 *  "most read" lists say almost nothing: they are the same on every page of a site. */
export const ZONE_WEIGHTS: Record<Zone, number> = { title: 2, lead: 1.5, metadata: 1.5, body: 1, outside: 0.1 };

/** Zone text beyond this is ignored: bounded time on hostile pages (1 MB of text per zone). */
export const MAX_ZONE_CHARS = 1_000_000;

const OUTSIDE = ZONES.indexOf('outside');
const TITLE = ZONES.indexOf('title');
const LEAD = ZONES.indexOf('lead');
const METADATA = ZONES.indexOf('metadata');
const MIN_PROMINENT_GROUPS = 2;

/**
 * A page published more than this many days before the story's first day (CompiledTopic.since)
 * is not the story, whatever its words: the same company, army and places were in the news
 * before. Thirty days, because the start is only as precise as the earliest event's date (a
 * year-only "2021" starts on 1 January), a story has a lead-up (leaks, first reports) in the
 * weeks before its first dated event, and a page's metadata date can be off by a time zone or
 * be a later edit's. Such a page stays `related` (a badge): background, not the story.
 */
export const PRE_STORY_MARGIN_DAYS = 30;
const DAY_MS = 86_400_000;

/** The day (UTC, ISO "YYYY-MM-DD") of a publication date; null when there is none. */
function toDay(date: unknown): string | null {
  if (typeof date !== 'string') return null;
  const text = date.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // A date-time is moved to UTC, as `since` is a UTC day.
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

/** Whether a page of this day was published well before a story that starts on `since`. */
export function isWellBefore(day: string | null, since: string | null): boolean {
  if (day === null || since === null) return false;
  const start = Date.parse(`${since}T00:00:00Z`);
  if (!Number.isFinite(start)) return false;
  const cutoff = new Date(start - PRE_STORY_MARGIN_DAYS * DAY_MS).toISOString().slice(0, 10);
  return day < cutoff;
}

interface TermCounts {
  code: number;
  spelling: string;
  counts: number[]; // per zone, in ZONES order
}

/** Occurrences of each compiled term, per zone. */
export function countTerms(matcher: CompiledMatcher, zones: PageZones): TermCounts[] {
  const list: TermCounts[] = [];
  // By spelling, then code: the spelling string already exists, so no key is built per hit.
  const bySpelling = new Map<string, TermCounts | TermCounts[]>();
  ZONES.forEach((zone, z) => {
    const raw = zones?.[zone];
    if (typeof raw !== 'string' || raw.length === 0) return;
    const text = normalizeText(raw.length > MAX_ZONE_CHARS ? raw.slice(0, MAX_ZONE_CHARS) : raw);
    const onTerm: OnTerm = (code, spelling) => {
      const known = bySpelling.get(spelling);
      let entry: TermCounts | undefined;
      if (known === undefined) {
        entry = undefined;
      } else if (Array.isArray(known)) {
        entry = known.find((e) => e.code === code);
      } else if (known.code === code) {
        entry = known;
      }
      if (!entry) {
        entry = { code, spelling, counts: [0, 0, 0, 0, 0] };
        list.push(entry);
        if (known === undefined) bySpelling.set(spelling, entry);
        else bySpelling.set(spelling, Array.isArray(known) ? [...known, entry] : [known, entry]);
      }
      entry.counts[z]++;
    };
    scanText(matcher, text, onTerm);
    scanSounds(matcher.sounds, text, onTerm);
  });
  return list;
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

interface TopicTally {
  /** Per group number: [sum of term scores, best term score, 1 if seen inside the article, 1 if in the headline, lead or metadata]. */
  groups: Map<number, [number, number, number, number]>;
  /** Found terms (index into the found list) with their score, for evidence. */
  terms: number[];
  scores: number[];
}

function describeTerm(matcher: CompiledMatcher, found: TermCounts): TopicMatch['evidence'][number] {
  const { code, counts } = found;
  const spelling = removeFormMarks(found.spelling);
  const term = Object.prototype.hasOwnProperty.call(matcher.labels, spelling)
    ? matcher.labels[spelling]
    : applyCase(spelling, (code >> CASE_SHIFT) & 3);
  return { term, count: counts.reduce((a, b) => a + b, 0), where: ZONES.filter((_, z) => counts[z] > 0) };
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
export function matchPage(
  matcher: CompiledMatcher,
  zones: PageZones,
  options?: { sensitivity?: number; publishedAt?: string | null; url?: string | null },
): TopicMatch[] {
  if (!matcher || !Array.isArray(matcher.topics) || matcher.topics.length === 0) return [];
  const s = options?.sensitivity;
  const sensitivity = typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : 1;
  const day = toDay(options?.publishedAt);
  // The headline in the page's URL counts as metadata: syndicated copies and pages whose title is
  // only the site's name still carry it there.
  const slug = readUrlSlug(options?.url);
  const found = countTerms(matcher, slug ? { ...zones, metadata: `${typeof zones?.metadata === 'string' ? zones.metadata : ''}\n${slug}` } : zones);
  const tallies = new Map<number, TopicTally>();

  for (let f = 0; f < found.length; f++) {
    const { code, counts } = found[f];
    const ref = Math.floor(code / CODE_UNIT);
    const siteList = code & FLAG_MULTI ? matcher.multi[ref] ?? [] : [ref];
    let inArticle = 0;
    for (let z = 0; z < counts.length; z++) if (z !== OUTSIDE && counts[z] > 0) inArticle = 1;
    const isProminent = counts[TITLE] > 0 || counts[LEAD] > 0 || counts[METADATA] > 0 ? 1 : 0;
    for (const site of siteList) {
      const topic = matcher.sites[site * 3];
      const group = matcher.sites[site * 3 + 1];
      const weight = matcher.sites[site * 3 + 2];
      if (matcher.topics[topic] === undefined) continue;
      let tally = tallies.get(topic);
      if (!tally) {
        tally = { groups: new Map(), terms: [], scores: [] };
        tallies.set(topic, tally);
      }
      const score = scoreTerm(weight, counts);
      const g = tally.groups.get(group);
      if (g) {
        g[0] += score;
        g[1] = Math.max(g[1], score);
        g[2] = Math.max(g[2], inArticle);
        g[3] = Math.max(g[3], isProminent);
      } else {
        tally.groups.set(group, [score, score, inArticle, isProminent]);
      }
      // A spelling listed in two groups of one topic is one piece of evidence.
      if (tally.terms[tally.terms.length - 1] !== f) {
        tally.terms.push(f);
        tally.scores.push(score);
      }
    }
  }

  // The page's script, from its title and lead (read once, only if a topic asks).
  let pageScript = -1;
  const scriptOfPage = () => {
    if (pageScript < 0) pageScript = dominantScript(`${typeof zones?.title === 'string' ? zones.title : ''} ${typeof zones?.lead === 'string' ? zones.lead.slice(0, 600) : ''}`);
    return pageScript;
  };
  const matches: (TopicMatch & { ratio: number })[] = [];
  for (const [topicIndex, tally] of tallies) {
    const topic = matcher.topics[topicIndex];
    let score = 0;
    let groupsInArticle = 0;
    let prominentGroups = 0;
    for (const [sum, best, inArticle, prominent] of tally.groups.values()) {
      score += Math.min(sum, 1.5 * best);
      groupsInArticle += inArticle;
      prominentGroups += prominent;
    }
    const present = (g: number) => tally.groups.get(g)?.[2] === 1;
    // `require.pair`: two of the story's names together say it as well as the `any` group (its kind of event) does.
    const pairs = topic.requirePair ?? []; // none in a matcher compiled before the option existed
    const hasPair = pairs.length > 1 && pairs.filter(present).length >= 2;
    const hasAll = topic.requireAll.every(present) && (topic.requireAny.length === 0 || topic.requireAny.some(present) || hasPair);
    const needed = topic.requireScore * sensitivity;
    if (!hasAll || groupsInArticle < Math.max(1, topic.requireGroups) || score < needed) continue;
    const order = tally.terms.map((_, k) => k).sort((a, b) => tally.scores[b] - tally.scores[a]);
    matches.push({
      dossierId: topic.dossierId,
      topicId: topic.topicId,
      label: topic.label,
      // A story the headline, lead and metadata don't name is a passing mention in an
      // article about something else: shown as related (a badge), not opened as the story.
      // A page from well before the story began (same actors, earlier news) is related at most.
      level:
        // (A page whose headline names only places is left to the groups: asking for a prominent
        // `require.any` group cost the built-in story a tenth of its held-out coverage.)
        topic.level === 'story' &&
        (prominentGroups < MIN_PROMINENT_GROUPS ||
          // A page in a script the story's names are written in, naming none of them, is the same
          // kind of event in the same place, not the story ("aground" and "Suez" without "Ever Given").
          (topic.requireNames.length > 0 && (topic.nameScripts & scriptOfPage()) !== 0 && !topic.requireNames.some(present)) ||
          isWellBefore(day, topic.since ?? null))
          ? 'related'
          : topic.level,
      score: round(score),
      evidence: order.map((k) => describeTerm(matcher, found[tally.terms[k]])),
      ratio: score / Math.max(needed, 1),
    });
  }
  matches.sort((a, b) => (a.level === b.level ? b.ratio - a.ratio : a.level === 'story' ? -1 : 1));
  return matches.map(({ ratio: _ratio, ...match }) => match);
}
