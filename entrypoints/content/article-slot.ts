import type { ArticleCode } from './article-code';

// How content.js gets the article part (article-code.ts) on an article, and only there.
//
// It is a script of its own, content-article.js (entrypoints/content-article.ts). On an article the
// controller asks the background (request 'article-code', beside 'page-context'), which runs it in
// the asking frame with scripting.executeScript (Firefox MV2: tabs.executeScript,
// entrypoints/background/article-code.ts): it runs in the content script's own isolated world (the
// content script's sandbox in Firefox) and leaves its code on that world's global under ARTICLE_SLOT,
// where the page cannot see it. This needs host permissions for the sites the content script runs on
// (tried without: Chromium MV3 "Cannot access contents of the page", Firefox MV2 "Missing host
// permission for the tab"): the same sites, so the same install warning.
//
// Tried first, and measured against it: a web-accessible content-article.js imported with
// `import(runtime.getURL(...))` (no background round trip, no new permission; it works under a CSP
// forbidding every script, COEP and CSP sandbox, and leaves no resource-timing entry). But a module is
// compiled afresh on every page, while an injected classic script hits V8's compilation cache of the
// renderer like a manifest content script: the same 69 KB script, two extensions loading the same page
// at the same moment, 13 loads each (busy 2-core machine), main-thread script time per page: imported
// 10.3 ms, injected 6.8 ms (p25 9.3 vs 6.0). In npm run bench the import cost unmatched articles
// +4.1 ms and matched ones +3.0 ms of script time over the previous build (one bundle) in the same
// rounds. Latency from asking to the code having run was about even (Chromium median 63 ms imported
// vs 107 ms injected, p25 53 vs 49; Firefox 157 vs 205 ms), and it overlaps the page-context request.
// Injected, the same bench run still showed article pages paying more script time than with the one
// bundle (unmatched +2.8 ms, matched +4.7 ms; non-articles -0.4 ms and -67 KB of heap), on a machine at
// load 16 on 2 cores: to be measured again on an idle one (why a second script costs more is open).
export const ARTICLE_SLOT = Symbol.for('backstory.article-code');

type Slot = { [ARTICLE_SLOT]?: ArticleCode };

/** Called by content-article.js when it runs: its code, for the controller. */
export function registerArticleCode(code: ArticleCode): void {
  (globalThis as Slot)[ARTICLE_SLOT] = code;
}

/**
 * The article part, loaded on first use (once per document): `inject` asks the background to run
 * content-article.js in this frame and resolves once it has run. Rejects when it could not (the
 * extension was reloaded: this copy of the content script is orphaned); a later call tries again.
 */
export function createArticleLoader(inject: () => Promise<unknown>): () => Promise<ArticleCode> {
  let loading: Promise<ArticleCode> | undefined;
  return () =>
    (loading ??= (async () => {
      const slot = globalThis as Slot;
      if (!slot[ARTICLE_SLOT]) await inject();
      const code = slot[ARTICLE_SLOT];
      if (!code) throw new Error('the article code did not register');
      return code;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
