import { getPlatform } from '../../storage/platform';

/** The tab the popup speaks about: `?tab=<id>` (tests open popup.html in a tab of its own), else the active tab. */
export async function findTargetTabId(search: string = location.search): Promise<number | undefined> {
  const fromUrl = parseTabParam(search);
  if (fromUrl !== undefined) return fromUrl;
  return getPlatform().activeTabId();
}

export function parseTabParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
