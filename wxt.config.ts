import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See docs/architecture.md for the layering this build keeps.
export default defineConfig({
  // No @wxt-dev/webextension-polyfill module: it made WXT's own runtime (in the content script of
  // every page) import the polyfill, whose ES-module interop wrapper copies every property of the
  // extension API object and so instantiates every API binding: milliseconds of main-thread time
  // on every page (issue 16). Our code imports `webextension-polyfill` where it needs it.
  // No auto-imports from components/ (WXT's default scans components/, composables/, hooks/ and
  // utils/): this code imports what it uses. An auto-import is keyed on a bare name, so a `t` in a
  // type predicate of core/page put components/i18n (Preact, its hooks, the polyfill) into the
  // content script of every page (issue 16). WXT's own names (defineContentScript…) stay.
  imports: { dirsScanOptions: { fileFilter: () => false } },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the popup/options keep no state outside IndexedDB, but the
    // background keeps per-tab match results in storage.session across SW restarts.
    // contextMenus: "Show Backstory for this article" and "Follow this story" on any page
    // (Firefox accepts this name as an alias of its `menus`).
    // sidePanel (Chrome): private mode shows the sidebar in the browser's side panel (below).
    // scripting (Chrome) and the hosts: the background runs the content script's article part
    // (content-article.js) in a frame whose content script found an article, with scripting.executeScript
    // (Firefox MV2: tabs.executeScript), which needs host permissions besides the content script's matches;
    // they are the same sites, so the install warning is the same (entrypoints/content/article-slot.ts).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The sidebar is an extension page framed inside the article's page, so
    // the page can neither read nor restyle it (as the Hypothesis client does).
    // use_dynamic_url (Chromium): the frame's URL uses a per-session id, so a page cannot frame
    // sidebar.html by a fixed address (nor probe for Backstory with it). Firefox's moz-extension
    // ids are already random per install, and its MV2 manifest has no such key. The frame is
    // still only its tab's with the content script's token (entrypoints/background/sidebar-mounts.ts).
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandToggle__',
      },
    },
    // Private mode (issue 13): the sidebar page in the browser's own side panel, which no page can see.
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'sidebar.html?panel=1', default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' }, open_at_install: false } }
      : { side_panel: { default_path: 'sidebar.html?panel=1' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The data-collection declaration came to Firefox for Android in 142 (desktop: 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
