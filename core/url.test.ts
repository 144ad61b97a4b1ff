import { describe, expect, it } from 'vitest';
import { hostOf, isHttpUrl, stripHash } from './url';

describe('url helpers', () => {
  it('accepts only http(s) links', () => {
    expect(isHttpUrl('https://example.org/a')).toBe(true);
    expect(isHttpUrl('HTTP://EXAMPLE.ORG')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'example.org', '', null, 42]) {
      expect(isHttpUrl(bad)).toBe(false);
    }
  });
  it('names the site without www, or null', () => {
    expect(hostOf('https://WWW.Example.org/x?y')).toBe('example.org');
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(undefined)).toBeNull();
  });
  it('drops the fragment only', () => {
    expect(stripHash('https://a.example/p?q=1#top')).toBe('https://a.example/p?q=1');
    expect(stripHash('https://a.example/p')).toBe('https://a.example/p');
  });
});
