import { useState } from 'preact/hooks';
import type { StoredDossier } from '../../storage/db';
import { deleteDossier, exportDossier, importDossierText, listDossiers, restoreBuiltinDossier, setDossierEnabled, undoDeleteDossier } from '../../storage/dossiers';
import { describeStorageError, type StorageFailure } from '../../storage/errors';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { downloadText } from '../common/download';
import { FileDrop } from '../common/file-drop';
import { formatPartialDate, toDossierFileName } from '../common/format';
import { describeFailureText } from '../common/failure-text';
import { ProblemList } from '../common/problems';
import { Switch } from '../common/switch';
import type { ToastMessage } from '../common/toast';
import { DossierEditor } from './dossier-editor';
import { DossierView } from './dossier-view';

// Files bigger than this are refused before reading: the importer's own limit is 5 MB of text.
const MAX_FILE_BYTES = 8 * 1024 * 1024;

interface ImportFailure {
  fileName: string;
  /** From storage, worded in the UI language when shown; `message` for failures the UI words itself. */
  failure?: StorageFailure;
  message?: string;
}

export function DossiersSection(props: { language: string; notify: (message: ToastMessage) => void }) {
  const { value: rows, error } = useLiveQuery(listDossiers, []);
  const [failures, setFailures] = useState<ImportFailure[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  // One dossier at a time is edited; its editor keeps its draft while the list around it re-renders.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function importFiles(files: File[]) {
    setBusy(true);
    const failed: ImportFailure[] = [];
    const done: string[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        failed.push({ fileName: file.name, message: t('optFileTooBig') });
        continue;
      }
      try {
        const result = await importDossierText(await file.text());
        if (result.ok) done.push(t(result.created ? 'optImported' : 'optReimported', result.dossier.title));
        else failed.push({ fileName: file.name, failure: result });
      } catch (caught) {
        failed.push({ fileName: file.name, failure: describeStorageError(caught) });
      }
    }
    setFailures(failed);
    setBusy(false);
    if (done.length) props.notify({ text: done.join(' ') });
  }

  async function act(fn: () => Promise<void>) {
    try {
      await fn();
    } catch (caught) {
      props.notify({ kind: 'error', text: describeFailureText(describeStorageError(caught)) });
    }
  }

  async function remove(row: StoredDossier) {
    await act(async () => {
      const deleted = await deleteDossier(row.id);
      if (openId === row.id) setOpenId(null);
      if (editingId === row.id) setEditingId(null);
      if (deleted) props.notify({ text: t('optDeleted', row.title), onUndo: () => act(() => undoDeleteDossier(deleted)) });
    });
  }

  async function exportOne(id: string) {
    await act(async () => {
      const text = await exportDossier(id);
      if (text) downloadText(toDossierFileName(id), text);
    });
  }

  async function exportAll() {
    if (!rows?.length) return;
    await act(async () => {
      // One importable file per dossier, rather than a bundle the importer would refuse.
      for (const row of rows) {
        await exportOne(row.id);
        await new Promise((resolve) => setTimeout(resolve, 150)); // browsers drop rapid back-to-back downloads
      }
      props.notify({ text: t('optExportAllDone', rows.length) });
    });
  }

  async function restoreBuiltin() {
    const result = await restoreBuiltinDossier();
    props.notify(result.ok ? { text: t('optBuiltinRestored') } : { kind: 'error', text: describeFailureText(result) });
  }

  return (
    <section id="section-dossiers" class="options-section" aria-labelledby="section-dossiers-title" data-testid="section-dossiers">
      <h2 id="section-dossiers-title">{t('optDossiers')}</h2>
      <p class="ui-muted">{t('optDossiersIntro')}</p>
      {error !== undefined && <ProblemList title={t('optSaveFailed')} failure={describeStorageError(error)} />}
      {rows && rows.length === 0 && <p data-testid="no-dossiers">{t('optNoDossiers')}</p>}
      {rows && rows.length > 0 && (
        <ul class="options-dossiers" data-testid="dossier-list">
          {rows.map((row) => (
            <li key={row.id} class="options-dossier" data-dossier-id={row.id} data-enabled={row.enabled ? 'true' : 'false'}>
              <div class="options-dossier__head">
                <div class="options-dossier__text">
                  <h3 class="options-dossier__title" dir="auto" lang={row.dossier.language}>
                    {row.title}
                  </h3>
                  <p class="options-dossier__meta ui-muted">
                    {row.origin === 'builtin' && <span class="ui-tag ui-tag--neutral">{t('uiBuiltin')}</span>}{' '}
                    {t('optDossierCounts', row.sourceCount, row.eventCount)} · {t('optDossierUpdated', formatPartialDate(row.dossier.updatedAt, props.language) ?? '')}
                  </p>
                </div>
                <Switch
                  checked={row.enabled === 1}
                  label={<span class="ui-visually-hidden">{t('optEnableDossier', row.title)}</span>}
                  onChange={(enabled) => act(() => setDossierEnabled(row.id, enabled))}
                />
              </div>
              <div class="options-dossier__actions">
                <button
                  type="button"
                  class="ui-button ui-button--small"
                  aria-expanded={openId === row.id ? 'true' : 'false'}
                  aria-controls={`dossier-view-${row.id}`}
                  aria-label={openId === row.id ? undefined : t('optViewLabel', row.title)}
                  onClick={() => setOpenId(openId === row.id ? null : row.id)}
                >
                  {openId === row.id ? t('optHide') : t('optView')}
                </button>
                <button
                  type="button"
                  class="ui-button ui-button--small"
                  aria-expanded={editingId === row.id ? 'true' : 'false'}
                  aria-controls={`dossier-editor-${row.id}`}
                  aria-label={t('editOpenLabel', row.title)}
                  data-testid="edit-dossier"
                  disabled={editingId !== null && editingId !== row.id}
                  onClick={() => setEditingId(row.id)}
                >
                  {t('editOpen')}
                </button>
                <button type="button" class="ui-button ui-button--small" aria-label={t('optExportLabel', row.title)} onClick={() => exportOne(row.id)}>
                  {t('optExport')}
                </button>
                <button type="button" class="ui-button ui-button--small ui-button--danger" aria-label={t('optDeleteLabel', row.title)} onClick={() => remove(row)}>
                  {t('optDelete')}
                </button>
              </div>
              {editingId === row.id && (
                <div id={`dossier-editor-${row.id}`} class="options-dossier__view">
                  <DossierEditor row={row} notify={props.notify} onClose={() => setEditingId(null)} />
                </div>
              )}
              {openId === row.id && (
                <div id={`dossier-view-${row.id}`} class="options-dossier__view">
                  <DossierView dossier={row.dossier} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="options-row">
        <button type="button" class="ui-button" onClick={exportAll} disabled={!rows?.length}>
          {t('optExportAll')}
        </button>
        <button type="button" class="ui-button" onClick={restoreBuiltin} data-testid="restore-builtin">
          {t('optRestoreBuiltin')}
        </button>
      </div>
      <h3 class="options-subhead">{t('optImport')}</h3>
      <FileDrop inputId="dossier-file" accept=".json,application/json" multiple hint={t('optImportHint')} onFiles={importFiles} disabled={isBusy} />
      <div class="options-failures" data-testid="import-errors">
        {failures.map((item, i) => (
          <ProblemList key={i} title={t('optImportFailed', item.fileName)} failure={item.failure} message={item.message} problems={item.failure?.problems} />
        ))}
      </div>
    </section>
  );
}
