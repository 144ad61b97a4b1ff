import { waitForLoadOrIdle } from './wait-for-load';

// Runs on every page: keep it to detection first; everything else happens only
// for articles, and the sidebar's UI loads (in its own extension frame) only
// where a page matched.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Once the document is parsed and the browser is idle: not in the way of the page's own
  // parsing.
  runAt: 'document_idle',
  // WXT's "started" postMessage would reach every page's message listeners (and tell them an
  // extension is here); its DOM event is enough to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Chromium often injects this before the page's load event. The controller's modules
    // (detection, metadata, matcher) are only evaluated after it, when `import()` runs
    // them: until then this script costs the page almost nothing.
    await waitForLoadOrIdle();
    const { startController } = await import('./controller');
    if (ctx.isValid) startController(ctx);
  },
});
