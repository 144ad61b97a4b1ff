import { useCallback } from 'preact/hooks';
import { updateSettings, type Settings } from '../../storage/settings';
import { describeStorageError } from '../../storage/errors';
import { describeFailureText } from '../common/failure-text';
import { t } from '../i18n';
import { Toast, useToast } from '../common/toast';
import { BuiltinInstallNotice } from '../common/builtin-notice';
import { useSettingsAndLanguage } from '../common/use-page-language';
import { DataSection } from './data-section';
import { DossiersSection } from './dossiers-section';
import { HistorySection } from './history-section';
import { LanguageSection } from './language-section';
import { MatchingSection } from './matching-section';
import '../common/base.css';
import './options.css';

const SECTIONS = [
  { id: 'section-dossiers', key: 'optDossiers' },
  { id: 'section-matching', key: 'optMatching' },
  { id: 'section-history', key: 'optHistory' },
  { id: 'section-data', key: 'optData' },
  { id: 'section-language', key: 'optLanguage' },
];

export function OptionsApp() {
  const { settings, language, error } = useSettingsAndLanguage();
  const { toast, show, hide } = useToast();
  const save = useCallback(
    async (patch: Partial<Settings>) => {
      try {
        await updateSettings(patch);
      } catch (caught) {
        show({ kind: 'error', text: `${t('optSaveFailed')}: ${describeFailureText(describeStorageError(caught))}` });
      }
    },
    [show],
  );
  if (!settings) {
    return (
      <main class="options-main" aria-busy="true">
        {error !== undefined && <p role="alert">{describeFailureText(describeStorageError(error))}</p>}
      </main>
    );
  }
  document.title = t('optTitle');
  return (
    <div class="options" data-testid="options" data-language={language}>
      <header class="options-header">
        <h1 class="options-brand">{t('optTitle')}</h1>
      </header>
      <div class="options-layout">
        <nav class="options-nav" aria-label={t('optNavLabel')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{t(section.key)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="options-main">
          <BuiltinInstallNotice />
          <DossiersSection language={language} notify={show} />
          <MatchingSection settings={settings} save={save} />
          <HistorySection settings={settings} language={language} save={save} notify={show} />
          <DataSection language={language} notify={show} />
          <LanguageSection settings={settings} save={save} />
        </main>
      </div>
      <Toast toast={toast} onClose={hide} />
    </div>
  );
}
