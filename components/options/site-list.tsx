import { useState } from 'preact/hooks';
import { normalizeHosts } from '../../storage/settings';
import { t } from '../i18n';

/** An editable list of host names ("never run here", "only run here"). */
export function SiteList(props: { id: string; title: string; hint?: string; sites: string[]; onChange: (sites: string[]) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const hosts = normalizeHosts([draft]);
    if (!draft.trim()) return;
    if (hosts.length === 0) {
      setInvalid(draft);
      return;
    }
    setInvalid(null);
    await props.onChange([...props.sites, ...hosts]);
    setDraft('');
  };
  const inputId = `${props.id}-input`;
  return (
    <fieldset class="options-sites" data-testid={props.id}>
      <legend>{props.title}</legend>
      {props.hint && <p class="ui-muted options-hint">{props.hint}</p>}
      {props.sites.length === 0 ? (
        <p class="ui-muted">{t('optNoSites')}</p>
      ) : (
        <ul class="options-sites__list">
          {props.sites.map((site) => (
            <li key={site}>
              <span dir="ltr">{site}</span>
              <button type="button" class="ui-button ui-button--small ui-button--quiet" aria-label={t('optRemoveSite', site)} onClick={() => props.onChange(props.sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="options-row" onSubmit={add}>
        <label for={inputId} class="ui-visually-hidden">
          {t('optSiteInput')}
        </label>
        <input
          id={inputId}
          class="ui-input"
          dir="ltr"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('optSiteInput')}
          value={draft}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? `${inputId}-error` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="ui-button">
          {t('optAddSite')}
        </button>
      </form>
      {invalid && (
        <p id={`${inputId}-error`} class="options-error" role="alert">
          {t('optSiteInvalid', invalid)}
        </p>
      )}
    </fieldset>
  );
}
