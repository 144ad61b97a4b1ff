// The editor's lists: key points, people and organisations, sources and events.
import { useState } from 'preact/hooks';
import { DATE_QUALIFIERS, SOURCE_KINDS } from '../../core/dossier/schema';
import { t } from '../i18n';
import { findSourceReferences, makeNewItem, type Draft } from './dossier-form';
import { ItemBlock, LinesField, SelectField, SourcePicker, TextField, useEditor } from './editor-fields';

type Item = Record<string, unknown>;

function listAt(value: unknown): Item[] {
  return Array.isArray(value) ? (value as Item[]) : [];
}

function summaryOf(draft: Draft): Item {
  return typeof draft.summary === 'object' && draft.summary !== null ? (draft.summary as Item) : {};
}

/** A short name for an item in a legend or a toast: its own words, else its place in the list. */
function nameOf(text: unknown, fallback: string): string {
  const words = typeof text === 'string' ? text.trim() : '';
  return words === '' ? fallback : words.length > 60 ? `${words.slice(0, 60)}…` : words;
}

function AddButton(props: { label: string; onClick: () => void; testId?: string }) {
  return (
    <button type="button" class="ui-button ui-button--small editor-add" data-testid={props.testId} onClick={props.onClick}>
      + {props.label}
    </button>
  );
}

export function KeyPointsEditor() {
  const editor = useEditor();
  const points = listAt(summaryOf(editor.draft).keyPoints);
  const path = ['summary', 'keyPoints'] as const;
  return (
    <section class="editor-section" aria-labelledby={`${editor.dossierId}-edit-points`}>
      <h4 id={`${editor.dossierId}-edit-points`}>{t('dossierKeyPoints')}</h4>
      {points.map((point, i) => {
        const legend = t('editKeyPointN', i + 1);
        return (
          <ItemBlock key={i} path={[...path, i]} legend={legend} deleteLabel={t('optDeleteLabel', legend)} testId="edit-key-point" onDelete={() => editor.remove(path, i, nameOf(point.text, legend))}>
            <TextField path={[...path, i, 'text']} label={t('editText')} multiline isProse wide />
            <SourcePicker path={[...path, i, 'sources']} label={t('editSourcesOf')} />
          </ItemBlock>
        );
      })}
      <AddButton label={t('editAddKeyPoint')} onClick={() => editor.add(path, makeNewItem('keyPoint', editor.draft))} />
    </section>
  );
}

export function ActorsEditor() {
  const editor = useEditor();
  const actors = listAt(summaryOf(editor.draft).actors);
  const path = ['summary', 'actors'] as const;
  return (
    <section class="editor-section" aria-labelledby={`${editor.dossierId}-edit-actors`}>
      <h4 id={`${editor.dossierId}-edit-actors`}>{t('optActors')}</h4>
      {actors.map((actor, i) => {
        const legend = nameOf(actor.name, t('editActorN', i + 1));
        return (
          <ItemBlock key={i} path={[...path, i]} legend={legend} deleteLabel={t('optDeleteLabel', legend)} testId="edit-actor" onDelete={() => editor.remove(path, i, legend)}>
            <TextField path={[...path, i, 'name']} label={t('editName')} isProse />
            <TextField path={[...path, i, 'role']} label={t('editRole')} isProse />
            <LinesField path={[...path, i, 'aliases']} label={t('editAliases')} wide />
          </ItemBlock>
        );
      })}
      <AddButton label={t('editAddActor')} onClick={() => editor.add(path, makeNewItem('actor', editor.draft))} />
    </section>
  );
}

/** "key point 2", "event 3", … : where a source is still cited, in the reader's words. */
function describeReference(reference: string): string {
  const match = /^(summary\.keyPoints|summary\.openQuestions|claims|events|sources)\[(\d+)\]/.exec(reference);
  if (!match) return reference;
  const n = Number(match[2]) + 1;
  const key = { 'summary.keyPoints': 'editRefKeyPoint', 'summary.openQuestions': 'editRefQuestion', claims: 'editRefClaim', events: 'editRefEvent', sources: 'editRefSource' }[match[1]]!;
  return t(key, n);
}

export function SourcesEditor() {
  const editor = useEditor();
  const sources = listAt(editor.draft.sources);
  const [refused, setRefused] = useState<{ id: string; references: string[] } | null>(null);
  const path = ['sources'] as const;
  function remove(i: number, legend: string) {
    const id = String(sources[i].id);
    // Deleting a cited source would leave references to nothing: the reader unticks them first.
    const references = findSourceReferences(editor.draft, id);
    if (references.length > 0) {
      setRefused({ id, references });
      return;
    }
    setRefused(null);
    editor.remove(path, i, legend);
  }
  return (
    <section class="editor-section" aria-labelledby={`${editor.dossierId}-edit-sources`}>
      <h4 id={`${editor.dossierId}-edit-sources`}>{t('dossierSources')}</h4>
      {sources.map((source, i) => {
        const legend = nameOf(source.title, t('editSourceN', i + 1));
        return (
          <ItemBlock key={i} path={[...path, i]} legend={legend} deleteLabel={t('optDeleteLabel', legend)} testId="edit-source" onDelete={() => remove(i, legend)}>
            {refused && refused.id === source.id && (
              <p class="editor-refused editor-field--wide" role="alert" data-testid="source-delete-refused">
                {t('editSourceInUse', refused.references.map(describeReference).join(t('editListSeparator')))}
              </p>
            )}
            <TextField path={[...path, i, 'title']} label={t('editTitle')} isProse wide />
            <TextField path={[...path, i, 'publisher']} label={t('editPublisher')} isProse />
            <SelectField path={[...path, i, 'kind']} label={t('editKind')} options={SOURCE_KINDS} optionLabel={(kind) => t(`editKind_${kind.replace(/-/g, '_')}`)} />
            <TextField path={[...path, i, 'url']} label={t('editUrl')} inputMode="url" placeholder="https://" wide />
            <LinesField path={[...path, i, 'authors']} label={t('editAuthors')} />
            <TextField path={[...path, i, 'publishedAt']} label={t('editPublishedAt')} placeholder="YYYY-MM-DD" hint={t('editDateHint')} />
            <TextField path={[...path, i, 'language']} label={t('editLanguage')} placeholder="en" />
            <p class="editor-hint ui-muted editor-field--wide">
              {t('editSourceId')} <code class="editor-code">{String(source.id)}</code>
            </p>
          </ItemBlock>
        );
      })}
      <AddButton label={t('editAddSource')} onClick={() => editor.add(path, makeNewItem('source', editor.draft))} />
    </section>
  );
}

export function EventsEditor() {
  const editor = useEditor();
  const events = listAt(editor.draft.events);
  const path = ['events'] as const;
  return (
    <section class="editor-section" aria-labelledby={`${editor.dossierId}-edit-events`}>
      <h4 id={`${editor.dossierId}-edit-events`}>{t('dossierTimeline')}</h4>
      {events.map((event, i) => {
        const legend = nameOf(event.title, t('editEventN', i + 1));
        return (
          <ItemBlock key={i} path={[...path, i]} legend={legend} deleteLabel={t('optDeleteLabel', legend)} testId="edit-event" onDelete={() => editor.remove(path, i, legend)}>
            <TextField path={[...path, i, 'date']} label={t('editDate')} placeholder="YYYY-MM-DD" hint={t('editDateHint')} />
            <SelectField path={[...path, i, 'qualifier']} label={t('editQualifier')} options={DATE_QUALIFIERS} optionLabel={(q) => t(`editQualifier_${q}`)} allowEmpty />
            <TextField path={[...path, i, 'title']} label={t('editTitle')} isProse wide />
            <TextField path={[...path, i, 'description']} label={t('editDescription')} multiline isProse wide />
            <SourcePicker path={[...path, i, 'sources']} label={t('editSourcesOf')} />
          </ItemBlock>
        );
      })}
      <AddButton label={t('editAddEvent')} onClick={() => editor.add(path, makeNewItem('event', editor.draft))} />
    </section>
  );
}
