import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCRIPT_PATH, ARTICLE_SLOT, createArticleLoader, registerArticleCode } from './article-slot';
import type { ArticleCode } from './article-code';

// content.js gets the article part by importing content-article.js, which registers its code on
// ARTICLE_SLOT of the (isolated world's) global. Here the "script" is a data: URL module that does
// what content-article.ts does.
const slot = globalThis as { [ARTICLE_SLOT]?: unknown };
const fakeCode = { snapshot: () => null } as unknown as ArticleCode;
// A new URL each time: a module runs once per URL.
let modules = 0;
const registeringModule = () => `data:text/javascript,globalThis[Symbol.for('backstory.article-code')] = { registered: true }; // ${++modules}`;

afterEach(() => {
  delete slot[ARTICLE_SLOT];
});

describe('the article part of the content script', () => {
  it('is imported once, from the extension URL of content-article.js, and read from the slot it registers on', async () => {
    const asked: string[] = [];
    const load = createArticleLoader((path) => {
      asked.push(path);
      return registeringModule();
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toEqual({ registered: true });
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect(asked).toEqual([ARTICLE_SCRIPT_PATH]);
  });

  it('is not imported again when it already registered (a second copy of the controller in the same world)', async () => {
    registerArticleCode(fakeCode);
    const load = createArticleLoader(() => {
      throw new Error('must not import');
    });
    expect(await load()).toBe(fakeCode);
  });

  it('rejects when the script cannot load or does not register, and tries again on the next call', async () => {
    let calls = 0;
    const load = createArticleLoader(() => {
      calls += 1;
      if (calls === 1) throw new Error('Extension context invalidated.');
      return calls === 2 ? 'data:text/javascript,void 0;' : registeringModule();
    });
    await expect(load()).rejects.toThrow('Extension context invalidated.');
    await expect(load()).rejects.toThrow('did not register');
    expect(await load()).toEqual({ registered: true });
  });
});
