import browser from 'webextension-polyfill';
import type { PageStatus } from '../../core/messages';
import { setUiLanguage, t, type UiLanguage } from '../../components/i18n';

// Firefox builds are Manifest V2, where the toolbar button is `browserAction`.
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/**
 * One glance at the toolbar says whether this tab is on a story the user follows. Its tooltip is in the
 * interface language the reader chose in Options (`auto`: the browser's), as the extension's pages are.
 */
export async function updateBadge(tabId: number, status: PageStatus, uiLanguage: UiLanguage = 'auto'): Promise<void> {
  const best = status.kind === 'matched' ? status.matches?.find((match) => match.topicId) : undefined;
  const text = !best ? '' : best.level === 'story' ? '●' : '○';
  try {
    setUiLanguage(uiLanguage);
    const title = best ? t(best.level === 'story' ? 'badgeStory' : 'badgeRelated', best.label) : t('extName');
    const button = toolbarButton();
    await button.setBadgeText({ tabId, text });
    if (best) await button.setBadgeBackgroundColor({ tabId, color: best.level === 'story' ? '#b4451f' : '#5b6470' });
    await button.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
