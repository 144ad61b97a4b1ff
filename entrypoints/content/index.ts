import { startController } from './controller';

// Runs on every page: keep it to detection first; everything else happens only
// for articles, and the sidebar's UI loads (in its own extension frame) only
// where a page matched.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  main(ctx) {
    startController(ctx);
  },
});
