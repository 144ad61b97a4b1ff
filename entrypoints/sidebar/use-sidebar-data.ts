import { useEffect, useRef, useState } from 'preact/hooks';
import type { SidebarData } from '../../core/messages';
import { sendRequest } from '../../storage/messaging';
import { forTab, IN_PANEL, usePanelGeneration } from './panel';

export function usePageGeneration(): string {
  const [generation, setGeneration] = useState(location.hash);
  const panelGeneration = usePanelGeneration();
  useEffect(() => {
    if (IN_PANEL) return;
    // The host bumps the hash (#1, #2, …) after an in-page navigation.
    const onHash = () => {
      if (/^#?\d*$/.test(location.hash)) setGeneration(location.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return IN_PANEL ? panelGeneration : generation;
}

// The side panel asks again while its tab's page is still loading or being read (its status
// reports come only on a match): up to this many times, this far apart.
const PANEL_POLL_MS = 500;
const PANEL_POLL_LIMIT = 20;

/**
 * The tab's state, its dossier, the articles read on it and the UI language, in
 * one request to the background: this frame is embedded in a third-party page,
 * where the browser may deny it IndexedDB, and one round trip paints sooner.
 * Asked again when the page changes and when the reader comes back to the tab.
 */
// Asked as soon as the module runs, not after the first render: it is what the first paint waits for.
// (Not in the side panel: it knows its tab only once it has asked the browser.)
let firstRequest: { generation: string; reply: Promise<SidebarData> } | null = IN_PANEL
  ? null
  : {
      generation: location.hash,
      reply: sendRequest({ type: 'sidebar-data' }),
    };

export function useSidebarData(generation: string): { data: SidebarData | null; failed: boolean; reload(): void } {
  const [state, setState] = useState<{ data: SidebarData | null; failed: boolean }>({ data: null, failed: false });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && setTick((n) => n + 1);
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  useEffect(() => {
    setState({ data: null, failed: false });
  }, [generation]);
  useEffect(() => {
    if (IN_PANEL && !generation) return; // the panel's tab is not known yet
    let live = true;
    const early = firstRequest?.generation === generation && tick === 0 ? firstRequest.reply : null;
    firstRequest = null;
    (early ?? sendRequest({ type: 'sidebar-data', ...forTab() }))
      .then((data) => {
        performance.mark('bs-data');
        if (live) setState({ data, failed: false });
      })
      .catch(() => live && setState({ data: null, failed: true }));
    return () => {
      live = false;
    };
  }, [generation, tick]);
  const polls = useRef({ generation, count: 0 });
  const tab = state.data?.tab;
  const unsettled = IN_PANEL && tab !== undefined && tab.tabId !== -1 && (!tab.reachable || !tab.status || tab.status.kind === 'pending');
  useEffect(() => {
    if (!unsettled) return;
    if (polls.current.generation !== generation) polls.current = { generation, count: 0 };
    if (++polls.current.count > PANEL_POLL_LIMIT) return;
    const timer = window.setTimeout(() => setTick((n) => n + 1), PANEL_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [unsettled, state.data, generation]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}
