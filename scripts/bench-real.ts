// Matcher speed on real inputs (issue 12): the built-in dossier and dossiers drafted from real
// articles (draftDossier on the shared Readability corpus, then on the follow eval's pages), matched
// against real page text, beside the synthetic inputs of bench.ts. With `--baseline=DIR` (a checkout
// of an older `core/`, e.g. `git archive 5f2deca core | tar -x -C DIR`) the older matcher runs on
// the same inputs in the same process, and the figures are ratios: "no slower than before by more
// than 20%" is read from them, never from absolute times on a shared machine.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Dossier } from '../core/dossier/types';
import { readArticleForDraft } from '../core/follow/article-for-draft';
import { draftDossier } from '../core/follow/draft-dossier';
import * as current from '../core/match/compile-matcher';
import * as currentMatch from '../core/match/match-page';
import type { PageZones } from '../core/match/types';
import { extractMetadata } from '../core/page/extract-metadata';
import { generateDossiers, generateText } from './bench';
import { loadStories } from './eval/follow';
import { wrapRecord } from './eval/matching';
import { median } from './stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOSSIER_COUNT = 200;
const TEXT_SIZE = 50_000;
const DRAFTED_AT = '2026-01-01T00:00:00.000Z';
/** Slower than the baseline by more than this is a regression (the target). */
const MAX_SLOWDOWN = 1.2;

type Source = Pick<Dossier, 'id' | 'topics'> & Partial<Dossier>;
interface Matcher {
  compile: (dossiers: Source[]) => unknown;
  match: (matcher: unknown, zones: PageZones) => unknown[];
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Real articles: the Readability corpus first, then the follow eval's pages in their layout. */
function loadArticles(limit: number): { title: string; text: string; draft: () => Dossier | null }[] {
  const out: { title: string; text: string; draft: () => Dossier | null }[] = [];
  const read = (html: string, url: string, id: string) => {
    const doc = parse(html);
    const article = readArticleForDraft(doc, url, extractMetadata(doc, url));
    if (!article || article.paragraphs.length === 0) return;
    out.push({
      title: article.metadata.title ?? '',
      text: article.paragraphs.join('\n'),
      draft: () => ({ ...draftDossier(article, { now: DRAFTED_AT }).dossier, id }),
    });
  };
  const corpus = path.resolve(repoRoot, '../shared/corpus/readability');
  for (const name of readdirSync(corpus).sort()) {
    if (out.length >= limit) return out;
    try {
      read(readFileSync(path.join(corpus, name, 'source.html'), 'utf8'), `https://example.org/${name}/`, `real-${name}`);
    } catch {
      // Not a page directory (SOURCE.txt) or no readable article: skip.
    }
  }
  const layout = readFileSync(path.resolve(repoRoot, 'tests/fixtures/topic-layouts/jsonld.html'), 'utf8');
  const records = ['dev', 'dev-2', 'dev-3', 'held-out-3'].flatMap((set) => loadStories(set).flatMap((s) => [s.seed, ...s.pages]));
  // Every k-th record, so the drafts spread over stories and languages.
  const step = Math.max(1, Math.floor(records.length / Math.max(1, limit - out.length)));
  for (let i = 0; i < records.length && out.length < limit; i += step) read(wrapRecord(layout, records[i]), records[i].url, `follow-${i}`);
  return out;
}

function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Compile and match times of one matcher on one input; the two matchers alternate per run so
 *  load on the machine falls on both alike. */
function compare(label: string, impls: [string, Matcher][], dossiers: Source[], zones: PageZones): void {
  const rows = impls.map(([name, m]) => {
    const compiled = m.compile(dossiers);
    const received = JSON.parse(JSON.stringify(compiled));
    return { name, m, received, bytes: Buffer.byteLength(JSON.stringify(compiled)), compile: [] as number[], match: [] as number[], found: 0 };
  });
  for (const r of rows) r.found = r.m.match(r.received, zones).length;
  for (let round = 0; round < 7; round++) {
    for (const r of rows) {
      r.compile.push(time(() => r.m.compile(dossiers), 1));
      r.match.push(time(() => r.m.match(r.received, zones), 5));
    }
  }
  console.log(`\n${label}`);
  console.log('  matcher     compile(ms)  match 50 KB(ms)  compiled   topics matched');
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(10)}  ${median(r.compile).toFixed(1).padStart(11)}  ${median(r.match).toFixed(3).padStart(15)}  ${(r.bytes / 1024).toFixed(0).padStart(6)} KB   ${r.found}`,
    );
  }
  if (rows.length === 2) {
    const [now, before] = rows;
    const c = median(now.compile) / median(before.compile);
    const m = median(now.match) / median(before.match);
    console.log(`  current / baseline: compile ${c.toFixed(2)}×, match ${m.toFixed(2)}× (target ≤ ${MAX_SLOWDOWN}×; reported, not gated)`);
  }
}

async function loadBaseline(): Promise<Matcher | null> {
  const arg = process.argv.find((a) => a.startsWith('--baseline='));
  if (!arg) return null;
  const dir = path.resolve(arg.slice('--baseline='.length));
  const compile = await import(pathToFileURL(path.join(dir, 'core/match/compile-matcher.ts')).href);
  const match = await import(pathToFileURL(path.join(dir, 'core/match/match-page.ts')).href);
  return { compile: compile.compileMatcher, match: match.matchPage };
}

export async function runRealBench(): Promise<boolean> {
  const impls: [string, Matcher][] = [['current', { compile: current.compileMatcher as Matcher['compile'], match: currentMatch.matchPage as Matcher['match'] }]];
  const baseline = await loadBaseline();
  if (baseline) impls.push(['baseline', baseline]);
  console.log(`\n== Matcher on real inputs: the built-in dossier and ${DOSSIER_COUNT - 1} dossiers drafted from real articles, ${TEXT_SIZE / 1000} KB of real page text`);
  const { dossiers, zones } = loadRealInputs();
  const terms = dossiers.reduce((n, d) => n + d.topics.reduce((k, t) => k + t.terms.length, 0), 0);
  compare(`real: ${dossiers.length} dossiers, ${terms} terms`, impls, dossiers, zones);
  const synthetic = generateDossiers(DOSSIER_COUNT);
  const text = generateText(TEXT_SIZE, synthetic);
  compare(`synthetic (bench.ts): ${DOSSIER_COUNT} dossiers, 300 terms each`, impls, synthetic, { title: '', lead: '', metadata: '', body: text, outside: '' });
  return true;
}

/** The built-in dossier, dossiers drafted from real articles, and a page of real articles' text. */
export function loadRealInputs(): { dossiers: Source[]; zones: PageZones } {
  const articles = loadArticles(DOSSIER_COUNT - 1);
  const builtin = JSON.parse(readFileSync(path.resolve(repoRoot, 'dossiers/microsoft-unit-8200-azure.dossier.json'), 'utf8')) as Dossier;
  const dossiers: Source[] = [builtin];
  for (const a of articles) {
    const d = a.draft();
    if (d) dossiers.push(d);
  }
  // The page: real articles' text, one after another, from the middle of the list (pages about
  // some of the drafted stories, and many about none).
  let body = '';
  for (let i = 0; body.length < TEXT_SIZE; i++) body += articles[(i * 7) % articles.length].text + '\n';
  return { dossiers, zones: { title: articles[0].title, lead: '', metadata: '', body: body.slice(0, TEXT_SIZE), outside: '' } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runRealBench().then((ok) => process.exit(ok ? 0 : 1));
}
