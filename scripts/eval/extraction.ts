// Extraction part of `npm run eval`: scores Backstory's detection and citation
// metadata on ../shared/corpus (readability/, metadata/, dates/) beside
// @mozilla/readability (on jsdom) and metascraper, measured in the same run on
// the same pages, with the scoring rules of the corpus README.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { readPage } from '../../core/page/read-page';
import { extractMetadata } from '../../core/page/extract-metadata';
import { extractMainText } from '../../core/page/extract-main-text';
import type { PageMetadata } from '../../core/page/types';
import { quantile } from '../stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = path.resolve(repoRoot, '../shared/corpus');
const fixturesRoot = path.resolve(repoRoot, 'tests/fixtures/pages');

type Field = 'title' | 'author' | 'publisher' | 'date';
const FIELDS: Field[] = ['title', 'author', 'publisher', 'date'];
type Tool = 'backstory' | 'readability' | 'metascraper';
const TOOLS: Tool[] = ['backstory', 'readability', 'metascraper'];

const THRESHOLDS: Record<string, Partial<Record<Field, number>>> = {
  dates: { date: 0.92 },
  // author: the issue asks 0.97; we reach 69/76. Each of the 7 misses was checked in its HTML and
  // the label names something else: another story's author (herald-sun-1, salon-1, liberation-1;
  // the pages' own bylines say Laurie Oakes, R.J. Eskow, AFP), a nav link ("個人", yahoo-4), a
  // button ("Follow Author", royal-road), or a date (seattletimes-1, spiceworks). Matching those
  // would mean printing wrong citations, so the gate sits just below what is right today.
  readability: { title: 0.97, author: 0.9, publisher: 0.97, date: 0.97 },
  metadata: { title: 0.95, author: 0.9, publisher: 0.95, date: 0.95 },
};

interface Answer {
  title: string | null;
  authors: string[];
  /** Every publisher name the tool gives, best first (the README: "a publisher likewise"). */
  publishers: string[];
  date: string | null;
}
interface Case {
  corpus: 'readability' | 'metadata' | 'dates';
  id: string;
  html: string;
  url: string;
  expected: Partial<Record<Field, string | null>>;
  /** Expected date is metascraper's UTC instant rather than the publisher's calendar day. */
  utcDay?: boolean;
}

// ---------- scoring (corpus README) ----------
// Quote folding is added to the README's rule because metascraper rewrites straight quotes as curly
// ones in its own labels; it applies to every tool alike.
const norm = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim();
const SITE_SUFFIX = /\s+[-|–—]\s+[^-|–—]+$/;

export function isTitleRight(got: string | null, expected: string): boolean {
  if (!got) return false;
  const g = norm(got);
  const e = norm(expected);
  return g === e || g.replace(SITE_SUFFIX, '') === e || e.replace(SITE_SUFFIX, '') === g;
}
export function isNameRight(got: string[], expected: string): boolean {
  const e = norm(expected);
  return got.some((n) => n.trim() !== '' && e.includes(norm(n)));
}
/** Calendar day of a date value; the UTC day when the label is a UTC instant. */
export function dayOf(value: string | null, utc = false): string | null {
  if (!value) return null;
  const hasZone = /T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/.test(value);
  if (utc && hasZone) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return m[1];
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
function isRight(field: Field, a: Answer, expected: string, utc: boolean): boolean {
  switch (field) {
    case 'title':
      return isTitleRight(a.title, expected);
    case 'author':
      return isNameRight(a.authors, expected);
    case 'publisher':
      return isNameRight(a.publishers, expected);
    case 'date':
      return dayOf(a.date, utc) === dayOf(expected, utc);
  }
}

// ---------- corpora ----------
function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l.replace(/:\s*NaN\b/g, ': null')) as T); // the dates set writes undated pages as NaN
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  const rdir = path.join(corpusRoot, 'readability');
  for (const id of readdirSync(rdir).sort()) {
    const file = path.join(rdir, id, 'source.html');
    if (!existsSync(file)) continue;
    const exp = JSON.parse(readFileSync(path.join(rdir, id, 'expected-metadata.json'), 'utf8'));
    cases.push({
      corpus: 'readability', id, html: readFileSync(file, 'utf8'), url: 'http://fakehost/test/page.html',
      expected: { title: exp.title, author: exp.byline, publisher: exp.siteName, date: exp.publishedTime },
    });
  }
  type MetaRow = { id: string; test_url: string; html_file: string; expected: Record<string, string | null> };
  for (const row of readJsonl<MetaRow>(path.join(corpusRoot, 'metadata/expected.jsonl'))) {
    const file = path.join(corpusRoot, 'metadata', row.html_file);
    if (!existsSync(file)) continue;
    const e = row.expected;
    cases.push({
      corpus: 'metadata', id: row.id, html: readFileSync(file, 'utf8'), url: row.test_url, utcDay: true,
      expected: { title: e.title, author: e.author, publisher: e.publisher, date: e.date },
    });
  }
  type DateRow = { url: string; file: string; date: string };
  for (const row of readJsonl<DateRow>(path.join(corpusRoot, 'dates/expected.jsonl'))) {
    const file = path.join(corpusRoot, 'dates', row.file);
    if (!existsSync(file) || !row.date) continue;
    cases.push({ corpus: 'dates', id: row.file, html: readFileSync(file, 'utf8'), url: row.url, expected: { date: row.date } });
  }
  return cases;
}

// ---------- the three tools ----------
const linkedomDoc = (html: string): Document => parseHTML(html).document as unknown as Document;

function runBackstory(c: Case, withMainText: boolean): { answer: Answer; ms: number; fullMs: number; isArticle: boolean; meta: PageMetadata | null } {
  const doc = linkedomDoc(c.html);
  const t0 = performance.now();
  const reading = readPage(doc, c.url);
  const ms = performance.now() - t0;
  // Full extraction = the metadata path plus the main text, as the sidebar needs it.
  const t1 = performance.now();
  if (withMainText && reading.detection.isArticle) extractMainText(doc);
  const fullMs = ms + (performance.now() - t1);
  // Extraction is scored on every labelled page, detected or not (detection is checked on its own below).
  const m = reading.metadata ?? extractMetadata(doc, c.url);
  // metascraper's `date` (the metadata/ labels) prefers dateModified; compare like with like there.
  const date = c.corpus === 'metadata' ? m.modifiedAt ?? m.publishedAt : m.publishedAt;
  return {
    answer: { title: m.title, authors: m.authors, publishers: m.publisherNames ?? (m.publisher ? [m.publisher] : []), date },
    ms, fullMs, isArticle: reading.detection.isArticle, meta: m,
  };
}

const quietConsole = new VirtualConsole();
function runReadability(c: Case): { answer: Answer; ms: number } {
  const dom = new JSDOM(c.html, { url: c.url, virtualConsole: quietConsole });
  const t0 = performance.now();
  let r: ReturnType<Readability['parse']> = null;
  try {
    r = new Readability(dom.window.document).parse();
  } catch {
    r = null;
  }
  const ms = performance.now() - t0;
  dom.window.close();
  return {
    answer: { title: r?.title ?? null, authors: r?.byline ? [r.byline] : [], publishers: r?.siteName ? [r.siteName] : [], date: r?.publishedTime ?? null },
    ms,
  };
}

type Scraper = (o: { html: string; url: string }) => Promise<Record<string, string | null>>;
async function loadMetascraper(): Promise<Scraper> {
  const mods = await Promise.all(
    ['metascraper', 'metascraper-author', 'metascraper-date', 'metascraper-publisher', 'metascraper-title', 'metascraper-lang'].map(
      (m) => import(m),
    ),
  );
  const [factory, ...rules] = mods.map((m) => m.default ?? m);
  return factory(rules.map((r: () => unknown) => r())) as Scraper;
}
async function runMetascraper(scrape: Scraper, c: Case): Promise<{ answer: Answer; ms: number }> {
  const t0 = performance.now();
  let r: Record<string, string | null> = {};
  try {
    // metascraper rejects the Readability suite's host-only URL "http://fakehost/...".
    r = await scrape({ html: c.html, url: c.url.replace('//fakehost/', '//fakehost.com/') });
  } catch {
    r = {};
  }
  const ms = performance.now() - t0;
  return { answer: { title: r.title ?? null, authors: r.author ? [r.author] : [], publishers: r.publisher ? [r.publisher] : [], date: r.date ?? null }, ms };
}

// ---------- stats ----------
const fmt = (n: number): string => (Number.isFinite(n) ? n.toFixed(n < 1 ? 3 : 1) : '-');

const FRONT_PAGES = new Set(['nytimes-5']);

/** True when the raw page carries article metadata (independently of the detector). */
const hasArticleMetadata = (html: string): boolean =>
  /property=["']og:type["'][^>]*content=["']article|content=["']article["'][^>]*property=["']og:type|article:published_time|"@type"\s*:\s*\[?\s*"(?:News|Reportage)?Article|"@type"\s*:\s*"BlogPosting/i.test(
    html,
  );

function timeFastPath(): { perFixture: [string, number, boolean][]; median: number; wrong: string[]; articlesMissed: string[] } {
  const perFixture: [string, number, boolean][] = [];
  const all: number[] = [];
  const wrong: string[] = [];
  const articlesMissed: string[] = [];
  if (!existsSync(fixturesRoot)) return { perFixture, median: NaN, wrong, articlesMissed };
  for (const name of readdirSync(fixturesRoot).sort()) {
    if (!name.endsWith('.html')) continue;
    const html = readFileSync(path.join(fixturesRoot, name), 'utf8');
    const urlMatch = /<!--\s*url:\s*(\S+)\s*-->/.exec(html);
    const url = urlMatch?.[1];
    const doc = linkedomDoc(html);
    const isNon = name.startsWith('non-article');
    const first = readPage(doc, url);
    if (isNon && first.detection.isArticle) wrong.push(name);
    // An unsure verdict still reads metadata (readPage), so only a confident "no" misses an article.
    if (name.startsWith('article') && !first.detection.isArticle && first.metadata === null) articlesMissed.push(name);
    if (!isNon) continue;
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      readPage(doc, url);
      times.push(performance.now() - t0);
    }
    all.push(...times);
    perFixture.push([name, quantile(times, 0.5), first.detection.isArticle]);
  }
  return { perFixture, median: quantile(all, 0.5), wrong, articlesMissed };
}

export async function run(): Promise<boolean> {
  if (!existsSync(corpusRoot)) {
    console.log(`extraction: corpus not found at ${corpusRoot}; skipped`);
    return true;
  }
  const started = performance.now();
  // EVAL_ONLY=dates and EVAL_SKIP_BASELINES=1 make quick iterations possible; the full run uses neither.
  const only = process.env.EVAL_ONLY;
  const skipBaselines = process.env.EVAL_SKIP_BASELINES === '1';
  const cases = loadCases().filter((c) => !only || c.corpus === only);
  const scrape = await loadMetascraper();
  const right: Record<string, Record<Tool, Record<Field, number>>> = {};
  const labelled: Record<string, Record<Field, number>> = {};
  const ms: Record<string, Record<Tool, number[]>> = {};
  const detected: Record<string, number> = {};
  const fullMs: number[] = [];
  const readabilityArticleMs: number[] = [];
  const readabilityLinkedomMs: number[] = [];
  const detectionMissed: string[] = [];
  let detectionChecked = 0;
  const misses: string[] = [];
  // Publisher scored on Backstory's first name alone, printed beside the any-name figure.
  const publisherFirst: Record<string, number> = {};
  const verbose = process.env.EVAL_VERBOSE === '1';

  for (const c of cases) {
    right[c.corpus] ??= {
      backstory: { title: 0, author: 0, publisher: 0, date: 0 },
      readability: { title: 0, author: 0, publisher: 0, date: 0 },
      metascraper: { title: 0, author: 0, publisher: 0, date: 0 },
    };
    labelled[c.corpus] ??= { title: 0, author: 0, publisher: 0, date: 0 };
    ms[c.corpus] ??= { backstory: [], readability: [], metascraper: [] };
    // Speed of the full extraction is measured on the Readability suite's pages (keeps the eval short).
    const bs = runBackstory(c, c.corpus === 'readability');
    const none = { answer: { title: null, authors: [], publishers: [], date: null }, ms: NaN };
    const rd = skipBaselines ? none : runReadability(c);
    const mt = skipBaselines ? none : await runMetascraper(scrape, c);
    ms[c.corpus].backstory.push(bs.ms);
    ms[c.corpus].readability.push(rd.ms);
    ms[c.corpus].metascraper.push(mt.ms);
    if (bs.isArticle) detected[c.corpus] = (detected[c.corpus] ?? 0) + 1;
    if (bs.isArticle && c.corpus === 'readability') {
      fullMs.push(bs.fullMs);
      readabilityArticleMs.push(rd.ms);
      // Same DOM as Backstory, for an honest like-for-like figure beside the jsdom baseline.
      const doc = linkedomDoc(c.html);
      const t0 = performance.now();
      try {
        new Readability(doc).parse();
      } catch {
        /* counted as time spent */
      }
      readabilityLinkedomMs.push(performance.now() - t0);
    }
    const answers: Record<Tool, Answer> = { backstory: bs.answer, readability: rd.answer, metascraper: mt.answer };
    for (const f of FIELDS) {
      const exp = c.expected[f];
      if (exp == null || exp === '') continue;
      labelled[c.corpus][f]++;
      for (const t of TOOLS) if (isRight(f, answers[t], exp, !!c.utcDay)) right[c.corpus][t][f]++;
      if (f === 'publisher' && isNameRight(bs.answer.publishers.slice(0, 1), exp)) publisherFirst[c.corpus] = (publisherFirst[c.corpus] ?? 0) + 1;
      if (verbose && !isRight(f, bs.answer, exp, !!c.utcDay)) {
        const got = f === 'author' ? bs.answer.authors.join('; ') : f === 'publisher' ? bs.answer.publishers.join('; ') : f === 'date' ? bs.answer.date : bs.answer[f];
        misses.push(`  miss ${c.corpus}/${c.id} ${f}: got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`);
      }
    }
    if (c.corpus === 'readability') {
      const exp = JSON.parse(readFileSync(path.join(corpusRoot, 'readability', c.id, 'expected-metadata.json'), 'utf8'));
      // nytimes-5 is the Spanish edition's front page (a list of headlines declaring og:type article): the
      // detection part (scripts/eval/detection.ts) counts it as a non-article page.
      if (exp.readerable && hasArticleMetadata(c.html) && !FRONT_PAGES.has(c.id)) {
        detectionChecked++;
        if (!bs.isArticle) detectionMissed.push(c.id);
      }
    }
  }

  let ok = true;
  console.log('\n== Extraction (right/labelled; ms per page: median / p95) ==');
  for (const corpus of Object.keys(labelled)) {
    console.log(`\n${corpus}/ (${ms[corpus].backstory.length} pages, ${detected[corpus] ?? 0} detected as articles by Backstory)`);
    console.log(`  ${'field'.padEnd(10)}${TOOLS.map((t) => t.padEnd(22)).join('')}target`);
    for (const f of FIELDS) {
      const n = labelled[corpus][f];
      if (!n) continue;
      const cells = TOOLS.map((t) => `${right[corpus][t][f]}/${n} (${(right[corpus][t][f] / n).toFixed(2)})`.padEnd(22));
      const target = THRESHOLDS[corpus]?.[f];
      const pass = target == null || right[corpus].backstory[f] / n >= target;
      if (!pass) ok = false;
      console.log(`  ${f.padEnd(10)}${cells.join('')}${target ?? '-'}${pass ? '' : '  BELOW'}`);
    }
    if (labelled[corpus].publisher) {
      const n = labelled[corpus].publisher;
      console.log(`  (publisher scored on Backstory's first name only: ${publisherFirst[corpus] ?? 0}/${n} (${((publisherFirst[corpus] ?? 0) / n).toFixed(2)}))`);
    }
    const times = TOOLS.map((t) => `${fmt(quantile(ms[corpus][t], 0.5))} / ${fmt(quantile(ms[corpus][t], 0.95))} ms`.padEnd(22));
    console.log(`  ${'time'.padEnd(10)}${times.join('')}`);
  }
  if (verbose) console.log(misses.join('\n'));

  console.log('\n== Detection ==');
  const detOk = detectionMissed.length === 0;
  console.log(`  readability/ readerable pages with article metadata detected: ${detectionChecked - detectionMissed.length}/${detectionChecked}${detOk ? '' : `  MISSED: ${detectionMissed.join(', ')}`}`);
  const fast = timeFastPath();
  const fixOk = fast.wrong.length === 0 && fast.articlesMissed.length === 0;
  console.log(`  own non-article fixtures taken for articles: ${fast.wrong.length}/${fast.perFixture.length}${fast.wrong.length ? `  ${fast.wrong.join(', ')}` : ''}`);
  console.log(`  own article fixtures confidently rejected (metadata not read): ${fast.articlesMissed.length}${fast.articlesMissed.length ? `  ${fast.articlesMissed.join(', ')}` : ''}`);

  console.log('\n== Speed ==');
  for (const [name, t] of fast.perFixture) console.log(`  fast path ${name}: ${t.toFixed(3)} ms median`);
  const fastOk = fast.median < 0.5;
  // Times are reported, never gated: `npm run eval` runs in CI on shared machines (issue 16); the
  // reader's cost is measured in `npm run bench`, against a baseline in the same run.
  console.log(`  non-article fast path: ${fmt(fast.median)} ms median (target < 0.5; reported, not gated)${fastOk ? '' : '  ABOVE'}`);
  const ratio = quantile(fullMs, 0.5) / quantile(readabilityArticleMs, 0.5);
  const sumRatio = fullMs.reduce((a, b) => a + b, 0) / readabilityArticleMs.reduce((a, b) => a + b, 0);
  const speedOk = ratio <= 1.2;
  console.log(
    `  full extraction (detect + metadata + main text, linkedom) on ${fullMs.length} readability/ article pages: median ${fmt(quantile(fullMs, 0.5))} ms, p95 ${fmt(quantile(fullMs, 0.95))} ms`,
  );
  console.log(
    `  Readability parse alone (jsdom) on the same pages: median ${fmt(quantile(readabilityArticleMs, 0.5))} ms, p95 ${fmt(quantile(readabilityArticleMs, 0.95))} ms`,
  );
  console.log(`  ratio: ${ratio.toFixed(2)}x median, ${sumRatio.toFixed(2)}x total (target <= 1.2; reported, not gated)${speedOk ? '' : '  ABOVE'}`);
  const sameDom = quantile(fullMs, 0.5) / quantile(readabilityLinkedomMs, 0.5);
  console.log(
    `  (like for like: Readability parse alone on linkedom: median ${fmt(quantile(readabilityLinkedomMs, 0.5))} ms -> ratio ${sameDom.toFixed(2)}x median; not a pass/fail check)`,
  );
  console.log(`\nextraction eval took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok && detOk && fixOk;
}

if (process.argv[1] && /extraction\.ts$/.test(process.argv[1])) {
  run().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
