import type { Settings, UiLanguage } from '../../storage/settings';
import { t } from '../i18n';

const CHOICES: { value: UiLanguage; key: string; lang?: string }[] = [
  { value: 'auto', key: 'optLanguageAuto' },
  { value: 'en', key: 'optLanguageEn', lang: 'en' },
  { value: 'ar', key: 'optLanguageAr', lang: 'ar' },
];

export function LanguageSection(props: { settings: Settings; save: (patch: Partial<Settings>) => Promise<void> }) {
  return (
    <section id="section-language" class="options-section" aria-labelledby="section-language-title" data-testid="section-language">
      <h2 id="section-language-title">{t('optLanguage')}</h2>
      <fieldset class="options-radios">
        <legend>{t('optLanguageLegend')}</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} class="options-radio">
            <input
              type="radio"
              name="ui-language"
              value={choice.value}
              checked={props.settings.uiLanguage === choice.value}
              onChange={() => props.save({ uiLanguage: choice.value })}
            />
            <span lang={choice.lang}>{t(choice.key)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
