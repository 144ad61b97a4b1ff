import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_SLOT, createArticleLoader, registerArticleCode } from './article-slot';
import type { ArticleCode } from './article-code';

// content.js gets the article part by asking the background to run content-article.js in its frame,
// which registers its code on ARTICLE_SLOT of the (isolated world's) global. Here "running it" is
// what content-article.ts does.
const slot = globalThis as { [ARTICLE_SLOT]?: unknown };
const fakeCode = { snapshot: () => null } as unknown as ArticleCode;

afterEach(() => {
  delete slot[ARTICLE_SLOT];
});

describe('the article part of the content script', () => {
  it('is asked for once, and read from the slot it registers on once it has run', async () => {
    let asked = 0;
    const load = createArticleLoader(async () => {
      asked += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      registerArticleCode(fakeCode);
      return { ok: true };
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(fakeCode);
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect(asked).toBe(1);
  });

  it('is not asked for when it already registered (a second copy of the controller in the same world)', async () => {
    registerArticleCode(fakeCode);
    const load = createArticleLoader(() => Promise.reject(new Error('must not ask')));
    expect(await load()).toBe(fakeCode);
  });

  it('rejects when it cannot run or does not register, and is asked for again on the next call', async () => {
    let calls = 0;
    const load = createArticleLoader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Extension context invalidated.');
      if (calls === 2) return { ok: false }; // the background could not inject it
      registerArticleCode(fakeCode);
      return { ok: true };
    });
    await expect(load()).rejects.toThrow('Extension context invalidated.');
    await expect(load()).rejects.toThrow('did not register');
    expect(await load()).toBe(fakeCode);
  });
});
