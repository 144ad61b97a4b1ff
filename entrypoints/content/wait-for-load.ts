// When the content script first looks at the page, and how it gives the main thread back.
//
// Chromium injects document_idle scripts once the document is parsed, often long before `load`
// on pages that wait on the network (ads, images, scripts arriving over seconds). The first look
// is detection, which reads the <head> and a few elements, well under a millisecond: it runs in
// the main thread's first idle moment after injection (at most FIRST_LOOK_MAX_MS later), whether
// or not the page has loaded, so a matched article's sidebar comes with the article and not
// seconds later. Longer steps (reading an article's text, matching) yield between them
// (yieldToPage), so input and the page's own tasks go first.
const FIRST_LOOK_MAX_MS = 100;

interface IdleApi {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  scheduler?: { yield?: () => Promise<void> };
}

/** Resolves in the first idle moment after now (or after FIRST_LOOK_MAX_MS at the latest). */
export function waitForFirstLook(win: IdleApi = globalThis as IdleApi): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: FIRST_LOOK_MAX_MS });
    else setTimeout(resolve, 0);
  });
}

/** Gives the main thread back to the page: scheduler.yield() where there is one, else a new task. */
export function yieldToPage(win: IdleApi = globalThis as IdleApi): Promise<void> {
  const scheduler = win.scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield.call(scheduler);
  return new Promise((resolve) => setTimeout(resolve, 0));
}
