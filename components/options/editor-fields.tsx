// The dossier editor's fields. Each field edits one place of the draft (a path such as
// ['events', 3, 'date']), shows the validation problems that belong there right under itself, and
// is tied to them for assistive technology (aria-invalid, aria-describedby).
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { DossierError } from '../../core/dossier/validate';
import { t } from '../i18n';
import { describeProblem } from '../common/failure-text';
import { formatLines, getAt, toFieldDomId, toFieldKeyOf, type Draft, type FieldPath } from './dossier-form';

export interface EditorApi {
  dossierId: string;
  /** The language of the dossier's prose, for lang= on text it holds. */
  language: string;
  draft: Draft;
  errors: Map<string, DossierError[]>;
  set(path: FieldPath, value: unknown): void;
  /** Deletes item `index` of a list, with an Undo in the toast; `label` says what was deleted. */
  remove(listPath: FieldPath, index: number, label: string): void;
  add(listPath: FieldPath, item: unknown): void;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside the dossier editor');
  return editor;
}

/** The ids and attributes that tie a control to its problems. */
export function useFieldState(path: FieldPath) {
  const editor = useEditor();
  const key = toFieldKeyOf(path);
  const id = toFieldDomId(editor.dossierId, key);
  const errors = editor.errors.get(key) ?? [];
  const invalid = errors.length > 0;
  return {
    editor,
    key,
    id,
    errors,
    aria: { 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': invalid ? `${id}-error` : undefined },
  };
}

/** The problems of one field, worded in the UI language. */
export function FieldErrors(props: { id: string; errors: DossierError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="editor-error" id={`${props.id}-error`} data-testid="field-error">
      {props.errors.map((error, i) => {
        const text = describeProblem(error);
        return (
          <p key={i} dir={text.isLocalized ? undefined : 'auto'}>
            {text.text}
          </p>
        );
      })}
    </div>
  );
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);
}

interface TextFieldProps {
  path: FieldPath;
  label: string;
  multiline?: boolean;
  /** Prose of the dossier (its language) rather than codes such as ids, dates and links. */
  isProse?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'url' | 'text';
  placeholder?: string;
  hint?: string;
  wide?: boolean;
  children?: ComponentChildren;
}

export function TextField(props: TextFieldProps) {
  const { editor, id, errors, aria } = useFieldState(props.path);
  const value = asText(getAt(editor.draft, props.path));
  const common = {
    id,
    class: 'ui-input editor-input',
    value,
    placeholder: props.placeholder,
    // Codes (dates, links, language tags, numbers) read left to right even in an Arabic UI.
    dir: (props.isProse ? 'auto' : 'ltr') as 'auto' | 'ltr',
    lang: props.isProse ? editor.language : undefined,
    onInput: (event: Event) => editor.set(props.path, (event.currentTarget as HTMLInputElement).value),
    ...aria,
  };
  return (
    <div class={`editor-field${props.wide ? ' editor-field--wide' : ''}`}>
      <label class="editor-label" for={id}>
        {props.label}
      </label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input type="text" inputMode={props.inputMode} {...common} />}
      {props.hint && <p class="editor-hint ui-muted">{props.hint}</p>}
      {props.children}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** A list of short texts (authors, aliases), one per line: what the reader types is kept as typed. */
export function LinesField(props: { path: FieldPath; label: string; wide?: boolean }) {
  const { editor, id, errors, aria } = useFieldState(props.path);
  return (
    <div class={`editor-field${props.wide ? ' editor-field--wide' : ''}`}>
      <label class="editor-label" for={id}>
        {props.label}
      </label>
      <textarea
        id={id}
        class="ui-input editor-input"
        rows={2}
        dir="auto"
        value={formatLines(getAt(editor.draft, props.path))}
        onInput={(event) => editor.set(props.path, (event.currentTarget as HTMLTextAreaElement).value)}
        {...aria}
      />
      <p class="editor-hint ui-muted">{t('editOnePerLine')}</p>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function SelectField(props: { path: FieldPath; label: string; options: readonly string[]; optionLabel?: (value: string) => string; allowEmpty?: boolean }) {
  const { editor, id, errors, aria } = useFieldState(props.path);
  const value = asText(getAt(editor.draft, props.path));
  // A value the editor does not offer (from a hand-written file) stays selectable, so it is not lost by looking.
  const options = value !== '' && !props.options.includes(value) ? [...props.options, value] : props.options;
  return (
    <div class="editor-field">
      <label class="editor-label" for={id}>
        {props.label}
      </label>
      <select id={id} class="ui-select editor-input" value={value} onChange={(event) => editor.set(props.path, (event.currentTarget as HTMLSelectElement).value)} {...aria}>
        {props.allowEmpty && <option value="">{t('editNone')}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel?.(option) ?? option}
          </option>
        ))}
      </select>
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** The sources a key point or event cites, chosen among the dossier's sources. */
export function SourcePicker(props: { path: FieldPath; label: string }) {
  const { editor, id, errors, aria } = useFieldState(props.path);
  const chosen = getAt(editor.draft, props.path);
  const selected = Array.isArray(chosen) ? (chosen as unknown[]) : [];
  const sources = Array.isArray(editor.draft.sources) ? (editor.draft.sources as Record<string, unknown>[]) : [];
  const knownIds = new Set(sources.map((source) => source.id));
  // A reference to a source that no longer exists is shown (and can be unticked) rather than hidden.
  const missing = selected.filter((ref): ref is string => typeof ref === 'string' && !knownIds.has(ref));
  function toggle(sourceId: string, on: boolean) {
    const next = on ? [...selected, sourceId] : selected.filter((ref) => ref !== sourceId);
    editor.set(props.path, next);
  }
  return (
    <fieldset class="editor-field editor-field--wide editor-sources" id={id} tabIndex={-1} {...aria}>
      <legend class="editor-label">{props.label}</legend>
      {sources.length === 0 && <p class="editor-hint ui-muted">{t('editNoSourcesYet')}</p>}
      {[...sources.map((source) => ({ id: String(source.id), title: asText(source.title) })), ...missing.map((ref) => ({ id: ref, title: '' }))].map((source) => (
        <label key={source.id} class="editor-check">
          <input type="checkbox" checked={selected.includes(source.id)} onChange={(event) => toggle(source.id, (event.currentTarget as HTMLInputElement).checked)} />
          <span dir="auto" lang={editor.language}>
            {source.title.trim() || t('editUntitled')}
          </span>{' '}
          <code class="editor-code">{source.id}</code>
        </label>
      ))}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}

/** One item of a list (a key point, a source, an event…): a group with a heading, its fields, and Delete. */
export function ItemBlock(props: { path: FieldPath; legend: string; deleteLabel: string; onDelete: () => void; children: ComponentChildren; testId?: string }) {
  const { id, errors } = useFieldState(props.path);
  return (
    <fieldset class="editor-item" id={id} tabIndex={-1} data-testid={props.testId}>
      <legend class="editor-item__legend">
        <span dir="auto">{props.legend}</span>
      </legend>
      <button type="button" class="ui-button ui-button--small ui-button--danger editor-item__delete" aria-label={props.deleteLabel} onClick={props.onDelete}>
        {t('optDelete')}
      </button>
      <div class="editor-grid">{props.children}</div>
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
