import { waitForFirstLook } from './wait-for-load';

// Runs on every page: detection first; everything else happens only for articles (its modules are
// evaluated on first use, see controller.ts), and the sidebar's UI loads (in its own extension
// frame) only where a page matched.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Once the document is parsed and the browser is idle: not in the way of the page's own
  // parsing.
  runAt: 'document_idle',
  // WXT's "started" postMessage would reach every page's message listeners (and tell them an
  // extension is here); its DOM event is enough to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The controller's modules are evaluated only when `import()` runs them, in the main thread's
    // first idle moment (wait-for-load.ts).
    await waitForFirstLook();
    const { startController } = await import('./controller');
    if (ctx.isValid) startController(ctx);
  },
});
