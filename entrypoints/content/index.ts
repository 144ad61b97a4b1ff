import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { waitForFirstLook } from './wait-for-load';

// WXT retires an older copy of this script when a newer one starts, by a CustomEvent on the page's
// document named `<extension id>:content:wxt:content-script-started`. The DOM is shared with the
// page and the name is public (a store's extension id; Firefox's fixed add-on id), so a page could
// dispatch it and switch Backstory off on itself (context invalidated: no sidebar, no answers). A
// real newer copy starts only after this copy's extension went away (reloaded or updated): while
// this copy's runtime still has its id, the event is forged, and it is stopped on the window in the
// capture phase, before it reaches WXT's listener on the document. (Set up in main: WXT evaluates
// this module in Node at build time, where there is no window.)
function runtimeAlive(): boolean {
  const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  return Boolean(g.browser?.runtime?.id ?? g.chrome?.runtime?.id);
}
function refuseForgedScriptStarted(): void {
  // WXT's own name for the event (typed private there, public at run time).
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(
    name,
    (event) => {
      if (runtimeAlive()) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

// Runs on every page: detection first; everything else happens only for articles (the article part,
// content-article.js, is not in this script: the background runs it on articles, see article-slot.ts),
// and the sidebar's UI loads (in its own extension frame) only where a page matched.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Once the document is parsed and the browser is idle: not in the way of the page's own
  // parsing.
  runAt: 'document_idle',
  // WXT's "started" postMessage would reach every page's message listeners (and tell them an
  // extension is here); its DOM event is enough to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // First, in the same task as WXT's context (no page event can come between them).
    refuseForgedScriptStarted();
    // The controller's modules are evaluated only when `import()` runs them, in the main thread's
    // first idle moment (wait-for-load.ts).
    await waitForFirstLook();
    const { startController } = await import('./controller');
    if (ctx.isValid) startController(ctx);
  },
});
