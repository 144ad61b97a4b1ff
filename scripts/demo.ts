// `npm run demo`: the extension's main job on the built-in dossier. Serves the
// project's demo pages on localhost and opens them in Chromium with the built
// extension. With a display: a real window, left open for you to explore.
// Without one: headless, screenshots in demo-output/ and a report of what it saw.
// `npm run demo -- --firefox`: then the same pages in Firefox (firefox-esr, or FIREFOX_PATH) with the
// Firefox build (built here, into .output/firefox-mv2), its screenshots prefixed `firefox-`.
// `--firefox-only` skips Chromium.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import puppeteer, { type Frame as FirefoxFrame, type Page as FirefoxPage } from 'puppeteer-core';
import { EXTENSION_DIR, CHROMIUM, PAGES_DIR, ROOT, chromiumArgs, servePages, type PageServer } from './browser-harness';

const OUT = resolve(import.meta.dirname, '../demo-output');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const DEMO_PAGES: { path: string; expect: string }[] = [
  { path: '/en-story.html', expect: 'story: sidebar opens' },
  { path: '/ar-story.html', expect: 'story, in Arabic: sidebar on the left, text RTL' },
  { path: '/related-nimbus.html', expect: 'related theme: a tab waits at the edge' },
  { path: '/azure-outage.html', expect: 'near miss (Azure outage): no sidebar' },
  { path: '/cooking.html', expect: 'not about the story: no sidebar' },
].filter((page) => existsSync(join(PAGES_DIR, page.path)));

const withFirefox = process.argv.includes('--firefox') || process.argv.includes('--firefox-only');
const withChromium = !process.argv.includes('--firefox-only');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (withChromium && !existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (withChromium && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run `npm run demo` (it builds first) or `npm run build`.');
  process.exit(1);
}
if (withFirefox && !existsSync(FIREFOX)) {
  console.error(`Firefox not found at ${FIREFOX}: install it with \`sudo apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`);
  process.exit(1);
}

const shotName = (prefix: string, path: string) => `${prefix}${path.replace(/\W+/g, '-').replace(/^-|-html$/g, '')}.png`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runChromium(server: PageServer, report: string[]): Promise<void> {
  // A fresh profile each run: the demo starts as a new user would.
  const profile = mkdtempSync(join(tmpdir(), 'backstory-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1400, height: 900 } : null,
    args: chromiumArgs(),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  async function describeSidebar(page: Page): Promise<string> {
    const hasHost = await page.evaluate(() => document.querySelectorAll('backstory-sidebar').length);
    if (!hasHost) return 'no sidebar';
    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (!frame) return 'sidebar tab (collapsed)';
    await frame.waitForSelector('[data-section="summary"]', { timeout: 8_000 }).catch(() => undefined);
    await frame.waitForSelector('[data-section="this-article"] li', { timeout: 8_000 }).catch(() => undefined);
    const sections = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-section]')].map((el) => `${el.getAttribute('data-section')} (${el.querySelectorAll('li').length} items)`),
    );
    const dir = await frame.evaluate(() => document.documentElement.dir || 'ltr');
    return `sidebar open, ${dir}: ${sections.join(', ')}`;
  }

  report.push(`Chromium: extension ${extensionId}`);
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(server.url(demo.path));
    await page.waitForTimeout(1500);
    const seen = await describeSidebar(page);
    const line = `${demo.path.padEnd(22)} expected: ${demo.expect.padEnd(48)} saw: ${seen}`;
    console.log(line);
    report.push(line);
    if (headless) {
      await page.waitForTimeout(1000);
      await page.screenshot({ path: join(OUT, shotName('', demo.path)) });
      await page.close();
    }
  }

  if (headless) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 620 });
    await popup.goto(`chrome-extension://${extensionId}/options.html`);
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: join(OUT, 'options.png') });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  } else {
    console.log('\nChromium is open with Backstory on the demo pages. Close the window to end the demo.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
}

/**
 * Firefox over WebDriver BiDi (puppeteer-core), as tests/e2e/firefox/harness.ts drives it (scripts do
 * not import tests/): the moz-extension:// host is fixed by a pref so the demo knows the extension's
 * URLs, and since BiDi reports extension documents as about:blank, frames and pages are found by
 * their own location.
 */
async function runFirefox(server: PageServer, report: string[]): Promise<void> {
  console.log('\nBuilding the Firefox package (.output/firefox-mv2)…');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore' });
  const addonId = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    defaultViewport: headless ? { width: 1400, height: 900 } : null,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;

  async function openExtensionPage(path: string): Promise<FirefoxPage> {
    const page = await browser.newPage();
    // The navigation's promise never settles for a moz-extension:// document.
    page.goto(extensionUrl(path), { timeout: 0 }).catch(() => undefined);
    for (let i = 0; i < 100; i++) {
      if (await page.evaluate((want) => location.href === want && document.readyState === 'complete', extensionUrl(path)).catch(() => false)) break;
      await sleep(100);
    }
    return page;
  }

  async function sidebarFrame(page: FirefoxPage): Promise<FirefoxFrame | undefined> {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await Promise.race([frame.evaluate(() => location.href).catch(() => ''), sleep(1000).then(() => '')]);
      if (href.startsWith('moz-extension://') && href.includes('/sidebar.html')) return frame;
    }
    return undefined;
  }

  async function describeSidebar(page: FirefoxPage): Promise<string> {
    const hasHost = await page.evaluate(() => document.querySelectorAll('backstory-sidebar').length);
    if (!hasHost) return 'no sidebar';
    const frame = await sidebarFrame(page);
    if (!frame) return 'sidebar tab (collapsed)';
    for (let i = 0; i < 80; i++) {
      if (await frame.evaluate(() => document.querySelector('[data-section="this-article"] li') !== null).catch(() => false)) break;
      await sleep(100);
    }
    const sections = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-section]')].map((el) => `${el.getAttribute('data-section')} (${el.querySelectorAll('li').length} items)`),
    );
    const dir = await frame.evaluate(() => document.documentElement.dir || 'ltr');
    return `sidebar open, ${dir}: ${sections.join(', ')}`;
  }

  // The background installs the built-in dossier on install: wait for the options page to list it.
  const options = await openExtensionPage('options.html');
  await options.waitForSelector('[data-dossier-id]', { timeout: 30_000 }).catch(() => undefined);
  const version = await browser.version();
  report.push('', `Firefox (${version}): extension ${addonId}, moz-extension://${uuid}`);
  console.log(`\nFirefox (${version}), the Firefox build:`);
  for (const demo of DEMO_PAGES) {
    const page = await browser.newPage();
    await page.goto(server.url(demo.path));
    // A cold Firefox can take a few seconds to mount the first sidebar: give it up to 6 s.
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.querySelector('backstory-sidebar') !== null)); i++) await sleep(100);
    await sleep(500);
    const seen = await describeSidebar(page);
    const line = `${demo.path.padEnd(22)} expected: ${demo.expect.padEnd(48)} saw: ${seen}`;
    console.log(line);
    report.push(line);
    if (headless) {
      await sleep(1000);
      await page.screenshot({ path: join(OUT, shotName('firefox-', demo.path)) });
      await page.close();
    }
  }
  if (headless) {
    await options.screenshot({ path: join(OUT, 'firefox-options.png') });
    // The toolbar popup cannot be clicked open by a driver: popup.html?tab=ID is the same page.
    const story = await browser.newPage();
    await story.goto(server.url('/en-story.html'));
    await sleep(1500);
    await story.bringToFront();
    const tabId = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="popup-matched"]', { timeout: 8_000 }).catch(() => undefined);
    await popup.screenshot({ path: join(OUT, 'firefox-popup.png'), clip: { x: 0, y: 0, width: 380, height: 620 } });
    await browser.close();
  } else {
    console.log('\nFirefox is open with Backstory on the demo pages. Close the window to end the demo.');
    await new Promise<void>((done) => browser.on('disconnected', () => done()));
  }
}

const server = await servePages();
mkdirSync(OUT, { recursive: true });
const report: string[] = [`Backstory demo — ${new Date().toISOString()}`, ''];
if (withChromium) await runChromium(server, report);
if (withFirefox) await runFirefox(server, report);
if (headless) {
  writeFileSync(join(OUT, 'report.txt'), `${report.join('\n')}\n`);
  console.log(`\nScreenshots and report in ${OUT}: ${readdirSync(OUT).filter((f) => f.endsWith('.png')).join(', ')}`);
}
await server.close();
