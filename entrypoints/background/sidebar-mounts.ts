import browser, { type Runtime } from 'webextension-polyfill';

// Which sidebar frame speaks for a tab. `sidebar.html` is web-accessible (it is framed in the
// article's page), so any page could frame its own copy, and that copy would pass as one of the
// extension's pages. The content script mounts the real frame with a random token in its URL
// and registers it here first; a frame is the tab's sidebar only with the tab's current token,
// and only the first frame to use it (its frameId is kept: a later copy in another frame is refused).

const MOUNTS_KEY = 'sidebarMounts';
export const SIDEBAR_PATH = '/sidebar.html';
export const TOKEN_PARAM = 't';
export const PANEL_PARAM = 'panel';

interface Mount {
  token: string;
  frameId?: number;
}

export function isSidebarFrame(sender: Runtime.MessageSender): boolean {
  try {
    return new URL(sender.url ?? '').pathname === SIDEBAR_PATH;
  } catch {
    return false;
  }
}

/** Asks to be the browser's side panel (sidebar.html?panel=1): it has no mount token. */
export function isPanelRequest(sender: Runtime.MessageSender): boolean {
  try {
    return isSidebarFrame(sender) && new URL(sender.url ?? '').searchParams.has(PANEL_PARAM);
  } catch {
    return false;
  }
}

/**
 * The browser's side panel: the sidebar page in panel mode, and not inside a tab. Every page a web
 * page can open or frame (a tab, a frame in a tab, a window.open popup) has `sender.tab`; the side
 * panel (Chrome's sidePanel, Firefox's sidebar_action) is an extension view of its own, without one.
 */
export function isSidePanel(sender: Runtime.MessageSender): boolean {
  return isPanelRequest(sender) && sender.tab === undefined;
}

export function createSidebarMounts() {
  const mounts = new Map<number, Mount>();
  let restored: Promise<void> | undefined;

  // A service worker stopped while idle forgets its maps: the tokens live on in storage.session
  // (which content scripts cannot read).
  function restore(): Promise<void> {
    restored ??= (async () => {
      try {
        const saved = (await browser.storage.session.get(MOUNTS_KEY))[MOUNTS_KEY] as Record<string, Mount> | undefined;
        for (const [id, mount] of Object.entries(saved ?? {})) if (!mounts.has(Number(id))) mounts.set(Number(id), mount);
      } catch {
        // storage.session is missing in old browsers: the map alone still works while the worker lives.
      }
    })();
    return restored;
  }

  async function save(): Promise<void> {
    try {
      await browser.storage.session.set({ [MOUNTS_KEY]: Object.fromEntries(mounts) });
    } catch {
      /* see restore */
    }
  }

  return {
    /** The content script of `tabId`'s top frame mounts a sidebar frame with this token. */
    async register(tabId: number, token: string): Promise<void> {
      await restore();
      mounts.set(tabId, { token });
      await save();
    },
    /** Is this sender the tab's own sidebar frame (current token, first frame to use it)? */
    async isTrusted(sender: Runtime.MessageSender): Promise<boolean> {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined || sender.frameId === 0) return false;
      let token: string | null;
      try {
        token = new URL(sender.url ?? '').searchParams.get(TOKEN_PARAM);
      } catch {
        return false;
      }
      await restore();
      const mount = mounts.get(tabId);
      if (!mount || !token || token !== mount.token) return false;
      if (mount.frameId === undefined) {
        mounts.set(tabId, { ...mount, frameId: sender.frameId });
        await save();
        return true;
      }
      return mount.frameId === sender.frameId;
    },
    async forget(tabId: number): Promise<void> {
      await restore();
      if (mounts.delete(tabId)) await save();
    },
  };
}
