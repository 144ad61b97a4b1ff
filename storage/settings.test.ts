import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteAllowed } from './settings';

describe('isSiteAllowed', () => {
  it('blocks a listed site and its subdomains, not look-alikes', () => {
    const settings = { ...DEFAULT_SETTINGS, blockedSites: ['example.com'] };
    expect(isSiteAllowed('https://example.com/a', settings)).toEqual({ runs: false, reason: 'site-blocked' });
    expect(isSiteAllowed('https://news.example.com/a', settings).runs).toBe(false);
    expect(isSiteAllowed('https://www.example.com/a', settings).runs).toBe(false);
    expect(isSiteAllowed('https://notexample.com/a', settings).runs).toBe(true);
  });

  it('with an allow-list, runs only there', () => {
    const settings = { ...DEFAULT_SETTINGS, allowedSites: ['theguardian.com'] };
    expect(isSiteAllowed('https://www.theguardian.com/world', settings).runs).toBe(true);
    expect(isSiteAllowed('https://example.org/', settings)).toEqual({ runs: false, reason: 'site-not-allowed' });
  });
});
