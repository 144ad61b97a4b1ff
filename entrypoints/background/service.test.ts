import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRequest } from '../../core/messages';
import { useFreshDb } from '../../storage/test-db';
import { getBuiltinDossier, importDossier, installBuiltinDossier, setDossierEnabled, BUILTIN_DOSSIER_ID } from '../../storage/dossiers';
import { updateSettings } from '../../storage/settings';
import { dismissMatch, listDismissals, listHistory } from '../../storage/history';
import { createBackgroundService } from './service';

const self = { id: fakeBrowser.runtime.id };
// The token tab 11's content script mounted its sidebar frame with (see sidebar-mounts.ts).
const FRAME_TOKEN = 'frame-token-0123456789abcdef';

beforeEach(async () => {
  fakeBrowser.reset();
  // APIs WXT's fake browser leaves unimplemented.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockReturnValue(undefined);
  for (const method of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) {
    vi.spyOn(fakeBrowser.action, method).mockResolvedValue(undefined);
  }
  useFreshDb();
  await fakeBrowser.storage.session.set({ sidebarMounts: { 11: { token: FRAME_TOKEN } } });
  await installBuiltinDossier();
});

describe('parseRequest', () => {
  it('accepts the contract and rejects everything else', () => {
    expect(parseRequest({ type: 'page-context', url: 'https://news.example/a' })).not.toBeNull();
    expect(parseRequest({ type: 'page-context' })).toBeNull();
    expect(parseRequest({ type: 'drop-database' })).toBeNull();
    expect(parseRequest('page-context')).toBeNull();
    expect(parseRequest({ type: 'tab-command', command: { command: 'jump', index: -1 } })).toBeNull();
    expect(parseRequest({ type: 'dismiss', dossierId: 'x', scope: 'everything', url: 'https://a.example' })).toBeNull();
  });
});

describe('background service', () => {
  it('gives an article page the compiled matcher of the enabled dossiers, and nothing on a blocked site', async () => {
    const service = createBackgroundService();
    const context = await service.handle({ type: 'page-context', url: 'https://news.example/story' }, self);
    expect(context).toMatchObject({ runs: true, sensitivity: 1, autoOpen: true });
    expect((context as { matcher: { topics: { dossierId: string }[] } }).matcher.topics.some((t) => t.dossierId === BUILTIN_DOSSIER_ID)).toBe(true);

    await updateSettings({ blockedSites: ['news.example'] });
    expect(await service.handle({ type: 'page-context', url: 'https://www.news.example/story' }, self)).toMatchObject({ runs: false, reason: 'site-blocked', matcher: null });

    await updateSettings({ blockedSites: [] });
    await setDossierEnabled(BUILTIN_DOSSIER_ID, false);
    expect(await service.handle({ type: 'page-context', url: 'https://news.example/story' }, self)).toMatchObject({ runs: false, reason: 'no-dossiers' });
  });

  it('records a matched page once per dossier, and nothing when recording is off', async () => {
    const service = createBackgroundService();
    const status = {
      kind: 'matched' as const,
      url: 'https://news.example/story',
      metadata: { title: 'Microsoft cuts off unit', authors: ['Jane Doe'], publisher: 'News', publishedAt: '2025-09-26', modifiedAt: null, language: 'en', dir: 'ltr' as const, canonicalUrl: null, description: null, keywords: [] },
      matches: [
        { dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', label: 'Story', level: 'story' as const, score: 20, evidence: [] },
        { dossierId: BUILTIN_DOSSIER_ID, topicId: 'related', label: 'Related', level: 'related' as const, score: 8, evidence: [] },
      ],
    };
    await service.handle({ type: 'page-status', status }, { ...self, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '●' });
    const rows = await listHistory();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: status.url, topicId: 'story', title: 'Microsoft cuts off unit' });

    await updateSettings({ recordHistory: false });
    await service.handle({ type: 'page-status', status: { ...status, url: 'https://news.example/other' } }, { ...self, tab: { id: 8, index: 0, highlighted: false, active: true, pinned: false, incognito: false } });
    expect(await listHistory()).toHaveLength(1);
  });

  it('records a revisit A → B → A (B unmatched, never reported), but not the same visit reported again', async () => {
    const service = createBackgroundService();
    const sender = { ...self, tab: { id: 9, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
    const matchedA = (visit: string) => ({
      kind: 'matched' as const,
      url: 'https://news.example/a',
      visit,
      matches: [{ dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', label: 'Story', level: 'story' as const, score: 20, evidence: [] }],
    });
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000);
    await service.handle({ type: 'page-status', status: matchedA('first.0') }, sender);
    now.mockReturnValue(2_000);
    await service.handle({ type: 'page-status', status: matchedA('first.0') }, sender); // checked again, same visit
    expect((await listHistory()).map((row) => row.readAt)).toEqual([1_000]);
    now.mockReturnValue(3_000);
    await service.handle({ type: 'page-status', status: matchedA('second.0') }, sender); // back on A after B
    expect((await listHistory()).map((row) => row.readAt)).toEqual([3_000]);
    // The same visit checked again with a story the reader has just followed: that story is recorded.
    await importDossier({ ...getBuiltinDossier(), id: 'followed-now', title: 'Followed now' });
    now.mockReturnValue(4_000);
    const both = matchedA('second.0');
    both.matches.push({ dossierId: 'followed-now', topicId: 'story', label: 'Story', level: 'story' as const, score: 20, evidence: [] });
    await service.handle({ type: 'page-status', status: both }, sender);
    expect(Object.fromEntries((await listHistory()).map((row) => [row.dossierId, row.readAt]))).toEqual({ [BUILTIN_DOSSIER_ID]: 3_000, 'followed-now': 4_000 });
    now.mockRestore();
  });

  it('ignores messages from other extensions and malformed messages', async () => {
    const service = createBackgroundService();
    service.start();
    const fromOther = await fakeBrowser.runtime.onMessage.trigger({ type: 'page-context', url: 'https://a.example' }, { id: 'another-extension' }, () => undefined);
    const malformed = await fakeBrowser.runtime.onMessage.trigger({ type: 'page-context', url: 42 }, self, () => undefined);
    expect(fromOther).toEqual([undefined]);
    expect(malformed).toEqual([undefined]);
    const answered = await fakeBrowser.runtime.onMessage.trigger({ type: 'page-context', url: 'https://a.example' }, self, () => undefined);
    expect(answered[0]).toMatchObject({ runs: true });
  });
});

describe('what a content script may ask', () => {
  const tab = (id: number, incognito = false) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito });
  const matched = (url: string) => ({
    kind: 'matched' as const,
    url,
    metadata: { title: 'T', authors: [], publisher: null, publishedAt: null, modifiedAt: null, language: 'en', dir: 'ltr' as const, canonicalUrl: null, description: null, keywords: [] },
    matches: [{ dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', label: 'Story', level: 'story' as const, score: 20, evidence: [] }],
  });

  it('cannot dismiss, read the sidebar data or snapshot: those are for the extension’s pages', async () => {
    const service = createBackgroundService();
    const contentScript = { ...self, tab: tab(3), url: 'https://news.example/a' };
    await expect(service.handle({ type: 'dismiss', dossierId: BUILTIN_DOSSIER_ID, scope: 'site', url: 'https://other.example/' }, contentScript)).rejects.toThrow(/extension/);
    await expect(service.handle({ type: 'sidebar-data' }, contentScript)).rejects.toThrow(/extension/);
    await expect(service.handle({ type: 'page-snapshot' }, contentScript)).rejects.toThrow(/extension/);
  });

  it('cannot record another site, and private windows and dismissed pages leave no history', async () => {
    const service = createBackgroundService();
    await service.handle({ type: 'page-status', status: matched('https://elsewhere.example/x') }, { ...self, tab: tab(4), url: 'https://news.example/a' });
    await service.handle({ type: 'page-status', status: matched('https://news.example/private') }, { ...self, tab: tab(5, true), url: 'https://news.example/private' });
    await dismissMatch(BUILTIN_DOSSIER_ID, 'page', 'https://news.example/dismissed');
    await service.handle({ type: 'page-status', status: matched('https://news.example/dismissed') }, { ...self, tab: tab(6), url: 'https://news.example/dismissed' });
    expect(await listHistory()).toEqual([]);
    await service.handle({ type: 'page-status', status: matched('https://news.example/ok') }, { ...self, tab: tab(7), url: 'https://news.example/ok' });
    expect((await listHistory()).map((row) => row.url)).toEqual(['https://news.example/ok']);
  });
});

describe('the sidebar frame’s data', () => {
  const matched = (url: string) => ({
    kind: 'matched' as const,
    url,
    sidebar: 'open' as const,
    metadata: { title: 'T', authors: [], publisher: null, publishedAt: null, modifiedAt: null, language: 'en', dir: 'ltr' as const, canonicalUrl: null, description: null, keywords: [] },
    matches: [{ dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', label: 'Story', level: 'story' as const, score: 20, evidence: [] }],
  });
  const tab = { id: 11, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  const frame = { ...self, tab, frameId: 3, url: `chrome-extension://${fakeBrowser.runtime.id}/sidebar.html?t=${FRAME_TOKEN}#0` };

  it('is read when the page matches and served once; later requests see later changes', async () => {
    const service = createBackgroundService();
    await service.handle({ type: 'page-status', status: matched('https://news.example/one') }, { ...self, tab, url: 'https://news.example/one' });
    const first = (await service.handle({ type: 'sidebar-data' }, frame)) as { dossier: { id: string; title: string } | null; tab: { status: { url: string } } };
    expect(first.dossier?.id).toBe(BUILTIN_DOSSIER_ID);
    expect(first.tab.status.url).toBe('https://news.example/one');

    // An edit after the first answer shows on the next request (the prepared copy is used once).
    await importDossier({ ...getBuiltinDossier(), title: 'Edited title' });
    const second = (await service.handle({ type: 'sidebar-data' }, frame)) as { dossier: { title: string } | null };
    expect(second.dossier?.title).toBe('Edited title');
  });

  it('is not read ahead for a sidebar that waits as a tab: opening it later reads it then', async () => {
    const service = createBackgroundService();
    await service.handle({ type: 'page-status', status: { ...matched('https://news.example/tab'), sidebar: 'collapsed' as const } }, { ...self, tab, url: 'https://news.example/tab' });
    await importDossier({ ...getBuiltinDossier(), title: 'Edited before opening' });
    const data = (await service.handle({ type: 'sidebar-data' }, frame)) as { dossier: { title: string } | null };
    expect(data.dossier?.title).toBe('Edited before opening');
  });

  it('is never another page’s: a newer page of the tab gets its own', async () => {
    const service = createBackgroundService();
    await service.handle({ type: 'page-status', status: matched('https://news.example/one') }, { ...self, tab, url: 'https://news.example/one' });
    await service.handle({ type: 'page-status', status: { kind: 'no-match', url: 'https://news.example/two' } }, { ...self, tab, url: 'https://news.example/two' });
    const data = (await service.handle({ type: 'sidebar-data' }, frame)) as { dossier: unknown; tab: { status: { url: string } } };
    expect(data.tab.status.url).toBe('https://news.example/two');
    expect(data.dossier).toBeNull();
  });
});

describe('a sidebar frame Backstory did not mount', () => {
  const tab = { id: 12, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  const contentScript = { ...self, tab, frameId: 0, url: 'https://news.example/one' };
  const sidebarAt = (query: string, frameId = 5) => ({ ...self, tab, frameId, url: `chrome-extension://${fakeBrowser.runtime.id}/sidebar.html${query}#0` });
  const requests = [
    { type: 'sidebar-data' },
    { type: 'page-snapshot' },
    { type: 'dismiss', dossierId: BUILTIN_DOSSIER_ID, scope: 'site', url: 'https://news.example/one' },
    { type: 'tab-command', command: { command: 'close' } },
    { type: 'tab-state', tabId: 11 },
    { type: 'dossier-seen', dossierId: BUILTIN_DOSSIER_ID },
    { type: 'follow-story', dossier: { format: 'backstory/1', id: 'x', title: 'x' } },
  ] as const;

  async function expectRefused(service: ReturnType<typeof createBackgroundService>, sender: object): Promise<void> {
    for (const request of requests) {
      await expect(service.handle(request as never, sender as never), request.type).rejects.toThrow(/not mounted/);
    }
  }

  it('is refused everything, with no token, a guessed token or another tab’s token', async () => {
    const service = createBackgroundService();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await expectRefused(service, sidebarAt(''));
    await expectRefused(service, sidebarAt('?t=00000000000000000000000000000000'));
    await expectRefused(service, sidebarAt(`?t=${FRAME_TOKEN}`)); // tab 11's token, from tab 12
    expect(sent).not.toHaveBeenCalled();
    expect(await listDismissals()).toEqual([]);
  });

  it('serves the frame mounted with the tab’s current token, and no second frame using it', async () => {
    const service = createBackgroundService();
    const token = 'a'.repeat(32);
    await service.handle({ type: 'sidebar-mount', token }, contentScript);
    const data = (await service.handle({ type: 'sidebar-data' }, sidebarAt(`?t=${token}`))) as { uiLanguage: string };
    expect(data.uiLanguage).toBe('auto');
    // A copy framed elsewhere in the page with the same token (a leaked URL) gets nothing.
    await expectRefused(service, sidebarAt(`?t=${token}`, 9));
    // A new mount replaces the old token.
    await service.handle({ type: 'sidebar-mount', token: 'b'.repeat(32) }, contentScript);
    await expectRefused(service, sidebarAt(`?t=${token}`));
  });

  it('cannot register a token itself, nor can a subframe’s content script', async () => {
    const service = createBackgroundService();
    const token = 'c'.repeat(32);
    await expect(service.handle({ type: 'sidebar-mount', token }, sidebarAt(''))).rejects.toThrow(/not mounted/);
    expect(await service.handle({ type: 'sidebar-mount', token }, { ...contentScript, frameId: 2 })).toEqual({ ok: false });
    await expectRefused(service, sidebarAt(`?t=${token}`));
  });
});
