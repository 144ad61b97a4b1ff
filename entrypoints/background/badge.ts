import browser from 'webextension-polyfill';
import type { PageStatus } from '../../core/messages';

// Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

// One glance at the toolbar says whether this tab is on a story the user follows.
export async function updateBadge(tabId: number, status: PageStatus): Promise<void> {
  const best = status.kind === 'matched' ? status.matches?.find((match) => match.topicId) : undefined;
  const text = !best ? '' : best.level === 'story' ? '●' : '○';
  try {
    const title = best
      ? browser.i18n.getMessage(best.level === 'story' ? 'badgeStory' : 'badgeRelated', [best.label]) || `Backstory: ${best.label}`
      : browser.i18n.getMessage('extName') || 'Backstory';
    const button = toolbarButton();
    await button.setBadgeText({ tabId, text });
    if (best) await button.setBadgeBackgroundColor({ tabId, color: best.level === 'story' ? '#b4451f' : '#5b6470' });
    await button.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
