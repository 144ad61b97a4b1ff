import { useEffect, useRef, useState } from 'preact/hooks';
import { applyBackup, clearAllData, countStoredData, exportBackup, readBackup, readStorageReport, type BackupPlan, type DataCounts, type StorageReport } from '../../storage/backup';
import { describeStorageError, type StorageFailure } from '../../storage/errors';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { ConfirmButton } from '../common/confirm-button';
import { downloadText } from '../common/download';
import { FileDrop } from '../common/file-drop';
import { formatBytes } from '../common/format';
import { describeFailureText } from '../common/failure-text';
import { ProblemList } from '../common/problems';
import type { ToastMessage } from '../common/toast';
import { RememberedData } from './remembered-data';

function backupFileName(now = new Date()): string {
  return `backstory-backup-${now.toISOString().slice(0, 10)}.json`;
}

export function DataSection(props: { language: string; notify: (message: ToastMessage) => void }) {
  const [report, setReport] = useState<StorageReport | null>(null);
  const [failure, setFailure] = useState<StorageFailure | null>(null);
  // Re-measure when the data changes (here or in another page).
  const { value: counts } = useLiveQuery(countStoredData, []);
  const stamp = counts ? `${counts.dossiers}/${counts.history}/${counts.dismissals}/${counts.sites}` : undefined;
  // A backup read and checked, waiting for the reader to confirm what it replaces.
  const [pending, setPending] = useState<BackupPlan | null>(null);
  useEffect(() => {
    let isCurrent = true;
    // true: also asks the browser to keep our data under storage pressure.
    readStorageReport(true)
      .then((next) => isCurrent && setReport(next))
      .catch(() => isCurrent && setReport({ usageBytes: null, quotaBytes: null, persisted: null }));
    return () => {
      isCurrent = false;
    };
  }, [stamp]);

  async function backup() {
    try {
      downloadText(backupFileName(), await exportBackup());
      props.notify({ text: t('optBackupDone') });
    } catch (caught) {
      props.notify({ kind: 'error', text: describeFailureText(describeStorageError(caught)) });
    }
  }

  /** Reads the file and asks first: nothing is replaced until the reader has seen what will be. */
  async function restore(files: File[]) {
    const file = files[0];
    if (!file) return;
    setFailure(null);
    setPending(null);
    try {
      const plan = readBackup(await file.text());
      if (plan.ok) setPending(plan);
      else setFailure(plan);
    } catch (caught) {
      setFailure(describeStorageError(caught));
    }
  }

  async function confirmRestore(plan: BackupPlan) {
    setPending(null);
    try {
      const result = await applyBackup(plan);
      if (result.ok) props.notify({ text: t('optRestored', result.dossiers, result.history) });
      else setFailure(result);
    } catch (caught) {
      setFailure(describeStorageError(caught));
    }
  }

  async function clearAll() {
    try {
      await clearAllData();
      props.notify({ text: t('optCleared') });
    } catch (caught) {
      props.notify({ kind: 'error', text: describeFailureText(describeStorageError(caught)) });
    }
  }

  const persistence = report?.persisted === true ? t('optPersisted') : report?.persisted === false ? t('optNotPersisted') : t('optPersistUnknown');
  return (
    <section id="section-data" class="options-section" aria-labelledby="section-data-title" data-testid="section-data">
      <h2 id="section-data-title">{t('optData')}</h2>
      <p class="options-privacy" data-testid="privacy">
        {t('optPrivacy')}
      </p>
      <div class="options-field" data-testid="storage-report">
        {!report ? (
          <p class="ui-muted">{t('uiLoading')}</p>
        ) : (
          <>
            <p>
              {report.usageBytes !== null && report.quotaBytes !== null
                ? t('optStorageUsed', formatBytes(report.usageBytes, props.language), formatBytes(report.quotaBytes, props.language))
                : t('optStorageUnknown')}
            </p>
            <p class={report.persisted === false ? 'options-warning' : 'ui-muted'}>{persistence}</p>
            {counts && (
              <p data-testid="stored-counts">{t('optStoredCounts', counts.dossiers.toLocaleString(props.language), counts.history.toLocaleString(props.language), counts.dismissals.toLocaleString(props.language), counts.sites.toLocaleString(props.language))}</p>
            )}
          </>
        )}
      </div>
      <div class="options-row">
        <button type="button" class="ui-button ui-button--primary" onClick={backup} data-testid="backup">
          {t('optBackup')}
        </button>
      </div>
      <h3 class="options-subhead">{t('optRestore')}</h3>
      <FileDrop inputId="backup-file" accept=".json,application/json" hint={t('optRestoreHint')} onFiles={restore} />
      {pending && counts && (
        <RestoreConfirm
          plan={pending}
          current={counts}
          language={props.language}
          onConfirm={() => confirmRestore(pending)}
          onCancel={() => {
            setPending(null);
            props.notify({ text: t('optRestoreCancelled') });
          }}
        />
      )}
      <div data-testid="restore-errors">{failure && <ProblemList title={t('optRestoreFailed')} failure={failure} problems={failure.problems} />}</div>
      <RememberedData language={props.language} notify={props.notify} />
      <div class="options-row options-danger-zone">
        <ConfirmButton label={t('optClearAll')} question={counts ? t('optConfirmClearAllCounts', counts.dossiers, counts.history, counts.dismissals, counts.sites) : t('optConfirmClearAll')} confirmLabel={t('optYesDeleteAll')} onConfirm={clearAll} testId="clear-all" />
      </div>
    </section>
  );
}

function formatExportDate(value: string | null, language: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
  } catch {
    return value.slice(0, 10);
  }
}

/** What the backup holds and what it replaces, counted, before anything is replaced. */
function RestoreConfirm(props: { plan: BackupPlan; current: DataCounts; language: string; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const holds = props.plan.holds;
  const current = props.current;
  const made = formatExportDate(props.plan.exportedAt, props.language);
  const n = (value: number) => value.toLocaleString(props.language);
  return (
    <div ref={ref} tabIndex={-1} class="options-restore-confirm" role="group" aria-labelledby="restore-confirm-title" data-testid="restore-confirm">
      <h4 id="restore-confirm-title">{t('optRestoreConfirmTitle')}</h4>
      <p data-testid="restore-holds">
        {made
          ? t('optRestoreHoldsDated', n(holds.dossiers), n(holds.history), n(holds.dismissals), n(holds.sites), made)
          : t('optRestoreHolds', n(holds.dossiers), n(holds.history), n(holds.dismissals), n(holds.sites))}
      </p>
      <p data-testid="restore-replaces">{t('optRestoreReplaces', n(current.dossiers), n(current.history), n(current.dismissals), n(current.sites))}</p>
      <div class="options-row">
        <button type="button" class="ui-button ui-button--danger" onClick={props.onConfirm} data-testid="restore-yes">
          {t('optRestoreYes')}
        </button>
        <button type="button" class="ui-button" onClick={props.onCancel} data-testid="restore-cancel">
          {t('uiCancel')}
        </button>
      </div>
    </div>
  );
}
