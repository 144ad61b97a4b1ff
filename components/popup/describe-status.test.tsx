import { describe, expect, it } from 'vitest';
import { describeTabState } from './describe-status';
import { parseTabParam } from './tab-target';

const url = 'https://news.example/a';

describe('describeTabState', () => {
  it('waits while there is no answer yet', () => {
    expect(describeTabState(undefined)).toEqual({ kind: 'loading' });
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'pending', url } })).toEqual({ kind: 'pending' });
  });
  it('says when the page cannot be reached', () => {
    expect(describeTabState({ tabId: 1, reachable: false, status: null })).toMatchObject({ messageKey: 'popupUnreachable', canRun: false });
  });
  it('gives the reason a page did not match', () => {
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'not-article', url } })).toMatchObject({ messageKey: 'popupNotArticle' });
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'no-match', url } })).toMatchObject({ messageKey: 'popupNoMatch' });
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'no-match', url, reason: 'no-dossiers' } })).toMatchObject({ messageKey: 'popupNoDossiers' });
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'site-off', url, reason: 'site-blocked' } })).toMatchObject({ messageKey: 'popupSiteBlocked', canRun: false });
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'site-off', url, reason: 'site-not-allowed' } })).toMatchObject({ messageKey: 'popupSiteNotAllowed' });
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'dismissed', url } })).toMatchObject({ messageKey: 'popupDismissed' });
  });
  it('treats a match without matches as no match', () => {
    expect(describeTabState({ tabId: 1, reachable: true, status: { kind: 'matched', url, matches: [] } })).toMatchObject({ messageKey: 'popupNoMatch' });
  });
});

describe('parseTabParam', () => {
  it('reads a tab id and ignores anything else', () => {
    expect(parseTabParam('?tab=42')).toBe(42);
    expect(parseTabParam('?tab=abc')).toBeUndefined();
    expect(parseTabParam('?tab=-1')).toBeUndefined();
    expect(parseTabParam('')).toBeUndefined();
  });
});
