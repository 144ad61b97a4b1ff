// A refused follow or add (core/messages.ts FollowReply) in the reader's language: the reason by its
// code (errFollow_*), each validation problem by its code (describeProblem, as imports are worded), and
// the engine's own text (a storage error) isolated inside the sentence, never shown bare in English.
import type { FollowReply } from '../../core/messages';
import { describeProblem, type FailureText } from '../common/failure-text';
import { t } from '../i18n';

export type FollowFailure = Extract<FollowReply, { ok: false }>;

/** The message key of each reason (a new reason fails components/common/messages-coverage.test.tsx). */
export const FOLLOW_FAILURE_KEYS: Record<FollowFailure['reason'], string> = {
  invalid: 'errFollow_invalid',
  'no-terms': 'errFollow_no_terms',
  'not-found': 'errFollow_not_found',
  storage: 'errFollow_storage',
};

export interface FollowFailureText {
  /** What happened, in the UI language. */
  summary: string;
  /** The validation problems (at most `max`), each with its path and wording. */
  problems: { path: string; text: FailureText }[];
}

// First-strong isolate: the engine's LTR text keeps its own order inside RTL text.
const isolate = (value: string) => `\u2068${value}\u2069`;

export function describeFollowFailure(reply: FollowFailure, max = 5): FollowFailureText {
  const problems = (reply.errors ?? []).slice(0, max).map((error) => ({ path: error.path, text: describeProblem(error) }));
  const key = FOLLOW_FAILURE_KEYS[reply.reason] ?? FOLLOW_FAILURE_KEYS.storage;
  // Only a storage failure has no coded problem to say why: the engine's text is its detail.
  const detail = reply.reason === 'storage' && reply.message ? isolate(reply.message.slice(0, 300)) : '';
  const summary = detail ? t('errFollow_storage_detail', detail) : t(key);
  return { summary, problems };
}
