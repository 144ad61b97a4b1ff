import { hostOf } from '../../core/url';
import browser, { type Runtime } from 'webextension-polyfill';
import { parseRequest, type PageContext, type PageStatus, type Request, type ResponseMap, type SidebarData, type TabState } from '../../core/messages';
import { compileMatcher } from '../../core/match/compile-matcher';
import type { CompiledMatcher } from '../../core/match/types';
import { getDossier, getDossiersRevision, installBuiltinDossier, listEnabledDossiers } from '../../storage/dossiers';
import { dismissMatch, listDismissedDossiers, listHistory, recordVisit } from '../../storage/history';
import { getSettings, getSidebarState, isSiteAllowed, setSidebarState } from '../../storage/settings';
import { sendToTab } from '../../storage/messaging';
import { updateBadge } from './badge';

const TAB_STATES_KEY = 'tabStates';
const PREPARED_TTL_MS = 10_000;

type DossierData = Omit<SidebarData, 'tab'>;
interface PreparedData {
  status: PageStatus;
  dossierId: string;
  at: number;
  data: Promise<DossierData | null>;
}

function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** The background owns the database; everything else asks it through core/messages.ts. */
export function createBackgroundService() {
  let compiled: { revision: number; matcher: CompiledMatcher } | undefined;
  // Per-tab page status, mirrored in storage.session so a restarted service worker still knows it.
  const tabStates = new Map<number, PageStatus>();
  let restored: Promise<void> | undefined;
  const badgeUpdates = new Map<number, Promise<void>>();
  // A matched page's sidebar frame asks for its dossier a few tens of milliseconds after the
  // page reports the match: reading it then, not when asked, takes the database off the
  // sidebar's first paint. Used once, and only for the same page and dossier.
  const prepared = new Map<number, PreparedData>();

  function restoreTabStates(): Promise<void> {
    restored ??= (async () => {
      try {
        const saved = (await browser.storage.session.get(TAB_STATES_KEY))[TAB_STATES_KEY] as Record<string, PageStatus> | undefined;
        for (const [id, status] of Object.entries(saved ?? {})) if (!tabStates.has(Number(id))) tabStates.set(Number(id), status);
      } catch {
        // storage.session is missing in old browsers: the map alone still works while the worker lives.
      }
    })();
    return restored;
  }

  async function saveTabStates(): Promise<void> {
    try {
      await browser.storage.session.set({ [TAB_STATES_KEY]: Object.fromEntries(tabStates) });
    } catch {
      /* see restoreTabStates */
    }
  }

  async function loadDossierData(dossierId: string): Promise<DossierData> {
    const [row, history, settings] = await Promise.all([getDossier(dossierId), listHistory({ dossierId, limit: 50 }), getSettings()]);
    return {
      dossier: row?.dossier ?? null,
      history: history.map(({ url, title, publisher, publishedAt, readAt, language }) => ({ url, title, publisher, publishedAt, readAt, language })),
      uiLanguage: settings.uiLanguage,
    };
  }

  function prepareSidebarData(tabId: number, status: PageStatus): void {
    // Only for a sidebar that opens now; a tab at the page's edge may never be opened.
    const dossierId = status.kind === 'matched' && status.sidebar === 'open' ? status.matches?.[0]?.dossierId : undefined;
    if (!dossierId) {
      prepared.delete(tabId);
      return;
    }
    // A failed read is retried when the frame asks; it never rejects unobserved.
    prepared.set(tabId, { status, dossierId, at: Date.now(), data: loadDossierData(dossierId).catch(() => null) });
  }

  /** The data prepared for the tab's current page, if it is still that page and that dossier; once. */
  function takePreparedSidebarData(tabId: number | undefined, dossierId: string | undefined): PreparedData | null {
    if (tabId === undefined) return null;
    const entry = prepared.get(tabId);
    prepared.delete(tabId);
    if (!entry || Date.now() - entry.at > PREPARED_TTL_MS) return null;
    if (tabStates.get(tabId) !== entry.status) return null; // the tab has reported a newer page since
    if (dossierId && dossierId !== entry.dossierId) return null; // the reader picked another dossier
    return entry;
  }

  async function getMatcher(): Promise<{ revision: number; matcher: CompiledMatcher | null }> {
    const revision = await getDossiersRevision();
    if (compiled?.revision !== revision) {
      const dossiers = await listEnabledDossiers();
      if (dossiers.length === 0) return { revision, matcher: null };
      compiled = { revision, matcher: compileMatcher(dossiers) };
    }
    return compiled;
  }

  async function getPageContext(url: string): Promise<PageContext> {
    const settings = await getSettings();
    const verdict = isSiteAllowed(url, settings);
    const base = { revision: 0, sensitivity: settings.sensitivity, autoOpen: settings.autoOpen, uiLanguage: settings.uiLanguage };
    if (!verdict.runs) return { ...base, runs: false, reason: verdict.reason, matcher: null, dismissed: [], sidebarState: null };
    const [{ revision, matcher }, dismissed, sidebarState] = await Promise.all([
      getMatcher(),
      listDismissedDossiers(url),
      getSidebarState(hostOf(url) ?? ''),
    ]);
    if (!matcher) return { ...base, runs: false, reason: 'no-dossiers', matcher: null, revision, dismissed, sidebarState: null };
    return { ...base, runs: true, matcher, revision, dismissed, sidebarState: sidebarState ?? null };
  }

  async function onPageStatus(tabId: number | undefined, status: PageStatus, isPrivate: boolean): Promise<void> {
    if (tabId === undefined) return;
    await restoreTabStates();
    const previous = tabStates.get(tabId);
    tabStates.set(tabId, status);
    prepareSidebarData(tabId, status);
    await saveTabStates();
    // One badge update at a time per tab, so text, colour and tooltip always belong together.
    const badge = (badgeUpdates.get(tabId) ?? Promise.resolve()).then(() => updateBadge(tabId, status));
    badgeUpdates.set(tabId, badge);
    await badge;
    if (status.kind !== 'matched' || !status.matches?.length) return;
    if (previous?.kind === 'matched' && previous.url === status.url) return; // the same page reported again
    const settings = await getSettings();
    // Private windows leave no history; nor does a page the user has since said is not about the story.
    if (!settings.recordHistory || isPrivate) return;
    const dismissed = await listDismissedDossiers(status.url);
    // One history row per dossier: its best topic.
    const seen = new Set<string>();
    for (const match of status.matches) {
      // A sidebar the user opened "anyway" (no topic matched) is not a page read on the story.
      if (!match.topicId || seen.has(match.dossierId) || dismissed.includes(match.dossierId)) continue;
      seen.add(match.dossierId);
      await recordVisit({
        url: status.url,
        dossierId: match.dossierId,
        topicId: match.topicId,
        level: match.level,
        score: match.score,
        title: status.metadata?.title ?? null,
        publisher: status.metadata?.publisher ?? null,
        authors: status.metadata?.authors ?? [],
        publishedAt: status.metadata?.publishedAt ?? null,
        language: status.metadata?.language ?? null,
        readAt: Date.now(),
      });
    }
  }

  async function getTabState(tabId: number): Promise<TabState> {
    await restoreTabStates();
    // The content script is the truth about the page it runs in; the map is a fallback.
    const live = await sendToTab(tabId, { type: 'cs-status' });
    if (live) {
      tabStates.set(tabId, live);
      return { tabId, status: live, reachable: true };
    }
    return { tabId, status: tabStates.get(tabId) ?? null, reachable: false };
  }

  async function handle(request: Request, sender: Runtime.MessageSender): Promise<ResponseMap[Request['type']]> {
    const senderTabId = sender.tab?.id;
    // Content scripts live in web pages, so they only ever speak for their own tab and page;
    // choosing another tab, dismissing, or reading history is for the extension's own pages.
    const fromExtensionPage = isExtensionPage(sender);
    const requireExtensionPage = () => {
      if (!fromExtensionPage) throw new Error(`${request.type} is only accepted from the extension's pages`);
    };
    switch (request.type) {
      case 'page-context':
        return getPageContext(request.url);
      case 'page-status': {
        const status = request.status as PageStatus;
        const pageUrl = sender.url ?? sender.tab?.url;
        if (fromExtensionPage || (sender.frameId ?? 0) !== 0) return { ok: true };
        if (pageUrl && hostOf(pageUrl) !== hostOf(status.url)) return { ok: true };
        await onPageStatus(senderTabId, status, sender.tab?.incognito === true);
        return { ok: true };
      }
      case 'dismiss':
        requireExtensionPage();
        await dismissMatch(request.dossierId, request.scope, request.url);
        return { ok: true };
      case 'sidebar-state': {
        const url = sender.tab?.url ?? sender.url;
        if (url) await setSidebarState(hostOf(url) ?? '', request.state);
        return { ok: true };
      }
      case 'tab-state': {
        const tabId = fromExtensionPage ? request.tabId ?? senderTabId : senderTabId;
        if (tabId === undefined) return { tabId: -1, status: null, reachable: false };
        return getTabState(tabId);
      }
      case 'page-snapshot':
        requireExtensionPage();
        if (senderTabId === undefined) return null;
        return (await sendToTab(senderTabId, { type: 'cs-snapshot' })) ?? null;
      case 'tab-command': {
        const tabId = fromExtensionPage ? request.tabId ?? senderTabId : senderTabId;
        if (tabId === undefined) return { ok: false };
        const reply = await sendToTab(tabId, { type: 'cs-command', command: request.command });
        return { ok: reply?.ok ?? false };
      }
      case 'sidebar-data': {
        requireExtensionPage();
        const early = takePreparedSidebarData(senderTabId, request.dossierId);
        // The frame of a page that has just reported its match: that report is the tab's state,
        // without another round trip to the content script.
        const tab: TabState =
          senderTabId === undefined
            ? { tabId: -1, status: null, reachable: false }
            : early
              ? { tabId: senderTabId, status: early.status, reachable: true }
              : await getTabState(senderTabId);
        const dossierId = request.dossierId ?? (tab.status?.kind === 'matched' ? tab.status.matches?.[0]?.dossierId : undefined);
        if (!dossierId) return { tab, dossier: null, history: [], uiLanguage: (await getSettings()).uiLanguage };
        return { tab, ...((await early?.data) ?? (await loadDossierData(dossierId))) };
      }
    }
  }

  return {
    start() {
      browser.runtime.onInstalled.addListener(async () => {
        await installBuiltinDossier().catch((error) => console.error('Backstory: could not load the built-in dossier', error));
      });
      browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
        // Only this extension's own contexts may talk to the background.
        if (sender.id !== browser.runtime.id) return undefined;
        const request = parseRequest(message);
        if (!request) return undefined;
        return handle(request, sender);
      });
      browser.commands?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
        if (command !== 'toggle-sidebar') return;
        const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (tabId !== undefined) await sendToTab(tabId, { type: 'cs-command', command: { command: 'toggle' } });
      });
      browser.tabs.onRemoved.addListener(async (tabId: number) => {
        await restoreTabStates();
        badgeUpdates.delete(tabId);
        prepared.delete(tabId);
        if (tabStates.delete(tabId)) await saveTabStates();
      });
    },
    // For tests.
    handle,
  };
}


