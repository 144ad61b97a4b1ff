import { hostOf } from '../../core/url';
import browser, { type Runtime } from 'webextension-polyfill';
import { parseRequest, type DossierState, type FollowNotice, type FollowReply, type PageContext, type PageStatus, type Request, type ResponseMap, type SidebarCommand, type SidebarData, type TabState } from '../../core/messages';
import type { DraftResult } from '../../core/follow/types';
import { compileMatcher } from '../../core/match/compile-matcher';
import type { CompiledMatcher } from '../../core/match/types';
import { getDossier, getDossiersRevision, listDossiers, listEnabledDossiers } from '../../storage/dossiers';
import { BUILTIN_INSTALL_KEY } from '../../storage/builtin-install';
import { dismissMatch, listDismissedDossiers, listHistory, recordVisit } from '../../storage/history';
import { getSettings, getSidebarState, isSiteAllowed, setSidebarState } from '../../storage/settings';
import { sendToTab } from '../../storage/messaging';
import { markDossierSeen, mergeIntoDossier, saveFollowedDossier, type FollowFailure } from '../../storage/follow';
import { updateBadge } from './badge';
import { applyMenuLanguage, createMenus, MENU_FOLLOW, MENU_OPEN } from './menus';
import { createBuiltinInstaller } from './builtin';
import { createSidebarMounts, isPanelRequest, isSidebarFrame, isSidePanel } from './sidebar-mounts';
import { injectArticleCode } from './article-code';
import { getSidePanel, PANEL_PORT, type PanelNotice } from '../../storage/side-panel';
import { observeQuery } from '../../storage/live';

const TAB_STATES_KEY = 'tabStates';
const PREPARED_TTL_MS = 10_000;
// A dossier sent to be followed is a whole file: the same bound as an import.
const MAX_FOLLOW_CHARS = 5 * 1024 * 1024;

type DossierData = Omit<SidebarData, 'tab'>;
interface PreparedData {
  status: PageStatus;
  dossierId: string;
  at: number;
  data: Promise<DossierData | null>;
}

// The sender is already known to be this extension (its id is checked): its content scripts run
// only in http(s) pages, so an extension URL is one of its pages. Not a prefix of getURL('/'):
// with `use_dynamic_url` the framed sidebar's origin is a per-session id, not the extension's.
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:', 'extension:']);
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  try {
    return EXTENSION_SCHEMES.has(new URL(sender.url ?? '').protocol);
  } catch {
    return false;
  }
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
  const mounts = createSidebarMounts();
  const builtin = createBuiltinInstaller();
  // Private mode, known synchronously: the side panel opens only in the reader's gesture's own
  // handler (a menu click, a key), before anything is awaited. Read at start, kept live, and again
  // with every page's context; undefined until first read (the worker just woke for that gesture).
  let privateMode: boolean | undefined;
  // The side panels open now (their ports): told when a tab's page reports its status.
  const panels = new Set<Runtime.Port>();

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

  // What the reader's last follow action on a tab did, for the frame that loads after it (once).
  const notices = new Map<number, FollowNotice>();

  async function loadDossierData(dossierId: string): Promise<DossierData> {
    const [row, history, settings] = await Promise.all([getDossier(dossierId), listHistory({ dossierId, limit: 50 }), getSettings()]);
    const dossierState: DossierState | undefined = row ? { origin: row.origin, autoAdd: row.autoAdd === true, lastSeenAt: row.lastSeenAt ?? null } : undefined;
    return {
      dossier: row?.dossier ?? null,
      ...(dossierState ? { dossierState } : {}),
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
    privateMode = settings.privateMode;
    applyMenuLanguage(settings.uiLanguage);
    const verdict = isSiteAllowed(url, settings);
    // quiet: private mode, in every reply (the content script puts nothing on the page).
    const base = { revision: 0, sensitivity: settings.sensitivity, autoOpen: settings.autoOpen, uiLanguage: settings.uiLanguage, quiet: settings.privateMode };
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
    const notice: PanelNotice = { type: 'tab-status', tabId };
    for (const port of panels) {
      try {
        port.postMessage(notice);
      } catch {
        panels.delete(port);
      }
    }
    // One badge update at a time per tab, so text, colour and tooltip always belong together.
    // Its tooltip names the story, in the reader's chosen language (read only for a match).
    const uiLanguage = status.kind === 'matched' ? (await getSettings().catch(() => null))?.uiLanguage : undefined;
    const badge = (badgeUpdates.get(tabId) ?? Promise.resolve()).then(() => updateBadge(tabId, status, uiLanguage));
    badgeUpdates.set(tabId, badge);
    await badge;
    if (status.kind !== 'matched' || !status.matches?.length) return;
    // The same visit reported again (checked again after a dossier changed) adds only dossiers it did
    // not match before; a new visit of the same page (A → B → A, or a reload) is recorded again,
    // since B may not have been reported at all.
    const sameVisit = previous?.kind === 'matched' && previous.url === status.url && previous.visit === status.visit;
    const recorded = new Set(sameVisit ? (previous.matches ?? []).map((match) => match.dossierId) : []);
    if (status.matches.every((match) => recorded.has(match.dossierId))) return;
    const settings = await getSettings();
    // Private windows leave no history; nor does a page the user has since said is not about the story.
    if (!settings.recordHistory || isPrivate) return;
    const dismissed = await listDismissedDossiers(status.url);
    // One history row per dossier: its best topic.
    const seen = new Set<string>(recorded);
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

  /** Too large to follow: a coded problem (as an import's), so the sidebar can word it in the reader's language. */
  function tooLarge(size: number, message: string): FollowReply {
    return { ok: false, reason: 'invalid', message, errors: [{ path: '(file)', message, code: 'too-large', params: { bytes: size, maxBytes: MAX_FOLLOW_CHARS } }] };
  }

  function refuse(failure: FollowFailure): FollowReply {
    return { ok: false, reason: failure.reason, ...(failure.errors ? { errors: failure.errors.slice(0, 20) } : {}), ...(failure.message ? { message: failure.message } : {}) };
  }

  /** The tab's page, checked again against the dossiers now stored, with this dossier's sidebar open. */
  async function showDossierInTab(tabId: number | undefined, notice: FollowNotice): Promise<void> {
    if (tabId === undefined) return;
    notices.set(tabId, notice);
    // Private mode: the page is checked again (nothing opens in it); the side panel follows its report.
    const quiet = (await getSettings().catch(() => null))?.privateMode === true;
    const command: SidebarCommand = quiet ? { command: 'recheck' } : { command: 'open', dossierId: notice.dossierId };
    await sendToTab(tabId, { type: 'cs-command', command });
  }

  async function followStory(dossier: unknown, tabId: number | undefined): Promise<FollowReply> {
    const size = JSON.stringify(dossier).length;
    if (size > MAX_FOLLOW_CHARS) return tooLarge(size, 'the dossier is too large');
    const saved = await saveFollowedDossier(dossier);
    if (!saved.ok) return refuse(saved);
    const notice: FollowNotice = { kind: 'followed', dossierId: saved.dossier.id, title: saved.dossier.title };
    // The open tab becomes a matched page at once: its frame reloads and says what was saved.
    await showDossierInTab(tabId, notice);
    return { ok: true, notice };
  }

  async function addToStory(request: Extract<Request, { type: 'add-to-story' }>, tabId: number | undefined): Promise<FollowReply> {
    const size = JSON.stringify(request.draft).length;
    if (size > MAX_FOLLOW_CHARS) return tooLarge(size, 'the article is too large');
    const merged = await mergeIntoDossier(request.dossierId, request.draft as DraftResult, { learnSpellings: request.learnSpellings });
    if (!merged.ok) return refuse(merged);
    const notice: FollowNotice = {
      kind: 'added',
      dossierId: request.dossierId,
      title: merged.dossier.title,
      added: merged.added,
      alreadyMerged: merged.alreadyMerged,
      automatic: request.automatic === true,
    };
    // A page that did not match ("this is about this story") is checked again with what it taught the
    // story; a matched page's frame stays and reads the grown dossier itself.
    if (request.learnSpellings) await showDossierInTab(tabId, notice);
    return { ok: true, notice };
  }

  async function handle(request: Request, sender: Runtime.MessageSender): Promise<ResponseMap[Request['type']]> {
    // Content scripts live in web pages, so they only ever speak for their own tab and page;
    // choosing another tab, dismissing, or reading history is for the extension's own pages.
    const fromExtensionPage = isExtensionPage(sender);
    if (fromExtensionPage && isSidebarFrame(sender)) {
      // The side panel (sidebar.html?panel=1 outside any tab) is served for the tab it names. The same
      // URL inside a tab (framed by a page, or opened as one) gets nothing.
      if (isPanelRequest(sender)) {
        if (!isSidePanel(sender)) throw new Error('a side panel inside a tab is not served');
      }
      // A sidebar frame is served only as its tab's own (the token the content script mounted it
      // with): a copy framed by a page gets nothing, and changes nothing.
      else if (!(await mounts.isTrusted(sender))) throw new Error('this sidebar frame was not mounted by Backstory');
    }
    // The tab a sidebar request is about: the sender's own (a frame in it), else the one an extension
    // page outside any tab names (the side panel, the popup).
    const requested = 'tabId' in request && typeof request.tabId === 'number' ? request.tabId : undefined;
    const senderTabId = sender.tab ? sender.tab.id : fromExtensionPage ? requested : undefined;
    await builtin.retryIfDue();
    const requireExtensionPage = () => {
      if (!fromExtensionPage) throw new Error(`${request.type} is only accepted from the extension's pages`);
    };
    switch (request.type) {
      case 'page-context':
        return getPageContext(request.url);
      case 'article-code': {
        // A content script in a web page, for its own frame only.
        if (fromExtensionPage || senderTabId === undefined) return { ok: false };
        const documentId = (sender as { documentId?: string }).documentId;
        return injectArticleCode(senderTabId, sender.frameId ?? 0, documentId).then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
      }
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
      case 'sidebar-mount':
        // Only the tab's top-frame content script mounts its sidebar.
        if (fromExtensionPage || senderTabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: false };
        await mounts.register(senderTabId, request.token);
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
        const notice = senderTabId === undefined ? undefined : notices.get(senderTabId);
        if (senderTabId !== undefined) notices.delete(senderTabId);
        const told = notice && (!dossierId || notice.dossierId === dossierId) ? { notice } : {};
        if (!dossierId) {
          const [settings, rows] = await Promise.all([getSettings(), listDossiers()]);
          const dossiers = rows.map((row) => ({ id: row.id, title: row.title }));
          return { tab, dossier: null, history: [], uiLanguage: settings.uiLanguage, dossiers, ...told };
        }
        return { tab, ...((await early?.data) ?? (await loadDossierData(dossierId))), ...told };
      }
      case 'follow-story':
        requireExtensionPage();
        return followStory(request.dossier, senderTabId);
      case 'add-to-story':
        requireExtensionPage();
        return addToStory(request, senderTabId);
      case 'dossier-seen':
        requireExtensionPage();
        return { ok: await markDossierSeen(request.dossierId) };
    }
  }

  /**
   * In private mode the reader's ways of opening the sidebar (menu, key) open the browser's side panel.
   * Called first thing in the gesture's handler: the browsers accept the panel only in the gesture, so
   * the setting is the one already known; when the worker has just woken and not read it yet, it is
   * read now and the panel tried after all (it may be refused for lack of the gesture).
   */
  function openInPanel(tabId: number): Promise<boolean> | boolean {
    if (privateMode === false) return false;
    if (privateMode === true) {
      void getSidePanel().open(tabId);
      return true;
    }
    return getSettings().then(
      (settings) => {
        privateMode = settings.privateMode;
        if (settings.privateMode) void getSidePanel().open(tabId);
        return settings.privateMode;
      },
      () => false,
    );
  }

  return {
    start() {
      browser.runtime.onInstalled.addListener(async () => {
        createMenus();
        await builtin.install();
      });
      // A failed install is tried again when the browser starts (and on the next message, see handle).
      browser.runtime.onStartup?.addListener(() => void builtin.retryIfDue({ startup: true }));
      // An install state written elsewhere (a page's failed "Try again") is read again before the next message.
      browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && BUILTIN_INSTALL_KEY in changes) builtin.forget();
      });
      // Private mode, known before a gesture needs it (see openInPanel).
      void getSettings().then((settings) => (privateMode = settings.privateMode), () => undefined);
      try {
        observeQuery(getSettings, { next: (settings) => (privateMode = settings.privateMode), error: () => undefined });
      } catch {
        // No live queries here: every page's context reads the setting again.
      }
      // The page's context menu: the sidebar on any article, matched or not, and following its story.
      browser.contextMenus?.onClicked.addListener(async (info: { menuItemId: string | number }, tab?: { id?: number }) => {
        if (tab?.id === undefined) return;
        const command: SidebarCommand | null =
          info.menuItemId === MENU_OPEN ? { command: 'open' } : info.menuItemId === MENU_FOLLOW ? { command: 'open', intent: 'follow' } : null;
        if (!command || (await openInPanel(tab.id))) return;
        await sendToTab(tab.id, { type: 'cs-command', command });
      });
      // A side panel keeps a port open: it is told when a tab's page reports its status.
      browser.runtime.onConnect.addListener((port: Runtime.Port) => {
        if (port.name !== PANEL_PORT) return;
        const sender = port.sender;
        if (!sender || sender.id !== browser.runtime.id || !isExtensionPage(sender) || !isSidePanel(sender)) {
          port.disconnect();
          return;
        }
        panels.add(port);
        port.onDisconnect.addListener(() => panels.delete(port));
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
        if (tab?.id !== undefined && (await openInPanel(tab.id))) return;
        const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (tabId !== undefined) await sendToTab(tabId, { type: 'cs-command', command: { command: 'toggle' } });
      });
      browser.tabs.onRemoved.addListener(async (tabId: number) => {
        await restoreTabStates();
        badgeUpdates.delete(tabId);
        prepared.delete(tabId);
        notices.delete(tabId);
        await mounts.forget(tabId);
        if (tabStates.delete(tabId)) await saveTabStates();
      });
    },
    // For tests.
    handle,
    openInPanel,
    panels,
    installBuiltin: builtin.install,
    retryBuiltinIfDue: builtin.retryIfDue,
  };
}


