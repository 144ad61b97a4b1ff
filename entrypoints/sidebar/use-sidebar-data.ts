import { useEffect, useState } from 'preact/hooks';
import type { SidebarData } from '../../core/messages';
import { sendRequest } from '../../storage/messaging';

export function usePageGeneration(): string {
  const [generation, setGeneration] = useState(location.hash);
  useEffect(() => {
    // The host bumps the hash (#1, #2, …) after an in-page navigation.
    const onHash = () => {
      if (/^#?\d*$/.test(location.hash)) setGeneration(location.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return generation;
}

/**
 * The tab's state, its dossier, the articles read on it and the UI language, in
 * one request to the background: this frame is embedded in a third-party page,
 * where the browser may deny it IndexedDB, and one round trip paints sooner.
 * Asked again when the page changes and when the reader comes back to the tab.
 */
// Asked as soon as the module runs, not after the first render: it is what the first paint waits for.
let firstRequest: { generation: string; reply: Promise<SidebarData> } | null = {
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
    let live = true;
    const early = firstRequest?.generation === generation && tick === 0 ? firstRequest.reply : null;
    firstRequest = null;
    (early ?? sendRequest({ type: 'sidebar-data' }))
      .then((data) => {
        performance.mark('bs-data');
        if (live) setState({ data, failed: false });
      })
      .catch(() => live && setState({ data: null, failed: true }));
    return () => {
      live = false;
    };
  }, [generation, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}
