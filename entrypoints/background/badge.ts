import browser from 'webextension-polyfill';
import type { PageStatus } from '../../core/messages';

// One glance at the toolbar says whether this tab is on a story the user follows.
export async function updateBadge(tabId: number, status: PageStatus): Promise<void> {
  const best = status.kind === 'matched' ? status.matches?.[0] : undefined;
  const text = !best ? '' : best.level === 'story' ? '●' : '○';
  const title = best
    ? browser.i18n.getMessage(best.level === 'story' ? 'badgeStory' : 'badgeRelated', [best.label]) || `Backstory: ${best.label}`
    : browser.i18n.getMessage('extName') || 'Backstory';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (best) await browser.action.setBadgeBackgroundColor({ tabId, color: best.level === 'story' ? '#b4451f' : '#5b6470' });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
