import type { ContentMessage, ContentResponseMap, PageContext, PageStatus, RequestOf, Request, ResponseMap, SidebarCommand } from '../../core/messages';
import { detectArticle } from '../../core/page/detect-article';
import type { TopicMatch } from '../../core/match/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarHost } from './sidebar-host';
import type { ArticleCode } from './article-code';
import { createArticleLoader } from './article-slot';
import { stripHash } from '../../core/url';
import { chooseStartingState, stateToRemember, type StateCause } from '../../core/sidebar/state';
import { yieldToPage } from './wait-for-load';

// What runs on every page is detection only (core/page/detect-article): the code that reads an
// article (metadata, zones, the matcher), highlights terms, mounts the sidebar or snapshots the page
// is not in this script at all. It is content-article.js, run in this world by the background on
// articles only, while the background is asked for the page's context (article-slot.ts).

/**
 * The browser's own extension API, not webextension-polyfill: in a bundle the polyfill is wrapped
 * for ES-module interop, which copies every property of the API object and so instantiates every
 * API binding of the content script's world (tens of ms of main-thread time in Chromium, on every
 * page). Firefox's `browser` and Chromium's (MV3) both return promises from sendMessage.
 */
interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: (response?: unknown) => void) => boolean | undefined): void };
}
function runtimeApi(): RuntimeApi {
  const g = globalThis as unknown as { browser?: { runtime?: RuntimeApi }; chrome?: { runtime?: RuntimeApi } };
  return (g.browser?.runtime ?? g.chrome?.runtime) as RuntimeApi;
}
async function sendRequest<T extends Request['type']>(request: RequestOf<T>): Promise<ResponseMap[T]> {
  return (await runtimeApi().sendMessage(request)) as ResponseMap[T];
}
const loadArticleCode = createArticleLoader(() => sendRequest({ type: 'article-code' }));
/** The article code once loaded (what has highlights or a sidebar to clear has it). */
let articleCode: ArticleCode | undefined;
async function loadArticle(): Promise<ArticleCode> {
  return (articleCode = await loadArticleCode());
}
const clearHighlights = (): void => articleCode?.clearHighlights();

// SPA news sites change the URL first and render the next article after.
const LOCATION_SETTLE_MS = 250;
export function startController(ctx: ContentScriptContext): void {
  let status: PageStatus = { kind: 'pending', url: location.href };
  let sidebar: SidebarHost | undefined;
  let run = 0;
  // Private mode (PageContext.quiet), from the background's last answer: the page gets no element at all.
  let quiet = false;
  let settleTimer: number | undefined;
  // This document's visit, and its in-page navigations: see PageStatus.visit.
  const documentVisit = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
  let navigations = 0;

  function setStatus(next: PageStatus): void {
    const wasMatched = status.kind === 'matched';
    status = { ...next, visit: `${documentVisit}.${navigations}` };
    // Unmatched pages leave no trace: only tell the background when there is a
    // match, or when an in-page navigation ended one (to clear the badge).
    if (next.kind === 'matched' || wasMatched) {
      void sendRequest({ type: 'page-status', status }).catch(() => undefined);
    }
  }

  function removeSidebar(): void {
    sidebar?.destroy();
    sidebar = undefined;
    clearHighlights();
  }

  /** How the sidebar starts on a match: only a story match opens it by itself. */
  function chooseSidebarState(best: TopicMatch, context: Pick<PageContext, 'autoOpen' | 'sidebarState'>, asked: boolean): 'open' | 'collapsed' {
    return chooseStartingState({ level: best.level, autoOpen: context.autoOpen, remembered: context.sidebarState, asked });
  }

  /** A page the reader may open the sidebar on: matched, or an article none of their stories matched. */
  function isArticleStatus(): boolean {
    return status.kind === 'matched' || status.kind === 'no-match' || status.kind === 'dismissed';
  }

  /** A new random token per sidebar mount (crypto.randomUUID needs a secure context; plain http pages are not). */
  function createMountToken(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  /** `cause` 'reader': the reader's own action (a click, key, menu item or sidebar button), remembered for the site. */
  function showSidebar(state: 'open' | 'collapsed', cause: StateCause, intent?: 'follow'): void {
    // From the metadata already read (the dir attribute, else the language): computing the
    // page's style here would force a style pass over a page that may be huge.
    const pageDir = status.metadata?.dir ?? (document.documentElement.dir.toLowerCase() === 'rtl' ? 'rtl' : 'ltr');
    if (!articleCode) return; // loaded by every caller (loadArticle) before it shows the sidebar
    sidebar ??= articleCode.createSidebarHost({
      side: pageDir === 'rtl' ? 'left' : 'right',
      // The frame is this tab's sidebar only with this token (see entrypoints/background/sidebar-mounts.ts).
      mount: () => {
        const token = createMountToken();
        return { token, registered: sendRequest({ type: 'sidebar-mount', token }).catch(() => undefined) };
      },
      intent,
      onStateChange: (next, changedBy) => {
        const remembered = stateToRemember(next, changedBy);
        if (remembered) void sendRequest({ type: 'sidebar-state', state: remembered }).catch(() => undefined);
        status = { ...status, sidebar: next === 'closed' ? 'closed' : next };
        if (next === 'closed') removeSidebar();
      },
    });
    sidebar.setState(state, cause);
    status = { ...status, sidebar: state };
  }

  async function check(options: { force?: boolean; dossierId?: string } = {}): Promise<void> {
    const id = ++run;
    const url = location.href;
    clearHighlights();
    const detection = detectArticle(document, url);
    if (!detection.isArticle && !options.force && !options.dossierId) {
      removeSidebar();
      setStatus({ kind: 'not-article', url, detection });
      return;
    }
    // An article: the background answers while the article code loads and the metadata is read.
    const contextReply = sendRequest({ type: 'page-context', url });
    contextReply.catch(() => undefined); // observed below
    let code: ArticleCode;
    try {
      code = await loadArticle();
    } catch {
      return; // the extension was reloaded or updated; this copy of the script is orphaned
    }
    if (id !== run) return;
    const { extractMetadata, collectZones, matchPage } = code;
    const metadata = extractMetadata(document, url);
    let context: PageContext;
    try {
      context = await contextReply;
    } catch {
      return; // the extension was reloaded or updated; this copy of the script is orphaned
    }
    if (id !== run || location.href !== url) return; // a newer navigation took over
    quiet = context.quiet === true;
    if (quiet) removeSidebar();
    if (!context.runs || !context.matcher) {
      removeSidebar();
      setStatus({ kind: context.reason === 'no-dossiers' ? 'no-match' : 'site-off', url, reason: context.reason, detection, metadata });
      return;
    }
    // The page gets the main thread back between reading it and matching it.
    await yieldToPage();
    if (id !== run || location.href !== url) return;
    const zones = collectZones(document, metadata);
    await yieldToPage(); // reading and matching are separate tasks: neither is long on a big page
    if (id !== run || location.href !== url) return;
    const matchOptions = { sensitivity: context.sensitivity, publishedAt: metadata.publishedAt, url };
    let all = matchPage(context.matcher, zones, matchOptions);
    if (all.length > 0) {
      // A match: read again counting only text the reader can see, so a page cannot learn what its reader
      // follows by planting hidden words. Style and layout are asked only here, never on unmatched pages.
      await yieldToPage();
      if (id !== run || location.href !== url) return;
      all = matchPage(context.matcher, collectZones(document, metadata, { visibleOnly: true }), matchOptions);
    }
    let matches = all.filter((match) => !context.dismissed.includes(match.dossierId));
    if (options.dossierId && !matches.some((match) => match.dossierId === options.dossierId)) {
      // "Open anyway" with a dossier the user picked: a match by choice, shown as such.
      matches = [{ dossierId: options.dossierId, topicId: '', label: '', level: 'story', score: 0, evidence: [] }, ...matches];
    }
    if (matches.length === 0) {
      removeSidebar();
      setStatus({ kind: all.length > 0 ? 'dismissed' : 'no-match', url, detection, metadata, matches: [] });
      return;
    }
    // The report says whether the sidebar opens: the background then prepares its data.
    const state = chooseSidebarState(matches[0], context, Boolean(options.dossierId));
    setStatus({ kind: 'matched', url, detection, metadata, matches, sidebar: quiet ? 'closed' : state });
    if (quiet) return; // the badge says it; the browser's side panel shows it
    sidebar?.reload(); // in-page navigation: the one sidebar shows the current article
    showSidebar(state, 'code');
  }

  async function runCommand(command: SidebarCommand): Promise<boolean> {
    // In private mode nothing is put on the page, whoever asks: the side panel shows the sidebar.
    if (quiet && command.command !== 'recheck' && command.command !== 'close' && command.command !== 'focus-page') return false;
    switch (command.command) {
      case 'open':
        if (!(status.kind === 'matched' && !command.dossierId)) await check({ force: true, dossierId: command.dossierId });
        // The reader asked: an article no dossier matches gets the sidebar too, with what the article itself says.
        if (!isArticleStatus()) return false;
        await loadArticle();
        if (command.intent) sidebar?.reload(command.intent);
        showSidebar('open', 'reader', command.intent);
        return true;
      case 'toggle':
        if (sidebar?.state === 'open') sidebar.setState('collapsed', 'reader');
        else if (isArticleStatus()) {
          await loadArticle();
          showSidebar('open', 'reader');
        }
        else return false;
        return true;
      case 'collapse':
        sidebar?.setState('collapsed', 'reader');
        return Boolean(sidebar);
      case 'close':
        sidebar?.setState('closed', 'reader');
        return true;
      case 'recheck':
        removeSidebar();
        await check({ force: false });
        return true;
      case 'highlight':
        if (command.on) return (await loadArticle()).highlightTerms(command.terms) > 0;
        clearHighlights();
        return true;
      case 'jump':
        return (await loadArticle()).jumpToHighlight(command.index);
      case 'focus-page':
        sidebar?.returnFocus();
        return true;
    }
  }

  function answer(message: unknown): Promise<unknown> | undefined {
    const msg = message as ContentMessage;
    if (!ctx.isValid) return undefined;
    if (msg?.type === 'cs-status') return Promise.resolve(status);
    // A matched page, or one whose sidebar the reader opened: never an article nobody asked about.
    // In private mode the side panel stands for the sidebar: any article, as when the reader opens the sidebar.
    if (msg?.type === 'cs-snapshot') {
      const shown = status.kind === 'matched' || sidebar || (quiet && isArticleStatus());
      return shown ? loadArticle().then((code): ContentResponseMap['cs-snapshot'] => code.snapshot()) : Promise.resolve(null);
    }
    if (msg?.type === 'cs-command') return runCommand(msg.command).then((ok) => ({ ok }));
    return undefined;
  }
  // sendResponse and `return true`: what both browsers' native onMessage understand.
  runtimeApi().onMessage.addListener((message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // A jump to an anchor on the same page is not a new article.
    if (stripHash(event.newUrl.href) === stripHash(event.oldUrl.href)) return;
    // The previous page's check must not finish with the next page's DOM.
    run += 1;
    navigations += 1;
    clearHighlights();
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => void check(), LOCATION_SETTLE_MS);
  });
  ctx.onInvalidated(removeSidebar);

  void check();
}
