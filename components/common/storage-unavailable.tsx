import { isRtlLanguage, resolveUiLanguage, t } from '../i18n';
import './base.css';
import './storage-unavailable.css';

// Firefox refuses IndexedDB to an extension's pages in a private window, and to the whole extension
// when every window is private ("Never remember history"): the database open fails with
// InvalidStateError. The popup and the options page read the database themselves, so they check it
// first (storage/db.ts canOpenDatabase) and say why they cannot show anything, instead of staying blank (docs/firefox.md).

/** What the popup or the options page shows when the database cannot be opened in this window. */
export function StorageUnavailable(props: { surface: 'popup' | 'options' }) {
  const language = resolveUiLanguage();
  document.documentElement.lang = language;
  document.documentElement.dir = isRtlLanguage(language) ? 'rtl' : 'ltr';
  return (
    <div class={`storage-unavailable storage-unavailable--${props.surface}`} data-testid="storage-unavailable" role="alert">
      <h1 class="storage-unavailable__brand">Backstory</h1>
      <p class="storage-unavailable__title">{t('storageUnavailableTitle')}</p>
      <p>{t('storageUnavailablePrivate')}</p>
      <p class="storage-unavailable__more">{t('storageUnavailableEverywhere')}</p>
    </div>
  );
}
