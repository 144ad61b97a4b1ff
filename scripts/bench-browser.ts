// In-browser part of `npm run bench` (runBrowserBench, called from scripts/bench.ts): the size of
// the content script every page loads, then what a reader pays (scripts/bench-reader.ts): three
// arms (Backstory, the floor: the same extension with a content script that does nothing, and no
// extension) on pages served with realistic delays, per page class, in Chromium; and the
// page-load ratio over the floor in Firefox.
// Needs the builds (`npx wxt build`, `npx wxt build -b firefox`), Chromium (CHROMIUM_PATH, default
// /usr/bin/chromium) and Firefox (FIREFOX_PATH, default /usr/bin/firefox-esr; skipped without it).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browser-harness';
import { runReaderBench } from './bench-reader';

const TARGET_CONTENT_GZIP_KB = 30;

export async function runBrowserBench(): Promise<boolean> {
  console.log('\n== Browser benchmark (headless Chromium and Firefox, built extension)');
  const contentPath = join(EXTENSION_DIR, 'content-scripts/content.js');
  if (!existsSync(contentPath)) {
    console.log('  no build in .output/chrome-mv3: run `npx wxt build` first');
    return false;
  }
  const bytes = statSync(contentPath).size;
  const gzipKB = gzipSync(readFileSync(contentPath)).length / 1024;
  const sizeOk = gzipKB <= TARGET_CONTENT_GZIP_KB;
  console.log(
    `content script (every page: detection and the controller): ${(bytes / 1024).toFixed(1)} KB, ${gzipKB.toFixed(1)} KB gzipped (target ≤ ${TARGET_CONTENT_GZIP_KB} KB): ${sizeOk ? 'PASS' : 'FAIL'}`,
  );
  // The article part (entrypoints/content-article.ts): imported by the content script on articles only.
  const articlePath = join(EXTENSION_DIR, 'content-article.js');
  if (existsSync(articlePath)) {
    const article = readFileSync(articlePath);
    console.log(`  its article part, loaded on articles only (content-article.js): ${(article.length / 1024).toFixed(1)} KB, ${(gzipSync(article).length / 1024).toFixed(1)} KB gzipped`);
  }
  const pass = (await runReaderBench()) && sizeOk;
  console.log(`browser bench: ${pass ? 'PASS' : 'FAIL'}`);
  return pass;
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
