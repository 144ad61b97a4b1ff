import browser from 'webextension-polyfill';

// The article part of the content script (content-article.js, entrypoints/content-article.ts), run
// in the frame of a content script that found an article, in that content script's isolated world
// (entrypoints/content/article-slot.ts says why it is injected and not imported).
export const ARTICLE_CODE_FILE = '/content-article.js';

interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds?: number[]; documentIds?: string[] }; files: string[]; injectImmediately?: boolean }): Promise<unknown>;
}

/** Resolves once the script has run in the frame (or rejects: the frame went away, no permission). */
export async function injectArticleCode(tabId: number, frameId: number, documentId?: string): Promise<void> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (scripting) {
    // Chromium (MV3): the document that asked, when the browser names it (a frame that navigated since gets nothing).
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await scripting.executeScript({ target, files: [ARTICLE_CODE_FILE], injectImmediately: true });
  } else {
    // Firefox (MV2).
    await browser.tabs.executeScript(tabId, { file: ARTICLE_CODE_FILE, frameId });
  }
}
