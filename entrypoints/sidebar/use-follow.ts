import { useEffect, useRef, useState } from 'preact/hooks';
import type { Dossier } from '../../core/dossier/types';
import type { ArticleForDraft, DraftResult } from '../../core/follow/types';
import type { FollowReply } from '../../core/messages';
import type { DraftState } from '../../components/sidebar/follow-review';
import type { AddState } from '../../components/sidebar/story-actions';
import { sendRequest } from '../../storage/messaging';
import { forTab } from './panel';

/** Drafts a dossier from the article, in this frame: the drafter loads only when the reader asks for it. */
export async function draftArticle(article: ArticleForDraft): Promise<DraftResult> {
  const { draftDossier } = await import('../../core/follow/draft-dossier');
  return draftDossier(article, { now: new Date().toISOString() });
}

async function send(request: () => Promise<FollowReply>): Promise<FollowReply> {
  try {
    return await request();
  } catch (error) {
    return { ok: false, reason: 'storage', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The follow loop as the sidebar frame runs it: the draft for review ("Follow this story"),
 * adding this page to the matched story (by the reader, or by itself when the story's
 * "add automatically" is on), and "this is about this story" on a page none matched.
 */
export function useFollow(options: {
  article: ArticleForDraft | undefined;
  /** The analysis finished (with or without an article to draft from). */
  analysisDone: boolean;
  startInReview: boolean;
  /** The matched dossier, when the page matched one by its terms (not "open anyway"). */
  matchedDossierId: string | undefined;
  autoAdd: boolean;
  onStoryChanged(): void;
}) {
  const { article } = options;
  const [reviewing, setReviewing] = useState(options.startInReview);
  const [draft, setDraft] = useState<DraftState>({ status: 'loading' });
  const [add, setAdd] = useState<AddState>({ status: 'idle' });
  const autoAdded = useRef<string | null>(null);

  // The draft is made once the article is read, and only when the reader reviews one.
  useEffect(() => {
    if (!reviewing) return;
    if (!article) {
      setDraft(options.analysisDone ? { status: 'failed' } : { status: 'loading' });
      return;
    }
    let live = true;
    setDraft({ status: 'loading' });
    draftArticle(article)
      .then((result) => live && setDraft({ status: 'ready', draft: result }))
      .catch((error) => {
        console.error('Backstory: could not draft a dossier', error);
        if (live) setDraft({ status: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [reviewing, article, options.analysisDone]);

  async function merge(dossierId: string, learnSpellings: boolean, automatic: boolean): Promise<void> {
    if (!article) return;
    setAdd({ status: 'working' });
    const reply = await send(async () => {
      const result = await draftArticle(article);
      return sendRequest({ type: 'add-to-story', dossierId, draft: result, learnSpellings, automatic, ...forTab() });
    });
    setAdd({ status: 'done', reply });
    // A matched page's frame stays: it reads the grown dossier. ("About this story" reloads it.)
    if (reply.ok && !learnSpellings && !(reply.notice.kind === 'added' && reply.notice.alreadyMerged)) options.onStoryChanged();
  }

  // "Add matched articles automatically": once per page, when its analysis is ready.
  useEffect(() => {
    const id = options.matchedDossierId;
    if (!options.autoAdd || !id || !article || autoAdded.current === article.url) return;
    autoAdded.current = article.url;
    void merge(id, false, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options.autoAdd, options.matchedDossierId, article]);

  return {
    reviewing,
    draft,
    add,
    startReview: () => setReviewing(true),
    cancelReview: () => setReviewing(false),
    save: (dossier: Dossier) => send(() => sendRequest({ type: 'follow-story', dossier, ...forTab() })),
    addToStory: (dossierId: string) => merge(dossierId, false, false),
    aboutStory: (dossierId: string) => merge(dossierId, true, false),
  };
}
