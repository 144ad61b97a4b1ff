// Edit a stored dossier without JSON. Every change is validated as an import is; a problem is shown
// at its field while the draft keeps what the reader typed, Save is refused while any remains, and the
// stored dossier changes only on a valid Save. Deleting an item offers Undo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Dossier } from '../../core/dossier/types';
import { validateDossier, type DossierError } from '../../core/dossier/validate';
import type { StoredDossier } from '../../storage/db';
import { saveEditedDossier, setDossierAutoAdd } from '../../storage/dossier-edits';
import { describeStorageError, type StorageFailure } from '../../storage/errors';
import { t } from '../i18n';
import { describeFailureText } from '../common/failure-text';
import { ProblemList } from '../common/problems';
import { Switch } from '../common/switch';
import type { ToastMessage } from '../common/toast';
import {
  formatToday,
  getAt,
  GENERAL_FIELD,
  groupErrorsByField,
  insertAt,
  isDraftChanged,
  removeAt,
  setAt,
  toDossier,
  toDraft,
  toFieldDomId,
  toFieldKey,
  toFieldKeyOf,
  type Draft,
  type FieldPath,
} from './dossier-form';
import { EditorContext, FieldErrors, TextField, type EditorApi } from './editor-fields';
import { ActorsEditor, EventsEditor, KeyPointsEditor, SourcesEditor } from './editor-sections';
import { TopicsEditor } from './editor-topics';

/**
 * Validating a large dossier (the built-in one has 2,000 terms) takes longer than a keystroke should,
 * so typing is checked once the reader pauses; adding and deleting items are checked at once, since
 * they move the paths that problems are shown at. Save always checks the draft as it is.
 */
const VALIDATE_AFTER_MS = 150;

function findProblems(draft: Draft): DossierError[] {
  const checked = validateDossier(toDossier(draft));
  return checked.ok ? [] : checked.errors;
}

/** Focuses the item now at `index` of the list (the one after the deleted item), else the one before, else the list. */
function focusNear(dossierId: string, listPath: FieldPath, index: number, list: unknown): void {
  const listKey = toFieldKeyOf(listPath);
  const length = Array.isArray(list) ? list.length : 0;
  const at = Math.min(index, length - 1);
  const keys = at >= 0 ? [`${listKey}[${at}]`, `${listKey}[${at}].text`] : [listKey];
  for (const key of keys) {
    const element = document.getElementById(toFieldDomId(dossierId, key));
    if (element) {
      element.focus();
      return;
    }
  }
}

interface Props {
  row: StoredDossier;
  notify: (message: ToastMessage) => void;
  onClose: () => void;
}

export function DossierEditor(props: Props) {
  const { row, notify, onClose } = props;
  // The dossier the reader began from: the draft is compared with it, and a change made elsewhere
  // (an article added to the story) is noticed rather than silently overwritten.
  const [base] = useState<{ dossier: Dossier; changedAt: number }>(() => ({ dossier: row.dossier, changedAt: row.changedAt }));
  const [draft, setDraft] = useState<Draft>(() => toDraft(row.dossier));
  const draftRef = useRef(draft);
  draftRef.current = draft;
  // Set when Save was refused; the problems listed are the current ones, so the list shrinks as they are fixed.
  const [refusal, setRefusal] = useState<{ failure?: StorageFailure } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [isAskingDiscard, setAskingDiscard] = useState(false);

  const [checked, setChecked] = useState(() => ({ draft, errors: findProblems(draft) }));
  const isStructural = useRef(false);
  useEffect(() => {
    if (checked.draft === draft) return;
    const timer = window.setTimeout(() => setChecked({ draft, errors: findProblems(draft) }), isStructural.current ? 0 : VALIDATE_AFTER_MS);
    isStructural.current = false;
    return () => window.clearTimeout(timer);
  }, [draft, checked.draft]);
  const errors = checked.errors;
  const errorsByField = useMemo(() => groupErrorsByField(errors), [errors]);

  const set = useCallback((path: FieldPath, value: unknown) => setDraft((current) => setAt(current, path, value)), []);
  const add = useCallback((listPath: FieldPath, item: unknown) => {
    isStructural.current = true;
    setDraft((current) => {
      const list = getAt(current, listPath);
      return insertAt(current, listPath, Array.isArray(list) ? list.length : 0, item);
    });
  }, []);
  const remove = useCallback(
    (listPath: FieldPath, index: number, label: string) => {
      const { root, item } = removeAt(draftRef.current, listPath, index);
      if (item === undefined) return;
      isStructural.current = true;
      setDraft(root);
      // The Delete button is gone with its item: keep the keyboard where the reader was.
      requestAnimationFrame(() => focusNear(row.id, listPath, index, getAt(root, listPath)));
      notify({
        text: t('editItemDeleted', label),
        onUndo: () => {
          isStructural.current = true;
          setDraft((current) => insertAt(current, listPath, index, item));
        },
      });
    },
    [notify, row.id],
  );

  const api: EditorApi = {
    dossierId: row.id,
    language: typeof draft.language === 'string' ? draft.language : row.dossier.language,
    draft,
    errors: errorsByField,
    set,
    remove,
    add,
  };

  function focusFirstProblem(problems: DossierError[]) {
    const key = problems.map((problem) => toFieldKey(problem.path)).find((field) => field !== GENERAL_FIELD);
    const element = key ? document.getElementById(toFieldDomId(row.id, key)) : null;
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  }

  async function save() {
    const current = draftRef.current;
    const problems = findProblems(current);
    setChecked({ draft: current, errors: problems });
    if (problems.length > 0) {
      setRefusal({});
      // After the refusal renders, so the list of problems does not push the field out of view.
      requestAnimationFrame(() => focusFirstProblem(problems));
      return;
    }
    setSaving(true);
    try {
      const result = await saveEditedDossier(toDossier(current, formatToday()));
      if (result.ok) {
        notify({ text: t('editSaved', result.dossier.title) });
        onClose();
        return;
      }
      setRefusal({ failure: result });
    } catch (caught) {
      setRefusal({ failure: describeStorageError(caught) });
    } finally {
      setSaving(false);
    }
  }

  function cancel() {
    if (isDraftChanged(draftRef.current, base.dossier)) setAskingDiscard(true);
    else onClose();
  }

  async function switchAutoAdd(on: boolean) {
    try {
      await setDossierAutoAdd(row.id, on);
    } catch (caught) {
      notify({ kind: 'error', text: describeFailureText(describeStorageError(caught)) });
    }
  }

  const isChangedElsewhere = row.changedAt !== base.changedAt && !isSaving;
  const general = errorsByField.get(GENERAL_FIELD) ?? [];
  return (
    <EditorContext.Provider value={api}>
      <div class="editor" role="region" data-testid="dossier-editor" aria-label={t('editFormLabel', row.title)}>
        <div class="editor-auto-add">
          <Switch checked={row.autoAdd === true} label={t('editAutoAdd')} onChange={switchAutoAdd} />
          <p class="editor-hint ui-muted">{t('editAutoAddHint')}</p>
        </div>
        {isChangedElsewhere && (
          <p class="editor-notice" role="status">
            {t('editChangedElsewhere')}
          </p>
        )}
        <div class="editor-grid">
          <TextField path={['title']} label={t('editTitle')} isProse wide />
          <TextField path={['summary', 'headline']} label={t('editHeadline')} multiline isProse wide />
          <TextField path={['language']} label={t('editProseLanguage')} placeholder="en" hint={t('editLanguageHint')} />
        </div>
        <KeyPointsEditor />
        <ActorsEditor />
        <SourcesEditor />
        <EventsEditor />
        <TopicsEditor />
        {general.length > 0 && <FieldErrors id={toFieldDomId(row.id, GENERAL_FIELD)} errors={general} />}
        {refusal && (refusal.failure || errors.length > 0) && (
          <ProblemList
            title={t('editNotSaved')}
            failure={refusal.failure}
            message={refusal.failure ? undefined : t('editFixFirst', errors.length)}
            problems={refusal.failure?.problems ?? errors}
            testId="editor-refusal"
          />
        )}
        <div class="editor-actions">
          <button type="button" class="ui-button ui-button--primary" disabled={isSaving} data-testid="editor-save" onClick={save}>
            {t('editSave')}
          </button>
          {isAskingDiscard ? (
            <span class="ui-confirm" role="group" aria-label={t('editDiscardQuestion')}>
              <span>{t('editDiscardQuestion')}</span>{' '}
              <button type="button" class="ui-button ui-button--danger" onClick={onClose}>
                {t('editDiscard')}
              </button>{' '}
              <button type="button" class="ui-button" onClick={() => setAskingDiscard(false)}>
                {t('editKeepEditing')}
              </button>
            </span>
          ) : (
            <button type="button" class="ui-button" onClick={cancel}>
              {t('uiCancel')}
            </button>
          )}
          <span class="ui-muted" aria-live="polite" data-testid="editor-status">
            {errors.length > 0 ? t('editProblemsLeft', errors.length) : ''}
          </span>
        </div>
      </div>
    </EditorContext.Provider>
  );
}
