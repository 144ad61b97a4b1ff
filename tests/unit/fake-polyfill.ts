// In unit tests `webextension-polyfill` is WXT's in-memory fake browser.
import { fakeBrowser } from 'wxt/testing/fake-browser';
export default fakeBrowser;
