// Chromium injects document_idle scripts once the document is parsed, often before `load`.
// The content script waits for the page's own load before it reads anything, so that it
// never delays the page the user is waiting for. A page still loading after LOAD_WAIT_MAX_MS is waiting on the
// network (ads, images): it is read in the main thread's next idle moment instead, and the
// sidebar still comes with the article.
const LOAD_WAIT_MAX_MS = 250;
const IDLE_WAIT_MAX_MS = 500;

/** Resolves after the page's load event, or in the first idle moment after LOAD_WAIT_MAX_MS. */
export function waitForLoadOrIdle(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    let idle = 0;
    const done = () => {
      window.removeEventListener('load', done);
      clearTimeout(timer);
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      // After the load event's own handlers, not inside them.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(done, { timeout: IDLE_WAIT_MAX_MS });
      else done();
    }, LOAD_WAIT_MAX_MS);
    window.addEventListener('load', done);
  });
}
