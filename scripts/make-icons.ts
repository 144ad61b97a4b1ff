// Renders the toolbar/store icons (public/icon/<size>.png) from the logo mark
// the sidebar shows, with Chromium, so the icons and the UI never drift apart.
// Run after changing the mark: npx tsx scripts/make-icons.ts
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from './browser-harness';
import { join } from 'node:path';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18">
  <rect x="1" y="1" width="16" height="16" rx="4" fill="#b4451f"/>
  <path d="M5.5 4.5h4.2a2.3 2.3 0 010 4.6H5.5zM5.5 9.1h4.8a2.2 2.2 0 010 4.4H5.5z" fill="none" stroke="#fff" stroke-width="1.6"/>
</svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(ROOT, 'public/icon', `${size}.png`), omitBackground: true });
}
await browser.close();
