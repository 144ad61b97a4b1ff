// What a reader pays (issue 16): three arms in one run, loads interleaved (the three arms load the
// same page at the same moment, in rounds): Backstory; the floor (the same extension whose content
// script does nothing: what the browser charges any extension with a content script); and no
// extension. Pages come from a local server with realistic delays (scripts/bench-server.ts), in a
// `fast` profile (load fires before the content script's first look) and a `slow` one (styles,
// scripts and images over 1–3 s, one request that never completes), so the content script meets a
// page both after and before its load event. Per page load, in Chromium: main-thread script and
// task time (CDP Performance.getMetrics in thread time, read READ_AFTER_LOAD_MS after load), long
// tasks (over 50 ms; Backstory's share is its count over the floor's: long animation frames do not
// name content scripts — a content script that spins 80 ms showed in none), page load and
// LCP, JS heap of the page's process (the content script's world is in it). Per page class:
// non-articles (bench/pages: home and section fronts, search, shop, video), unmatched articles
// (saved real articles, ../shared/corpus/readability) and matched articles (the e2e story pages).
// Then the same in Firefox (firefox-mv2 build, puppeteer-core over WebDriver BiDi): page load
// with Backstory over the floor.
import { chromium, type BrowserContext } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, chromiumArgs, EXTENSION_DIR, PAGES_DIR, ROOT } from './browser-harness';
import { startBenchServer, type BenchPage, type BenchServer, type Profile } from './bench-server';
import { median, quantile } from './stats';

const BENCH_PAGES = join(ROOT, 'bench/pages');
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability');
const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const FIREFOX_ROUNDS = Number(process.env.BENCH_FIREFOX_ROUNDS ?? 1);
const UNMATCHED_PAGES = Number(process.env.BENCH_UNMATCHED ?? 6);
const READ_AFTER_LOAD_MS = 600;
const PROFILES: Profile[] = ['fast', 'slow'];

export const TARGETS = {
  nonArticle: { scriptMs: 0.3, taskMs: 1, taskP95Ms: 2 },
  unmatched: { scriptMs: 1, taskMs: 3, taskP95Ms: 8 },
  loadRatio: 1.02,
  summaryMs: 150,
};

type Arm = 'backstory' | 'floor' | 'none';
const ARMS: Arm[] = ['backstory', 'floor', 'none'];

export interface LoadSample {
  page: string;
  kind: BenchPage['kind'];
  profile: Profile;
  round: number;
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  heapKB: number;
  loadMs: number;
  lcpMs: number;
  dclMs: number;
  longTasks: number;
  /** Long animation frames (> 50 ms) in which a script of the extension ran. */
  extensionLongFrames: number;
  /** DOMContentLoaded → the sidebar's summary on screen (matched pages, Backstory's arm). */
  summaryMs: number | null;
}

export function listPages(): BenchPage[] {
  const pages: BenchPage[] = [
    { name: 'home', path: '/', file: join(BENCH_PAGES, 'home.html'), kind: 'non-article' },
    { name: 'section', path: '/climate/', file: join(BENCH_PAGES, 'section.html'), kind: 'non-article' },
    { name: 'search', path: '/search?q=climate', file: join(BENCH_PAGES, 'search.html'), kind: 'non-article' },
    { name: 'shop', path: '/shop/product/walnut-desk-lamp-4412', file: join(BENCH_PAGES, 'shop.html'), kind: 'non-article' },
    { name: 'video', path: '/video/2025/09/drone-footage-flooded-valley-88231', file: join(BENCH_PAGES, 'video.html'), kind: 'non-article' },
  ];
  const corpus = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .filter((id) => existsSync(join(CORPUS_DIR, id, 'source.html')) && statSync(join(CORPUS_DIR, id, 'source.html')).size > 30_000)
        .sort()
        .slice(0, UNMATCHED_PAGES)
    : [];
  for (const id of corpus) pages.push({ name: id, path: `/news/2025/09/${id}-story`, file: join(CORPUS_DIR, id, 'source.html'), kind: 'unmatched' });
  if (corpus.length === 0) {
    for (const name of ['azure-outage', 'cooking']) pages.push({ name, path: `/news/2025/09/${name}`, file: join(PAGES_DIR, `${name}.html`), kind: 'unmatched' });
  }
  pages.push({ name: 'en-story', path: '/tech/2025/09/26/microsoft-unit-8200-azure', file: join(PAGES_DIR, 'en-story.html'), kind: 'matched' });
  pages.push({ name: 'ar-story', path: '/ar/2025/09/26/microsoft-unit-8200-azure', file: join(PAGES_DIR, 'ar-story.html'), kind: 'matched' });
  return pages;
}

// In the page's main world, before its scripts (all arms): long tasks, long animation frames with
// an extension's script in them, and LCP, buffered until read.
const OBSERVE = `(() => {
  const w = window;
  w.__bench = { longTasks: 0, extensionLongFrames: 0, lcp: 0 };
  const watch = (type, fn) => { try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  watch('longtask', (e) => { if (e.duration > 50) w.__bench.longTasks++; });
  watch('long-animation-frame', (e) => {
    if (e.duration > 50 && (e.scripts || []).some((s) => /^(chrome|moz)-extension:/.test(s.sourceURL || ''))) w.__bench.extensionLongFrames++;
  });
  watch('largest-contentful-paint', (e) => { w.__bench.lcp = e.startTime; });
})();`;

/** A copy of a built extension whose content script does nothing. */
export function makeFloorExtension(dir: string): { dir: string; remove(): void } {
  const copy = mkdtempSync(join(tmpdir(), 'backstory-floor-'));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'content-scripts/content.js'), 'void 0;\n');
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

interface ChromiumArm {
  arm: Arm;
  context: BrowserContext;
  close(): Promise<void>;
}

async function launchArm(arm: Arm, extensionDir: string | null): Promise<ChromiumArm> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-reader-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // Saved pages' remote resources fail at once; the local server's delays are the network.
    args: [...chromiumArgs(extensionDir), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  if (extensionDir && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  await context.addInitScript(OBSERVE);
  return {
    arm,
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** DOMContentLoaded → the summary on screen, from the sidebar frame's own marks; null without a sidebar. */
async function readSummary(page: import('playwright-core').Page): Promise<number | null> {
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
  if (!frame) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const times = await frame
      .evaluate(() => {
        const contentful = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          readyAt: document.documentElement.dataset.ready === 'summary' ? Number(document.documentElement.dataset.readyAt) : 0,
          contentfulAt: contentful ? performance.timeOrigin + contentful.startTime : 0,
        };
      })
      .catch(() => null);
    if (times?.readyAt && times.contentfulAt) {
      const dclAt = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return performance.timeOrigin + nav.domContentLoadedEventStart;
      });
      return Math.max(times.readyAt, times.contentfulAt) - dclAt;
    }
    await page.waitForTimeout(200);
  }
  return null;
}

async function loadOnce(arm: ChromiumArm, server: BenchServer, page: BenchPage, profile: Profile, round: number): Promise<LoadSample> {
  const tab = await arm.context.newPage();
  try {
    const cdp = await arm.context.newCDPSession(tab);
    // Thread time, not wall time: on a shared machine, waiting for a core is not the page's cost.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(server.url(page, profile, round), { waitUntil: 'load', timeout: 30_000 });
    await tab.waitForTimeout(READ_AFTER_LOAD_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
    const inPage = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const b = (window as unknown as { __bench: { longTasks: number; extensionLongFrames: number; lcp: number } }).__bench;
      return { load: nav.loadEventStart - nav.startTime, dcl: nav.domContentLoadedEventStart - nav.startTime, ...b };
    });
    const summaryMs = arm.arm === 'backstory' && page.kind === 'matched' ? await readSummary(tab) : null;
    await cdp.detach().catch(() => undefined);
    return {
      page: page.name,
      kind: page.kind,
      profile,
      round,
      scriptMs: m('ScriptDuration') * 1000,
      taskMs: m('TaskDuration') * 1000,
      layoutMs: m('LayoutDuration') * 1000,
      styleMs: m('RecalcStyleDuration') * 1000,
      heapKB: m('JSHeapUsedSize') / 1024,
      loadMs: inPage.load,
      lcpMs: inPage.lcp,
      dclMs: inPage.dcl,
      longTasks: inPage.longTasks,
      extensionLongFrames: inPage.extensionLongFrames,
      summaryMs,
    };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const sign = (n: number, digits = 2) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(digits)}` : '–');

interface ClassFigures {
  scriptDiff: number;
  scriptDiffP95: number;
  taskDiff: number;
  taskDiffP95: number;
  loadRatio: number;
  lcpRatio: number;
  extensionLongFrames: number;
  longTaskDiff: number;
  loads: number;
  summaryMs: number;
  summaryRuns: number;
}

/** The class's table: medians and p95 per arm, and Backstory over the floor. */
function report(label: string, samples: Record<Arm, LoadSample[]>, profileFilter?: Profile): ClassFigures {
  const pick = (arm: Arm) => samples[arm].filter((s) => !profileFilter || s.profile === profileFilter);
  const b = pick('backstory');
  const fl = pick('floor');
  const no = pick('none');
  const row = (name: string, get: (s: LoadSample) => number, kind: 'diff' | 'ratio', digits = 2) => {
    const stats = [b, fl, no].map((xs) => {
      const v = xs.map(get).filter(Number.isFinite);
      return { med: median(v), p95: quantile(v, 0.95) };
    });
    const [sb, sf, sn] = stats;
    const over =
      kind === 'diff'
        ? `${sign(sb.med - sf.med, digits)} [${sign(sb.p95 - sf.p95, digits)}]`
        : `${f(sb.med / sf.med, 3)} [${f(sb.p95 / sf.p95, 3)}]`;
    const none = kind === 'diff' ? `${sign(sb.med - sn.med, digits)}` : `${f(sb.med / sn.med, 3)}`;
    console.log(
      `  ${name.padEnd(20)} ${`${f(sb.med, digits)} [${f(sb.p95, digits)}]`.padStart(18)} ${`${f(sf.med, digits)} [${f(sf.p95, digits)}]`.padStart(18)} ${`${f(sn.med, digits)} [${f(sn.p95, digits)}]`.padStart(18)}   ${over.padEnd(22)} ${none}`,
    );
    return { b: sb, fl: sf };
  };
  console.log(`\n${label}: ${b.length} loads per arm`);
  console.log(`  ${'median [p95]'.padEnd(20)} ${'Backstory'.padStart(18)} ${'floor'.padStart(18)} ${'no extension'.padStart(18)}   ${'over floor'.padEnd(22)} over none`);
  const script = row('script ms', (s) => s.scriptMs, 'diff', 2);
  const task = row('task ms', (s) => s.taskMs, 'diff', 2);
  row('layout+style ms', (s) => s.layoutMs + s.styleMs, 'diff', 2);
  row('JS heap KB', (s) => s.heapKB, 'diff', 0);
  const load = row('page load ms', (s) => s.loadMs, 'ratio', 0);
  const lcp = row('LCP ms', (s) => s.lcpMs, 'ratio', 0);
  const longTasks = (xs: LoadSample[]) => xs.reduce((n, s) => n + s.longTasks, 0);
  const extensionLongFrames = b.reduce((n, s) => n + s.extensionLongFrames, 0);
  console.log(
    `  long tasks > 50 ms: Backstory ${longTasks(b)}, floor ${longTasks(fl)}, none ${longTasks(no)} (${sign((longTasks(b) - longTasks(fl)) / Math.max(1, b.length))} per load over the floor)`,
  );
  const summaries = b.map((s) => s.summaryMs).filter((x): x is number => x !== null);
  const out: ClassFigures = {
    scriptDiff: script.b.med - script.fl.med,
    scriptDiffP95: script.b.p95 - script.fl.p95,
    taskDiff: task.b.med - task.fl.med,
    taskDiffP95: task.b.p95 - task.fl.p95,
    loadRatio: load.b.med / load.fl.med,
    lcpRatio: lcp.b.med / lcp.fl.med,
    extensionLongFrames,
    longTaskDiff: longTasks(b) - longTasks(fl),
    loads: b.length,
    summaryMs: median(summaries),
    summaryRuns: summaries.length,
  };
  if (summaries.length) {
    for (const profile of PROFILES) {
      const of = b.filter((s) => s.profile === profile && s.summaryMs !== null).map((s) => s.summaryMs!);
      if (of.length) console.log(`  DOMContentLoaded → sidebar summary on screen, ${profile} pages: median ${f(median(of), 1)} ms [p95 ${f(quantile(of, 0.95), 1)}] of ${of.length}`);
    }
    const missing = b.filter((s) => s.summaryMs === null).length;
    if (missing) console.log(`  no sidebar summary in ${missing} of ${b.length} loads`);
  }
  return out;
}

export async function runChromiumReaderBench(): Promise<{ pass: boolean; lines: string[] }> {
  // BENCH_KINDS=non-article,unmatched: only some classes (quick iterations).
  const kinds = process.env.BENCH_KINDS?.split(',');
  const pages = listPages().filter((p) => !kinds || kinds.includes(p.kind));
  const server = await startBenchServer(pages, [BENCH_PAGES, PAGES_DIR]);
  const floorExtension = makeFloorExtension(EXTENSION_DIR);
  const arms: ChromiumArm[] = [];
  try {
    // BENCH_EXTENSION_DIR: another build in Backstory's arm (to compare a change before building it in).
    // BENCH_NONE_DIR: another build (the one before a change) in the third arm instead of no extension,
    // so "over none" reads as this build over that one, measured in the same rounds.
    if (process.env.BENCH_NONE_DIR) console.log(`  (the "no extension" arm runs the build in ${process.env.BENCH_NONE_DIR}: "over none" is Backstory over that build)`);
    arms.push(await launchArm('backstory', process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR), await launchArm('floor', floorExtension.dir), await launchArm('none', process.env.BENCH_NONE_DIR ?? null));
    // The built-in dossier is installed when the extension starts: wait until a story page matches.
    const matched = pages.find((p) => p.kind === 'matched');
    for (let i = 0; matched && i < 20; i++) {
      const s = await loadOnce(arms[0], server, matched, 'fast', -1 - i);
      if (s.summaryMs !== null) break;
    }
    // Warm every arm on a page of each class (caches, JIT, the renderer's first start).
    const warm = pages.filter((p, i) => pages.findIndex((q) => q.kind === p.kind) === i);
    for (const page of warm) await Promise.all(arms.map((arm) => loadOnce(arm, server, page, 'fast', -100)));
    const samples: Record<Arm, LoadSample[]> = { backstory: [], floor: [], none: [] };
    const started = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of pages) {
        for (const profile of PROFILES) {
          // The three arms load the same page at the same moment: a busy spell of the machine hits all.
          const results = await Promise.all(arms.map((arm) => loadOnce(arm, server, page, profile, round)));
          results.forEach((s, i) => samples[arms[i].arm].push(s));
        }
      }
    }
    const byKind = (kind: BenchPage['kind']) =>
      Object.fromEntries(ARMS.map((arm) => [arm, samples[arm].filter((s) => s.kind === kind)])) as Record<Arm, LoadSample[]>;
    const count = (kind: BenchPage['kind']) => pages.filter((p) => p.kind === kind).length;
    console.log(
      `\n== What a reader pays, Chromium: three arms, ${ROUNDS} rounds × fast/slow profiles, interleaved (${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadavg()[0].toFixed(1)})`,
    );
    console.log('   main-thread script and task time: CDP Performance.getMetrics in thread time, read 600 ms after load; [p95]');
    const non = report(`non-articles (${count('non-article')} layouts: home, section, search, shop, video)`, byKind('non-article'));
    const unm = report(`unmatched articles (${count('unmatched')} saved real articles)`, byKind('unmatched'));
    const unmSlow = report('unmatched articles, slow profile only (the content script runs before load)', byKind('unmatched'), 'slow');
    const mat = report(`matched articles (${count('matched')} story pages)`, byKind('matched'));
    const allSlow = Object.fromEntries(ARMS.map((arm) => [arm, samples[arm].filter((s) => s.profile === 'slow' && s.kind !== 'matched')])) as Record<Arm, LoadSample[]>;
    const loadRatio = (xs: Record<Arm, LoadSample[]>, get: (s: LoadSample) => number) => median(xs.backstory.map(get)) / median(xs.floor.map(get));
    const slowLoad = loadRatio(allSlow, (s) => s.loadMs);
    const slowLcp = loadRatio(allSlow, (s) => s.lcpMs);
    const lines: string[] = [];
    const check = (label: string, ok: boolean) => {
      const line = `  target ${label}: ${ok ? 'PASS' : 'FAIL'}`;
      lines.push(line);
      return ok;
    };
    const t = TARGETS;
    const results = [
      check(`non-articles script ≤ ${t.nonArticle.scriptMs} ms over floor (${sign(non.scriptDiff)} ms)`, non.scriptDiff <= t.nonArticle.scriptMs),
      check(`non-articles task ≤ ${t.nonArticle.taskMs} ms [p95 ≤ ${t.nonArticle.taskP95Ms}] over floor (${sign(non.taskDiff)} [${sign(non.taskDiffP95)}] ms)`, non.taskDiff <= t.nonArticle.taskMs && non.taskDiffP95 <= t.nonArticle.taskP95Ms),
      check(`unmatched script ≤ ${t.unmatched.scriptMs} ms over floor (${sign(unm.scriptDiff)} ms)`, unm.scriptDiff <= t.unmatched.scriptMs),
      check(`unmatched task ≤ ${t.unmatched.taskMs} ms [p95 ≤ ${t.unmatched.taskP95Ms}] over floor (${sign(unm.taskDiff)} [${sign(unm.taskDiffP95)}] ms)`, unm.taskDiff <= t.unmatched.taskMs && unm.taskDiffP95 <= t.unmatched.taskP95Ms),
      check(
        `no long task caused by Backstory on unmatched articles: long tasks over the floor ≤ 0.05 per load (${sign(unm.longTaskDiff / Math.max(1, unm.loads))})`,
        unm.longTaskDiff / Math.max(1, unm.loads) <= 0.05,
      ),
      check(`slow pages' load ratio over floor ≤ ${t.loadRatio} (${f(slowLoad, 3)})`, slowLoad <= t.loadRatio),
      check(`slow pages' LCP ratio over floor ≤ ${t.loadRatio} (${f(slowLcp, 3)})`, slowLcp <= t.loadRatio),
      check(`matched: summary on screen < ${t.summaryMs} ms after DOMContentLoaded, median of ${mat.summaryRuns} (${f(mat.summaryMs, 1)} ms)`, mat.summaryRuns > 0 && mat.summaryMs < t.summaryMs),
    ];
    void unmSlow;
    console.log(`\n  Chromium, slow pages (non-articles and unmatched): page load ${f(slowLoad, 3)}×, LCP ${f(slowLcp, 3)}× the floor`);
    return { pass: results.every(Boolean), lines };
  } finally {
    await Promise.all(arms.map((a) => a.close()));
    floorExtension.remove();
    await server.close();
  }
}

/** Page load with Backstory over the floor in Firefox: the firefox-mv2 build, three browsers. */
export async function runFirefoxReaderBench(): Promise<{ ratio: number; lcpRatio: number; loads: number } | null> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')) || !existsSync(FIREFOX)) {
    console.log('\n== Firefox: skipped (needs `npx wxt build -b firefox` and /usr/bin/firefox-esr)');
    return null;
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const pages = listPages().filter((p) => p.kind !== 'matched');
  const server = await startBenchServer(pages, [BENCH_PAGES, PAGES_DIR]);
  const floorExtension = makeFloorExtension(FIREFOX_EXTENSION_DIR);
  const browsers: import('puppeteer-core').Browser[] = [];
  try {
    for (const dir of [FIREFOX_EXTENSION_DIR, floorExtension.dir, null]) {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        defaultViewport: { width: 1400, height: 900 },
        // The machine is offline: saved pages' remote resources fail at once, as in Chromium.
        extraPrefsFirefox: { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9 },
      });
      browsers.push(browser);
      if (dir) await browser.installExtension(dir);
    }
    const tabs = await Promise.all(browsers.map((b) => b.newPage()));
    const load = async (i: number, url: string) => {
      await tabs[i].goto(url, { waitUntil: 'load', timeout: 30_000 });
      await new Promise((r) => setTimeout(r, 300));
      return tabs[i].evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const lcp = performance.getEntriesByType('largest-contentful-paint').at(-1);
        return { load: nav.loadEventStart - nav.startTime, lcp: lcp ? lcp.startTime : NaN };
      });
    };
    for (const page of pages.slice(0, 2)) await Promise.all(tabs.map((_, i) => load(i, server.url(page, 'fast', -100))));
    const times: { load: number; lcp: number; profile: Profile }[][] = [[], [], []];
    const started = Date.now();
    for (let round = 0; round < FIREFOX_ROUNDS; round++) {
      for (const page of pages) {
        for (const profile of PROFILES) {
          const r = await Promise.all(tabs.map((_, i) => load(i, server.url(page, profile, round))));
          r.forEach((x, i) => times[i].push({ ...x, profile }));
        }
      }
    }
    const med = (i: number, profile: Profile | null, get: (x: { load: number; lcp: number }) => number) =>
      median(times[i].filter((x) => !profile || x.profile === profile).map(get).filter(Number.isFinite));
    const ratio = med(0, null, (x) => x.load) / med(1, null, (x) => x.load);
    const slowRatio = med(0, 'slow', (x) => x.load) / med(1, 'slow', (x) => x.load);
    const lcpRatio = med(0, null, (x) => x.lcp) / med(1, null, (x) => x.lcp);
    console.log(
      `\n== Firefox ${FIREFOX.split('/').pop()} (firefox-mv2 build): ${times[0].length} loads per arm of non-articles and unmatched articles, fast and slow, interleaved (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    console.log(
      `  page load, median: Backstory ${f(med(0, null, (x) => x.load), 0)} ms, floor ${f(med(1, null, (x) => x.load), 0)} ms, no extension ${f(med(2, null, (x) => x.load), 0)} ms`,
    );
    console.log(
      `  Firefox page-load ratio over the floor: ${f(ratio, 3)} (slow pages ${f(slowRatio, 3)}; floor / none ${f(med(1, null, (x) => x.load) / med(2, null, (x) => x.load), 3)}); LCP ratio over the floor ${f(lcpRatio, 3)}`,
    );
    return { ratio, lcpRatio, loads: times[0].length };
  } finally {
    await Promise.all(browsers.map((b) => b.close().catch(() => undefined)));
    floorExtension.remove();
    await server.close();
  }
}

export async function runReaderBench(): Promise<boolean> {
  const chromiumResult = await runChromiumReaderBench();
  const firefox = process.env.BENCH_SKIP_FIREFOX ? null : await runFirefoxReaderBench();
  console.log('\nReader bench targets (Chromium; over the floor, same run, medians [p95]):');
  for (const line of chromiumResult.lines) console.log(line);
  if (firefox) console.log(`  Firefox page-load ratio over a do-nothing content script: ${f(firefox.ratio, 3)} (reported beside Chromium's, target ≤ ${TARGETS.loadRatio}: ${firefox.ratio <= TARGETS.loadRatio ? 'PASS' : 'FAIL'})`);
  return chromiumResult.pass;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runReaderBench().then(
    (pass) => process.exit(pass ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
