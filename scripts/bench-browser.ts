// In-browser timings for `npm run bench` (runBrowserBench, called from scripts/bench.ts):
//  1. DOMContentLoaded → sidebar visible on a matched page (target: median < 150 ms);
//  2. page-load time with the extension over without, on pages that do not match
//     (target: ratio ≤ 1.02), the same pages in the same run, loads interleaved, beside a
//     control (a second browser without the extension: the machine's noise) and a floor (the
//     extension with a content script that does nothing: what Chromium itself charges);
//  3. the size of the content script every page loads.
// Needs a build (`npx wxt build`) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, chromiumArgs, EXTENSION_DIR, launchExtension, ROOT, servePages } from './browser-harness';
import { median } from './stats';

// Real saved news and blog pages (Mozilla Readability's test pages), none about the built-in story.
// CI has ../shared beside the clone; without it the bench falls back to the e2e pages.
const CORPUS_DIR = resolve(ROOT, '../shared/corpus/readability');
const CORPUS_PAGES = 12;

const MATCHED_PAGE = '/en-story.html';
const UNMATCHED_PAGES = ['/azure-outage.html', '/cooking.html', '/spa/sourdough'];
const MATCHED_RUNS = 25;
const LOAD_ROUNDS = 12;
const TARGET_VISIBLE_MS = 150;
const TARGET_LOAD_RATIO = 1.02;

export interface BrowserBenchResult {
  visible: { hostMs: number; framePaintMs: number; summaryMs: number; runs: number };
  load: LoadSummary & { controlRatio: number; controlPerPageRatio: number; floorRatio: number; floorPerPageRatio: number; loads: number; pages: number };
  contentScript: { bytes: number; gzipBytes: number };
  pass: boolean;
}

interface LoadSummary {
  withMs: number;
  withoutMs: number;
  /** Median of with/without over the pairs loaded in the same round: slow spells of the machine hit both. */
  ratio: number;
  /** Median over pages of the ratio of each page's medians. */
  perPageRatio: number;
}

/** Load times of one browser against another's, [page][round] each. */
export function summarizeLoads(withTimes: number[][], withoutTimes: number[][]): LoadSummary {
  const pairs = withTimes.flatMap((rounds, page) => rounds.map((ms, round) => ms / withoutTimes[page][round]));
  return {
    withMs: median(withTimes.flat()),
    withoutMs: median(withoutTimes.flat()),
    ratio: median(pairs),
    perPageRatio: median(withTimes.map((rounds, page) => median(rounds) / median(withoutTimes[page]))),
  };
}

// Records (in the page) when the sidebar's host element is attached.
const WATCH_HOST = `(() => {
  const look = () => {
    if (document.querySelector('backstory-sidebar') && !window.__bsHostAt) window.__bsHostAt = performance.timeOrigin + performance.now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
})();`;

async function measureMatched(page: Page, url: string): Promise<{ hostMs: number; paintMs: number; summaryMs: number } | null> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The marks are timestamps, so they are read once, afterwards: polling the frame while it
  // boots would load the very renderer being measured.
  await page.waitForTimeout(800);
  for (let attempt = 0; attempt < 20; attempt++) {
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    const times = frame
      ? await frame
          .evaluate(() => {
            // No helper functions in here: tsx would wrap them in a __name() the page does not have.
            // first-paint: any pixel (the static skeleton); first-contentful-paint: the first text, i.e. the summary.
            const paint = performance.getEntriesByName('first-paint')[0];
            const contentful = performance.getEntriesByName('first-contentful-paint')[0];
            return {
              readyAt: document.documentElement.dataset.ready === 'summary' ? Number(document.documentElement.dataset.readyAt) : 0,
              paintAt: paint ? performance.timeOrigin + paint.startTime : 0,
              contentfulAt: contentful ? performance.timeOrigin + contentful.startTime : 0,
            };
          })
          .catch(() => null)
      : null;
    if (times?.readyAt && times.paintAt && times.contentfulAt) {
      const at = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { dcl: performance.timeOrigin + nav.domContentLoadedEventStart, hostAt: (window as unknown as { __bsHostAt?: number }).__bsHostAt ?? 0 };
      });
      // The summary is in the DOM at readyAt; it is on screen no earlier than the frame's first paint.
      const onScreen = Math.max(times.readyAt, times.contentfulAt);
      return { hostMs: at.hostAt - at.dcl, paintMs: times.paintAt - at.dcl, summaryMs: onScreen - at.dcl };
    }
    await page.waitForTimeout(250);
    if (process.env.BENCH_DEBUG && attempt === 19) console.log('no reading', url, page.frames().map((f) => f.url()), times);
  }
  return null;
}

async function measureLoad(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  // Let the content script finish its (asynchronous) checks, so they count if they delay anything.
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
}

/** The corpus pages with real content (the small synthetic cases are skipped), in a fixed order. */
function listCorpusPages(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((id) => existsSync(join(CORPUS_DIR, id, 'source.html')) && statSync(join(CORPUS_DIR, id, 'source.html')).size > 30_000)
    .sort()
    .slice(0, CORPUS_PAGES)
    .map((id) => `/${id}/source.html`);
}

/**
 * A copy of the built extension whose content script does nothing: what Chromium charges a page
 * for any extension with a content script (its isolated world), which no code of ours can avoid.
 */
function makeFloorExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'content-scripts/content.js'), 'void 0;\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Chromium with or without an extension, otherwise identical; saved pages' remote resources fail at once, in all. */
async function launchBrowser(extensionDir: string | null): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const withExtension = extensionDir !== null;
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // Saved pages' remote resources fail at once, in both browsers.
    args: [...chromiumArgs(extensionDir), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function runBrowserBench(): Promise<boolean> {
  console.log('\n== Browser benchmark (headless Chromium, built extension)');
  const contentPath = join(EXTENSION_DIR, 'content-scripts/content.js');
  if (!existsSync(contentPath)) {
    console.log('  no build in .output/chrome-mv3: run `npx wxt build` first');
    return false;
  }
  const server = await servePages();
  const corpusPages = listCorpusPages();
  const corpusServer = corpusPages.length ? await servePages(CORPUS_DIR) : null;
  const session = await launchExtension();
  const cleanups: (() => Promise<void>)[] = [];
  try {
    // The built-in dossier is installed by the service worker on install; wait for the first match to work.
    const page = await session.context.newPage();
    await page.addInitScript(WATCH_HOST);
    for (let i = 0; i < 10 && !(await measureMatched(page, server.url(`${MATCHED_PAGE}?warm=${i}`)).catch(() => null)); i++);

    const host: number[] = [];
    const paint: number[] = [];
    const summary: number[] = [];
    for (let i = 0; i < MATCHED_RUNS; i++) {
      const run = await measureMatched(page, server.url(`${MATCHED_PAGE}?run=${i}`));
      if (run) {
        host.push(run.hostMs);
        paint.push(run.paintMs);
        summary.push(run.summaryMs);
      }
    }
    await page.close();
    await session.close();
    if (process.env.BENCH_PART === 'visible') {
      // For quick iterations on the sidebar's path: `BENCH_PART=visible npx tsx scripts/bench-browser.ts`.
      const ms = median(summary);
      console.log(`DOMContentLoaded → host ${median(host).toFixed(1)} ms, frame paint ${median(paint).toFixed(1)} ms, summary on screen ${ms.toFixed(1)} ms (median of ${summary.length})`);
      return summary.length > 0 && ms < TARGET_VISIBLE_MS;
    }

    // Four fresh browsers, identical but for the extension: with it; without it; the control, also
    // without it, which shows how far two identical browsers differ on this machine (the noise); and
    // the floor, with a copy of the extension whose content script does nothing.
    const floorExtension = makeFloorExtension();
    cleanups.push(async () => floorExtension.remove());
    const browsers = [await launchBrowser(EXTENSION_DIR), await launchBrowser(null), await launchBrowser(null), await launchBrowser(floorExtension.dir)];
    cleanups.push(...browsers.map((b) => b.close));
    const pages = corpusServer ? corpusPages.map((path) => corpusServer.url(path)) : UNMATCHED_PAGES.map((path) => server.url(path));
    const tabs = await Promise.all(browsers.map((b) => b.context.newPage()));
    for (const url of pages) for (const tab of tabs) await measureLoad(tab, url); // warm all four
    // times[browser][page][round]
    const times: number[][][] = tabs.map(() => pages.map(() => []));
    for (const [pageIndex, url] of pages.entries()) {
      for (let round = 0; round < LOAD_ROUNDS; round++) {
        // Rotate who goes first, so no browser always gets the warmer CPU.
        for (let k = 0; k < tabs.length; k++) {
          const b = (k + round) % tabs.length;
          times[b][pageIndex].push(await measureLoad(tabs[b], `${url}?r=${round}`));
        }
      }
    }
    const load = summarizeLoads(times[0], times[1]);
    const noise = summarizeLoads(times[2], times[1]);
    const floor = summarizeLoads(times[3], times[1]);
    const bytes = statSync(contentPath).size;
    const gzipBytes = gzipSync(readFileSync(contentPath)).length;
    const result: BrowserBenchResult = {
      visible: { hostMs: median(host), framePaintMs: median(paint), summaryMs: median(summary), runs: summary.length },
      load: {
        ...load,
        controlRatio: noise.ratio,
        controlPerPageRatio: noise.perPageRatio,
        floorRatio: floor.ratio,
        floorPerPageRatio: floor.perPageRatio,
        loads: LOAD_ROUNDS * pages.length,
        pages: pages.length,
      },
      contentScript: { bytes, gzipBytes },
      pass: false,
    };
    result.pass = summary.length > 0 && result.visible.summaryMs < TARGET_VISIBLE_MS && result.load.ratio <= TARGET_LOAD_RATIO;
    console.log(`DOMContentLoaded → sidebar host attached, median of ${result.visible.runs}: ${result.visible.hostMs.toFixed(1)} ms`);
    console.log(`DOMContentLoaded → sidebar frame's first paint (its static skeleton), median: ${result.visible.framePaintMs.toFixed(1)} ms`);
    console.log(`DOMContentLoaded → sidebar summary on screen, median of ${result.visible.runs}: ${result.visible.summaryMs.toFixed(1)} ms (target < ${TARGET_VISIBLE_MS} ms): ${result.visible.summaryMs < TARGET_VISIBLE_MS ? 'PASS' : 'FAIL'}`);
    const l = result.load;
    console.log(
      `page load on ${l.pages} non-matching ${corpusServer ? 'real saved pages (corpus/readability)' : 'e2e pages'}, ${l.loads} loads in each browser, interleaved: median with ${l.withMs.toFixed(1)} ms, without ${l.withoutMs.toFixed(1)} ms`,
    );
    console.log(`  with / without, median of the ${l.loads} same-round pairs: ${l.ratio.toFixed(3)} (target ≤ ${TARGET_LOAD_RATIO}): ${l.ratio <= TARGET_LOAD_RATIO ? 'PASS' : 'FAIL'}`);
    console.log(`  with / without, median of the per-page ratios of medians: ${l.perPageRatio.toFixed(3)}`);
    console.log(`  floor, the extension with a content script that does nothing / without: ${l.floorRatio.toFixed(3)} pairs, ${l.floorPerPageRatio.toFixed(3)} per page`);
    console.log(`  control, a second browser without the extension / without (the noise of this machine): ${l.controlRatio.toFixed(3)} pairs, ${l.controlPerPageRatio.toFixed(3)} per page`);
    console.log(`content script (every page): ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
    console.log(`browser bench: ${result.pass ? 'PASS' : 'FAIL'}`);
    return result.pass;
  } finally {
    await Promise.all([session.close(), ...cleanups.map((close) => close()), server.close(), corpusServer?.close()]);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runBrowserBench().then(
    (pass) => process.exit(pass ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
