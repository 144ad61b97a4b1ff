import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../../storage/test-db';
import { BUILTIN_DOSSIER_ID, installBuiltinDossier, setDossierEnabled } from '../../storage/dossiers';
import { getSettings, updateSettings } from '../../storage/settings';
import { listDismissals } from '../../storage/history';
import { createMemorySidePanel, setSidePanelForTesting } from '../../storage/side-panel';
import { createBackgroundService } from './service';
import { isSidePanel } from './sidebar-mounts';

// Private mode (issue 13 item 3): every page context says `quiet`, and the browser's side panel
// (sidebar.html?panel=1 outside any tab) is served for the tab it names; the same URL inside a tab is not.

const self = { id: fakeBrowser.runtime.id };
const PANEL_URL = `chrome-extension://${fakeBrowser.runtime.id}/sidebar.html?panel=1`;
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const panel = { ...self, url: PANEL_URL };
const matched = (url: string) => ({
  kind: 'matched' as const,
  url,
  sidebar: 'closed' as const,
  metadata: { title: 'T', authors: [], publisher: null, publishedAt: null, modifiedAt: null, language: 'en', dir: 'ltr' as const, canonicalUrl: null, description: null, keywords: [] },
  matches: [{ dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', label: 'Story', level: 'story' as const, score: 20, evidence: [] }],
});

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  for (const method of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) {
    vi.spyOn(fakeBrowser.action, method).mockResolvedValue(undefined);
  }
  useFreshDb();
  setSidePanelForTesting(undefined);
  await installBuiltinDossier();
});

describe('the privateMode setting', () => {
  it('is off by default, kept when set, and a stored non-boolean reads as off', async () => {
    expect((await getSettings()).privateMode).toBe(false);
    expect((await updateSettings({ privateMode: true })).privateMode).toBe(true);
    expect((await getSettings()).privateMode).toBe(true);
    expect((await updateSettings({ privateMode: 'yes' as unknown as boolean })).privateMode).toBe(false);
  });
});

describe('the page context in private mode', () => {
  it('says quiet in every reply: a running page, a blocked site, no dossiers; and not quiet when off', async () => {
    const service = createBackgroundService();
    const ask = (url: string) => service.handle({ type: 'page-context', url }, { ...self, tab: tab(3), url });
    expect(await ask('https://news.example/a')).toMatchObject({ runs: true, quiet: false });

    await updateSettings({ privateMode: true });
    expect(await ask('https://news.example/a')).toMatchObject({ runs: true, quiet: true });
    await updateSettings({ blockedSites: ['news.example'] });
    expect(await ask('https://news.example/a')).toMatchObject({ runs: false, reason: 'site-blocked', quiet: true });
    await updateSettings({ blockedSites: [] });
    await setDossierEnabled(BUILTIN_DOSSIER_ID, false);
    expect(await ask('https://news.example/a')).toMatchObject({ runs: false, reason: 'no-dossiers', quiet: true });

    await updateSettings({ privateMode: false });
    expect(await ask('https://news.example/a')).toMatchObject({ quiet: false });
  });
});

describe('the side panel', () => {
  it('is the sidebar page in panel mode outside any tab, and nothing else', () => {
    expect(isSidePanel(panel)).toBe(true);
    expect(isSidePanel({ ...panel, tab: tab(4), frameId: 0 })).toBe(false); // opened as a tab
    expect(isSidePanel({ ...panel, tab: tab(4), frameId: 7 })).toBe(false); // framed by a page
    expect(isSidePanel({ ...self, url: `chrome-extension://${self.id}/sidebar.html?t=abc` })).toBe(false);
    expect(isSidePanel({ ...self, url: `chrome-extension://${self.id}/popup.html?panel=1` })).toBe(false);
  });

  it('is served the tab it names: its state, dossier and snapshot', async () => {
    const service = createBackgroundService();
    await service.handle({ type: 'page-status', status: matched('https://news.example/one') }, { ...self, tab: tab(21), url: 'https://news.example/one' });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string }) =>
      message.type === 'cs-status' ? matched('https://news.example/one') : message.type === 'cs-snapshot' ? { url: 'https://news.example/one', html: '<p>x</p>', truncated: false } : { ok: true }) as never);
    const data = (await service.handle({ type: 'sidebar-data', tabId: 21 }, panel)) as { tab: { tabId: number }; dossier: { id: string } | null };
    expect(data.tab.tabId).toBe(21);
    expect(data.dossier?.id).toBe(BUILTIN_DOSSIER_ID);
    expect(await service.handle({ type: 'page-snapshot', tabId: 21 }, panel)).toMatchObject({ html: '<p>x</p>' });
    expect(sent).toHaveBeenCalledWith(21, { type: 'cs-snapshot' }, { frameId: 0 });
    // Without a tab named, it is told there is none.
    expect(((await service.handle({ type: 'sidebar-data' }, panel)) as { tab: { tabId: number } }).tab.tabId).toBe(-1);
  });

  it('inside a tab (a page frames or opens sidebar.html?panel=1) is refused everything', async () => {
    const service = createBackgroundService();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const requests = [
      { type: 'sidebar-data', tabId: 21 },
      { type: 'page-snapshot', tabId: 21 },
      { type: 'tab-command', tabId: 21, command: { command: 'recheck' } },
      { type: 'tab-state', tabId: 21 },
      { type: 'dismiss', dossierId: BUILTIN_DOSSIER_ID, scope: 'site', url: 'https://news.example/one' },
      { type: 'dossier-seen', dossierId: BUILTIN_DOSSIER_ID },
      { type: 'follow-story', dossier: { format: 'backstory/1', id: 'x', title: 'x' }, tabId: 21 },
    ] as const;
    for (const sender of [{ ...panel, tab: tab(30), frameId: 4 }, { ...panel, tab: tab(30), frameId: 0 }, { ...panel, url: `${PANEL_URL}&t=${'a'.repeat(32)}`, tab: tab(30), frameId: 4 }]) {
      for (const request of requests) await expect(service.handle(request as never, sender as never), request.type).rejects.toThrow(/side panel inside a tab/);
    }
    expect(sent).not.toHaveBeenCalled();
    expect(await listDismissals()).toEqual([]);
  });

  it('a framed sidebar (in a tab) still speaks only for its own tab, whatever tab it names', async () => {
    const service = createBackgroundService();
    const token = 'd'.repeat(32);
    await service.handle({ type: 'sidebar-mount', token }, { ...self, tab: tab(40), frameId: 0, url: 'https://news.example/one' });
    const frame = { ...self, tab: tab(40), frameId: 6, url: `chrome-extension://${self.id}/sidebar.html?t=${token}#0` };
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(null as never);
    await service.handle({ type: 'page-snapshot', tabId: 41 }, frame);
    expect(sent).toHaveBeenCalledWith(40, { type: 'cs-snapshot' }, { frameId: 0 });
    expect(sent).not.toHaveBeenCalledWith(41, expect.anything(), expect.anything());
  });
});

describe('opening the sidebar in private mode', () => {
  it('opens the side panel for the tab once the setting is known, and nothing when private mode is off', async () => {
    const fake = createMemorySidePanel();
    setSidePanelForTesting(fake);
    const service = createBackgroundService();
    // Not read yet (a worker that just woke): read, then tried.
    expect(await service.openInPanel(5)).toBe(false);
    expect(fake.opened).toEqual([]);
    await updateSettings({ privateMode: true });
    await service.handle({ type: 'page-context', url: 'https://news.example/a' }, { ...self, tab: tab(5), url: 'https://news.example/a' });
    // Known: opened synchronously, in the gesture's own call.
    expect(service.openInPanel(5)).toBe(true);
    expect(fake.opened).toEqual([5]);
    await updateSettings({ privateMode: false });
    await service.handle({ type: 'page-context', url: 'https://news.example/a' }, { ...self, tab: tab(5), url: 'https://news.example/a' });
    expect(service.openInPanel(5)).toBe(false);
    expect(fake.opened).toEqual([5]);
  });

  it('tells the open side panels when a tab reports its status', async () => {
    const service = createBackgroundService();
    const posted: unknown[] = [];
    service.panels.add({ postMessage: (message: unknown) => posted.push(message) } as never);
    await service.handle({ type: 'page-status', status: matched('https://news.example/one') }, { ...self, tab: tab(22), url: 'https://news.example/one' });
    expect(posted).toEqual([{ type: 'tab-status', tabId: 22 }]);
  });
});
