// `npm run demo`: the extension's main job on the built-in dossier. Serves the
// project's demo pages on localhost and opens them in Chromium with the built
// extension. With a display: a real window, left open for you to explore.
// Without one: headless, screenshots in demo-output/ and a report of what it saw.
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { EXTENSION_DIR, CHROMIUM, PAGES_DIR, chromiumArgs, servePages } from './browser-harness';

const OUT = resolve(import.meta.dirname, '../demo-output');
const DEMO_PAGES: { path: string; expect: string }[] = [
  { path: '/en-story.html', expect: 'story: sidebar opens' },
  { path: '/ar-story.html', expect: 'story, in Arabic: sidebar on the left, text RTL' },
  { path: '/related-nimbus.html', expect: 'related theme: a tab waits at the edge' },
  { path: '/azure-outage.html', expect: 'near miss (Azure outage): no sidebar' },
  { path: '/cooking.html', expect: 'not about the story: no sidebar' },
].filter((page) => existsSync(join(PAGES_DIR, page.path)));

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run `npm run demo` (it builds first) or `npm run build`.');
  process.exit(1);
}

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await servePages();
mkdirSync(OUT, { recursive: true });
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

const report: string[] = [`Backstory demo — ${new Date().toISOString()}`, `extension ${extensionId}`, ''];
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
    await page.screenshot({ path: join(OUT, `${demo.path.replace(/\W+/g, '-').replace(/^-|-html$/g, '')}.png`) });
    await page.close();
  }
}

if (headless) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 620 });
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: join(OUT, 'options.png') });
  writeFileSync(join(OUT, 'report.txt'), `${report.join('\n')}\n`);
  console.log(`\nScreenshots and report in ${OUT}: ${readdirSync(OUT).filter((f) => f.endsWith('.png')).join(', ')}`);
  await context.close();
  await server.close();
} else {
  console.log('\nChromium is open with Backstory on the demo pages. Close the window to end the demo.');
  context.on('close', () => void server.close());
}
