import { useEffect, useState } from 'preact/hooks';
import { SENSITIVITY_RANGE, type Settings } from '../../storage/settings';
import { t } from '../i18n';
import { Switch } from '../common/switch';
import { SiteList } from './site-list';

export function MatchingSection(props: { settings: Settings; save: (patch: Partial<Settings>) => Promise<void> }) {
  const { settings, save } = props;
  // The slider moves freely; the setting is written when the user lets go.
  const [sensitivity, setSensitivity] = useState(settings.sensitivity);
  useEffect(() => setSensitivity(settings.sensitivity), [settings.sensitivity]);
  return (
    <section id="section-matching" class="options-section" aria-labelledby="section-matching-title" data-testid="section-matching">
      <h2 id="section-matching-title">{t('optMatching')}</h2>
      <div class="options-field">
        <label for="sensitivity" class="options-label">
          {t('optSensitivity')}
        </label>
        <div class="options-slider">
          <span aria-hidden="true">{t('optSensitivityBroad')}</span>
          <input
            id="sensitivity"
            type="range"
            min={SENSITIVITY_RANGE.min}
            max={SENSITIVITY_RANGE.max}
            step={0.05}
            value={sensitivity}
            aria-describedby="sensitivity-hint"
            aria-valuetext={`${sensitivity.toFixed(2)} (${t('optSensitivityBroad')} ${SENSITIVITY_RANGE.min} – ${t('optSensitivityStrict')} ${SENSITIVITY_RANGE.max})`}
            onInput={(event) => setSensitivity(Number(event.currentTarget.value))}
            onChange={(event) => save({ sensitivity: Number(event.currentTarget.value) })}
          />
          <span aria-hidden="true">{t('optSensitivityStrict')}</span>
          <output for="sensitivity" class="options-slider__value">
            ×{sensitivity.toFixed(2)}
          </output>
        </div>
        <p id="sensitivity-hint" class="ui-muted options-hint">
          {t('optSensitivityHint')}
        </p>
      </div>
      <div class="options-field">
        <Switch checked={settings.autoOpen} label={t('optAutoOpen')} onChange={(autoOpen) => save({ autoOpen })} />
        <p class="ui-muted options-hint">{t('optAutoOpenHint')}</p>
      </div>
      <div class="options-field" data-testid="private-mode">
        <Switch checked={settings.privateMode} label={t('optPrivateMode')} onChange={(privateMode) => save({ privateMode })} />
        <p class="ui-muted options-hint">{t('optPrivateModeHint')}</p>
      </div>
      <SiteList id="blocked-sites" title={t('optBlockedSites')} sites={settings.blockedSites} onChange={(blockedSites) => save({ blockedSites })} />
      <SiteList id="allowed-sites" title={t('optAllowedSites')} hint={t('optAllowedHint')} sites={settings.allowedSites} onChange={(allowedSites) => save({ allowedSites })} />
    </section>
  );
}
