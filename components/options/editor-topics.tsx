// The editor's topics: what makes a page about the story. A topic may hold a thousand terms in many
// languages, so terms are shown a page at a time with a filter; a term with a problem is always shown.
import { useMemo, useState } from 'preact/hooks';
import { TOPIC_LEVELS } from '../../core/dossier/schema';
import { t } from '../i18n';
import { getAt, listTermGroups, makeNewItem, toFieldDomId, toFieldKeyOf } from './dossier-form';
import { FieldErrors, ItemBlock, SelectField, TextField, useEditor, useFieldState } from './editor-fields';
import { findTermWarning, type TermWarning } from './term-warnings';

type Item = Record<string, unknown>;
const PAGE_SIZE = 25;

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und');
}

function TermWarningText(props: { warning: TermWarning | null }) {
  if (!props.warning) return null;
  return (
    <p class="editor-warning" data-testid="term-warning">
      {t(`editTermWarning_${props.warning.replace('-', '_')}`)}
    </p>
  );
}

/** One term as a table row: text, language, weight, group. */
function TermRow(props: { topicIndex: number; index: number; term: Item; groupsListId: string }) {
  const editor = useEditor();
  const base = ['topics', props.topicIndex, 'terms', props.index];
  const n = props.index + 1;
  const cell = (key: 'text' | 'lang' | 'weight' | 'group', label: string, extra: Record<string, unknown> = {}) => {
    const path = [...base, key];
    const id = toFieldDomId(editor.dossierId, toFieldKeyOf(path));
    const errors = editor.errors.get(toFieldKeyOf(path)) ?? [];
    const value = getAt(editor.draft, path);
    return (
      <td>
        <input
          id={id}
          type="text"
          class="ui-input editor-input"
          aria-label={label}
          aria-invalid={errors.length ? 'true' : undefined}
          aria-describedby={errors.length ? `${id}-error` : undefined}
          value={value === undefined ? '' : String(value)}
          onInput={(event) => editor.set(path, (event.currentTarget as HTMLInputElement).value)}
          {...extra}
        />
        <FieldErrors id={id} errors={errors} />
        {key === 'text' && <TermWarningText warning={findTermWarning(String(props.term.text ?? ''), typeof props.term.lang === 'string' ? props.term.lang : undefined)} />}
      </td>
    );
  };
  const itemErrors = editor.errors.get(toFieldKeyOf(base)) ?? [];
  const termText = typeof props.term.text === 'string' && props.term.text.trim() ? props.term.text : t('editTermN', n);
  return (
    <tr data-testid="edit-term">
      {cell('text', t('editTermTextN', n), { dir: 'auto' })}
      {cell('lang', t('editTermLangN', n), { dir: 'ltr', class: 'ui-input editor-input editor-input--short' })}
      {cell('weight', t('editTermWeightN', n), { dir: 'ltr', inputMode: 'decimal', class: 'ui-input editor-input editor-input--short' })}
      {cell('group', t('editTermGroupN', n), { dir: 'auto', list: props.groupsListId })}
      <td>
        <button type="button" class="ui-button ui-button--small ui-button--danger" aria-label={t('optDeleteLabel', termText)} onClick={() => editor.remove(['topics', props.topicIndex, 'terms'], props.index, termText)}>
          {t('optDelete')}
        </button>
        <FieldErrors id={toFieldDomId(editor.dossierId, toFieldKeyOf(base))} errors={itemErrors} />
      </td>
    </tr>
  );
}

/** Adds a term; says before it is added when the term would match pages about anything. */
function NewTermForm(props: { topicIndex: number; groupsListId: string; onAdded: (text: string) => void }) {
  const editor = useEditor();
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const [group, setGroup] = useState('');
  const idBase = `${editor.dossierId}-topic-${props.topicIndex}-new`;
  const warning = findTermWarning(text, lang.trim() || undefined);
  function add() {
    if (text.trim() === '') return;
    const term: Item = { ...makeNewItem('term', editor.draft), text: text.trim() };
    if (lang.trim()) term.lang = lang.trim();
    if (group.trim()) term.group = group.trim();
    editor.add(['topics', props.topicIndex, 'terms'], term);
    props.onAdded(text.trim());
    setText('');
  }
  return (
    // Not a <form>: it sits inside the editor, and Enter in its text field adds the term.
    <div class="editor-new-term" data-testid="new-term" onKeyDown={(event) => { if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') { event.preventDefault(); add(); } }}>
      <div class="editor-field">
        <label class="editor-label" for={`${idBase}-text`}>
          {t('editNewTerm')}
        </label>
        <input id={`${idBase}-text`} class="ui-input editor-input" dir="auto" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} aria-describedby={warning ? `${idBase}-warning` : undefined} />
      </div>
      <div class="editor-field">
        <label class="editor-label" for={`${idBase}-lang`}>
          {t('editTermLang')}
        </label>
        <input id={`${idBase}-lang`} class="ui-input editor-input editor-input--short" dir="ltr" placeholder="en" value={lang} onInput={(e) => setLang((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div class="editor-field">
        <label class="editor-label" for={`${idBase}-group`}>
          {t('editTermGroup')}
        </label>
        <input id={`${idBase}-group`} class="ui-input editor-input" dir="auto" list={props.groupsListId} value={group} onInput={(e) => setGroup((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <button type="button" class="ui-button" disabled={text.trim() === ''} onClick={add}>
        {t('editAddTerm')}
      </button>
      <div id={`${idBase}-warning`} class="editor-field--wide">
        <TermWarningText warning={warning} />
      </div>
    </div>
  );
}

function TermsEditor(props: { topicIndex: number; topic: Item }) {
  const editor = useEditor();
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const termsPath = ['topics', props.topicIndex, 'terms'];
  const { id: termsId, errors: listErrors } = useFieldState(termsPath);
  const terms = Array.isArray(props.topic.terms) ? (props.topic.terms as Item[]) : [];
  const groups = useMemo(() => listTermGroups(terms), [terms]);
  const groupsListId = `${editor.dossierId}-topic-${props.topicIndex}-groups`;
  const prefix = `topics[${props.topicIndex}].terms[`;
  const withProblems = new Set<number>();
  for (const key of editor.errors.keys()) {
    if (key.startsWith(prefix)) withProblems.add(Number(key.slice(prefix.length, key.indexOf(']', prefix.length))));
  }
  const needle = fold(filter.trim());
  // Memoised: a keystroke elsewhere in the editor must not fold a thousand terms again.
  const matching = useMemo(
    () => terms.flatMap((term, i) => (needle === '' || fold(`${term.text ?? ''} ${term.group ?? ''} ${term.lang ?? ''}`).includes(needle) ? [i] : [])),
    [terms, needle],
  );
  const shown = [...new Set([...matching.slice(0, limit), ...withProblems])].sort((a, b) => a - b).filter((i) => i < terms.length);
  return (
    <div class="editor-field editor-field--wide">
      <h5 class="editor-label" id={`${termsId}-title`}>
        {t('editTerms', terms.length)}
      </h5>
      <div class="options-row">
        <label class="ui-visually-hidden" for={`${termsId}-filter`}>
          {t('editFilterTerms')}
        </label>
        <input id={`${termsId}-filter`} type="search" class="ui-input editor-filter" dir="auto" placeholder={t('editFilterTerms')} value={filter} onInput={(e) => { setFilter((e.currentTarget as HTMLInputElement).value); setLimit(PAGE_SIZE); }} />
        <span class="ui-muted">{t('editTermsShown', Math.min(matching.length, limit), matching.length)}</span>
      </div>
      <datalist id={groupsListId}>{groups.map((group) => <option key={group} value={group} />)}</datalist>
      <div id={termsId} tabIndex={-1} aria-labelledby={`${termsId}-title`} class="editor-terms">
        {shown.length > 0 && (
          <table class="editor-table">
            <thead>
              <tr>
                <th scope="col">{t('editTermText')}</th>
                <th scope="col">{t('editTermLang')}</th>
                <th scope="col">{t('editTermWeight')}</th>
                <th scope="col">{t('editTermGroup')}</th>
                <th scope="col"><span class="ui-visually-hidden">{t('optDelete')}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <TermRow key={i} topicIndex={props.topicIndex} index={i} term={terms[i]} groupsListId={groupsListId} />
              ))}
            </tbody>
          </table>
        )}
        <FieldErrors id={termsId} errors={listErrors} />
      </div>
      {matching.length > limit && (
        <button type="button" class="ui-button ui-button--small editor-add" onClick={() => setLimit(limit + 4 * PAGE_SIZE)}>
          {t('editShowMoreTerms')}
        </button>
      )}
      <NewTermForm topicIndex={props.topicIndex} groupsListId={groupsListId} onAdded={(text) => { setFilter(text); setLimit(PAGE_SIZE); }} />
    </div>
  );
}

/** `require.all` / `require.any` have no field of their own: shown so the reader knows what the groups mean. */
function RequireGroupsNote(props: { topic: Item }) {
  const require = props.topic.require as { all?: unknown; any?: unknown } | undefined;
  // Group names are codes: each is isolated so that "no-azure-for-apartheid" keeps its order in Arabic text.
  const list = (groups: unknown) => (Array.isArray(groups) ? groups.map((group) => `\u2068${String(group)}\u2069`).join(t('editListSeparator')) : '');
  const all = list(require?.all);
  const any = list(require?.any);
  if (!all && !any) return null;
  return (
    <p class="editor-hint ui-muted editor-field--wide">
      {all && t('editRequireAll', all)} {any && t('editRequireAny', any)}
    </p>
  );
}

export function TopicsEditor() {
  const editor = useEditor();
  const topics = Array.isArray(editor.draft.topics) ? (editor.draft.topics as Item[]) : [];
  const { id: requireErrorsId } = useFieldState(['topics']);
  return (
    <section class="editor-section" aria-labelledby={`${editor.dossierId}-edit-topics`}>
      <h4 id={`${editor.dossierId}-edit-topics`}>{t('editTopics')}</h4>
      <p class="editor-hint ui-muted">{t('editTopicsHint')}</p>
      {topics.map((topic, i) => {
        const legend = typeof topic.label === 'string' && topic.label.trim() ? topic.label : t('editTopicN', i + 1);
        const requireKey = toFieldKeyOf(['topics', i, 'require']);
        return (
          <ItemBlock key={i} path={['topics', i]} legend={legend} deleteLabel={t('optDeleteLabel', legend)} testId="edit-topic" onDelete={() => editor.remove(['topics'], i, legend)}>
            <TextField path={['topics', i, 'label']} label={t('editLabel')} isProse wide />
            <SelectField path={['topics', i, 'level']} label={t('editLevel')} options={TOPIC_LEVELS} optionLabel={(level) => t(level === 'story' ? 'uiLevelStory' : 'uiLevelRelated')} />
            <TextField path={['topics', i, 'require', 'groups']} label={t('editRequireGroups')} inputMode="numeric" />
            <TextField path={['topics', i, 'require', 'score']} label={t('editRequireScore')} inputMode="decimal" />
            <RequireGroupsNote topic={topic} />
            {/* Problems of `require.all`/`any` (a group no term has any more): focusable, so a refused Save can lead here. */}
            <div class="editor-field--wide" id={toFieldDomId(editor.dossierId, requireKey)} tabIndex={-1}>
              <FieldErrors id={toFieldDomId(editor.dossierId, requireKey)} errors={editor.errors.get(requireKey) ?? []} />
            </div>
            <TermsEditor topicIndex={i} topic={topic} />
          </ItemBlock>
        );
      })}
      <FieldErrors id={requireErrorsId} errors={editor.errors.get('topics') ?? []} />
      <button type="button" class="ui-button ui-button--small editor-add" onClick={() => editor.add(['topics'], makeNewItem('topic', editor.draft))}>
        + {t('editAddTopic')}
      </button>
    </section>
  );
}
