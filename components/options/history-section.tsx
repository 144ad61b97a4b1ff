import { useState } from 'preact/hooks';
import { listDossiers } from '../../storage/dossiers';
import { clearHistory, listHistory, removeHistoryEntry } from '../../storage/history';
import { describeStorageError } from '../../storage/errors';
import { describeFailureText } from '../common/failure-text';
import type { Settings } from '../../storage/settings';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ConfirmButton } from '../common/confirm-button';
import { formatPartialDate, formatTimestamp, isHttpUrl } from '../common/format';
import { Switch } from '../common/switch';
import type { ToastMessage } from '../common/toast';

export function HistorySection(props: { settings: Settings; language: string; save: (patch: Partial<Settings>) => Promise<void>; notify: (message: ToastMessage) => void }) {
  const [query, setQuery] = useState('');
  const { value: rows } = useLiveQuery(() => listHistory({ query }), [query]);
  const { value: titles } = useLiveQuery(async () => new Map((await listDossiers()).map((row) => [row.id, row.title])), []);
  const { value: total } = useLiveQuery(async () => (await listHistory()).length, []);
  const act = async (fn: () => Promise<void>, done?: string) => {
    try {
      await fn();
      if (done) props.notify({ text: done });
    } catch (caught) {
      props.notify({ kind: 'error', text: describeFailureText(describeStorageError(caught)) });
    }
  };
  return (
    <section id="section-history" class="options-section" aria-labelledby="section-history-title" data-testid="section-history">
      <h2 id="section-history-title">{t('optHistory')}</h2>
      <div class="options-field">
        <Switch checked={props.settings.recordHistory} label={t('optRecordHistory')} onChange={(recordHistory) => props.save({ recordHistory })} />
      </div>
      <div class="options-row options-row--spread">
        <div role="search" class="options-search">
          <label for="history-search" class="ui-visually-hidden">
            {t('optSearchHistory')}
          </label>
          <input
            id="history-search"
            class="ui-input"
            type="search"
            placeholder={t('optSearchHistory')}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <span class="ui-muted" data-testid="history-count">
          {t('optHistoryCount', total ?? 0)}
        </span>
      </div>
      {rows && rows.length === 0 && <p class="ui-muted">{query.trim() ? t('optHistoryNoResults', query.trim()) : t('optHistoryEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul class="options-history" data-testid="history-list">
          {rows.map((row) => {
            const title = row.title || t('uiUntitled');
            const published = formatPartialDate(row.publishedAt, props.language);
            return (
              <li key={row.id} class="options-history__item" data-url={row.url}>
                <div class="options-history__text">
                  <p class="options-history__title" dir="auto" lang={row.language ?? undefined}>
                    {isHttpUrl(row.url) ? (
                      <a href={row.url} target="_blank" rel="noopener noreferrer">
                        {title}
                      </a>
                    ) : (
                      title
                    )}
                  </p>
                  <p class="options-history__meta ui-muted">
                    {[row.publisher, published && t('optPublished', published)].filter(Boolean).join(' · ')}
                  </p>
                  <p class="options-history__meta ui-muted">
                    <span class={`ui-tag${row.level === 'related' ? ' ui-tag--related' : ''}`} dir="auto">
                      {titles?.get(row.dossierId) ?? row.dossierId}
                    </span>{' '}
                    {t('optReadAt', formatTimestamp(row.readAt, props.language))}
                  </p>
                </div>
                <button
                  type="button"
                  class="ui-button ui-button--small ui-button--quiet"
                  aria-label={t('optRemoveEntry', title)}
                  onClick={() => act(() => removeHistoryEntry(row.id!))}
                >
                  {t('uiRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="options-row">
        <ConfirmButton
          label={t('optClearHistory')}
          question={t('optConfirmClearHistory')}
          confirmLabel={t('optYesClear')}
          disabled={!total}
          testId="clear-history"
          onConfirm={() => act(clearHistory, t('optHistoryCleared'))}
        />
      </div>
    </section>
  );
}
