import { describe, expect, it } from 'vitest';
import { classifyUrl } from './detect-article-url';

describe('classifyUrl', () => {
  it.each([
    ['https://a.example/', 'root'],
    ['https://a.example/en/', 'root'],
    ['https://a.example/suche?query=Hochwasser', 'search'],
    ['https://a.example/buscador/?q=x', 'search'],
    ['https://a.example/topics/climate-crisis', 'listing'],
    ['https://docs.a.example/guide/intro', 'docs'],
    ['https://a.example/2025/10/02/storm', 'dated'],
    ['https://a.example/politik/20251002/gosduma-1947721.html', 'dated'],
    ['https://a.example/world/storm-hits-the-coast-again', 'article'],
    ['https://a.example/news/615163.html', 'article'],
    ['https://headlines.a.example/hl?a=20170309-35097838-cnetj-sci', 'article'],
    ['https://a.example/politique/', 'section'],
    ['https://a.example/hl', 'section'],
    ['not a url', 'none'],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });
});
