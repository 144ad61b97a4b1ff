import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// Chromium with the built extension, and a server for test pages: shared by the e2e tests
// (tests/e2e/harness.ts re-exports it) and the scripts (bench, demo, icons), which never import tests/.

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');
export const SCREENSHOT_DIR = join(ROOT, 'test-output');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags for a run with the built extension. The background-networking
 * flags matter: this machine's closed network refuses Chromium's own calls home.
 */
export function chromiumArgs(extensionDir: string | null = EXTENSION_DIR): string[] {
  return [
    // null: the same browser without the extension (the benchmark's baseline).
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Headless Chromium with the built extension loaded, in a fresh profile. */
export async function launchExtension(options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npx wxt build` first.');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1400, height: 900 },
    args: [...chromiumArgs(), ...(options.locale ? [`--lang=${options.locale}`] : [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1. A page named `*.csp.html` is served with a
 * strict Content-Security-Policy, as locked-down news sites do.
 */
export async function servePages(dir = PAGES_DIR): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Pages that navigate with pushState share one document: /spa/* serves spa.html.
    if (!existsSync(file) && path.startsWith('/spa/')) file = join(dir, 'spa.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (file.endsWith('.csp.html')) {
      headers['content-security-policy'] = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; frame-src 'none'; connect-src 'none'";
    }
    response.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // Chromium keeps connections alive; don't wait for it to let go.
        server.closeAllConnections();
      }),
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** Runs a function in the extension's service worker (it owns the database). */
export async function inWorker<T>(session: ExtensionSession, fn: () => Promise<T> | T): Promise<T> {
  return session.worker.evaluate(fn);
}
