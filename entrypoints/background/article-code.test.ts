import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ARTICLE_CODE_FILE, injectArticleCode } from './article-code';

// The content script's article part is run by the background in the frame that asked.
const browser = fakeBrowser as unknown as { scripting?: unknown; tabs: { executeScript?: unknown } };

afterEach(() => {
  delete browser.scripting;
  vi.restoreAllMocks();
});

describe('running the article part in a frame', () => {
  it('uses scripting.executeScript where there is one (Chromium MV3): the asking document, else its frame', async () => {
    const executeScript = vi.fn(async () => []);
    browser.scripting = { executeScript };
    await injectArticleCode(7, 3, 'DOC-1');
    await injectArticleCode(7, 0);
    expect(executeScript).toHaveBeenNthCalledWith(1, { target: { tabId: 7, documentIds: ['DOC-1'] }, files: [ARTICLE_CODE_FILE], injectImmediately: true });
    expect(executeScript).toHaveBeenNthCalledWith(2, { target: { tabId: 7, frameIds: [0] }, files: [ARTICLE_CODE_FILE], injectImmediately: true });
  });

  it('uses tabs.executeScript in the frame otherwise (Firefox MV2), and rejects when it cannot', async () => {
    const executeScript = vi.fn(async () => []);
    browser.tabs.executeScript = executeScript;
    await injectArticleCode(9, 4);
    expect(executeScript).toHaveBeenCalledWith(9, { file: ARTICLE_CODE_FILE, frameId: 4 });
    executeScript.mockRejectedValueOnce(new Error('Missing host permission for the tab'));
    await expect(injectArticleCode(9, 4)).rejects.toThrow('Missing host permission');
  });
});

describe("the background's 'article-code' request", () => {
  it('runs the article part in the asking content script frame, and for no extension page', async () => {
    const { useFreshDb } = await import('../../storage/test-db');
    const { createBackgroundService } = await import('./service');
    fakeBrowser.reset();
    useFreshDb();
    const executeScript = vi.fn(async () => []);
    browser.scripting = { executeScript };
    const service = createBackgroundService();
    const self = { id: fakeBrowser.runtime.id };
    const reply = await service.handle({ type: 'article-code' }, { ...self, tab: { id: 5 } as never, frameId: 2, url: 'https://news.example/a' });
    expect(reply).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5, frameIds: [2] }, files: [ARTICLE_CODE_FILE], injectImmediately: true });
    const fromPage = await service.handle({ type: 'article-code' }, { ...self, tab: { id: 5 } as never, frameId: 0, url: `chrome-extension://${self.id}/popup.html` });
    expect(fromPage).toEqual({ ok: false });
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await service.handle({ type: 'article-code' }, { ...self, tab: { id: 5 } as never, frameId: 0, url: 'https://news.example/a' })).toEqual({ ok: false });
    expect(executeScript).toHaveBeenCalledTimes(2);
  }, 60_000); // the first request installs the built-in dossier
});
