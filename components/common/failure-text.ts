// Words import/restore/storage failures and validation problems in the UI language. Storage and core
// give a stable reason/code plus params and an English message; a translation is used when one
// exists for the code, else the English message is shown as it was.
import type { FailureProblem, StorageFailure } from '../../storage/errors';
import { resolveUiLanguage, t } from '../i18n';
import { formatBytes } from './format';

type Params = Readonly<Record<string, string | number>>;
type Substitution = string | number | undefined;

/** A wording and whether it is in the UI language (else it is core's English, shown with dir=auto). */
export interface FailureText {
  text: string;
  isLocalized: boolean;
}

// First-strong isolates: a quoted LTR value ("javascript:…", "2025-02-30") keeps its own order inside RTL text.
const isolate = (value: string | number | undefined) => (value === undefined ? undefined : `\u2068${value}\u2069`);

/** "invalid-dossier" -> "errFailure_invalid_dossier" (Chrome message keys allow only [A-Za-z0-9_]). */
export function toMessageKey(prefix: 'errFailure' | 'errProblem', code: string): string {
  return `${prefix}_${code.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The translated string for `key`, or null when the UI is English, the catalog lacks it or a value is missing. */
function localize(key: string, substitutions: Substitution[]): string | null {
  if (resolveUiLanguage() === 'en') return null;
  if (substitutions.some((value) => value === undefined)) return null;
  const text = t(key, ...(substitutions as (string | number)[]));
  return text === key ? null : text;
}

function describeKind(params: Params): string {
  const got = String(params.got ?? '');
  const value = params.value;
  if (value !== undefined && (got === 'text' || got === 'number')) return t(`errGot_${got}`, `\u2068${value}\u2069`);
  if (value !== undefined && got === 'boolean') return String(value);
  const key = toKindKey(got);
  const text = t(key);
  return text === key ? got : text;
}

function toKindKey(kind: string): string {
  return `errKind_${kind.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Why the text is not JSON, translated by its reason code, else core's English detail. */
function describeJsonReason(params: Params): Substitution {
  const code = params.jsonReason;
  if (code !== undefined) {
    const key = `errJson_${String(code).replace(/[^A-Za-z0-9]/g, '_')}`;
    const value = params.char ?? params.escape ?? params.closer;
    const text = t(key, isolate(value) ?? '');
    if (text !== key) return text;
  }
  return isolate(params.detail);
}

function formatMonthYear(year: number, month: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' }).format(Date.UTC(year, month - 1, 1));
  } catch {
    return `${year}-${String(month).padStart(2, '0')}`;
  }
}

/** The substitutions ($1, $2, …) of each problem code's string, in order. */
export const PROBLEM_SUBSTITUTIONS: Record<string, (p: Params, language: string) => Substitution[]> = {
  required: () => [],
  'not-allowed-value': (p) => [isolate(p.value), isolate(p.options)],
  'wrong-type': (p) => [describeKind({ got: String(p.expected) }), describeKind(p)],
  'duplicate-id': (p) => [isolate(p.id), isolate(p.first)],
  'unknown-source': (p) => [isolate(p.id)],
  'via-self': () => [],
  'via-cycle': (p) => [isolate(p.chain)],
  'not-group-list': () => [],
  'unknown-group': (p) => [isolate(p.group)],
  'not-boolean': () => [],
  'unreachable-groups': (p) => [p.need, p.have],
  'quote-needs-attribution': () => [],
  'no-format': (p) => [isolate(p.expected)],
  'wrong-format': (p) => [isolate(p.value), isolate(p.expected)],
  'newer-version': (p) => [p.version, p.supported],
  'unknown-version': (p) => [p.version, p.supported],
  'too-large': (p, language) =>
    p.bytes === undefined || p.maxBytes === undefined ? [undefined] : [isolate(formatBytes(Number(p.bytes), language)), isolate(formatBytes(Number(p.maxBytes), language))],
  'empty-file': () => [],
  'invalid-json': (p) => [p.line, p.column, describeJsonReason(p)],
  'invalid-json-engine': (p) => [isolate(p.detail)],
  'not-date': (p) => [isolate(p.value)],
  'invalid-month': (p) => [isolate(p.value)],
  'invalid-day': (p, language) => [isolate(p.value), p.year === undefined || p.month === undefined ? undefined : formatMonthYear(Number(p.year), Number(p.month), language), p.days],
  'invalid-time': (p) => [isolate(p.value)],
  'invalid-offset': (p) => [isolate(p.value)],
  'invalid-url': (p) => [isolate(p.value)],
  'not-http-url': (p) => [isolate(p.value)],
  'no-host': (p) => [isolate(p.value)],
  'empty-term': () => [],
  'too-short-term': (p) => [isolate(p.value), p.min],
  'empty-text': () => [],
  'empty-id': () => [],
  'invalid-id': (p) => [isolate(p.value)],
  'invalid-language': (p) => [isolate(p.value)],
  'invalid-dossier-id': (p) => [isolate(p.value)],
  'empty-list': () => [],
  'not-finite': () => [],
  'not-positive': (p) => [isolate(p.value)],
  'not-integer': (p) => [isolate(p.value)],
  'too-small': (p) => [p.min, isolate(p.value)],
  'id-mismatch': () => [],
};

export const FAILURE_SUBSTITUTIONS: Record<string, (p: Params) => Substitution[]> = {
  'invalid-dossier': (p) => [p.count],
  'invalid-backup': (p) => [p.count],
  'backup-bad-table': (p) => [isolate(p.table)],
  storage: (p) => [isolate(p.detail)],
};

/** One validation problem's message (without its path) in the UI language when a translation exists. */
export function describeProblem(problem: FailureProblem): FailureText {
  const substitute = problem.code ? PROBLEM_SUBSTITUTIONS[problem.code] : undefined;
  if (problem.code && substitute && problem.params) {
    const language = resolveUiLanguage();
    const text = localize(toMessageKey('errProblem', problem.code), substitute(problem.params, language));
    if (text) return { text, isLocalized: true };
  }
  return { text: problem.message, isLocalized: false };
}

/** A failure's summary in the UI language when a translation exists, else its English message. */
export function describeFailure(failure: Pick<StorageFailure, 'reason' | 'params' | 'message'>): FailureText {
  const substitute = FAILURE_SUBSTITUTIONS[failure.reason] ?? (() => []);
  const text = localize(toMessageKey('errFailure', failure.reason), substitute(failure.params ?? {}));
  return text ? { text, isLocalized: true } : { text: failure.message, isLocalized: false };
}

/** The text for a toast or a one-line alert. */
export function describeFailureText(failure: Pick<StorageFailure, 'reason' | 'params' | 'message'>): string {
  return describeFailure(failure).text;
}
