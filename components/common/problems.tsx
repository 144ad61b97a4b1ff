import { t } from '../i18n';

export interface Problem {
  path: string;
  message: string;
}

const MAX_SHOWN = 50;

/** A failure the user must read: what went wrong, then every problem with the place in the file it is in. */
export function ProblemList(props: { title: string; message?: string; problems?: Problem[]; testId?: string }) {
  const problems = props.problems ?? [];
  return (
    <div class="ui-problems" role="alert" data-testid={props.testId}>
      <h3 class="ui-problems__title">{props.title}</h3>
      {/* Validation messages come from core/ in English: dir=auto keeps their punctuation in place in an RTL page. */}
      {props.message && (
        <p class="ui-problems__message" dir="auto">
          {props.message}
        </p>
      )}
      {problems.length > 0 && (
        <ul aria-label={t('uiProblemsTitle')}>
          {problems.slice(0, MAX_SHOWN).map((problem, i) => (
            <li key={i} dir="auto">
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
          {problems.length > MAX_SHOWN && <li>{t('uiMoreProblems', problems.length - MAX_SHOWN)}</li>}
        </ul>
      )}
    </div>
  );
}
