import type { FailureProblem, StorageFailure } from '../../storage/errors';
import { t } from '../i18n';
import { describeFailure, describeProblem, type FailureText } from './failure-text';

export type Problem = FailureProblem;

const MAX_SHOWN = 50;

/** Text from core/ that has no translation stays English: dir=auto keeps its punctuation in place in an RTL page. */
function FailureLine(props: { text: FailureText }) {
  return props.text.isLocalized ? <>{props.text.text}</> : <span dir="auto">{props.text.text}</span>;
}

/**
 * A failure the user must read: what went wrong, then every problem with the place in the file it is in.
 * `failure` is worded in the UI language (see failure-text.ts); `message` is shown as given.
 */
export function ProblemList(props: {
  title: string;
  failure?: Pick<StorageFailure, 'reason' | 'params' | 'message'>;
  message?: string;
  problems?: Problem[];
  testId?: string;
}) {
  const problems = props.problems ?? [];
  const summary: FailureText | null = props.failure
    ? describeFailure(props.failure)
    : props.message
      ? { text: props.message, isLocalized: false }
      : null;
  return (
    <div class="ui-problems" role="alert" data-testid={props.testId}>
      <h3 class="ui-problems__title">{props.title}</h3>
      {summary && (
        <p class="ui-problems__message" data-localized={summary.isLocalized ? 'true' : 'false'}>
          <FailureLine text={summary} />
        </p>
      )}
      {problems.length > 0 && (
        <ul aria-label={t('uiProblemsTitle')}>
          {problems.slice(0, MAX_SHOWN).map((problem, i) => {
            const text = describeProblem(problem);
            return (
              <li key={i} data-code={problem.code} data-localized={text.isLocalized ? 'true' : 'false'}>
                {/* Paths are code: always left to right, in their own direction run. */}
                <code dir="ltr">{problem.path}</code>: <FailureLine text={text} />
              </li>
            );
          })}
          {problems.length > MAX_SHOWN && <li>{t('uiMoreProblems', problems.length - MAX_SHOWN)}</li>}
        </ul>
      )}
    </div>
  );
}
