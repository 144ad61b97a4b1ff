import type { Dismissal, SidebarState } from '../../storage/db';
import { listDossiers } from '../../storage/dossiers';
import { describeStorageError } from '../../storage/errors';
import { listDismissals, undoAllDismissals, undoDismissal } from '../../storage/history';
import { forgetAllSiteStates, forgetSiteState, listSiteStates } from '../../storage/settings';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { formatTimestamp } from '../common/format';
import { describeFailureText } from '../common/failure-text';
import type { ToastMessage } from '../common/toast';

const STATE_KEYS: Record<SidebarState, string> = { open: 'optStateOpen', collapsed: 'optStateCollapsed', closed: 'optStateClosed' };

/**
 * What Backstory remembers per site besides history: the sidebar's state as the reader last left it,
 * and "not about this story" choices. Each can be forgotten (a dismissal undone brings back the
 * history it took out).
 */
export function RememberedData(props: { language: string; notify: (message: ToastMessage) => void }) {
  const { value: sites } = useLiveQuery(listSiteStates, []);
  const { value: dismissals } = useLiveQuery(async () => (await listDismissals()).sort((a, b) => b.createdAt - a.createdAt), []);
  const { value: titles } = useLiveQuery(async () => new Map((await listDossiers()).map((row) => [row.id, row.title])), []);

  async function act(fn: () => Promise<string>) {
    try {
      props.notify({ text: await fn() });
    } catch (caught) {
      props.notify({ kind: 'error', text: describeFailureText(describeStorageError(caught)) });
    }
  }

  const where = (row: Dismissal) => (row.scope === 'site' ? t('optDismissedSite', row.target) : t('optDismissedPage', row.target));
  return (
    <>
      <h3 class="options-subhead" id="remembered-sites-title">
        {t('optRemembered')}
      </h3>
      <p class="ui-muted options-hint">{t('optRememberedHint')}</p>
      <div data-testid="remembered-sites" data-count={sites?.length ?? 0}>
        {sites && sites.length === 0 && <p class="ui-muted">{t('optNoRemembered')}</p>}
        {sites && sites.length > 0 && (
          <>
            <ul class="options-remembered" aria-labelledby="remembered-sites-title">
              {sites.map((site) => (
                <li key={site.host} data-host={site.host} data-state={site.sidebarState} class="options-remembered__item">
                  <span>
                    <bdi dir="ltr">{site.host}</bdi>: {t(STATE_KEYS[site.sidebarState] ?? 'optStateOpen')}
                  </span>
                  <button
                    type="button"
                    class="ui-button ui-button--small"
                    aria-label={t('optForgetSite', site.host)}
                    onClick={() =>
                      act(async () => {
                        await forgetSiteState(site.host);
                        return t('optForgotten', site.host);
                      })
                    }
                  >
                    {t('optForget')}
                  </button>
                </li>
              ))}
            </ul>
            {sites.length > 1 && (
              <div class="options-row">
                <button
                  type="button"
                  class="ui-button ui-button--small"
                  data-testid="forget-all-sites"
                  onClick={() =>
                    act(async () => {
                      await forgetAllSiteStates();
                      return t('optForgotten', t('optRemembered'));
                    })
                  }
                >
                  {t('optForgetAll')}
                </button>
              </div>
            )}
          </>
        )}
      </div>

      <h3 class="options-subhead" id="dismissals-title">
        {t('optDismissals')}
      </h3>
      <p class="ui-muted options-hint">{t('optDismissalsHint')}</p>
      <div data-testid="dismissals" data-count={dismissals?.length ?? 0}>
        {dismissals && dismissals.length === 0 && <p class="ui-muted">{t('optNoDismissals')}</p>}
        {dismissals && dismissals.length > 0 && (
          <>
            <ul class="options-remembered" aria-labelledby="dismissals-title">
              {dismissals.map((row) => {
                const title = titles?.get(row.dossierId) ?? row.dossierId;
                return (
                  <li key={row.id} data-target={row.target} data-scope={row.scope} data-dossier-id={row.dossierId} class="options-remembered__item">
                    <span>
                      <bdi>{title}</bdi> — {where(row)}{' '}
                      <span class="ui-muted">({formatTimestamp(row.createdAt, props.language)})</span>
                    </span>
                    <button
                      type="button"
                      class="ui-button ui-button--small"
                      aria-label={t('optUndoDismissalOf', title, row.target)}
                      onClick={() => act(async () => t('optUndoneDismissal', await undoDismissal(row.id!)))}
                    >
                      {t('optUndoDismissal')}
                    </button>
                  </li>
                );
              })}
            </ul>
            {dismissals.length > 1 && (
              <div class="options-row">
                <button type="button" class="ui-button ui-button--small" data-testid="undo-all-dismissals" onClick={() => act(async () => t('optUndoneDismissal', await undoAllDismissals()))}>
                  {t('optUndoAllDismissals')}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </>
  );
}
