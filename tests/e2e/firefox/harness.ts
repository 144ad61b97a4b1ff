import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, screenshotPath } from '../harness';
import { waitFor, type Evaluates } from '../journeys';

// Firefox (Debian's firefox-esr) with the Firefox build of the extension, driven by puppeteer-core
// over WebDriver BiDi. What differs from the Chromium harness, and why:
// - There is no service worker to evaluate in: an extension page (a tab on options.html) is the
//   extension's own origin here, with its IndexedDB and the `browser.*` APIs.
// - The moz-extension:// host is random per install; the profile pref
//   `extensions.webextensions.uuids` fixes it, so the tests know the extension's URLs.
// - BiDi does not report loads of moz-extension:// documents: `goto` on one never resolves, and a
//   framed sidebar's Frame keeps the URL `about:blank`. Extension pages are opened without waiting
//   for the navigation and polled; frames are found by their own `location`.
// - Every request the browser makes to anything but the local test pages goes through a proxy of
//   the harness that records it and answers nothing, so "no request of Backstory's own" is tested.
// - "Run in private windows" is the reader's choice in about:addons; BiDi installs add-ons without
//   it. The harness grants it as that checkbox does: the permission `internal:privateBrowsingAllowed`
//   in the profile's extension-preferences.json, written before Firefox starts (privateWindows).

/** The Firefox build under test (FIREFOX_EXTENSION_DIR: another build, e.g. an older commit's, to compare). */
export const FIREFOX_EXTENSION_DIR = process.env.FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** An extension page kept open: the extension's origin, to read its database and call `browser.*`. */
  extensionPage: Page;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** An extension page in a tab, or in a window of its own (as the toolbar popup sits over the page). */
  openExtensionPage(path: string, options?: { window?: boolean }): Promise<Page>;
  /** A private window on `url` (the extension must be allowed in private windows), and its tab's id. */
  openPrivateWindow(url: string): Promise<{ page: Page; tabId: number; windowId: number }>;
  /** An extension page in a new tab of that window (in a private window, a private page). */
  openExtensionPageInWindow(windowId: number, path: string): Promise<Page>;
  /** Runs a function in the extension's origin (its argument passed as JSON). */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Hosts (and CONNECT targets) of every request that left for the network, in order. */
  outboundRequests: string[];
  close(): Promise<void>;
}

/** The extension API of an extension page, as far as the harness calls it there. */
interface ExtensionGlobal {
  browser: {
    windows: { create(data: { incognito: boolean; url: string }): Promise<{ id?: number; incognito: boolean; tabs?: { id?: number }[] }> };
    tabs: { create(data: { windowId: number; url: string }): Promise<unknown> };
  };
}

function readAddonId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error('No build in .output/firefox-mv2: run `npx wxt build -b firefox` first.');
  return JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
}

/** A proxy that records what the browser tried to reach and refuses it (the machine is offline anyway). */
async function startRecordingProxy(log: string[]): Promise<{ port: number; server: Server }> {
  const server = createServer((request, response) => {
    log.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    log.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server };
}

/**
 * `prefs`: more Firefox preferences for this profile (e.g. `browser.privatebrowsing.autostart`, every
 * window private). `privateWindows`: the extension is allowed to run in private windows.
 */
export async function launchFirefox(options: { prefs?: Record<string, string | number | boolean>; privateWindows?: boolean } = {}): Promise<FirefoxSession> {
  const addonId = readAddonId();
  const uuid = randomUUID();
  const outboundRequests: string[] = [];
  const proxy = await startRecordingProxy(outboundRequests);
  // A profile of our own (Puppeteer leaves a given one in place: removed in close()).
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  if (options.privateWindows) {
    // What about:addons' "Run in private windows" stores (ESR's JSON permission store; read at startup).
    writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify({ [addonId]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Everything but 127.0.0.1/localhost (never proxied by default) goes to the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      ...options.prefs,
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close();
    proxy.server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;

  async function openExtensionPage(path: string, options: { window?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage(options.window ? { type: 'window' } : undefined);
    const url = extensionUrl(path);
    // The navigation's promise never settles for a moz-extension:// document (see above), and Firefox
    // 153 ESR's BiDi refuses it outright ("not allowed in this context"): the tab navigates itself, to
    // the web-accessible sidebar.html first (a frame-less copy, served nothing), then same-origin on.
    const viaSidebar = extensionUrl('sidebar.html');
    const go = (address: string) => page.evaluate((u) => void (location.href = u), address).catch(() => undefined);
    if (path !== 'sidebar.html' && !path.startsWith('sidebar.html?')) {
      await go(viaSidebar);
      await waitFor(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false), 'an extension page', 15_000);
    }
    await go(url);
    await waitFor(() => page.evaluate((want) => location.href === want && document.readyState === 'complete', url), `${path} to load`, 15_000);
    return page;
  }

  const extensionPage = await openExtensionPage('options.html');
  const inExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => (extensionPage as Evaluates).evaluate(fn, arg) as Promise<R>;

  async function openPrivateWindow(url: string): Promise<{ page: Page; tabId: number; windowId: number }> {
    const opened = await inExtension(async (address: string) => {
      const created = await (globalThis as unknown as ExtensionGlobal).browser.windows.create({ incognito: true, url: address });
      return { windowId: created.id as number, tabId: created.tabs?.[0]?.id as number, incognito: created.incognito };
    }, url);
    if (!opened.incognito) throw new Error('the window opened is not private');
    // BiDi reports the private window's tab like any other.
    const page = await waitFor(async () => (await browser.pages()).find((candidate) => candidate.url() === url), `the private window on ${url}`, 15_000);
    await waitFor(() => page.evaluate(() => document.readyState === 'complete'), `${url} to load`, 15_000);
    return { page, tabId: opened.tabId, windowId: opened.windowId };
  }

  /** An extension page in a new tab of a given window (a private one: the page is private too). */
  async function openExtensionPageInWindow(windowId: number, path: string): Promise<Page> {
    const before = new Set(await browser.pages());
    const url = extensionUrl(path);
    await inExtension(({ id, address }) => (globalThis as unknown as ExtensionGlobal).browser.tabs.create({ windowId: id, url: address }).then(() => undefined), { id: windowId, address: url });
    // BiDi reports moz-extension:// documents as about:blank: the new tab is found by its own location.
    return waitFor(
      async () => {
        for (const page of await browser.pages()) {
          if (before.has(page)) continue;
          if (await page.evaluate((want) => location.href === want && document.readyState === 'complete', url).catch(() => false)) return page;
        }
        return undefined;
      },
      `${path} in window ${windowId}`,
      15_000,
    );
  }

  return {
    browser,
    uuid,
    extensionPage,
    extensionUrl,
    newPage: () => browser.newPage(),
    openExtensionPage,
    openPrivateWindow,
    openExtensionPageInWindow,
    inExtension,
    outboundRequests,
    async close() {
      await browser.close().catch(() => undefined);
      proxy.server.close();
      proxy.server.closeAllConnections();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The sidebar frames in a page, found by their documents' own location (BiDi reports about:blank). */
async function findSidebarFrames(page: Page): Promise<Frame[]> {
  const found: Frame[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // A frame being torn down may never answer: don't let it hold the poll.
    const href = await Promise.race([frame.evaluate(() => location.href).catch(() => ''), new Promise<string>((r) => setTimeout(() => r(''), 1000))]);
    if (href.startsWith('moz-extension://') && href.includes('/sidebar.html')) found.push(frame);
  }
  return found;
}

export async function findSidebarFrame(page: Page): Promise<Frame | undefined> {
  return (await findSidebarFrames(page))[0];
}

/**
 * The sidebar's frame once it shows `ready` (summary, article, follow), and by default the article
 * read. Every candidate is checked: a page that throws the host away and puts it back can leave a
 * frame of the old host in the list for a while.
 */
export async function openSidebar(page: Page, options: { ready?: string; analysis?: boolean; timeout?: number } = {}): Promise<Frame> {
  const ready = options.ready ?? 'summary';
  const frame = await waitFor(
    async () => {
      for (const candidate of await findSidebarFrames(page)) {
        if ((await candidate.evaluate(() => document.documentElement.dataset.ready).catch(() => undefined)) === ready) return candidate;
      }
      return undefined;
    },
    `the sidebar (${ready})`,
    options.timeout ?? 15_000,
  );
  if (options.analysis !== false) await waitFor(() => frame.evaluate(() => document.documentElement.dataset.analysis), 'the article analysis', 15_000);
  return frame;
}

/**
 * A real mouse click on an element of the sidebar's frame. Puppeteer's own clicks in a frame ask
 * BiDi for the frame's element with a locator Firefox 140 ESR does not have ("context"), so the
 * point is computed here: the frame fills its host, whose box the page can see.
 */
export async function clickInSidebar(page: Page, frame: Frame, selector: string): Promise<void> {
  const box = await frame.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) return null;
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
  if (!box) throw new Error(`no ${selector} in the sidebar`);
  const host = await page.evaluate(() => {
    const rect = document.querySelector('backstory-sidebar')!.getBoundingClientRect();
    return { x: rect.left, y: rect.top };
  });
  await page.mouse.click(host.x + box.x, host.y + box.y);
}

/** Clicks a field of the sidebar, selects what it holds and types over it with the keyboard. */
export async function typeInSidebar(page: Page, frame: Frame, selector: string, text: string): Promise<void> {
  await clickInSidebar(page, frame, selector);
  await frame.evaluate((s) => (document.querySelector(s) as HTMLInputElement).select(), selector);
  await page.keyboard.type(text);
}

/** Firefox's own services (remote settings and the like), which the profile does not fully silence. */
export function isFirefoxService(request: string): boolean {
  const host = request.replace(/^\S+ /, '').replace(/^https?:\/\//, '').replace(/[:/].*$/, '');
  return /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/.test(host);
}

/** Screenshots of the Firefox run sit beside Chromium's in test-output/, prefixed. */
export function firefoxScreenshot(name: string): `${string}.png` {
  return screenshotPath(`firefox-${name}`) as `${string}.png`;
}
