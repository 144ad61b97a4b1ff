import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SidebarCommand, TabState } from '../../core/messages';
import type { Dossier } from '../../core/dossier/types';
import type { HistoryEntry, StoredDossier } from '../../storage/db';
import { getDossier, listDossiers } from '../../storage/dossiers';
import { listDismissalsFor, listHistory, stripHash, undoDismissal } from '../../storage/history';
import type { Dismissal } from '../../storage/db';
import { sendRequest } from '../../storage/messaging';
import { getPlatform } from '../../storage/platform';
import { getSidePanel } from '../../storage/side-panel';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { formatPartialDate, isHttpUrl, listCitationParts } from '../common/format';
import { useSettingsAndLanguage } from '../common/use-page-language';
import { describeTabState } from './describe-status';
import { findTargetTabId } from './tab-target';
import { BuiltinInstallNotice } from '../common/builtin-notice';
import { Toast, useToast } from '../common/toast';
import '../common/base.css';
import './popup.css';

const POLL_MS = 400;
const POLL_LIMIT = 15;

function useTabState(tabId: number | undefined) {
  const [state, setState] = useState<TabState | undefined>();
  const refresh = useCallback(async () => {
    if (tabId === undefined) return;
    try {
      setState(await sendRequest({ type: 'tab-state', tabId }));
    } catch {
      setState({ tabId, status: null, reachable: false });
    }
  }, [tabId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // A page still being read answers "pending": ask again for a few seconds.
  const isPending = state?.reachable === true && (!state.status || state.status.kind === 'pending');
  useEffect(() => {
    if (!isPending) return;
    let count = 0;
    const timer = window.setInterval(() => {
      if (++count > POLL_LIMIT) window.clearInterval(timer);
      else void refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [isPending, refresh]);
  return { state, refresh };
}

export function PopupApp() {
  const { settings, language } = useSettingsAndLanguage();
  const [tabId, setTabId] = useState<number | undefined>();
  const [hasNoTab, setNoTab] = useState(false);
  useEffect(() => {
    findTargetTabId()
      .then((id) => (id === undefined ? setNoTab(true) : setTabId(id)))
      .catch(() => setNoTab(true));
  }, []);
  const { state, refresh } = useTabState(tabId);
  const [notice, setNotice] = useState<string | null>(null);
  const { toast, show, hide } = useToast();

  const command = async (cmd: SidebarCommand) => {
    if (tabId === undefined) return false;
    setNotice(null);
    if (settings?.privateMode && cmd.command === 'open') {
      // Private mode: the sidebar is the browser's side panel, opened in this click's own handler
      // (the browsers open it only during a user gesture), before anything is awaited.
      const opened = await getSidePanel().open(tabId);
      if (!opened) setNotice(t('popupPageNoAnswer'));
      else if (!new URLSearchParams(location.search).has('tab')) window.close();
      return opened;
    }
    try {
      const reply = await sendRequest({ type: 'tab-command', tabId, command: cmd });
      if (!reply.ok && cmd.command !== 'recheck') setNotice(t('popupPageNoAnswer'));
      await refresh();
      return reply.ok;
    } catch {
      setNotice(t('popupPageNoAnswer'));
      return false;
    }
  };

  // The sidebar opened on the page is where the reader goes on: the popup's job is done.
  const closeAfter = async (sent: Promise<boolean>) => {
    if ((await sent) && !new URLSearchParams(location.search).has('tab')) window.close();
    return sent;
  };

  const openOptions = async () => {
    await getPlatform().openOptionsPage();
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  };

  if (!settings) return <main class="popup" aria-busy="true" />;
  const view = hasNoTab ? { kind: 'unmatched' as const, messageKey: 'popupUnreachable', canRun: false } : describeTabState(state);
  const best = view.kind === 'matched' ? state?.status?.matches?.[0] : undefined;

  return (
    <div class="popup" data-testid="popup" data-view={view.kind}>
      <header class="popup__header">
        <h1 class="popup__brand">Backstory</h1>
        <button type="button" class="ui-button ui-button--quiet ui-button--small" onClick={openOptions} data-testid="popup-options">
          {t('popupOptions')}
        </button>
      </header>
      <main class="popup__main">
        <BuiltinInstallNotice compact />
        {(view.kind === 'loading' || view.kind === 'pending') && (
          <p class="ui-muted" role="status" data-testid="popup-pending">
            {view.kind === 'pending' ? t('popupPending') : t('uiLoading')}
          </p>
        )}
        {view.kind === 'matched' && best && state?.status && (
          <MatchedView
            dossierId={best.dossierId}
            level={best.level}
            topicLabel={best.label}
            metadata={state.status.metadata}
            language={language}
            onOpen={() => command({ command: 'open' })}
            onDismiss={async (title) => {
              if (!state.status) return;
              const url = state.status.url;
              const dossierId = best.dossierId;
              await sendRequest({ type: 'dismiss', dossierId, scope: 'page', url });
              await command({ command: 'recheck' });
              show({
                text: t('popupDismissedDone', title),
                onUndo: async () => {
                  const [row] = (await listDismissalsFor(url)).filter((d) => d.dossierId === dossierId && d.scope === 'page');
                  if (row?.id !== undefined) await undoDismissal(row.id);
                  await command({ command: 'recheck' });
                  show({ text: t('popupUndone') });
                },
              });
            }}
          />
        )}
        {view.kind === 'unmatched' && (
          <UnmatchedView
            message={t(view.messageKey)}
            canRun={view.canRun && !hasNoTab}
            isArticle={isArticleKind(state?.status?.kind)}
            onRecheck={() => command({ command: 'recheck' })}
            onOpenWith={(dossierId) => command({ command: 'open', dossierId })}
            onOpenArticle={() => closeAfter(command({ command: 'open' }))}
            onFollow={() => closeAfter(command({ command: 'open', intent: 'follow' }))}
          >
            {state?.status?.kind === 'dismissed' && (
              <DismissedUndo
                url={state.status.url}
                onUndone={async () => {
                  await command({ command: 'recheck' });
                  show({ text: t('popupUndone') });
                }}
              />
            )}
          </UnmatchedView>
        )}
        {notice && (
          <p class="popup__notice" role="alert">
            {notice}
          </p>
        )}
        <RecentReads dossierId={best?.dossierId} currentUrl={state?.status?.url} language={language} />
      </main>
      <Toast toast={toast} onClose={hide} />
    </div>
  );
}

function sourceNumberer(dossier: Dossier) {
  const index = new Map(dossier.sources.map((source, i) => [source.id, i + 1]));
  // The same numbers as the sidebar's sources list (the dossier's order), ascending after each point.
  return (id: string) => ({ id, n: index.get(id), title: dossier.sources.find((s) => s.id === id)?.title ?? id });
}

function MatchedView(props: {
  dossierId: string;
  level: 'story' | 'related';
  topicLabel: string;
  metadata: NonNullable<TabState['status']>['metadata'];
  language: string;
  onOpen: () => void;
  onDismiss: (title: string) => void | Promise<void>;
}) {
  const { value: row, error } = useLiveQuery(() => getDossier(props.dossierId), [props.dossierId]);
  const [isBusy, setBusy] = useState(false);
  const run = async (fn: () => void | Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const dossier = row?.dossier;
  const numberOf = dossier ? sourceNumberer(dossier) : undefined;
  const metadata = props.metadata;
  const citation = metadata
    ? listCitationParts({ publisher: metadata.publisher, authors: metadata.authors, date: formatPartialDate(metadata.publishedAt, props.language) }, (names) => t('uiBy', names))
    : [];
  return (
    <section class="popup__matched" aria-labelledby="popup-dossier-title" data-testid="popup-matched" data-dossier-id={props.dossierId}>
      <p class="popup__verdict">
        <span class={`ui-tag${props.level === 'related' ? ' ui-tag--related' : ''}`}>{props.level === 'story' ? t('uiLevelStory') : t('uiLevelRelated')}</span>{' '}
        {props.level === 'story' ? t('popupMatchedStory') : t('popupMatchedRelated')}
      </p>
      {row === undefined && !error && <p class="ui-muted">{t('uiLoading')}</p>}
      {(row === null || (row === undefined && error)) && <p>{t('popupDossierGone')}</p>}
      {dossier && (
        <>
          <h2 id="popup-dossier-title" class="popup__title" dir="auto">
            {dossier.title}
          </h2>
          {props.topicLabel && props.topicLabel !== dossier.title && (
            <p class="popup__topic ui-muted" dir="auto">
              {t('popupMatchedBy', props.topicLabel)}
            </p>
          )}
          <p class="popup__headline" dir="auto" data-testid="popup-headline">
            {dossier.summary.headline}
          </p>
          {dossier.summary.keyPoints.length > 0 && (
            <>
              <h3 class="popup__subhead">{t('popupKeyPoints')}</h3>
              <ul class="popup__points" dir="auto">
                {dossier.summary.keyPoints.slice(0, 3).map((point, i) => (
                  <li key={i}>
                    {point.text}
                    {point.sources.map((id) => numberOf!(id)).sort((a, b) => (a.n ?? 0) - (b.n ?? 0)).map(({ id, n, title }) => {
                      return (
                        <sup class="ui-marker" key={id} title={title}>
                          <span aria-hidden="true">{n ?? '?'}</span>
                          <span class="ui-visually-hidden">{t('popupSourceMarker', n ?? '?', title)}</span>
                        </sup>
                      );
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {metadata && (metadata.title || citation.length > 0) && (
        <div class="popup__article">
          <h3 class="popup__subhead">{t('popupThisArticle')}</h3>
          {metadata.title && (
            <p class="popup__article-title" dir="auto">
              {metadata.title}
            </p>
          )}
          {citation.length > 0 && (
            // Each part isolated: an English outlet beside an Arabic date must not reorder the line.
            <p class="popup__citation ui-muted" data-testid="popup-citation">
              {citation.map((part, i) => (
                <span key={i}>
                  {i > 0 && ' · '}
                  <bdi>{part}</bdi>
                </span>
              ))}
            </p>
          )}
        </div>
      )}
      <div class="popup__actions">
        <button type="button" class="ui-button ui-button--primary" disabled={isBusy} onClick={() => run(props.onOpen)} data-testid="popup-open">
          {t('popupOpenSidebar')}
        </button>
        <button type="button" class="ui-button" disabled={isBusy} onClick={() => run(() => props.onDismiss(dossier?.title ?? props.topicLabel))} data-testid="popup-dismiss">
          {t('popupNotAbout')}
        </button>
      </div>
    </section>
  );
}

/** A page the reader said is not about a story: which story, page or whole site, and Undo. */
function DismissedUndo(props: { url: string; onUndone: () => Promise<void> }) {
  const { value: rows } = useLiveQuery(() => listDismissalsFor(props.url), [props.url]);
  const { value: titles } = useLiveQuery(async () => new Map((await listDossiers()).map((row) => [row.id, row.title])), []);
  const [isBusy, setBusy] = useState(false);
  if (!rows?.length) return null;
  return (
    <ul class="popup__dismissals" data-testid="popup-dismissals">
      {rows.map((row: Dismissal) => (
        <li key={row.id} data-scope={row.scope}>
          <span dir="auto">{t('popupDismissedOn', titles?.get(row.dossierId) ?? row.dossierId, row.scope === 'site' ? t('popupScopeSite', row.target) : t('popupScopePage'))}</span>{' '}
          <button
            type="button"
            class="ui-button ui-button--small"
            disabled={isBusy}
            data-testid="popup-undo-dismiss"
            onClick={async () => {
              setBusy(true);
              try {
                await undoDismissal(row.id!);
                await props.onUndone();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('popupUndoDismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** An article none of the reader's stories matched (or one they said is not about them). */
function isArticleKind(kind: string | undefined): boolean {
  return kind === 'no-match' || kind === 'dismissed';
}

function UnmatchedView(props: {
  message: string;
  canRun: boolean;
  isArticle: boolean;
  onRecheck: () => Promise<unknown>;
  onOpenWith: (dossierId: string) => Promise<unknown>;
  onOpenArticle: () => Promise<unknown>;
  onFollow: () => Promise<unknown>;
  /** Shown right after the reason (a dismissed page's Undo). */
  children?: ComponentChildren;
}) {
  const { value: dossiers } = useLiveQuery(listDossiers, []);
  const [picked, setPicked] = useState('');
  const [isBusy, setBusy] = useState(false);
  const choice = picked || dossiers?.[0]?.id || '';
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="popup__unmatched" data-testid="popup-unmatched">
      <p class="popup__reason" data-testid="popup-reason">
        {props.message}
      </p>
      {props.children}
      {props.canRun && (
        <>
          {props.isArticle && (
            <div class="popup__actions">
              <button type="button" class="ui-button ui-button--primary" disabled={isBusy} onClick={() => run(props.onFollow)} data-testid="popup-follow">
                {t('popupFollow')}
              </button>
              <button type="button" class="ui-button" disabled={isBusy} onClick={() => run(props.onOpenArticle)} data-testid="popup-open-article">
                {t('popupOpenArticle')}
              </button>
            </div>
          )}
          <div class="popup__actions">
            <button type="button" class="ui-button" disabled={isBusy} onClick={() => run(props.onRecheck)} data-testid="popup-recheck">
              {t('popupCheckAgain')}
            </button>
          </div>
          {dossiers && dossiers.length > 0 && (
            <form
              class="popup__open-with"
              onSubmit={(event) => {
                event.preventDefault();
                if (choice) void run(() => props.onOpenWith(choice));
              }}
            >
              <label for="popup-open-with">{t('popupOpenWith')}</label>
              <div class="popup__open-with-row">
                <select id="popup-open-with" class="ui-select" value={choice} onChange={(event) => setPicked(event.currentTarget.value)}>
                  {dossiers.map((row: StoredDossier) => (
                    <option key={row.id} value={row.id}>
                      {row.title}
                    </option>
                  ))}
                </select>
                <button type="submit" class="ui-button" disabled={isBusy || !choice} data-testid="popup-open-with">
                  {t('popupOpenAnyway')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}

function RecentReads(props: { dossierId?: string; currentUrl?: string; language: string }) {
  // The page in this tab is not "read elsewhere": leave it out.
  const current = props.currentUrl ? stripHash(props.currentUrl) : null;
  const { value: rows } = useLiveQuery(
    async () => (await listHistory({ dossierId: props.dossierId, limit: 6 })).filter((row) => row.url !== current).slice(0, 5),
    [props.dossierId, current],
  );
  const { value: titles } = useLiveQuery(async () => new Map((await listDossiers()).map((row) => [row.id, row.title])), []);
  if (!rows || (rows.length === 0 && !props.dossierId)) return null;
  return (
    <section class="popup__recent" aria-labelledby="popup-recent-title" data-testid="popup-recent">
      <h2 id="popup-recent-title" class="popup__subhead">
        {props.dossierId ? t('popupRecentStory') : t('popupRecentAll')}
      </h2>
      {rows.length === 0 ? (
        <p class="ui-muted">{t('popupNoRecent')}</p>
      ) : (
        <ul class="popup__recent-list">
          {rows.map((row: HistoryEntry) => {
            const meta = [row.publisher, formatPartialDate(row.publishedAt, props.language), props.dossierId ? null : titles?.get(row.dossierId)].filter((part): part is string => Boolean(part));
            return (
              <li key={row.id}>
                {isHttpUrl(row.url) ? (
                  <a href={row.url} target="_blank" rel="noopener noreferrer" dir="auto" lang={row.language ?? undefined} class="popup__recent-title">
                    {row.title || t('uiUntitled')}
                  </a>
                ) : (
                  <span class="popup__recent-title" dir="auto">{row.title || t('uiUntitled')}</span>
                )}
                {meta.length > 0 && (
                  <span class="popup__recent-meta ui-muted">
                    {meta.map((part, i) => (
                      <span key={i}>
                        {i > 0 && ' · '}
                        <bdi>{part}</bdi>
                      </span>
                    ))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
