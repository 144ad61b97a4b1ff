import browser from 'webextension-polyfill';
import { setUiLanguage, t, type UiLanguage } from '../../components/i18n';

// The page's context menu: the sidebar on any article, matched or not, and following its story.
export const MENU_OPEN = 'backstory-open';
export const MENU_FOLLOW = 'backstory-follow';

/** The context menu's titles in the interface language the reader chose (menus are created in the browser's). */
let menuLanguage: UiLanguage | undefined;
export function applyMenuLanguage(language: UiLanguage): void {
  const menus = browser.contextMenus;
  if (!menus || language === menuLanguage) return;
  menuLanguage = language;
  setUiLanguage(language);
  for (const [id, key] of [[MENU_OPEN, 'menuOpenSidebar'], [MENU_FOLLOW, 'menuFollowStory']] as const) {
    try {
      void Promise.resolve(menus.update(id, { title: t(key) })).catch(() => undefined);
    } catch {
      // No such menu (yet): it is created in the browser's language.
    }
  }
}

export function createMenus(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const patterns = ['http://*/*', 'https://*/*'];
  // Created on install and update; removing first keeps an update from failing on existing ids.
  void menus.removeAll().then(() => {
    menus.create({ id: MENU_OPEN, title: browser.i18n.getMessage('menuOpenSidebar') || 'Show Backstory for this article', contexts: ['page'], documentUrlPatterns: patterns });
    menus.create({ id: MENU_FOLLOW, title: browser.i18n.getMessage('menuFollowStory') || 'Follow this story', contexts: ['page'], documentUrlPatterns: patterns });
    menuLanguage = undefined; // created in the browser's language: the next page applies the reader's
  });
}
