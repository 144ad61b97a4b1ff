// The dossier editor's state, without the UI: a draft is the dossier itself (unknown fields and all)
// in which the fields the reader types into may hold what was typed ("3.5" for a weight, one alias
// per line). Nothing is coerced in the draft, so nothing the reader typed is lost while it is
// invalid; `toDossier` turns the draft into the candidate file that `validateDossier` judges, and
// that file's error paths (`events[3].date`) name the draft's fields one for one.
import { formatPath, type DossierError } from '../../core/dossier/validate';
import type { Dossier } from '../../core/dossier/types';

export type Draft = Record<string, unknown>;
export type FieldPath = readonly (string | number)[];

/** Where the problems that belong to no field of the editor are shown (the list at the top). */
export const GENERAL_FIELD = '(file)';

export function toDraft(dossier: Dossier): Draft {
  return structuredClone(dossier) as Draft;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; only the objects along the path are copied. */
export function setAt<T>(root: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const child = (root as Record<string | number, unknown> | undefined)?.[key];
  const next = setAt(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[key as number] = next;
    return copy as T;
  }
  return { ...(root as object), [key]: next } as T;
}

/** Removes item `index` of the list at `listPath`; returns the new root and the item, for undo. */
export function removeAt<T>(root: T, listPath: FieldPath, index: number): { root: T; item: unknown } {
  const list = getAt(root, listPath);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return { root, item: undefined };
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  return { root: setAt(root, listPath, copy), item };
}

/** Puts `item` back at `index` (or at the end if the list has since become shorter). */
export function insertAt<T>(root: T, listPath: FieldPath, index: number, item: unknown): T {
  const list = getAt(root, listPath);
  const copy = Array.isArray(list) ? [...list] : [];
  copy.splice(Math.min(Math.max(index, 0), copy.length), 0, item);
  return setAt(root, listPath, copy);
}

// --- draft -> candidate file ---------------------------------------------------------------------

const NON_ASCII_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * What a number field holds: a number, nothing (empty), or the text as typed when it is no number,
 * so that validation says "expected a number, got text "abc"" at that field. Arabic-Indic and
 * Persian digits and a decimal comma are read as a reader writing them means them.
 */
export function parseNumberInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const ascii = value
    .trim()
    .replace(NON_ASCII_DIGITS, (d) => String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660))))
    .replace(/[\u066b,]/, '.');
  if (ascii === '') return undefined;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(ascii) ? Number(ascii) : value;
}

/** One item per line, blank lines dropped. */
export function parseLines(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The text a list field shows: its items one per line, or what the reader typed. */
export function formatLines(value: unknown): string {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('\n') : '';
}

/** A copy of `item` where empty optional fields are left out and typed values are converted. */
function convertFields(item: unknown, rules: { optional?: string[]; numbers?: string[]; lines?: string[] }): unknown {
  if (!isRecord(item)) return item;
  const out: Record<string, unknown> = { ...item };
  for (const key of rules.numbers ?? []) {
    if (key in out) out[key] = parseNumberInput(out[key]);
  }
  for (const key of rules.lines ?? []) {
    if (key in out) out[key] = parseLines(out[key]);
    if (Array.isArray(out[key]) && (out[key] as unknown[]).length === 0 && typeof item[key] === 'string') out[key] = undefined;
  }
  for (const key of rules.optional ?? []) {
    if (typeof out[key] === 'string' && (out[key] as string).trim() === '') out[key] = undefined;
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

function mapList(value: unknown, convert: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(convert) : value;
}

const convertTerm = (term: unknown) => convertFields(term, { optional: ['lang', 'group'], numbers: ['weight'] });

function convertTopic(topic: unknown): unknown {
  if (!isRecord(topic)) return topic;
  const out: Record<string, unknown> = { ...topic, terms: mapList(topic.terms, convertTerm) };
  if (isRecord(topic.require)) out.require = convertFields(topic.require, { numbers: ['groups', 'score'] });
  return out;
}

/**
 * The file the draft stands for, as `validateDossier` and the storage see it. `today` becomes
 * `updatedAt` when given (an edited dossier is updated on the day it is saved).
 */
export function toDossier(draft: Draft, today?: string): unknown {
  const summary = isRecord(draft.summary)
    ? {
        ...draft.summary,
        actors: mapList(draft.summary.actors, (actor) => convertFields(actor, { optional: ['role'], lines: ['aliases'] })),
      }
    : draft.summary;
  return {
    ...draft,
    ...(today ? { updatedAt: today } : {}),
    topics: mapList(draft.topics, convertTopic),
    summary,
    sources: mapList(draft.sources, (source) =>
      convertFields(source, { optional: ['publisher', 'url', 'publishedAt', 'language'], lines: ['authors'] }),
    ),
    events: mapList(draft.events, (event) => convertFields(event, { optional: ['qualifier', 'description'] })),
  };
}

/** The local calendar day as a dossier Date. */
export function formatToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether the draft stands for another file than `original` (the day it was saved aside). */
export function isDraftChanged(draft: Draft, original: Dossier): boolean {
  return JSON.stringify(toDossier(draft)) !== JSON.stringify(original);
}

// --- error paths -> fields -----------------------------------------------------------------------

/** The leaves the editor has a field for; anything else is shown at its item, or in the list at the top. */
const FIELD_PATTERNS = [
  /^(title|language|summary\.headline|topics)$/,
  /^summary\.keyPoints\[\d+\]\.(text|sources)$/,
  /^summary\.actors\[\d+\]\.(name|role|aliases)$/,
  /^sources\[\d+\]\.(id|title|publisher|kind|url|authors|publishedAt|language)$/,
  /^events\[\d+\]\.(date|qualifier|title|description|sources)$/,
  /^topics\[\d+\]\.(label|level|terms|require|require\.groups|require\.score)$/,
  /^topics\[\d+\]\.terms\[\d+\]\.(text|lang|weight|group)$/,
];
/** Items the editor shows as a block, where a problem without a field of its own is shown. */
const ITEM_PATTERN = /^(summary\.keyPoints|summary\.actors|sources|events|topics)\[\d+\]$|^topics\[\d+\]\.terms\[\d+\]$/;

/**
 * Where the editor shows a problem with `path`: the field itself, the list field an entry belongs to
 * (`events[2].sources[1]` → `events[2].sources`), the topic's match rule for its `all`/`any` groups,
 * the nearest item shown as a block, else GENERAL_FIELD.
 */
export function toFieldKey(path: string): string {
  let key = path
    .replace(/^(.*\.(sources|authors|aliases))\[\d+\]$/, '$1')
    .replace(/^(topics\[\d+\]\.require)\.(all|any)(\[\d+\])?$/, '$1');
  if (FIELD_PATTERNS.some((pattern) => pattern.test(key))) return key;
  while (key.length > 0) {
    if (ITEM_PATTERN.test(key)) return key;
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
    if (cut <= 0) break;
    key = key.slice(0, cut);
  }
  return GENERAL_FIELD;
}

export function groupErrorsByField(errors: readonly DossierError[]): Map<string, DossierError[]> {
  const byField = new Map<string, DossierError[]>();
  for (const error of errors) {
    const key = toFieldKey(error.path);
    byField.set(key, [...(byField.get(key) ?? []), error]);
  }
  return byField;
}

export function toFieldKeyOf(path: FieldPath): string {
  return formatPath(path);
}

/** A DOM id for the field at `key`, unique per dossier: `events[3].date` → `edit-x-events-3-date`. */
export function toFieldDomId(dossierId: string, key: string): string {
  return `edit-${dossierId}-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

// --- references and new items ---------------------------------------------------------------------

/** Every place that names source `id`: `events[2].sources`, `summary.keyPoints[0].sources`, `sources[3].via`, … */
export function findSourceReferences(draft: Draft, id: string): string[] {
  const found: string[] = [];
  const scan = (list: unknown, prefix: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (isRecord(item) && Array.isArray(item.sources) && item.sources.includes(id)) found.push(`${prefix}[${i}].sources`);
    });
  };
  const summary = isRecord(draft.summary) ? draft.summary : {};
  scan(summary.keyPoints, 'summary.keyPoints');
  scan(summary.openQuestions, 'summary.openQuestions');
  scan(draft.claims, 'claims');
  scan(draft.events, 'events');
  if (Array.isArray(draft.sources)) {
    draft.sources.forEach((source, i) => {
      if (isRecord(source) && source.via === id) found.push(`sources[${i}].via`);
    });
  }
  return found;
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function makeUniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const clean = base.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '') || 'item';
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) if (!used.has(`${clean}-${n}`)) return `${clean}-${n}`;
}

function idsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.flatMap((item) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : [])) : [];
}

/** Empty new items: each fails validation until the reader fills it in, so none is saved half made. */
export function makeNewItem(kind: 'keyPoint' | 'actor' | 'source' | 'event' | 'topic' | 'term', draft: Draft): Record<string, unknown> {
  switch (kind) {
    case 'keyPoint':
      return { text: '', sources: [] };
    case 'actor':
      return { name: '', role: '' };
    case 'source':
      return { id: makeUniqueId('source', idsOf(draft.sources)), title: '', kind: 'news-report' };
    case 'event':
      return { id: makeUniqueId('event', idsOf(draft.events)), date: '', title: '', sources: [] };
    case 'topic':
      return { id: makeUniqueId('topic', idsOf(draft.topics)), label: '', level: 'related', terms: [], require: { groups: 1 } };
    case 'term':
      return { text: '', weight: 1 };
  }
}

/** The distinct groups of a topic's terms, as the matcher counts them (no group: the term's own text). */
export function listTermGroups(terms: unknown): string[] {
  if (!Array.isArray(terms)) return [];
  const groups = new Set<string>();
  for (const term of terms) {
    if (isRecord(term) && typeof term.group === 'string' && term.group.trim() !== '') groups.add(term.group);
  }
  return [...groups].sort((a, b) => a.localeCompare(b));
}
