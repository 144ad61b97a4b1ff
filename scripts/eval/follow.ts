// Follow part of `npm run eval`: "Follow this story" on one article, then does the drafted dossier find the
// story's other coverage, in other outlets and languages, and only it?
//
// Data: eval/follow/<set>/<story>.jsonl, real coverage (excerpts a public search index holds of each
// page: see each record's url) wrapped in page layouts of our own (tests/fixtures/topic-layouts), as the
// matching part does. Per story: one `seed` (the article drafted from), `coverage` and `near-miss` pages.
// `dev/` was built to tune on; `held-out/` was committed before any tuning and is never looked at while
// tuning: its figures are the honest ones. All stories' dossiers are drafted, then every page is matched
// against all of them together, through the content script's own path (metadata, zones, matchPage).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Dossier, Term } from '../../core/dossier/types';
import { validateDossier, formatDossierErrors } from '../../core/dossier/validate';
import { readArticleForDraft } from '../../core/follow/article-for-draft';
import { draftDossier } from '../../core/follow/draft-dossier';
import { collectZones } from '../../core/match/collect-zones';
import { compileMatcher } from '../../core/match/compile-matcher';
import { matchPage } from '../../core/match/match-page';
import type { CompiledMatcher, TopicMatch } from '../../core/match/types';
import { extractMetadata } from '../../core/page/extract-metadata';
import type { PageMetadata } from '../../core/page/types';
import { listUnrelatedPages, loadLayouts, readJsonl, wrapRecord } from './matching';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const followRoot = path.resolve(repoRoot, 'eval/follow');
/** Drafts are made as if on this day, so ids and `addedAt` do not change from run to run. */
const DRAFTED_AT = '2026-01-01T00:00:00.000Z';

// The issue's targets, on stories never tuned on.
const TARGET_SAME_LANGUAGE = 0.95;
const TARGET_OTHER_LANGUAGES = 0.8;
const TARGET_NEAR_MISS = 0.05;
/** CI's gate on unrelated shared-corpus pages shown as any drafted story (the target is 0). */
const MAX_UNRELATED_SHARE = 0.01;

const SET_LABELS: Record<string, string> = {
  dev: 'dev stories (tuned on)',
  // Held out until the fourth session, when a full run showed a change made on `dev` costing them
  // coverage; the fixes that followed looked at them, so from then on they are tuned on.
  'dev-2': 'dev-2 stories (held out until session 4, then tuned on: topics chosen by the tuner, pages gathered by another)',
  'dev-3': 'dev-3 stories (held out until session 4, then tuned on: chosen and gathered blind to the tuner)',
  'held-out-3': 'held-out-3 stories (chosen and gathered blind to the tuner in session 4; committed before it saw them, never tuned on)',
};

interface FollowRecord {
  story: string;
  role: 'seed' | 'coverage' | 'near-miss';
  lang: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string;
  excerpt: string;
  relevance?: 'core' | 'context';
  near_miss_type?: string;
}

interface Story {
  id: string;
  set: string;
  seed: FollowRecord;
  pages: FollowRecord[];
}

export function loadStories(set: string): Story[] {
  const dir = path.join(followRoot, set);
  if (!existsSync(dir)) return [];
  const stories: Story[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const records = readJsonl<FollowRecord>(path.join(dir, file));
    const seed = records.find((r) => r.role === 'seed');
    if (!seed) throw new Error(`${set}/${file}: no seed record`);
    stories.push({ id: seed.story, set, seed, pages: records.filter((r) => r !== seed) });
  }
  return stories;
}

/**
 * The same story drafted from another language's article (`--reseed`, dev sets only): the longest
 * core coverage page in a language other than the seed's becomes the seed, and the old seed a page
 * of coverage. Every dev seed is English; this shows how drafting from French, German or Spanish
 * fares without gathering new stories.
 */
export function reseedStory(story: Story): Story {
  const candidates = story.pages
    .filter((p) => p.role === 'coverage' && p.lang !== story.seed.lang && (p.excerpt ?? '').length >= 200 && (p as { relevance?: string }).relevance !== 'related')
    .sort((a, b) => (b.excerpt ?? '').length - (a.excerpt ?? '').length);
  // A Latin-script language: an Arabic or Japanese seed mostly says its names in its own script.
  const seed = candidates.find((p) => !/^(ar|ja|zh|ru|hi|uk|bg|ko|el|he|fa)$/.test(p.lang));
  if (!seed) return story;
  const old: FollowRecord = { ...story.seed, role: 'coverage', relevance: 'core' } as FollowRecord;
  return { ...story, seed: { ...seed, role: 'seed' } as FollowRecord, pages: [...story.pages.filter((p) => p !== seed), old] };
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The extension's own drafting path on the seed page: metadata, main text, analysis, draftDossier. */
export function draftFromSeed(story: Story, layout: string): Dossier {
  const doc = parse(wrapRecord(layout, story.seed));
  const metadata = extractMetadata(doc, story.seed.url);
  const article = readArticleForDraft(doc, story.seed.url, metadata);
  if (!article) throw new Error(`${story.id}: no article text in the seed page`);
  const draft = draftDossier(article, { now: DRAFTED_AT });
  const valid = validateDossier(draft.dossier);
  if (!valid.ok) throw new Error(`${story.id}: the draft is not a valid dossier:\n${formatDossierErrors(valid.errors, 5)}`);
  if (draft.problems.length) console.log(`  ${story.id}: draft problems ${draft.problems.join(', ')}`);
  return draft.dossier;
}

/** The floor to beat: the capitalised words of the headline and first paragraph, any two of them. */
function draftNaively(story: Story, id: string): Pick<Dossier, 'id' | 'topics'> {
  const lines = story.seed.excerpt.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const text = `${story.seed.title ?? ''} ${lines.find((l) => l !== story.seed.title) ?? ''}`;
  const names = [...new Set((text.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/, '')))];
  const terms: Term[] = names.filter((n) => n.length >= 2).map((n) => ({ text: n }));
  return { id, topics: [{ id: 'story', label: id, level: 'story', terms, require: { groups: 2 } }] };
}

export function matchRecord(matcher: CompiledMatcher, html: string, url: string): { matches: TopicMatch[]; metadata: PageMetadata } {
  const doc = parse(html);
  const metadata = extractMetadata(doc, url);
  const zones = collectZones(doc, metadata);
  const options = { publishedAt: metadata.publishedAt, url } as Parameters<typeof matchPage>[2];
  return { matches: matchPage(matcher, zones, options), metadata };
}

interface Tally {
  coverage: number;
  coverageHit: number;
  nearMiss: number;
  nearMissStory: number;
  wrong: number;
  pages: number;
}

const emptyTally = (): Tally => ({ coverage: 0, coverageHit: 0, nearMiss: 0, nearMissStory: 0, wrong: 0, pages: 0 });

function add(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
}

function fmt(hit: number, total: number): string {
  return total === 0 ? '-' : `${hit}/${total} (${(hit / total).toFixed(2)})`;
}

interface ArmResult {
  perStory: Map<string, Map<string, Tally>>;
  sameLanguage: Tally;
  otherLanguages: Tally;
  all: Tally;
  unrelatedStory: number;
  unrelatedTotal: number;
}

/** Match every page of every story against all the drafted dossiers together. */
function evaluate(stories: Story[], dossiers: Pick<Dossier, 'id' | 'topics'>[], layouts: { name: string; html: string }[], verbose: boolean, withUnrelated: boolean): ArmResult {
  const matcher = compileMatcher(dossiers);
  const dossierOf = new Map(stories.map((s, i) => [s.id, dossiers[i].id]));
  const storyIds = new Set(dossiers.map((d) => d.id));
  const perStory = new Map<string, Map<string, Tally>>();
  const sameLanguage = emptyTally();
  const otherLanguages = emptyTally();
  const all = emptyTally();
  for (const story of stories) {
    const own = dossierOf.get(story.id);
    const byLang = new Map<string, Tally>();
    perStory.set(story.id, byLang);
    for (const record of story.pages) {
      for (const layout of layouts) {
        const { matches } = matchRecord(matcher, wrapRecord(layout.html, record), record.url);
        const storyMatches = matches.filter((m) => m.level === 'story' && storyIds.has(m.dossierId));
        const t = emptyTally();
        t.pages = 1;
        const wrong = storyMatches.filter((m) => m.dossierId !== own);
        if (wrong.length > 0) {
          t.wrong = 1;
          if (verbose) console.log(`    wrong story [${story.id} ${record.role} ${record.lang} ${layout.name}] ${record.title ?? record.url} -> ${wrong.map((m) => `${m.dossierId}: ${m.evidence.map((e) => e.term).join(', ')}`).join('; ')}`);
        }
        const isOwn = storyMatches.some((m) => m.dossierId === own);
        if (record.role === 'coverage') {
          t.coverage = 1;
          t.coverageHit = isOwn ? 1 : 0;
          if (!isOwn && verbose) console.log(`    missed [${story.id} ${record.lang} ${layout.name}] ${record.title ?? record.url} :: ${JSON.stringify(matches.filter((m) => m.dossierId === own).map((m) => [m.level, m.score, m.evidence.map((e) => e.term)]))}`);
        } else {
          t.nearMiss = 1;
          t.nearMissStory = isOwn ? 1 : 0;
          if (isOwn && verbose) console.log(`    near miss as story [${story.id} ${record.lang} ${layout.name}] ${record.near_miss_type} ${record.title ?? record.url} :: ${storyMatches.find((m) => m.dossierId === own)?.evidence.map((e) => e.term).join(', ')}`);
        }
        let lt = byLang.get(record.lang);
        if (!lt) byLang.set(record.lang, (lt = emptyTally()));
        add(lt, t);
        add(record.lang === story.seed.lang ? sameLanguage : otherLanguages, t);
        add(all, t);
      }
    }
  }
  let unrelatedStory = 0;
  let unrelatedTotal = 0;
  if (withUnrelated) {
    for (const page of listUnrelatedPages()) {
      unrelatedTotal++;
      const { matches } = matchRecord(matcher, readFileSync(page.file, 'utf8'), page.url);
      const hit = matches.find((m) => m.level === 'story' && storyIds.has(m.dossierId));
      if (hit) {
        unrelatedStory++;
        console.log(`    unrelated page shown as a followed story: ${page.corpus}/${page.id} -> ${hit.dossierId}: ${hit.evidence.map((e) => e.term).join(', ')}`);
      }
    }
  }
  return { perStory, sameLanguage, otherLanguages, all, unrelatedStory, unrelatedTotal };
}

function printArm(name: string, r: ArmResult, stories: Story[]): void {
  console.log(`  ${name}`);
  for (const story of stories) {
    const byLang = r.perStory.get(story.id)!;
    const total = emptyTally();
    for (const t of byLang.values()) add(total, t);
    const langs = [...byLang.entries()]
      .filter(([, t]) => t.coverage > 0)
      .sort()
      .map(([lang, t]) => `${lang} ${t.coverageHit}/${t.coverage}`)
      .join(' ');
    console.log(`    ${story.id.padEnd(32)} coverage ${fmt(total.coverageHit, total.coverage).padEnd(16)} near misses as story ${fmt(total.nearMissStory, total.nearMiss).padEnd(14)} wrong story ${total.wrong}   [${langs}]`);
  }
  console.log(`    coverage in the seed's language ${fmt(r.sameLanguage.coverageHit, r.sameLanguage.coverage)}, in other languages ${fmt(r.otherLanguages.coverageHit, r.otherLanguages.coverage)}; near misses as story ${fmt(r.all.nearMissStory, r.all.nearMiss)}; pages matched to the wrong followed story ${r.all.wrong}/${r.all.pages}${r.unrelatedTotal ? `; unrelated shared-corpus pages shown as a followed story ${r.unrelatedStory}/${r.unrelatedTotal}` : ''}`);
}

function meetsTargets(r: ArmResult): string[] {
  const misses: string[] = [];
  const rate = (t: Tally, k: 'coverageHit' | 'nearMissStory', n: 'coverage' | 'nearMiss') => (t[n] === 0 ? null : t[k] / t[n]);
  const same = rate(r.sameLanguage, 'coverageHit', 'coverage');
  const other = rate(r.otherLanguages, 'coverageHit', 'coverage');
  const near = rate(r.all, 'nearMissStory', 'nearMiss');
  if (same !== null && same < TARGET_SAME_LANGUAGE) misses.push(`coverage in the seed's language ${same.toFixed(2)} < ${TARGET_SAME_LANGUAGE}`);
  if (other !== null && other < TARGET_OTHER_LANGUAGES) misses.push(`coverage in other languages ${other.toFixed(2)} < ${TARGET_OTHER_LANGUAGES}`);
  if (near !== null && near > TARGET_NEAR_MISS) misses.push(`near misses as story ${near.toFixed(2)} > ${TARGET_NEAR_MISS}`);
  if (r.all.wrong > 0) misses.push(`${r.all.wrong} page(s) matched to the wrong followed story`);
  if (r.unrelatedStory > 0) misses.push(`${r.unrelatedStory} unrelated page(s) shown as a followed story`);
  return misses;
}

export async function run(): Promise<boolean> {
  const verbose = process.argv.includes('--verbose');
  const layouts = loadLayouts();
  // `--dev-only` while tuning: the held-out figures must not steer the work.
  const devSets = ['dev', 'dev-2', 'dev-3'];
  const setNames = process.argv.includes('--dev-only') ? devSets : [...devSets, 'held-out-3'];
  // `--reseed`: the dev stories drafted from an article in another language (see reseedStory).
  const reseed = process.argv.includes('--reseed');
  if (reseed && !process.argv.includes('--dev-only')) throw new Error('--reseed is for the dev sets: add --dev-only');
  const sets = setNames
    .map((set) => ({ set, stories: loadStories(set).map((s) => (reseed ? reseedStory(s) : s)) }))
    .filter((s) => s.stories.length > 0);
  if (reseed) {
    // A seed that gives no usable term is what a reader would be told so about ("add terms"): left out here.
    const checkLayout = (layouts.find((l) => l.name === 'jsonld') ?? layouts[0]).html;
    for (const s of sets) {
      s.stories = s.stories.filter((st) => {
        try {
          draftFromSeed(st, checkLayout);
          return true;
        } catch (error) {
          console.log(`  ${st.id} (seed in ${st.seed.lang}): left out: ${String(error).split('\n')[0]}`);
          return false;
        }
      });
    }
    console.log(`seeds: ${sets.flatMap((s) => s.stories.map((st) => `${st.id} ${st.seed.lang}`)).join(', ')}`);
  }
  const allStories = sets.flatMap((s) => s.stories);
  if (allStories.length === 0) {
    console.log('no follow stories under eval/follow/');
    return false;
  }
  // Seeds are drafted from the layout with the most metadata, as a real article page usually has.
  const seedLayout = layouts.find((l) => l.name === 'jsonld') ?? layouts[0];
  const started = performance.now();
  const drafted = allStories.map((s) => draftFromSeed(s, seedLayout.html));
  const draftMs = (performance.now() - started) / allStories.length;
  const naive = allStories.map((s, i) => draftNaively(s, `naive-${i}`));
  console.log(`\n== Follow: ${allStories.length} stories (${sets.map((s) => `${s.set} ${s.stories.length}`).join(', ')}), each drafted from one article, every page matched against all drafts together; ${layouts.length} layouts; drafting ${draftMs.toFixed(1)} ms/article`);
  for (const d of drafted) {
    const topic = d.topics[0];
    const groups = new Set(topic.terms.map((t) => t.group));
    console.log(`  ${d.id}: ${topic.terms.length} terms in ${groups.size} groups (${[...groups].join(', ')})`);
    if (verbose) {
      const any = new Set(((topic.require as { any?: string[] } | undefined)?.any ?? []));
      for (const g of groups) console.log(`      ${any.has(g ?? '') ? '*' : ' '} ${g}: ${topic.terms.filter((t) => t.group === g).slice(0, 6).map((t) => t.text).join(' | ')}`);
    }
  }

  // All drafts compete on every page; figures are reported per set.
  const ours = evaluate(allStories, drafted, layouts, verbose, true);
  const floor = evaluate(allStories, naive, layouts, false, false);
  let ok = true;
  const devTotal: { mine: ArmResult[]; base: ArmResult[] } = { mine: [], base: [] };
  for (const { set, stories } of sets) {
    const pick = (r: ArmResult): ArmResult => {
      const sub: ArmResult = { perStory: new Map(), sameLanguage: emptyTally(), otherLanguages: emptyTally(), all: emptyTally(), unrelatedStory: r.unrelatedStory, unrelatedTotal: r.unrelatedTotal };
      for (const s of stories) {
        const byLang = r.perStory.get(s.id)!;
        sub.perStory.set(s.id, byLang);
        for (const [lang, t] of byLang) {
          add(lang === s.seed.lang ? sub.sameLanguage : sub.otherLanguages, t);
          add(sub.all, t);
        }
      }
      return sub;
    };
    console.log(`\n-- ${SET_LABELS[set] ?? set}`);
    const mine = pick(ours);
    printArm('Backstory draftDossier', mine, stories);
    printArm('naive drafter (capitalised words of headline and first paragraph, two needed)', pick(floor), stories);
    const misses = meetsTargets(mine);
    console.log(`  targets (coverage same language >= ${TARGET_SAME_LANGUAGE}, other languages >= ${TARGET_OTHER_LANGUAGES}, near misses <= ${TARGET_NEAR_MISS}, none wrong, no unrelated): ${misses.length ? `MISSED: ${misses.join('; ')}` : 'met'}`);
    if (!devSets.includes(set)) {
      console.log('  (not gated: a CI gate on a held-out set would push the next change to be tuned on it)');
      continue;
    }
    const base = pick(floor);
    devTotal.mine.push(mine);
    devTotal.base.push(base);
  }
  // The gate CI holds, on the dev sets together: no unrelated page taken for a followed story, and never
  // worse than the naive drafter on coverage, near misses or wrong stories. The targets are printed above.
  {
    const sum = (list: ArmResult[], f: (r: ArmResult) => number) => list.reduce((n, r) => n + f(r), 0);
    const mine = devTotal.mine;
    const base = devTotal.base;
    const regressions: string[] = [];
    const unrelated = mine[0];
    if (unrelated && unrelated.unrelatedStory > MAX_UNRELATED_SHARE * unrelated.unrelatedTotal) regressions.push(`more than ${MAX_UNRELATED_SHARE * 100}% of unrelated pages shown as a followed story`);
    if (sum(mine, (r) => r.all.coverageHit) < sum(base, (r) => r.all.coverageHit)) regressions.push('less coverage than the naive drafter');
    if (sum(mine, (r) => r.all.nearMissStory) > sum(base, (r) => r.all.nearMissStory)) regressions.push('more near misses than the naive drafter');
    if (sum(mine, (r) => r.all.wrong) > sum(base, (r) => r.all.wrong)) regressions.push('more wrong stories than the naive drafter');
    console.log(`\n-- gate (dev sets together): coverage ${sum(mine, (r) => r.all.coverageHit)} vs naive ${sum(base, (r) => r.all.coverageHit)}, near misses as story ${sum(mine, (r) => r.all.nearMissStory)} vs ${sum(base, (r) => r.all.nearMissStory)}, wrong ${sum(mine, (r) => r.all.wrong)} vs ${sum(base, (r) => r.all.wrong)}${regressions.length ? `: FAIL: ${regressions.join('; ')}` : ''}`);
    if (regressions.length > 0) ok = false;
  }
  console.log(`follow: ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((ok) => process.exit(ok ? 0 : 1));
}
