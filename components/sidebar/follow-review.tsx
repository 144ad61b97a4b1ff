import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Dossier } from '../../core/dossier/types';
import type { DraftProblem, DraftResult } from '../../core/follow/types';
import type { FollowReply } from '../../core/messages';
import { resolveUiLanguage, t } from '../i18n';
import { contentAttrs } from '../dossier/section';
import { describeFollowFailure, type FollowFailure } from './follow-failure';
import { addSpelling, addTerm, findDraftBlocker, finishDraft, listTermGroups, removeKeyPoint, removeTerm, requiredGroups, setTitle, type DraftBlocker, type TermGroup } from './draft-edits';

export type DraftState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; draft: DraftResult };

// A group with many spellings (an event's words in many languages) shows its first few until asked.
const FOLDED_TERMS = 6;

// Languages a reader is likely to add a spelling in; the term may also carry none.
const SPELLING_LANGUAGES = ['en', 'fr', 'ar', 'es', 'de', 'it', 'pt', 'ru', 'tr', 'fa', 'he', 'zh', 'ja', 'hi', 'ur'];

const PROBLEM_KEYS: Record<DraftProblem, string> = {
  'no-terms': 'followProblemNoTerms',
  'few-terms': 'followProblemFewTerms',
  'no-date': 'followProblemNoDate',
  'short-text': 'followProblemShortText',
};
const BLOCKER_KEYS: Record<DraftBlocker, string> = {
  'no-title': 'followBlockedNoTitle',
  'no-terms': 'followBlockedNoTerms',
  'few-groups': 'followBlockedFewGroups',
};

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([resolveUiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function TermGroupItem(props: { group: TermGroup; onRemove(text: string): void; onAddSpelling(text: string, lang: string): void }) {
  const [unfolded, setUnfolded] = useState(false);
  const { group } = props;
  const shown = unfolded ? group.terms : group.terms.slice(0, FOLDED_TERMS);
  return (
    <li class="bs-term-group" data-group={group.key}>
      <ul class="bs-term-list">
        {shown.map((term, index) => (
          <li key={`${index}:${term.text}`} class="bs-term-chip" data-term={term.text}>
            <span dir="auto" lang={term.lang}>
              {/* A stem takes any ending ("capsiz…" finds "capsized"): the ellipsis says so. */}
              {term.prefix === true ? `${term.text}…` : term.text}
            </span>
            {term.lang && <span class="bs-term-lang">{term.lang}</span>}
            <button type="button" class="bs-chip-remove" aria-label={t('followRemoveTerm', term.text)} title={t('followRemoveTerm', term.text)} onClick={() => props.onRemove(term.text)} data-action="remove-term">
              ×
            </button>
          </li>
        ))}
        {shown.length < group.terms.length && (
          <li>
            <button type="button" class="bs-more" aria-expanded="false" onClick={() => setUnfolded(true)} data-action="more-terms">
              {t('followMoreTerms', group.terms.length - shown.length)}
            </button>
          </li>
        )}
      </ul>
      <SpellingForm group={group.key} onAdd={props.onAddSpelling} />
    </li>
  );
}

function SpellingForm(props: { group: string; onAdd(text: string, lang: string): void }) {
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const id = `spelling-${props.group.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  return (
    <form
      class="bs-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        props.onAdd(text, lang);
        setText('');
      }}
    >
      <label class="bs-visually-hidden" for={id}>
        {t('followSpellingLabel', props.group)}
      </label>
      <input id={id} class="bs-input is-small" dir="auto" value={text} placeholder={t('followSpellingPlaceholder')} onInput={(event) => setText(event.currentTarget.value)} data-field="spelling" />
      <select class="bs-input is-small" aria-label={t('followSpellingLanguage')} value={lang} onChange={(event) => setLang(event.currentTarget.value)} data-field="spelling-lang">
        <option value="">{t('followAnyLanguage')}</option>
        {SPELLING_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
      <button type="submit" class="bs-button" data-action="add-spelling">
        {t('followAddSpelling')}
      </button>
    </form>
  );
}

/** Why saving was refused, in the reader's language (engine codes included: follow-failure.ts). */
export function FollowError(props: { reply: FollowFailure }) {
  const { summary, problems } = describeFollowFailure(props.reply);
  return (
    <div class="bs-error" role="alert" data-testid="follow-error" data-reason={props.reply.reason}>
      <p>{summary}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => (
            <li key={index} data-code={props.reply.errors?.[index]?.code}>
              <bdi dir="ltr">{problem.path}</bdi>: <span dir={problem.text.isLocalized ? undefined : 'auto'}>{problem.text.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The dossier drafted from this article, for the reader to review before anything is saved:
 * the title, the terms that will find other coverage (by group), the key points.
 */
export function FollowReview(props: { state: DraftState; onSave(dossier: Dossier): Promise<FollowReply>; onCancel(): void }) {
  const [edited, setEdited] = useState<Dossier | null>(null);
  const [newTerm, setNewTerm] = useState('');
  const [saving, setSaving] = useState(false);
  const [reply, setReply] = useState<FollowReply | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const draft = props.state.status === 'ready' ? props.state.draft : null;
  useEffect(() => {
    setEdited(draft ? draft.dossier : null);
    heading.current?.focus();
  }, [draft]);
  const dossier = edited;
  const groups = useMemo(() => (dossier ? listTermGroups(dossier) : []), [dossier]);
  const blocker = dossier ? findDraftBlocker(dossier) : null;
  // The drafter's own warnings, except "no terms" once the reader has added some.
  const problems = (draft?.problems ?? []).filter((problem) => !(problem === 'no-terms' && groups.length > 0));
  const attrs = contentAttrs(dossier?.language ?? null);

  async function save() {
    if (!dossier || blocker) return;
    setSaving(true);
    setReply(null);
    try {
      setReply(await props.onSave(finishDraft(dossier)));
    } catch {
      setReply({ ok: false, reason: 'storage' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="bs-section bs-follow" data-section="follow" aria-labelledby="follow-heading" aria-busy={props.state.status === 'loading' ? 'true' : undefined}>
      <h2 id="follow-heading" class="bs-section-title" tabIndex={-1} ref={heading}>
        {t('followHeading')}
      </h2>
      <p class="bs-follow-intro">{t('followIntro')}</p>
      {props.state.status === 'loading' && (
        <div role="img" aria-label={t('followDrafting')}>
          <div class="bs-skeleton" />
          <div class="bs-skeleton is-short" />
        </div>
      )}
      {props.state.status === 'failed' && <p class="bs-error" role="alert">{t('followCannotDraft')}</p>}
      {dossier && (
        // Not a <form>: each group's spelling is a form of its own, and forms do not nest.
        <div class="bs-follow-form">
          <label class="bs-label" for="follow-title">
            {t('followTitleLabel')}
          </label>
          <input id="follow-title" class="bs-input" {...attrs} value={dossier.title} onInput={(event) => setEdited(setTitle(dossier, event.currentTarget.value))} data-field="title" />

          <h3 class="bs-subtitle">{t('followTermsHeading')}</h3>
          <p class="bs-hint">{t('followTermsHint', requiredGroups(dossier))}</p>
          {problems.map((problem) => (
            <p key={problem} class={problem === 'no-terms' ? 'bs-error' : 'bs-warning'} data-problem={problem}>
              {t(PROBLEM_KEYS[problem])}
            </p>
          ))}
          <ul class="bs-term-groups" data-testid="term-groups">
            {groups.map((group) => (
              <TermGroupItem
                key={group.key}
                group={group}
                onRemove={(text) => setEdited(removeTerm(dossier, group.key, text))}
                onAddSpelling={(text, lang) => setEdited(addSpelling(dossier, group.key, text, lang || undefined))}
              />
            ))}
          </ul>
          <div class="bs-inline-form">
            <label class="bs-visually-hidden" for="follow-new-term">
              {t('followAddTermLabel')}
            </label>
            <input
              id="follow-new-term"
              class="bs-input"
              dir="auto"
              value={newTerm}
              placeholder={t('followAddTermPlaceholder')}
              onInput={(event) => setNewTerm(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Enter adds the term; it must not save the whole form.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                setEdited(addTerm(dossier, newTerm));
                setNewTerm('');
              }}
              data-field="new-term"
            />
            <button
              type="button"
              class="bs-button"
              onClick={() => {
                setEdited(addTerm(dossier, newTerm));
                setNewTerm('');
              }}
              data-action="add-term"
            >
              {t('followAddTerm')}
            </button>
          </div>

          <h3 class="bs-subtitle">{t('dossierKeyPoints')}</h3>
          {dossier.summary.keyPoints.length === 0 ? (
            <p class="bs-empty">{t('followNoKeyPoints')}</p>
          ) : (
            <ol class="bs-points bs-review-points" {...attrs}>
              {dossier.summary.keyPoints.map((point, index) => (
                <li key={`${index}:${point.text}`}>
                  <span>{point.text}</span>{' '}
                  <button type="button" class="bs-link-button" aria-label={t('followRemovePoint', index + 1)} onClick={() => setEdited(removeKeyPoint(dossier, index))} data-action="remove-point">
                    {t('followRemove')}
                  </button>
                </li>
              ))}
            </ol>
          )}

          {blocker && (
            <p class="bs-error" role="status" data-blocker={blocker}>
              {t(BLOCKER_KEYS[blocker], requiredGroups(dossier))}
            </p>
          )}
          {reply && !reply.ok && <FollowError reply={reply} />}
          {reply?.ok && (
            <p class="bs-success" role="status">
              {t('followSaved', reply.notice.title)}
            </p>
          )}
          <div class="bs-actions">
            <button type="button" class="bs-button is-primary" disabled={Boolean(blocker) || saving || reply?.ok === true} onClick={() => void save()} data-action="save-follow">
              {saving ? t('followSaving') : t('followSave')}
            </button>
            <button type="button" class="bs-button" onClick={props.onCancel} data-action="cancel-follow">
              {t('sbCancel')}
            </button>
          </div>
        </div>
      )}
      {!dossier && props.state.status !== 'loading' && (
        <div class="bs-actions">
          <button type="button" class="bs-button" onClick={props.onCancel} data-action="cancel-follow">
            {t('sbCancel')}
          </button>
        </div>
      )}
    </section>
  );
}
