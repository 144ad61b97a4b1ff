import { expect } from 'vitest';

// What a reader sees, read and checked the same way in Chromium (Playwright) and Firefox
// (Puppeteer over WebDriver BiDi): both drivers' pages and frames evaluate a function with one
// argument in the document, which is all these helpers ask of them. The fixtures they check are
// the shared pages in tests/e2e/pages/.

/** A page or frame of either driver (their own signatures differ too much to share a generic one). */
export interface Evaluates {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg: any): Promise<any>;
}

/** Runs `fn` in the page or frame, typed by `fn`. */
function run<R, A>(target: Evaluates, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return target.evaluate(fn, arg) as Promise<R>;
}

/** Polls until `read` returns a truthy value (usable in hooks, unlike expect.poll). */
export async function waitFor<T>(read: () => Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function countHosts(page: Evaluates): Promise<number> {
  return run(page, () => document.querySelectorAll('backstory-sidebar').length, null);
}

export function readSection(frame: Evaluates, name: string): Promise<string> {
  return run(frame, (n) => (document.querySelector(`[data-section="${n}"]`) as HTMLElement | null)?.innerText ?? '', name);
}

/** Where the sidebar sits against the article and the viewport. */
export function readLayout(page: Evaluates): Promise<{ hostLeft: number; hostWidth: number; articleRight: number; viewport: number }> {
  return run(page, () => {
    const host = document.querySelector('backstory-sidebar')!.getBoundingClientRect();
    const article = document.querySelector('article')!.getBoundingClientRect();
    // clientWidth, not innerWidth: Firefox's classic scrollbar takes room the fixed sidebar does not.
    return { hostLeft: host.left, hostWidth: host.width, articleRight: article.right, viewport: document.documentElement.clientWidth };
  }, null);
}

/** The sidebar sits at the right edge, beside the article, not over it (a wide LTR window). */
export async function expectBesideArticle(page: Evaluates): Promise<void> {
  const layout = await readLayout(page);
  expect(layout.hostWidth).toBeGreaterThan(300);
  expect(layout.hostLeft + layout.hostWidth).toBe(layout.viewport);
  expect(layout.articleRight).toBeLessThanOrEqual(layout.hostLeft);
}

/** The built-in story on en-story.html: header, summary, timeline, sources and this article. */
export async function expectStorySidebar(frame: Evaluates): Promise<void> {
  const header = await run(frame, () => (document.querySelector('header') as HTMLElement).innerText, null);
  expect(header).toContain('Microsoft cuts Unit 8200 off');
  expect(header).toMatch(/Unit 8200/); // why it matched
  expect(header).toContain('The Harbor Ledger');
  expect(header).toContain('Dana Whitfield');

  const summary = await readSection(frame, 'summary');
  expect(summary).toContain('Brad Smith');
  expect(summary).toMatch(/Who is who/i);
  expect(summary).toMatch(/Disputed or unknown/i);

  const timeline = await readSection(frame, 'timeline');
  expect(timeline).toContain('2021');
  expect(timeline).toContain('late September 2025');
  expect(timeline).toMatch(/You are here/i);

  const citations = await run(frame, 
    () =>
      [...document.querySelectorAll('[data-section="citations"] .bs-source')].map((li) => ({
        text: (li as HTMLElement).innerText,
        links: [...li.querySelectorAll('a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
      })),
    null,
  );
  expect(citations.length).toBeGreaterThanOrEqual(4);
  expect(citations.map((c) => c.text).join('\n')).toContain('Khaberni');
  for (const link of citations.flatMap((c) => c.links)) {
    expect(link.href).toMatch(/^https?:/);
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  }

  const article = await readSection(frame, 'this-article');
  expect(await run(frame, () => document.documentElement.dataset.analysis, null)).toBe('ready');
  expect(article).toMatch(/What it says|Quotes/);
  expect(article).toContain('Sources it cites');
  expect(article.length).toBeGreaterThan(200);
}

/** ar-story.html with the UI in English: the sidebar on the left, the article's content right-to-left. */
export async function expectArabicArticle(page: Evaluates, frame: Evaluates): Promise<void> {
  const side = await run(page, () => document.querySelector('backstory-sidebar')!.getBoundingClientRect().left, null);
  expect(side).toBe(0); // RTL pages get the sidebar on their left
  // The article was read (not 'failed'): the right-to-left checks below are about its content.
  expect(await run(frame, () => document.documentElement.dataset.analysis, null)).toBe('ready');
  const dirs = await run(frame, 
    () => ({
      articleLine: document.querySelector('.bs-article-line')?.getAttribute('dir'),
      articleContent: [...document.querySelectorAll('[data-section="this-article"] [dir]')].map((el) => el.getAttribute('dir')),
      summary: document.querySelector('.bs-headline')?.getAttribute('dir'),
    }),
    null,
  );
  expect(dirs.articleLine).toBe('rtl');
  expect(dirs.articleContent.length).toBeGreaterThan(0);
  expect(dirs.articleContent.every((dir) => dir === 'rtl' || dir === 'auto')).toBe(true);
  expect(dirs.summary).toBe('ltr'); // the dossier is in English
  for (const name of ['summary', 'this-article', 'timeline', 'citations']) expect((await readSection(frame, name)).length).toBeGreaterThan(40);
  expect(await readSection(frame, 'this-article')).toMatch(/[\u0600-\u06ff]/);
}

/** The same page with the UI in Arabic: the frame is right-to-left and speaks Arabic. */
export async function expectArabicUi(frame: Evaluates): Promise<void> {
  expect(await run(frame, () => [document.documentElement.dir, document.documentElement.lang], null)).toEqual(['rtl', 'ar']);
  expect(await readSection(frame, 'summary')).toContain('الملخّص');
  expect(await readSection(frame, 'timeline')).toContain('أواخر');
}

// The functions below run in the extension's own origin (Chromium's service worker, a Firefox
// extension page), where its IndexedDB lives: they are passed to `evaluate`, not called in Node.

/** Rows of one table of the extension's database ([] before it exists). */
export function readTableInExtension(table: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(table).objectStore(table).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Sets the interface language in the stored settings ('auto' follows the browser). */
export function setUiLanguageInExtension(language: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('settings', 'readwrite').objectStore('settings');
      const get = store.get('settings');
      get.onsuccess = () => {
        const value = { ...(get.result?.value ?? {}), uiLanguage: language };
        store.put({ key: 'settings', value }).onsuccess = () => resolve();
      };
      get.onerror = () => reject(get.error);
    };
  });
}
