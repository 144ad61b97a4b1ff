import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteAllowed, sanitizeSettings } from './settings';

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

describe('privateMode', () => {
  it('is off by default and off for anything but a boolean (a restored backup of an older version, a wrong type)', () => {
    expect(DEFAULT_SETTINGS.privateMode).toBe(false);
    expect(sanitizeSettings({}).privateMode).toBe(false);
    expect(sanitizeSettings({ privateMode: 'true' }).privateMode).toBe(false);
    expect(sanitizeSettings({ privateMode: 1 }).privateMode).toBe(false);
    expect(sanitizeSettings({ privateMode: true }).privateMode).toBe(true);
  });
});
