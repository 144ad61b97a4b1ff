// Validation of dossier files: every problem, each with a path such as `events[3].date`.
// Structure comes from ./schema.ts; the rules that need the whole file (references, unique ids,
// reachable `require`) are checked here on the raw input, so they are reported even when other
// parts of the file are broken.
import * as v from 'valibot';
import { DOSSIER_ID_PATTERN, DossierSchema, LANGUAGE_TAG_PATTERN, quoteValue, type CodedProblem, type DescribedRequirement } from './schema';
import { DOSSIER_FORMAT, DOSSIER_VERSION, type Dossier } from './types';
import { findJsonError, lineAndColumn } from './json-locator';

export { locateJsonError } from './json-locator';

export interface DossierError {
  /** Where the problem is: `events[3].date`, `summary.keyPoints[0].sources[1]`; "(file)" for the file as a whole. */
  path: string;
  /** English wording, for logs and as the UI's fallback. */
  message: string;
  /** Stable reason (`not-http-url`, `unknown-source`, …) and the values the wording needs, for translated UI text. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * code and params are not enumerable: an error still prints, serialises and compares (toEqual) as
 * {path, message}, as before codes existed; readers that want them ask for them by name.
 */
export function makeDossierError(path: string, problem: CodedProblem): DossierError {
  return { path, message: problem.message, code: problem.code, params: problem.params };
}

function problem(code: string, params: Record<string, string | number>, message: string): CodedProblem {
  return { code, params, message };
}

export type DossierValidation = { ok: true; dossier: Dossier } | { ok: false; errors: DossierError[] };

export const DEFAULT_MAX_DOSSIER_BYTES = 5 * 1024 * 1024;
export const FILE_PATH = '(file)';

type PathItem = string | number;

/** ['events', 3, 'date'] -> "events[3].date" */
export function formatPath(path: readonly PathItem[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? FILE_PATH : out;
}

/** One line per problem, for logs and plain-text UI; `limit` keeps a hostile file from flooding. */
export function formatDossierErrors(errors: readonly DossierError[], limit = Infinity): string {
  const shown = errors.slice(0, limit).map((e) => `${e.path}: ${e.message}`);
  if (errors.length > limit) shown.push(`… and ${errors.length - limit} more problems`);
  return shown.join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${quoteValue(value)}`;
  if (typeof value === 'number') return `the number ${quoteValue(value)}`;
  if (typeof value === 'boolean') return `${value}`;
  return `${typeof value === 'object' ? 'an object' : typeof value}`;
}

/** describeKind as params: `got` is one of nothing, null, list, text, number, boolean, object (or a JS type); `value` when shown. */
function kindParams(value: unknown): { got: string; value?: string } {
  if (value === undefined) return { got: 'nothing' };
  if (value === null) return { got: 'null' };
  if (Array.isArray(value)) return { got: 'list' };
  if (typeof value === 'string') return { got: 'text', value: quoteValue(value) };
  if (typeof value === 'number') return { got: 'number', value: quoteValue(value) };
  if (typeof value === 'boolean') return { got: 'boolean', value: `${value}` };
  return { got: typeof value === 'object' ? 'object' : typeof value };
}

const EXPECTED_BY_TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  loose_object: 'an object',
  object: 'an object',
  boolean: 'true or false',
};
/** The same kinds as codes (kindParams' vocabulary). */
const EXPECTED_KIND_BY_TYPE: Record<string, string> = {
  string: 'text',
  number: 'number',
  array: 'list',
  loose_object: 'object',
  object: 'object',
  boolean: 'boolean',
};

/** The code of a failed pipe action; schema.ts words the message, its check requirements carry their describers. */
function describeActionIssue(issue: v.BaseIssue<unknown>): CodedProblem {
  const shown = quoteValue(issue.input);
  const requirement = issue.requirement as unknown;
  if (issue.type === 'check' && typeof requirement === 'function' && 'describe' in requirement) {
    const found = (requirement as DescribedRequirement).describe(issue.input as string);
    if (found) return { ...found, message: issue.message };
  }
  if (issue.type === 'regex' && requirement === LANGUAGE_TAG_PATTERN) return problem('invalid-language', { value: shown }, issue.message);
  if (issue.type === 'regex' && requirement === DOSSIER_ID_PATTERN) return problem('invalid-dossier-id', { value: shown }, issue.message);
  if (issue.type === 'min_length') return problem('empty-list', { min: Number(requirement) }, issue.message);
  if (issue.type === 'finite') return problem('not-finite', { value: shown }, issue.message);
  if (issue.type === 'gt_value') return problem('not-positive', { value: shown }, issue.message);
  if (issue.type === 'integer') return problem('not-integer', { value: shown }, issue.message);
  if (issue.type === 'min_value') return problem('too-small', { value: shown, min: Number(requirement) }, issue.message);
  return problem(`invalid-${issue.type.replace(/_/g, '-')}`, {}, issue.message);
}

/** Turns a valibot issue into our wording; schema.ts already words the custom checks. */
function describeIssue(issue: v.BaseIssue<unknown>): CodedProblem {
  if (issue.kind !== 'schema') return describeActionIssue(issue);
  const isMissingKey =
    issue.input === undefined && (issue.type === 'loose_object' || issue.type === 'object') && issue.path?.length;
  if (isMissingKey) return problem('required', {}, 'is required');
  if (issue.type === 'picklist' || issue.type === 'literal') {
    const options = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ');
    const value = quoteValue(issue.input);
    return problem('not-allowed-value', { value, options }, `${value} is not allowed here; expected one of: ${options}`);
  }
  const expected = EXPECTED_BY_TYPE[issue.type] ?? issue.expected ?? issue.type;
  return problem(
    'wrong-type',
    { expected: EXPECTED_KIND_BY_TYPE[issue.type] ?? expected, ...kindParams(issue.input) },
    `expected ${expected}, got ${describeKind(issue.input)}`,
  );
}

function issuePath(issue: v.BaseIssue<unknown>): PathItem[] {
  return (issue.path ?? []).map((item) => item.key as PathItem);
}

// --- rules that need the whole file -----------------------------------------------------------

function listAt(value: unknown, key: string): unknown[] {
  if (!isRecord(value)) return [];
  const list = value[key];
  return Array.isArray(list) ? list : [];
}

function checkUniqueIds(list: unknown[], listName: string, errors: DossierError[]): void {
  const firstIndex = new Map<string, number>();
  list.forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else {
      const id = quoteValue(item.id);
      const firstPath = `${listName}[${first}]`;
      errors.push(makeDossierError(`${listName}[${i}].id`, problem('duplicate-id', { id, first: firstPath }, `duplicate id ${id}, already used by ${firstPath}`)));
    }
  });
}

function checkSourceRefs(holder: unknown, path: string, sourceIds: Set<string>, errors: DossierError[]): void {
  if (!isRecord(holder) || !Array.isArray(holder.sources)) return;
  holder.sources.forEach((ref, j) => {
    if (typeof ref !== 'string') {
      const message = `expected a source id (text), got ${describeKind(ref)}`;
      errors.push(makeDossierError(`${path}.sources[${j}]`, problem('wrong-type', { expected: 'source-id', ...kindParams(ref) }, message)));
    } else if (!sourceIds.has(ref)) {
      errors.push(makeDossierError(`${path}.sources[${j}]`, unknownSource(ref)));
    }
  });
}

function unknownSource(id: string): CodedProblem {
  const quoted = quoteValue(id);
  return problem('unknown-source', { id: quoted }, `unknown source ${quoted}: no source in this file has that id`);
}

function checkVia(sources: unknown[], sourceIds: Set<string>, errors: DossierError[]): void {
  const viaOf = new Map<string, string>();
  for (const s of sources) {
    if (isRecord(s) && typeof s.id === 'string' && typeof s.via === 'string') viaOf.set(s.id, s.via);
  }
  sources.forEach((s, i) => {
    if (!isRecord(s) || typeof s.via !== 'string') return;
    const path = `sources[${i}].via`;
    if (!sourceIds.has(s.via)) {
      errors.push(makeDossierError(path, unknownSource(s.via)));
      return;
    }
    if (s.via === s.id) {
      errors.push(makeDossierError(path, problem('via-self', {}, 'a source cannot be known via itself')));
      return;
    }
    // A chain that comes back to its start would leave the provenance undefined.
    const seen = [s.id as string];
    let next: string | undefined = s.via;
    while (next !== undefined && !seen.includes(next)) {
      seen.push(next);
      next = viaOf.get(next);
    }
    if (next === s.id) {
      const chain = [...seen, next].join(' → ');
      errors.push(makeDossierError(path, problem('via-cycle', { chain }, `circular "via" chain: ${chain}`)));
    }
  });
}

/**
 * A topic that needs more distinct groups than its terms have can never match. (No such check for
 * `score`: the matcher multiplies weights by where a term appears, so the reachable score is its
 * business, not the format's.)
 */
function checkTopicRequire(topics: unknown[], errors: DossierError[]): void {
  topics.forEach((topic, i) => {
    if (!isRecord(topic) || !isRecord(topic.require) || !Array.isArray(topic.terms)) return;
    const groups = new Set<string>();
    for (const term of topic.terms) {
      if (!isRecord(term) || typeof term.text !== 'string') continue;
      // Terms without a group count as a group of their own (types.ts).
      groups.add(typeof term.group === 'string' && term.group !== '' ? `g:${term.group}` : `t:${term.text}`);
    }
    // Backstory's extensions to `require`: `all` (every listed group present), `any` (at least one),
    // `names` (the groups that name the story: one must be present on a page written in their script),
    // `pair` (any two of these groups together stand in for `any`).
    for (const key of ['all', 'any', 'names', 'pair'] as const) {
      const listed = topic.require[key];
      if (listed === undefined) continue;
      if (!Array.isArray(listed) || listed.some((g) => typeof g !== 'string')) {
        errors.push(makeDossierError(`topics[${i}].require.${key}`, problem('not-group-list', {}, 'must be a list of group names')));
        continue;
      }
      listed.forEach((group, j) => {
        if (!groups.has(`g:${group}`)) {
          const message = `names group "${group}", which no term of this topic has`;
          errors.push(makeDossierError(`topics[${i}].require.${key}[${j}]`, problem('unknown-group', { group: `"${group}"` }, message)));
        }
      });
    }
    topic.terms.forEach((term, j) => {
      if (isRecord(term) && term.prefix !== undefined && typeof term.prefix !== 'boolean') {
        errors.push(makeDossierError(`topics[${i}].terms[${j}].prefix`, problem('not-boolean', {}, 'must be true or false')));
      }
    });
    const needGroups = topic.require.groups;
    if (typeof needGroups === 'number' && Number.isInteger(needGroups) && needGroups > groups.size) {
      const message = `requires ${needGroups} groups but the terms form only ${groups.size}, so this topic can never match`;
      errors.push(makeDossierError(`topics[${i}].require.groups`, problem('unreachable-groups', { need: needGroups, have: groups.size }, message)));
    }
  });
}

function checkQuotesAttributed(claims: unknown[], errors: DossierError[]): void {
  claims.forEach((claim, i) => {
    if (isRecord(claim) && claim.quote !== undefined && claim.attributedTo === undefined) {
      errors.push(makeDossierError(`claims[${i}].attributedTo`, problem('quote-needs-attribution', {}, 'a claim with a quote must say who said it (attributedTo)')));
    }
  });
}

function checkWholeFile(input: Record<string, unknown>): DossierError[] {
  const errors: DossierError[] = [];
  const sources = listAt(input, 'sources');
  const sourceIds = new Set(sources.flatMap((s) => (isRecord(s) && typeof s.id === 'string' ? [s.id] : [])));

  checkUniqueIds(listAt(input, 'topics'), 'topics', errors);
  checkUniqueIds(sources, 'sources', errors);
  checkUniqueIds(listAt(input, 'claims'), 'claims', errors);
  checkUniqueIds(listAt(input, 'events'), 'events', errors);

  const summary = input.summary;
  listAt(summary, 'keyPoints').forEach((kp, i) => checkSourceRefs(kp, `summary.keyPoints[${i}]`, sourceIds, errors));
  listAt(summary, 'openQuestions').forEach((q, i) => checkSourceRefs(q, `summary.openQuestions[${i}]`, sourceIds, errors));
  listAt(input, 'claims').forEach((c, i) => checkSourceRefs(c, `claims[${i}]`, sourceIds, errors));
  listAt(input, 'events').forEach((e, i) => checkSourceRefs(e, `events[${i}]`, sourceIds, errors));
  checkVia(sources, sourceIds, errors);
  checkTopicRequire(listAt(input, 'topics'), errors);
  checkQuotesAttributed(listAt(input, 'claims'), errors);
  return errors;
}

// --- entry points -----------------------------------------------------------------------------

/**
 * A file of another kind or a newer format version is refused with one clear reason instead of
 * dozens of follow-on errors about fields it was never meant to have.
 */
function checkFormatAndVersion(input: Record<string, unknown>): DossierError | null {
  if (input.format !== DOSSIER_FORMAT) {
    const got = input.format === undefined ? 'has no "format" field' : `has format ${quoteValue(input.format)}`;
    const message = `this is not a Backstory dossier: the file ${got}, expected "${DOSSIER_FORMAT}"`;
    return makeDossierError(
      'format',
      input.format === undefined
        ? problem('no-format', { expected: `"${DOSSIER_FORMAT}"` }, message)
        : problem('wrong-format', { value: quoteValue(input.format), expected: `"${DOSSIER_FORMAT}"` }, message),
    );
  }
  const version = input.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > DOSSIER_VERSION) {
    const message = `this dossier uses format version ${version}, made by a newer Backstory; this Backstory reads version ${DOSSIER_VERSION} only. Update Backstory to open it.`;
    return makeDossierError('version', problem('newer-version', { version, supported: DOSSIER_VERSION }, message));
  }
  if (typeof version === 'number' && Number.isInteger(version) && version < DOSSIER_VERSION) {
    const message = `format version ${version} does not exist; the current version is ${DOSSIER_VERSION}`;
    return makeDossierError('version', problem('unknown-version', { version, supported: DOSSIER_VERSION }, message));
  }
  return null;
}

/** Checks a parsed dossier; on success returns the input itself, unknown fields included. */
export function validateDossier(input: unknown): DossierValidation {
  if (!isRecord(input)) {
    const message = `expected a dossier (a JSON object), got ${describeKind(input)}`;
    return { ok: false, errors: [makeDossierError(FILE_PATH, problem('wrong-type', { expected: 'dossier', ...kindParams(input) }, message))] };
  }
  const fatal = checkFormatAndVersion(input);
  if (fatal) return { ok: false, errors: [fatal] };

  const result = v.safeParse(DossierSchema, input, { abortEarly: false, abortPipeEarly: false });
  const errors: DossierError[] = result.success
    ? []
    : result.issues.map((issue) => makeDossierError(formatPath(issuePath(issue)), describeIssue(issue)));
  errors.push(...checkWholeFile(input));

  if (errors.length > 0) return { ok: false, errors };
  // The input, not valibot's copy: key order and unknown fields stay exactly as written.
  return { ok: true, dossier: input as Dossier };
}

/** UTF-8 size without allocating an encoded copy. */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/** A size check callers can run on `File.size` before even reading the file. */
export function describeSizeProblem(byteLength: number, maxBytes = DEFAULT_MAX_DOSSIER_BYTES): string | null {
  return findSizeProblem(byteLength, maxBytes)?.message ?? null;
}

/** describeSizeProblem with code `too-large` and the sizes in bytes. */
export function findSizeProblem(byteLength: number, maxBytes = DEFAULT_MAX_DOSSIER_BYTES): CodedProblem | null {
  if (byteLength <= maxBytes) return null;
  const message = `the file is too large (${formatMegabytes(byteLength)}); a dossier file may be at most ${formatMegabytes(maxBytes)}`;
  return problem('too-large', { bytes: byteLength, maxBytes }, message);
}

function describeJsonError(text: string, error: unknown): CodedProblem {
  const located = findJsonError(text);
  if (located) {
    const { line, column } = lineAndColumn(text, located.position);
    const params = { line, column, detail: located.reason, jsonReason: located.code, ...located.params };
    return problem('invalid-json', params, `invalid JSON at line ${line}, column ${column}: ${located.reason}`);
  }
  // Our scanner accepted what the engine refused (should not happen): pass the engine's words on.
  const detail = error instanceof Error ? error.message : String(error);
  return problem('invalid-json-engine', { detail }, `invalid JSON: ${detail}`);
}

/** Reads the text of a `.dossier.json` file: size first (no parsing of oversize input), then JSON, then the rules. */
export function parseDossierText(text: string, opts: { maxBytes?: number } = {}): DossierValidation {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DOSSIER_BYTES;
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused without counting.
  const size = text.length > maxBytes ? text.length : text.length * 3 > maxBytes ? utf8ByteLength(text) : 0;
  const sizeProblem = findSizeProblem(size, maxBytes);
  if (sizeProblem) return { ok: false, errors: [makeDossierError(FILE_PATH, sizeProblem)] };

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [makeDossierError(FILE_PATH, problem('empty-file', {}, 'the file is empty'))] };

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [makeDossierError(FILE_PATH, describeJsonError(body, error))] };
  }
  return validateDossier(parsed);
}
