// The browser's own side panel: Chrome's `chrome.sidePanel` (MV3, `side_panel.default_path`) and
// Firefox's `sidebar_action` (MV2). In private mode the sidebar shows there instead of in the page,
// where no page can see it (issue 13). Behind this small service so the popup, the background's
// handlers and the panel page can be tested with a fake (setSidePanelForTesting).
import browser from 'webextension-polyfill';

/** The sidebar page in panel mode: no mount token; it shows the active tab of its own window. */
export const PANEL_PATH = '/sidebar.html?panel=1';
export const PANEL_PARAM = 'panel';
/** The port a panel keeps open to the background, which tells it when a tab's page reports a status. */
export const PANEL_PORT = 'backstory-panel';

/** What the background tells a panel over its port. */
export interface PanelNotice {
  type: 'tab-status';
  tabId: number;
}

export interface SidePanel {
  /**
   * Opens the panel in the tab's window. Both browsers accept it only during a user gesture: call it
   * in the gesture's own handler, before any `await`. Resolves false where it failed or is missing.
   */
  open(tabId: number): Promise<boolean>;
  /** Closes the panel this page is (from the panel's own close button). */
  closeSelf(): void;
}

export interface PanelTabs {
  /** The active tab of the window this page is in. */
  activeTab(): Promise<number | undefined>;
  /**
   * Calls back with the tab to show: another tab activated in this window, the shown tab loading or
   * navigating, or its page reporting a new status. Returns the unsubscribe.
   */
  watch(onChange: (tabId: number | undefined) => void): () => void;
}

interface NativeApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void>; close(): Promise<void> };
}

/** The browser's own objects (webextension-polyfill knows neither API): Firefox's `browser`, else Chrome's `chrome`. */
function native(): NativeApis {
  const g = globalThis as unknown as { browser?: NativeApis; chrome?: NativeApis };
  return { sidePanel: g.chrome?.sidePanel ?? g.browser?.sidePanel, sidebarAction: g.browser?.sidebarAction ?? g.chrome?.sidebarAction };
}

export const browserSidePanel: SidePanel = {
  open(tabId) {
    const apis = native();
    try {
      // Called synchronously here, so the gesture of the caller's handler still counts.
      const opened = apis.sidebarAction ? apis.sidebarAction.open() : apis.sidePanel?.open({ tabId });
      if (!opened) return Promise.resolve(false);
      return Promise.resolve(opened).then(
        () => true,
        (error: unknown) => {
          console.warn('Backstory: the side panel did not open', error);
          return false;
        },
      );
    } catch (error) {
      console.warn('Backstory: the side panel did not open', error);
      return Promise.resolve(false);
    }
  },
  closeSelf() {
    const apis = native();
    if (apis.sidebarAction) void apis.sidebarAction.close().catch(() => undefined);
    else window.close();
  },
};

export const browserPanelTabs: PanelTabs = {
  async activeTab() {
    const window = await browser.windows.getCurrent();
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    return tab?.id;
  },
  watch(onChange) {
    let windowId: number | undefined;
    let shown: number | undefined;
    let stopped = false;
    const show = (tabId: number | undefined) => {
      shown = tabId;
      if (!stopped) onChange(tabId);
    };
    void browser.windows.getCurrent().then((window) => {
      windowId = window.id;
    });
    void browserPanelTabs.activeTab().then((tabId) => (shown = tabId));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) show(info.tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
      if (tabId === shown && (change.status !== undefined || change.url !== undefined)) show(tabId);
    };
    const onRemoved = (tabId: number) => {
      if (tabId === shown) void browserPanelTabs.activeTab().then(show);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // The background says when a tab's page reports its status (matched, or no longer).
    const port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((message: unknown) => {
      const notice = message as PanelNotice;
      if (notice?.type === 'tab-status' && notice.tabId === shown) show(shown);
    });
    return () => {
      stopped = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      port.disconnect();
    };
  },
};

let currentPanel: SidePanel = browserSidePanel;
let currentTabs: PanelTabs = browserPanelTabs;

export function getSidePanel(): SidePanel {
  return currentPanel;
}

export function getPanelTabs(): PanelTabs {
  return currentTabs;
}

/** Tests: fakes (or undefined for the browser's). */
export function setSidePanelForTesting(panel: SidePanel | undefined, tabs?: PanelTabs): void {
  currentPanel = panel ?? browserSidePanel;
  currentTabs = tabs ?? browserPanelTabs;
}

/** An in-memory side panel for tests: records which tabs it was opened for. */
export function createMemorySidePanel(options: { fails?: boolean } = {}): SidePanel & { opened: number[]; closed: number } {
  const panel = {
    opened: [] as number[],
    closed: 0,
    open(tabId: number) {
      panel.opened.push(tabId);
      return Promise.resolve(!options.fails);
    },
    closeSelf() {
      panel.closed += 1;
    },
  };
  return panel;
}
