// The reader bench's web server (scripts/bench-reader.ts): pages as they arrive over a real network.
// Each page is served in chunks (its head first, then the body in pieces), and the server adds to it
// what news sites load: a render-blocking stylesheet, an async script, images, and a request that
// never completes (a long-polling ad or analytics call, which does not hold the load event back).
// Profiles: `fast` (everything within ~100 ms: `load` fires before the content script's 250 ms
// timer, so it runs after load) and `slow` (scripts, styles and images over 1–3 s: the content
// script meets a page that is still loading and runs in an idle moment before `load`).
// Delays are drawn from the page's path, so every arm of the bench gets the same page.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export type Profile = 'fast' | 'slow';

export interface BenchPage {
  /** Path the page is served at (it shapes detection: listing paths, article-like slugs). */
  path: string;
  /** The HTML file. */
  file: string;
  kind: 'non-article' | 'unmatched' | 'matched';
  name: string;
}

export interface BenchServer {
  origin: string;
  url(page: BenchPage, profile: Profile, round: number): string;
  /** Requests still held open (the ones that never complete). */
  hanging(): number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** A hash of a string into [0, 1): the page's delays, the same in every arm and round. */
function unit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** Delays (ms) of a page's parts under a profile. */
export function delaysFor(path: string, profile: Profile): { chunks: number[]; css: number; script: number; images: number[] } {
  const r = (salt: string, lo: number, hi: number) => Math.round(lo + unit(path + salt) * (hi - lo));
  if (profile === 'fast') {
    return { chunks: [5, 5, 5], css: r('css', 10, 30), script: r('js', 20, 60), images: [0, 1, 2, 3].map((i) => r(`img${i}`, 20, 90)) };
  }
  return {
    chunks: [r('c0', 60, 150), r('c1', 60, 200), r('c2', 80, 250)],
    css: r('css', 150, 400),
    script: r('js', 1_000, 2_000),
    images: [0, 1, 2, 3].map((i) => r(`img${i}`, 1_000, 3_000)),
  };
}

// The page's own script: what a site runs once its bundle arrives (the same in every arm).
const APP_JS = `(() => {
  const t0 = performance.now();
  let x = 0;
  while (performance.now() - t0 < 3) x += Math.sqrt(x + 1);
  const bar = document.createElement('div');
  bar.className = 'consent-bar';
  bar.textContent = 'We use cookies to improve your experience.';
  document.body.appendChild(bar);
  window.__appRan = x;
})();`;

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" fill="#9bb1c3"/><text x="16" y="96" font-size="20" fill="#0b2239">${label.replace(/[^\w ]/g, '')}</text></svg>`;

/** The page with what the server adds: stylesheet, async script and hanging beacon in the head, images before </body>. */
function decorate(html: string, path: string, profile: Profile, round: number): { head: string; body: string } {
  const d = delaysFor(path, profile);
  const q = `p=${encodeURIComponent(path)}&r=${round}`;
  const inHead =
    `<link rel="stylesheet" href="/_res/site.css?d=${d.css}&${q}">` +
    `<script async src="/_res/app.js?d=${d.script}&${q}"></script>` +
    `<script>fetch('/_res/hang?${q}').catch(function(){});</script>`;
  const images = d.images.map((ms, i) => `<img src="/_res/img.svg?d=${ms}&i=${i}&${q}" width="320" height="180" alt="">`).join('');
  const headAt = html.search(/<head[^>]*>/i);
  const withHead = headAt >= 0 ? html.replace(/<head[^>]*>/i, (m) => m + inHead) : inHead + html;
  const bodyEnd = withHead.search(/<\/body>/i);
  const full = bodyEnd >= 0 ? withHead.slice(0, bodyEnd) + images + withHead.slice(bodyEnd) : withHead + images;
  const split = full.search(/<body[^>]*>/i);
  const at = split >= 0 ? split : Math.min(full.length, 2_000);
  return { head: full.slice(0, at), body: full.slice(at) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `pages` by path; `staticDirs` for the files pages link to (their stylesheets), tried in order.
 * Paths are served as `${page.path}?profile=…&r=…`.
 */
export async function startBenchServer(pages: BenchPage[], staticDirs: string[]): Promise<BenchServer> {
  const byPath = new Map(pages.map((p) => [p.path.split('?')[0], p]));
  const html = new Map<string, string>();
  const held = new Set<ServerResponse>();
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const delay = Number(url.searchParams.get('d') ?? 0);
    response.on('error', () => undefined);
    if (path === '/_res/hang') {
      // Never answered: a beacon or long poll the page starts and the network never finishes.
      held.add(response);
      response.on('close', () => held.delete(response));
      return;
    }
    if (path.startsWith('/_res/')) {
      await sleep(delay);
      const type = path.endsWith('.css') ? TYPES['.css'] : path.endsWith('.js') ? TYPES['.js'] : TYPES['.svg'];
      const body = path.endsWith('.css') ? '.consent-bar { position: fixed; bottom: 0; left: 0; right: 0; padding: 12px; background: #222; color: #fff; }' : path.endsWith('.js') ? APP_JS : svg(url.searchParams.get('i') ?? '');
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      return;
    }
    const page = byPath.get(path);
    if (page) {
      const profile = (url.searchParams.get('profile') === 'slow' ? 'slow' : 'fast') as Profile;
      const round = Number(url.searchParams.get('r') ?? 0);
      if (!html.has(page.file)) html.set(page.file, readFileSync(page.file, 'utf8'));
      const { head, body } = decorate(html.get(page.file)!, path, profile, round);
      const d = delaysFor(path, profile);
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      // The head at once (as servers flush it), then the body in as many pieces as there are delays.
      response.write(head);
      const n = d.chunks.length;
      for (let i = 0; i < n; i++) {
        await sleep(d.chunks[i]);
        if (response.destroyed) return;
        response.write(body.slice(Math.floor((i * body.length) / n), Math.floor(((i + 1) * body.length) / n)));
      }
      response.end();
      return;
    }
    for (const dir of staticDirs) {
      const file = normalize(join(dir, path));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
        return;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (page, profile, round) => `${origin}${page.path}${page.path.includes('?') ? '&' : '?'}profile=${profile}&r=${round}`,
    hanging: () => held.size,
    close: () =>
      new Promise<void>((done) => {
        for (const response of held) response.destroy();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
