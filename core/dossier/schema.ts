// Runtime twin of ./types.ts (docs/dossier-format.md): the structural rules of a dossier file.
// Cross-reference rules (source ids, unique ids, reachable `require`) live in ./validate.ts because
// they need the whole file; this schema checks each value where it stands.
// Objects are `looseObject`: unknown fields pass and are kept, so files from newer minor additions
// and hand-added notes survive a round trip.
import * as v from 'valibot';
import { DOSSIER_FORMAT, type Dossier } from './types';

export const DATE_QUALIFIERS = ['early', 'mid', 'late', 'about', 'before', 'after'] as const;
export const SOURCE_KINDS = [
  'news-report',
  'investigation',
  'statement',
  'internal-email',
  'social-post',
  'official-document',
  'other',
] as const;
export const TOPIC_LEVELS = ['story', 'related'] as const;

/** Dossier ids end up in file names and storage keys: lowercase kebab-case only. */
export const DOSSIER_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids of sources, events, claims and topics: one token, no spaces, so they are safe as references. */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** A pragmatic BCP 47 shape (en, ar, pt-BR, zh-Hant-TW); registry membership is not checked. */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

export const MIN_TERM_LENGTH = 2;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A problem as a stable `code` plus the values its wording needs, with the English `message`. The UI
 * words it in the reader's language from code + params and falls back to `message`.
 */
export interface CodedProblem {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

function coded(code: string, params: Record<string, string | number>, message: string): CodedProblem {
  return { code, params, message };
}

/** Shows a value inside an error message, shortened so a hostile 5 MB string cannot flood the UI. */
export function quoteValue(value: unknown, max = 60): string {
  if (typeof value === 'string') {
    const shown = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'bigint' ? `${value}` : JSON.stringify(value) ?? String(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_SHAPE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?)?)?$/;

/**
 * Why `value` is not a dossier Date, or null when it is one.
 * "2025" | "2025-09" | "2025-09-29" | "2025-09-29T12:59" | "2025-09-29T12:59:00.5+03:00".
 * e.g. describeDateProblem("2025-13") === '"2025-13" is not a valid month'
 */
export function describeDateProblem(value: string): string | null {
  return findDateProblem(value)?.message ?? null;
}

/** describeDateProblem with a code: not-date, invalid-month, invalid-day, invalid-time, invalid-offset. */
export function findDateProblem(value: string): CodedProblem | null {
  const m = DATE_SHAPE.exec(value);
  const quoted = quoteValue(value);
  if (!m) {
    return coded('not-date', { value: quoted }, `${quoted} is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time such as 2025-09-29T12:59:00Z`);
  }
  const [, y, mo, d, hh, mi, ss, zone, zh, zm] = m;
  const year = Number(y);
  if (mo === undefined) return null;
  const month = Number(mo);
  if (month < 1 || month > 12) return coded('invalid-month', { value: quoted }, `${quoted} is not a valid month`);
  if (d === undefined) return null;
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return coded('invalid-day', { value: quoted, year, month, days: last }, `${quoted} is not a real date (${MONTH_NAMES[month - 1]} ${y} has ${last} days)`);
  }
  if (hh === undefined) return null;
  if (Number(hh) > 23 || Number(mi) > 59 || (ss !== undefined && Number(ss) > 59)) {
    return coded('invalid-time', { value: quoted }, `${quoted} has an impossible time of day`);
  }
  if (zone !== undefined && zone !== 'Z' && (Number(zh) > 23 || Number(zm) > 59)) {
    return coded('invalid-offset', { value: quoted }, `${quoted} has an impossible time-zone offset`);
  }
  return null;
}

export function isDossierDate(value: unknown): value is string {
  return typeof value === 'string' && describeDateProblem(value) === null;
}

/** Why `value` is not an acceptable link, or null. Only http(s): `javascript:`/`data:` links could run code. */
export function describeUrlProblem(value: string): string | null {
  return findUrlProblem(value)?.message ?? null;
}

/** describeUrlProblem with a code: invalid-url, not-http-url, no-host. */
export function findUrlProblem(value: string): CodedProblem | null {
  const quoted = quoteValue(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return coded('invalid-url', { value: quoted }, `${quoted} is not a valid URL (write a full address starting with https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return coded('not-http-url', { value: quoted }, `${quoted} is not allowed: only http:// and https:// links are valid`);
  }
  if (!url.hostname) return coded('no-host', { value: quoted }, `${quoted} has no host name`);
  return null;
}

/** Why a term text is unusable, or null. One letter would match almost any page. */
export function describeTermTextProblem(value: string): string | null {
  return findTermTextProblem(value)?.message ?? null;
}

/** describeTermTextProblem with a code: empty-term, too-short-term. */
export function findTermTextProblem(value: string): CodedProblem | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return coded('empty-term', {}, 'term text is empty');
  if ([...trimmed].length < MIN_TERM_LENGTH) {
    const quoted = quoteValue(value);
    return coded('too-short-term', { value: quoted, min: MIN_TERM_LENGTH }, `term ${quoted} is too short: a term needs at least ${MIN_TERM_LENGTH} characters`);
  }
  return null;
}

// --- building blocks -------------------------------------------------------------------------

/** The requirement of a check carries its describer, so validate.ts can read the code of a failed check. */
export type DescribedRequirement = ((input: string) => boolean) & { describe: (input: string) => CodedProblem | null };

function checkWith(describe: (input: string) => CodedProblem | null) {
  const requirement: DescribedRequirement = Object.assign((input: string) => describe(input) === null, { describe });
  return v.check(requirement, (issue) => describe(issue.input as string)?.message ?? 'invalid value');
}

const text = () =>
  v.pipe(
    v.string(),
    checkWith((s) => (s.trim().length > 0 ? null : coded('empty-text', {}, 'must not be empty'))),
  );

const optionalText = () => v.optional(v.string());

const itemId = () =>
  v.pipe(
    v.string(),
    checkWith((s) => (s.length > 0 ? null : coded('empty-id', {}, 'id must not be empty'))),
    checkWith((s) =>
      s.length === 0 || ITEM_ID_PATTERN.test(s)
        ? null
        : coded('invalid-id', { value: quoteValue(s) }, `${quoteValue(s)} is not a valid id: use letters, digits, "-", "_", "." or ":" and no spaces`),
    ),
  );

const dossierDate = () => v.pipe(v.string(), checkWith(findDateProblem));

const languageTag = () =>
  v.pipe(
    v.string(),
    v.regex(LANGUAGE_TAG_PATTERN, (issue) => `${quoteValue(issue.input)} is not a language tag (e.g. "en", "ar", "pt-BR")`),
  );

const sourceRefs = () => v.array(v.string());

const positiveNumber = (what: string) =>
  v.pipe(
    v.number(),
    v.finite(`${what} must be a finite number`),
    v.gtValue(0, (issue) => `${what} must be greater than 0, got ${quoteValue(issue.input)}`),
  );

// --- the format --------------------------------------------------------------------------------

export const TermSchema = v.looseObject({
  text: v.pipe(v.string(), checkWith(findTermTextProblem)),
  lang: v.optional(languageTag()),
  weight: v.optional(positiveNumber('weight')),
  group: v.optional(text()),
  // `prefix` is checked in validate.ts. `exact`: no word forms for this term (core/match/word-forms.ts).
  exact: v.optional(v.boolean('must be true or false')),
  // `byEar`: also match the name as other scripts write it (core/match/sound-key.ts).
  byEar: v.optional(v.boolean('must be true or false')),
});

export const TopicSchema = v.looseObject({
  id: itemId(),
  label: text(),
  level: v.picklist(TOPIC_LEVELS),
  terms: v.pipe(v.array(TermSchema), v.minLength(1, 'a topic needs at least one term')),
  require: v.optional(
    v.looseObject({
      groups: v.optional(
        v.pipe(
          v.number(),
          v.integer((issue) => `groups must be a whole number, got ${quoteValue(issue.input)}`),
          v.minValue(1, (issue) => `groups must be at least 1, got ${quoteValue(issue.input)}`),
        ),
      ),
      score: v.optional(positiveNumber('score')),
    }),
  ),
});

export const KeyPointSchema = v.looseObject({
  text: text(),
  sources: v.pipe(sourceRefs(), v.minLength(1, 'a key point needs at least one source')),
});

export const ActorSchema = v.looseObject({
  name: text(),
  role: optionalText(),
  aliases: v.optional(v.array(text())),
});

export const OpenQuestionSchema = v.looseObject({
  text: text(),
  sources: v.optional(sourceRefs()),
});

export const SummarySchema = v.looseObject({
  headline: text(),
  keyPoints: v.array(KeyPointSchema),
  actors: v.array(ActorSchema),
  openQuestions: v.optional(v.array(OpenQuestionSchema)),
});

export const ClaimSchema = v.looseObject({
  id: itemId(),
  text: text(),
  attributedTo: v.optional(text()),
  quote: v.optional(text()),
  sources: sourceRefs(),
});

export const SourceSchema = v.looseObject({
  id: itemId(),
  title: text(),
  publisher: optionalText(),
  kind: v.picklist(SOURCE_KINDS),
  url: v.optional(
    v.pipe(v.string(), checkWith(findUrlProblem)),
  ),
  authors: v.optional(v.array(text())),
  publishedAt: v.optional(dossierDate()),
  language: v.optional(languageTag()),
  via: v.optional(v.string()),
});

export const EventSchema = v.looseObject({
  id: itemId(),
  date: dossierDate(),
  qualifier: v.optional(v.picklist(DATE_QUALIFIERS)),
  title: text(),
  description: optionalText(),
  sources: v.pipe(sourceRefs(), v.minLength(1, 'an event needs at least one source')),
});

export const DossierSchema = v.looseObject({
  format: v.literal(DOSSIER_FORMAT),
  version: v.pipe(v.number(), v.integer((issue) => `version must be a whole number, got ${quoteValue(issue.input)}`)),
  id: v.pipe(
    v.string(),
    v.regex(
      DOSSIER_ID_PATTERN,
      (issue) => `${quoteValue(issue.input)} is not a valid dossier id: use lowercase kebab-case such as "my-story-2025"`,
    ),
  ),
  title: text(),
  language: languageTag(),
  updatedAt: dossierDate(),
  topics: v.pipe(v.array(TopicSchema), v.minLength(1, 'a dossier needs at least one topic')),
  summary: SummarySchema,
  claims: v.array(ClaimSchema),
  sources: v.array(SourceSchema),
  events: v.array(EventSchema),
});

// Compile-time guard: the schema's output must stay assignable to the hand-written types.
type SchemaOutput = v.InferOutput<typeof DossierSchema>;
const assertAssignable = <T extends Dossier>(_: T) => _;
export type _SchemaMatchesTypes = ReturnType<typeof assertAssignable<SchemaOutput>>;
