import { startController } from './controller';

// Runs on every page: keep it to detection first; everything else happens only
// for articles, and the sidebar's UI loads (in its own extension frame) only
// where a page matched.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Once the document is parsed and the browser is idle: not in the way of the page's own
  // parsing. The controller then waits for the page's load before reading anything.
  runAt: 'document_idle',
  // WXT's "started" postMessage would reach every page's message listeners (and tell them an
  // extension is here); its DOM event is enough to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startController(ctx);
  },
});
