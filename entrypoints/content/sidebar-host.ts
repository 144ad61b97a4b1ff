import { browser } from 'wxt/browser';
import type { SidebarState, StateCause } from '../../core/sidebar/state';

export type HostState = SidebarState;

export interface SidebarHost {
  readonly state: HostState;
  /** `cause`: 'reader' for the reader's own action; what the code decides is never remembered. */
  setState(state: HostState, cause?: StateCause): void;
  /** Tells the sidebar frame that the page changed (in-page navigation), or what the reader asked it to do. */
  reload(intent?: 'follow'): void;
  returnFocus(): void;
  destroy(): void;
}

export const SIDEBAR_WIDTH = 400;
// Below this the article has no room to spare: the sidebar overlays it instead.
const SIDE_BY_SIDE_MIN_WIDTH = 1100;
const MAX_REATTACH = 20;

// Inline !important beats every author rule, so the page's CSS cannot move,
// hide or restyle the host; everything else lives in a closed shadow root.
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; bottom: 0 !important; z-index: 2147483646 !important; ' +
  'display: block !important; margin: 0 !important; padding: 0 !important; border: 0 !important; transform: none !important; ' +
  'filter: none !important; opacity: 1 !important; visibility: visible !important; pointer-events: auto !important; contain: layout style !important;';

const SHADOW_CSS = `
:host { all: initial; }
.panel { position: absolute; inset: 0; display: flex; background: Canvas; color: CanvasText;
  box-shadow: 0 0 0 1px rgba(0,0,0,.12), -6px 0 24px rgba(0,0,0,.12); color-scheme: light dark; }
.panel[hidden], .tab[hidden] { display: none; }
iframe { border: 0; width: 100%; height: 100%; display: block; background: transparent; color-scheme: light dark; }
.tab { all: unset; position: absolute; top: 40vh; box-sizing: border-box; cursor: pointer;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", "Noto Sans Arabic", sans-serif; letter-spacing: .02em;
  writing-mode: vertical-rl; padding: 14px 8px; background: #b4451f; color: #fff; border-radius: 8px 0 0 8px;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.tab:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
:host([data-side="left"]) .tab { border-radius: 0 8px 8px 0; }
`;

export interface SidebarHostOptions {
  side: 'left' | 'right';
  intent?: 'follow';
  onStateChange: (state: HostState, cause: StateCause) => void;
  /**
   * The token the frame's URL carries, and the background's receipt of it: the frame loads only
   * once the background knows it, so the frame's first request is already its tab's.
   */
  mount?: () => { token: string; registered: Promise<unknown> };
}

export function createSidebarHost(options: SidebarHostOptions): SidebarHost {
  const { side } = options;
  const host = document.createElement('backstory-sidebar');
  host.setAttribute('data-side', side);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const panel = document.createElement('div');
  panel.className = 'panel';
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = browser.i18n.getMessage('extName') || 'Backstory';
  tab.setAttribute('aria-label', browser.i18n.getMessage('openSidebar') || 'Open Backstory');
  tab.style.setProperty(side === 'right' ? 'right' : 'left', '0');
  shadow.append(style, panel, tab);

  let state: HostState = 'closed';
  let frame: HTMLIFrameElement | undefined;
  let generation = 0;
  // "Follow this story": the frame opens on the draft review. Only for the load it was asked for.
  let intent = options.intent;
  let previousFocus: Element | null = null;
  let reattached = 0;
  const originalMargin = {
    value: document.documentElement.style.getPropertyValue(side === 'right' ? 'margin-right' : 'margin-left'),
    priority: document.documentElement.style.getPropertyPriority(side === 'right' ? 'margin-right' : 'margin-left'),
  };

  let mount = options.mount?.();
  let registered = !mount;

  function frameUrl(): string {
    const query = new URLSearchParams();
    if (mount) query.set('t', mount.token);
    if (intent) query.set('intent', intent);
    const search = query.toString() ? `?${query}` : '';
    return `${browser.runtime.getURL('/sidebar.html')}${search}#${generation}`;
  }

  function ensureFrame(): void {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.title = browser.i18n.getMessage('sidebarTitle') || 'Backstory: context for this story';
    frame.setAttribute('allow', 'clipboard-write');
    panel.append(frame);
    if (registered) frame.src = frameUrl();
    else loadWhenRegistered();
  }

  function loadWhenRegistered(): void {
    const pending = mount;
    void pending?.registered.finally(() => {
      if (pending !== mount) return; // a newer mount took over
      registered = true;
      if (frame) frame.src = frameUrl();
    });
  }

  /**
   * A frame put back into the page is a new frame to the browser (a new frameId), which the
   * background no longer takes for the tab's sidebar under the old token: it loads again with a new one.
   */
  function remount(): void {
    if (!frame || !options.mount) return;
    mount = options.mount();
    registered = false;
    frame.removeAttribute('src');
    loadWhenRegistered();
  }

  function makeRoom(on: boolean): void {
    const property = side === 'right' ? 'margin-right' : 'margin-left';
    const style = document.documentElement.style;
    if (on && window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH) style.setProperty(property, `${SIDEBAR_WIDTH}px`, 'important');
    else if (originalMargin.value) style.setProperty(property, originalMargin.value, originalMargin.priority);
    else style.removeProperty(property);
  }

  function layout(): void {
    const width = state === 'open' ? Math.min(SIDEBAR_WIDTH, window.innerWidth) : state === 'collapsed' ? 40 : 0;
    host.setAttribute('style', `${HOST_STYLE} ${side}: 0 !important; width: ${width}px !important; height: 100vh !important;`);
    panel.hidden = state !== 'open';
    tab.hidden = state !== 'collapsed';
    makeRoom(state === 'open');
  }

  const onResize = () => layout();
  window.addEventListener('resize', onResize);

  // Pages that remove foreign elements (or re-render <html>) get the host back.
  const observer = new MutationObserver(() => {
    if (host.isConnected || state === 'closed') return;
    if (reattached < MAX_REATTACH) {
      reattached += 1;
      remount();
      document.documentElement.append(host);
      return;
    }
    // The page keeps removing it: give up cleanly rather than fight, and give the page its room back.
    // The page did this, not the reader: nothing about the site is remembered.
    api.destroy();
    options.onStateChange('closed', 'code');
  });
  observer.observe(document.documentElement, { childList: true });

  // Only a real click (or key) opens it as the reader's choice; a page cannot reach this closed
  // shadow root, and an untrusted event is ignored all the same.
  tab.addEventListener('click', (event) => {
    if (event.isTrusted) api.setState('open', 'reader');
  });

  const api: SidebarHost = {
    get state() {
      return state;
    },
    setState(next, cause = 'code') {
      if (next === state) return;
      const wasOpen = state === 'open';
      state = next;
      if (next === 'closed') {
        observer.disconnect();
        host.remove();
        makeRoom(false);
        api.returnFocus();
        options.onStateChange(next, cause);
        return;
      }
      if (!host.isConnected) document.documentElement.append(host);
      if (next === 'open') {
        previousFocus = document.activeElement;
        ensureFrame();
      }
      layout();
      if (next === 'open') frame?.focus();
      if (wasOpen && next === 'collapsed') tab.focus();
      options.onStateChange(next, cause);
    },
    reload(next) {
      generation += 1;
      intent = next;
      if (frame && registered) frame.src = frameUrl();
    },
    returnFocus() {
      if (previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus();
      else (document.querySelector('main, article, h1') as HTMLElement | null)?.focus?.();
    },
    destroy() {
      observer.disconnect();
      window.removeEventListener('resize', onResize);
      host.remove();
      makeRoom(false);
      state = 'closed';
    },
  };
  return api;
}
