// Detection part of `npm run eval` (issue 15): is this page a news article?
// Positives: the shared corpora's article pages (dates/, readability/, metadata/), each with
// the URL it was saved from. Negatives: the hand-written non-article pages of eval/detection/
// (dev/ is tuned on, heldout/ is not: reported apart), and the corpora's own real pages that
// are not articles (home pages, a repository, a company page…), reported as a third line.
// Scored on `detectArticle(doc, url).isArticle`: an unsure "no" counts as a miss.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../core/page/detect-article';
import { quantile } from '../stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = path.resolve(repoRoot, '../shared/corpus');
const negativesRoot = path.resolve(repoRoot, 'eval/detection');

// Gates (quality only). The issue's targets are recall >= 0.97 and false positives <= 2%;
// the gates sit below what the detector reaches today, with margin, so noise does not fail CI.
const MIN_RECALL = 0.94;
const MAX_FP_DEV = 0.05;
const MAX_FP_HELDOUT = 0.1;

// dates/ (htmldate's set, "news pages"): read one by one, these are not news articles but the kinds
// of page the issue names as negatives (a video, an image search result, two wiki diffs, a business
// registry entry, two home pages, a photo gallery): negatives. A forum thread is neither.
const DATES_NEGATIVE = new Set([
  'pages/1577247412.html', 'pages/1564637733.html', 'pages/1571322029.html', 'pages/1522651525.html',
  'pages/1687351353.html', 'pages/1630687900.html', 'pages/1579141678.html', 'pages/1754856212.html',
]);
const DATES_NEITHER = new Set(['pages/1552005464.html']);
// readability/: the suite's small synthetic cases are not pages; of the real ones, these are not
// news articles or blog posts, so they are left out of the positives (not counted either way)…
const READABILITY_NEITHER = new Set([
  'archive-of-our-own', 'royal-road', // fiction chapters
  'clean-links', 'hukumusume', // a study text, a fable
  'google-sre-book-1', 'ietf-1', 'mercurial', 'mathjax', // book chapter, spec, docs
  'wikipedia', 'wikipedia-2', 'wikipedia-3', 'wikipedia-4', // encyclopedia
  'daringfireball-1', 'data-url-image', 'table-style-attributes', // colophon, test stubs
  'yahoo-2', // a home page with one story opened in full over it (Readability's expected text is that story)
]);
// …and these are real non-article pages: negatives.
const READABILITY_NEGATIVE = new Set(['nytimes-5', 'mozilla-1', 'mozilla-2']); // a home page, two product pages
// metadata/ (metascraper's snapshots): podcasts, tweets and an encyclopedia are neither…
const METADATA_NEITHER = new Set([
  'acast', 'reactpodcast', 'transistor', 'theflip', 'bfi', 'indiehackers', 'wnycstudios', // podcast episodes
  'twitter-gif', 'twitter-image', 'wikipedia', 'segment-academy',
]);
// …and these are not articles.
const METADATA_NEGATIVE = new Set(['github', 'linkedin-company', 'milanocittastato', 'qz', 'yandex', 'teslahunt', 'learnnode', 'vimeo', 'instagram']);

interface Page {
  set: string;
  id: string;
  html: string;
  url: string | undefined;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l.replace(/:\s*NaN\b/g, ': null')) as T);

/** The page's own canonical URL (the Readability suite stores none): the URL it was saved from, near enough. */
function ownUrl(html: string): string | undefined {
  const m =
    /<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:[^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["'](https?:[^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:[^"']+)["']/i.exec(html);
  return m?.[1].replace(/&amp;/g, '&');
}

function loadPositives(): { positives: Page[]; corpusNegatives: Page[] } {
  const positives: Page[] = [];
  const corpusNegatives: Page[] = [];
  type DateRow = { url: string; file: string };
  for (const row of readJsonl<DateRow>(path.join(corpusRoot, 'dates/expected.jsonl'))) {
    const file = path.join(corpusRoot, 'dates', row.file);
    if (!existsSync(file) || DATES_NEITHER.has(row.file)) continue;
    const page = { set: 'dates', id: row.file, html: readFileSync(file, 'utf8'), url: row.url };
    (DATES_NEGATIVE.has(row.file) ? corpusNegatives : positives).push(page);
  }
  const rdir = path.join(corpusRoot, 'readability');
  for (const id of readdirSync(rdir).sort()) {
    const file = path.join(rdir, id, 'source.html');
    if (!existsSync(file) || READABILITY_NEITHER.has(id)) continue;
    const html = readFileSync(file, 'utf8');
    if (html.length < 9000) continue; // the suite's synthetic cases
    const page = { set: 'readability', id, html, url: ownUrl(html) ?? 'http://fakehost/test/page.html' };
    (READABILITY_NEGATIVE.has(id) ? corpusNegatives : positives).push(page);
  }
  type MetaRow = { id: string; test_url: string; html_file: string };
  for (const row of readJsonl<MetaRow>(path.join(corpusRoot, 'metadata/expected.jsonl'))) {
    const file = path.join(corpusRoot, 'metadata', row.html_file);
    if (!existsSync(file) || METADATA_NEITHER.has(row.id)) continue;
    const page = { set: 'metadata', id: row.id, html: readFileSync(file, 'utf8'), url: row.test_url };
    (METADATA_NEGATIVE.has(row.id) ? corpusNegatives : positives).push(page);
  }
  return { positives, corpusNegatives };
}

function loadNegatives(part: 'dev' | 'heldout'): Page[] {
  const dir = path.join(negativesRoot, part);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      return { set: part, id: f, html, url: /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] };
    });
}

interface Verdict {
  page: Page;
  isArticle: boolean;
  signals: string[];
  ms: number;
}

function judge(pages: Page[]): Verdict[] {
  return pages.map((page) => {
    const doc = parseHTML(page.html).document as unknown as Document;
    const t0 = performance.now();
    const r = detectArticle(doc, page.url);
    return { page, isArticle: r.isArticle, signals: r.signals, ms: performance.now() - t0 };
  });
}

const pct = (k: number, n: number): string => `${k}/${n} (${n ? (k / n).toFixed(3) : '-'})`;

export async function run(): Promise<boolean> {
  if (!existsSync(corpusRoot)) {
    console.log(`detection: corpus not found at ${corpusRoot}; skipped`);
    return true;
  }
  const verbose = process.env.EVAL_VERBOSE === '1';
  const { positives, corpusNegatives } = loadPositives();
  const pos = judge(positives);
  const dev = judge(loadNegatives('dev'));
  const held = judge(loadNegatives('heldout'));
  const real = judge(corpusNegatives);

  console.log('\n== Detection: real article pages found (recall) ==');
  let found = 0;
  for (const set of ['dates', 'readability', 'metadata']) {
    const vs = pos.filter((v) => v.page.set === set);
    const k = vs.filter((v) => v.isArticle).length;
    found += k;
    const missed = vs.filter((v) => !v.isArticle);
    console.log(`  ${set.padEnd(12)} ${pct(k, vs.length)}${missed.length && missed.length <= 12 ? `  missed: ${missed.map((v) => v.page.id).join(', ')}` : ''}`);
    if (verbose) for (const v of missed) console.log(`    miss ${set}/${v.page.id} ${v.page.url ?? ''} [${v.signals.join(' ')}]`);
  }
  const recall = found / pos.length;
  const recallOk = recall >= MIN_RECALL;
  console.log(`  ${'all'.padEnd(12)} ${pct(found, pos.length)}  target >= 0.97, gate >= ${MIN_RECALL}${recallOk ? '' : '  BELOW'}`);

  console.log('\n== Detection: non-article pages taken for articles (false positives) ==');
  const fpLine = (label: string, vs: Verdict[], gate: number | null): boolean => {
    const wrong = vs.filter((v) => v.isArticle);
    const rate = vs.length ? wrong.length / vs.length : 0;
    const ok = gate == null || rate <= gate;
    console.log(
      `  ${label.padEnd(44)} ${pct(wrong.length, vs.length)}${gate == null ? '' : `  gate <= ${gate}`}${ok ? '' : '  ABOVE'}${wrong.length ? `  ${wrong.map((v) => v.page.id).join(', ')}` : ''}`,
    );
    if (verbose) for (const v of wrong) console.log(`    fp ${v.page.set}/${v.page.id} [${v.signals.join(' ')}]`);
    return ok;
  };
  const devOk = fpLine('eval/detection/dev (tuned on)', dev, MAX_FP_DEV);
  const heldOk = fpLine('eval/detection/heldout (never tuned on)', held, MAX_FP_HELDOUT);
  fpLine('corpora pages that are not articles (seen)', real, null);
  console.log(`  target <= 0.02`);

  const all = [...pos, ...dev, ...held, ...real];
  const bodyPath = all.filter((v) => v.signals.some((x) => x.startsWith('score=')));
  const headPath = all.filter((v) => !v.signals.some((x) => x.startsWith('score=')));
  console.log(
    `\n  decided by head and URL alone: ${headPath.length}/${all.length} pages, median ${quantile(headPath.map((v) => v.ms), 0.5).toFixed(3)} ms; body check: ${bodyPath.length} pages, median ${quantile(bodyPath.map((v) => v.ms), 0.5).toFixed(3)} ms, p95 ${quantile(bodyPath.map((v) => v.ms), 0.95).toFixed(3)} ms`,
  );
  if (verbose) for (const v of [...bodyPath].sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`    slow ${v.page.set}/${v.page.id} ${v.ms.toFixed(1)} ms (${v.page.html.length} bytes)`);
  const times = all.map((v) => v.ms);
  const negTimes = [...dev, ...held].map((v) => v.ms);
  console.log(
    `\n  detectArticle time (linkedom, not gated): all pages median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms; non-article pages median ${quantile(negTimes, 0.5).toFixed(3)} ms`,
  );
  return recallOk && devOk && heldOk;
}

if (process.argv[1] && /detection\.ts$/.test(process.argv[1])) {
  run().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
