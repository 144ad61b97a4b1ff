import { describe, expect, it } from 'vitest';
import { flattenNodes, isArticleNode, parseJsonLdText, salvageFields } from './json-ld';

describe('json-ld', () => {
  it('repairs trailing commas, control characters, comments and concatenated objects', () => {
    expect(parseJsonLdText('{"a": 1,}')).toEqual({ a: 1 });
    expect(parseJsonLdText('{"a": "x\ny"}')).toEqual({ a: 'x y' });
    expect(parseJsonLdText('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseJsonLdText('{"a":1}{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });
  it('salvages fields from JSON it cannot parse', () => {
    const n = salvageFields('{"@type":"NewsArticle","headline":"H","datePublished":"2020-01-02","description":"a "b" c"');
    expect(n).toMatchObject({ '@type': 'NewsArticle', headline: 'H', datePublished: '2020-01-02' });
    expect(parseJsonLdText('garbage')).toBeNull();
  });
  it('flattens @graph and arrays and recognises article types', () => {
    const nodes = flattenNodes([{ '@graph': [{ '@type': 'WebSite' }, { '@type': ['schema:NewsArticle'] }] }]);
    expect(nodes.filter(isArticleNode)).toHaveLength(1);
    expect(flattenNodes(null)).toEqual([]);
  });
});
