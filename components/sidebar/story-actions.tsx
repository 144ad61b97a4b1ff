import { useState } from 'preact/hooks';
import type { FollowNotice, FollowReply } from '../../core/messages';
import { t } from '../i18n';
import { describeProblem } from '../common/failure-text';
import { describeFollowFailure } from './follow-failure';

/** What an add or follow did, in words: "2 new key points, 1 new event", or "already in this story". */
export function describeNotice(notice: FollowNotice): string {
  if (notice.kind === 'followed') return t('followNowFollowing', notice.title);
  if (notice.alreadyMerged) return t('addAlreadyIn', notice.title);
  const { keyPoints, events, claims, sources, terms, disputes } = notice.added;
  const parts = [
    keyPoints && t('addNewPoints', keyPoints),
    events && t('addNewEvents', events),
    claims && t('addNewClaims', claims),
    sources && t('addNewSources', sources),
    terms && t('addNewTerms', terms),
    disputes && t('addNewDisputes', disputes),
  ].filter((part): part is string => Boolean(part));
  const lead = notice.automatic ? t('addAddedAutomatically', notice.title) : t('addAdded', notice.title);
  return parts.length ? `${lead} ${parts.join(t('listSeparator'))}.` : `${lead} ${t('addNothingNew')}`;
}

/** The outcome of the reader's last follow action, said once where they are looking. */
export function NoticeBanner(props: { notice: FollowNotice | null | undefined }) {
  if (!props.notice) return null;
  return (
    <p class="bs-success bs-banner" role="status" data-testid="follow-notice" data-notice={props.notice.kind}>
      {describeNotice(props.notice)}
    </p>
  );
}

function failureText(reply: Extract<FollowReply, { ok: false }>): string {
  if (reply.reason === 'not-found') return t('addDossierGone');
  if (reply.reason === 'invalid') {
    // The first problem by its code, in the UI language (the engine's English only where no wording exists).
    const first = reply.errors?.[0];
    return t('addInvalid', first ? `\u2068${first.path}\u2069: ${describeProblem(first).text}` : '');
  }
  return describeFollowFailure(reply).summary;
}

export type AddState = { status: 'idle' } | { status: 'working' } | { status: 'done'; reply: FollowReply };

/** On a page matched to a story: bring this article's points, events, quotes and sources into it. */
export function AddToStory(props: { state: AddState; canAdd: boolean; autoAdd: boolean; onAdd(): void }) {
  const { state } = props;
  return (
    <div class="bs-story-actions" data-testid="add-to-story">
      <button type="button" class="bs-button" disabled={!props.canAdd || state.status === 'working'} onClick={props.onAdd} data-action="add-to-story">
        {state.status === 'working' ? t('addAdding') : t('addToStory')}
      </button>
      {props.autoAdd && <span class="bs-hint">{t('addAutoOn')}</span>}
      {state.status === 'done' &&
        (state.reply.ok ? (
          <p class="bs-success" role="status" data-testid="add-result" data-already={String(state.reply.notice.kind === 'added' && state.reply.notice.alreadyMerged)}>
            {describeNotice(state.reply.notice)}
          </p>
        ) : (
          <p class="bs-error" role="alert" data-testid="add-result">
            {failureText(state.reply)}
          </p>
        ))}
    </div>
  );
}

/**
 * On an article no story matched: follow its story, or say which of the reader's stories it is
 * about (the story then learns the names this page spells its own way).
 */
export function ArticleStoryActions(props: {
  dossiers: { id: string; title: string }[];
  canFollow: boolean;
  /** The article has been read: it can be added to a story. */
  canAdd: boolean;
  state: AddState;
  onFollow(): void;
  onAbout(dossierId: string): void;
}) {
  const [picked, setPicked] = useState('');
  const choice = picked || props.dossiers[0]?.id || '';
  const { state } = props;
  return (
    <section class="bs-section bs-article-actions" data-section="story-actions" aria-labelledby="story-actions-heading">
      <h2 id="story-actions-heading" class="bs-section-title">
        {t('sbNoStoryYet')}
      </h2>
      <p class="bs-hint">{t('sbNoStoryHint')}</p>
      <div class="bs-actions">
        <button type="button" class="bs-button is-primary" disabled={!props.canFollow} onClick={props.onFollow} data-action="follow">
          {t('followThisStory')}
        </button>
      </div>
      {props.dossiers.length > 0 && (
        <form
          class="bs-about-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) props.onAbout(choice);
          }}
        >
          <label class="bs-label" for="about-story">
            {t('aboutStoryLabel')}
          </label>
          <div class="bs-inline-form">
            <select id="about-story" class="bs-input" value={choice} onChange={(event) => setPicked(event.currentTarget.value)} data-field="about-story">
              {props.dossiers.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.title}
                </option>
              ))}
            </select>
            <button type="submit" class="bs-button" disabled={!props.canAdd || !choice || state.status === 'working'} data-action="about-story">
              {state.status === 'working' ? t('addAdding') : t('aboutStoryButton')}
            </button>
          </div>
        </form>
      )}
      {state.status === 'done' && !state.reply.ok && (
        <p class="bs-error" role="alert" data-testid="add-result">
          {failureText(state.reply)}
        </p>
      )}
    </section>
  );
}
