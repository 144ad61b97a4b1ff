import type { ArticleCode } from './article-code';

// How content.js gets the article part (article-code.ts) on an article, and only there.
//
// It is a script of its own, content-article.js (entrypoints/content-article.ts), imported with
// `import(runtime.getURL(...))` from this content script: it runs in the same isolated world (the
// content script's sandbox in Firefox) and leaves its code on that world's global under ARTICLE_SLOT,
// where the page cannot see it. Chosen over the background injecting it
// (scripting.executeScript / tabs.executeScript) because that needs host permissions besides the
// content script's matches (tried: Chromium MV3 "Cannot access contents of the page", Firefox MV2
// "Missing host permission for the tab"), which would let the background (and in Firefox MV2 the
// content script) make cross-origin requests to every site; it also costs a round trip through the
// background. The price of the import is one more web-accessible file: Chromium serves it only at
// the per-session address (use_dynamic_url), Firefox at the per-install random moz-extension://
// address, as sidebar.html already is, so a page can probe for it no more than for sidebar.html; and
// the import leaves no resource-timing entry in the page (checked in both browsers). It also loads
// on pages whose CSP forbids every script, under COEP require-corp and in CSP-sandboxed pages
// (checked in both). And it is no slower: a 69 KB script (this code), from the content script asking to
// the script having run, two extensions loading the same page alternately, 22 loads each, on a busy
// 2-core machine: Chromium median 63 ms imported vs 107 ms injected by the background (p25 53 vs 49),
// Firefox 157 vs 205 ms (p25 115 vs 142). Either way it runs while the background reads the context.
export const ARTICLE_SCRIPT_PATH = '/content-article.js';
export const ARTICLE_SLOT = Symbol.for('backstory.article-code');

type Slot = { [ARTICLE_SLOT]?: ArticleCode };

/** Called by content-article.js when it runs: its code, for the controller. */
export function registerArticleCode(code: ArticleCode): void {
  (globalThis as Slot)[ARTICLE_SLOT] = code;
}

/**
 * The article part, loaded on first use (once per document): `getURL` is the extension's
 * runtime.getURL. Rejects when the script cannot load (the extension was reloaded: this copy of the
 * content script is orphaned); a later call tries again.
 */
export function createArticleLoader(getURL: (path: string) => string): () => Promise<ArticleCode> {
  let loading: Promise<ArticleCode> | undefined;
  return () =>
    (loading ??= (async () => {
      const slot = globalThis as Slot;
      if (!slot[ARTICLE_SLOT]) await import(/* @vite-ignore */ getURL(ARTICLE_SCRIPT_PATH));
      const code = slot[ARTICLE_SLOT];
      if (!code) throw new Error('the article code did not register');
      return code;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
