import { useEffect, useState } from 'preact/hooks';
import { getPanelTabs, getSidePanel, PANEL_PARAM } from '../../storage/side-panel';

// The sidebar page in the browser's own side panel (sidebar.html?panel=1, private mode; issue 13):
// no page frames it and it carries no mount token. It shows the active tab of its own window and
// follows tab switches, navigations and the tab's status reports. Its requests name that tab; the
// background takes the name only from an extension page outside any tab (sidebar-mounts.ts).

export const IN_PANEL = new URLSearchParams(location.search).get(PANEL_PARAM) === '1';

let shownTab: number | undefined;

/** What a sidebar request adds to say which tab it is about: in the panel, the tab shown; a frame's tab is its own. */
export function forTab(): { tabId?: number } {
  return IN_PANEL && shownTab !== undefined ? { tabId: shownTab } : {};
}

/** The panel's page generation: a new one when it shows another tab, or the tab's page changed. '' until the tab is known. */
export function usePanelGeneration(): string {
  const [generation, setGeneration] = useState('');
  useEffect(() => {
    if (!IN_PANEL) return;
    let count = 0;
    const show = (tabId: number | undefined) => {
      shownTab = tabId;
      count += 1;
      setGeneration(`panel:${tabId ?? 'none'}:${count}`);
    };
    const tabs = getPanelTabs();
    let live = true;
    void tabs.activeTab().then(
      (tabId) => live && show(tabId),
      () => live && show(undefined),
    );
    const stop = tabs.watch(show);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return generation;
}

/** The panel's own close (its header's close and collapse buttons). */
export function closePanel(): void {
  getSidePanel().closeSelf();
}
