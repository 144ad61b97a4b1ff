import { useEffect, useState } from 'preact/hooks';
import { clearAllData, exportBackup, readStorageReport, restoreBackup, type StorageReport } from '../../storage/backup';
import { describeStorageError, type StorageFailure } from '../../storage/errors';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { getDb } from '../../storage/db';
import { ConfirmButton } from '../common/confirm-button';
import { downloadText } from '../common/download';
import { FileDrop } from '../common/file-drop';
import { formatBytes } from '../common/format';
import { describeFailureText } from '../common/failure-text';
import { ProblemList } from '../common/problems';
import type { ToastMessage } from '../common/toast';

function backupFileName(now = new Date()): string {
  return `backstory-backup-${now.toISOString().slice(0, 10)}.json`;
}

export function DataSection(props: { language: string; notify: (message: ToastMessage) => void }) {
  const [report, setReport] = useState<StorageReport | null>(null);
  const [failure, setFailure] = useState<StorageFailure | null>(null);
  // Re-measure when the data changes (here or in another page).
  const { value: stamp } = useLiveQuery(async () => {
    const db = getDb();
    return `${await db.dossiers.count()}/${await db.history.count()}`;
  }, []);
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

  async function restore(files: File[]) {
    const file = files[0];
    if (!file) return;
    setFailure(null);
    try {
      const result = await restoreBackup(await file.text());
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
      <div data-testid="restore-errors">{failure && <ProblemList title={t('optRestoreFailed')} failure={failure} problems={failure.problems} />}</div>
      <div class="options-row options-danger-zone">
        <ConfirmButton label={t('optClearAll')} question={t('optConfirmClearAll')} confirmLabel={t('optYesDeleteAll')} onConfirm={clearAll} testId="clear-all" />
      </div>
    </section>
  );
}
