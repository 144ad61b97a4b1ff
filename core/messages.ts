// The one message contract between the content script, the extension pages
// (popup, options, sidebar) and the background. Both sides import these
// types; the background validates every incoming message with `parseRequest`
// because a message is only as trustworthy as the context that sent it.
import * as v from 'valibot';
import type { Dossier } from './dossier/types';
import type { DossierError } from './dossier/validate';
import type { DraftResult, MergeResult } from './follow/types';
import type { CompiledMatcher, TopicMatch } from './match/types';
import type { ArticleDetection, PageMetadata } from './page/types';

export type PageStatusKind = 'pending' | 'not-article' | 'site-off' | 'no-match' | 'dismissed' | 'matched';

/** What the content script knows about the page it runs in. */
export interface PageStatus {
  kind: PageStatusKind;
  url: string;
  reason?: 'site-blocked' | 'site-not-allowed' | 'no-dossiers';
  detection?: ArticleDetection;
  metadata?: PageMetadata;
  matches?: TopicMatch[];
  sidebar?: 'open' | 'collapsed' | 'closed' | 'none';
  /**
   * One visit of the page: new on every load and in-page navigation, the same when the page is
   * checked again (a dossier changed). A → B → A is two visits of A, so history records both.
   */
  visit?: string;
}

export interface PageContext {
  runs: boolean;
  reason?: PageStatus['reason'];
  matcher: CompiledMatcher | null;
  revision: number;
  sensitivity: number;
  autoOpen: boolean;
  /** Dossiers the user said this page or site is not about. */
  dismissed: string[];
  sidebarState: 'open' | 'collapsed' | 'closed' | null;
  uiLanguage: 'auto' | 'en' | 'ar';
  /**
   * Private mode: nothing is added to the page (no sidebar host, no highlights), so no page can
   * watch for Backstory; a match shows on the toolbar badge and the sidebar opens in the browser's
   * own side panel instead. Absent means false.
   */
  quiet?: boolean;
}

/** What the sidebar shows for a tab. */
export interface TabState {
  tabId: number;
  status: PageStatus | null;
  /** False when no content script answers (browser pages, the store, PDF viewer). */
  reachable: boolean;
}

/** One article the user read on a dossier's story (a history row, without ids). */
export interface ReadArticle {
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  readAt: number;
  language: string | null;
}

/**
 * What the sidebar frame shows besides the tab's status. The frame is an
 * extension page embedded in a third-party site, where browsers that block
 * third-party storage (Chromium with 3P cookies blocked, Brave, Safari-like
 * policies) deny it IndexedDB; so it asks the background, which owns the database.
 */
export interface SidebarData {
  /** The sender's tab, as `tab-state` answers: one round trip for the frame's first paint. */
  tab: TabState;
  dossier: Dossier | null;
  /** The reader's choices about that dossier: items added after `lastSeenAt` are new to them. */
  dossierState?: DossierState;
  history: ReadArticle[];
  uiLanguage: 'auto' | 'en' | 'ar';
  /** What the reader's last follow action on this tab did, said once by the frame that loads after it. */
  notice?: FollowNotice;
  /** Without a dossier (an article none matched): the reader's dossiers, to say which story it is about. */
  dossiers?: { id: string; title: string }[];
}

export interface DossierState {
  origin: 'builtin' | 'import' | 'follow';
  autoAdd: boolean;
  /** Epoch ms; null when the reader has never seen this dossier in the sidebar. */
  lastSeenAt: number | null;
}

/** The outcome of following a story or adding a page to one, for the sidebar to say. */
export type FollowNotice =
  | { kind: 'followed'; dossierId: string; title: string }
  | { kind: 'added'; dossierId: string; title: string; added: MergeResult['added']; alreadyMerged: boolean; automatic: boolean };

/** The background's answer to a follow or add request: stored, or refused with why (nothing stored). */
export type FollowReply =
  | { ok: true; notice: FollowNotice }
  | { ok: false; reason: 'invalid' | 'no-terms' | 'not-found' | 'storage'; errors?: DossierError[]; message?: string };

export interface PageSnapshot {
  url: string;
  html: string;
  truncated: boolean;
}

// ---- Requests to the background ----

const Level = v.picklist(['story', 'related']);
const Str = v.pipe(v.string(), v.maxLength(8192));
const Url = v.pipe(v.string(), v.maxLength(8192));
const NullableStr = v.nullable(Str);

const MetadataSchema = v.looseObject({
  title: NullableStr,
  authors: v.pipe(v.array(Str), v.maxLength(50)),
  publisher: NullableStr,
  publishedAt: NullableStr,
  modifiedAt: NullableStr,
  language: NullableStr,
  dir: v.nullable(v.picklist(['ltr', 'rtl'])),
  canonicalUrl: NullableStr,
  description: NullableStr,
  keywords: v.pipe(v.array(Str), v.maxLength(500)),
});

const MatchSchema = v.looseObject({
  dossierId: Str,
  topicId: Str,
  label: Str,
  level: Level,
  score: v.number(),
  evidence: v.pipe(
    v.array(v.looseObject({ term: Str, count: v.number(), where: v.array(v.picklist(['title', 'lead', 'metadata', 'body', 'outside'])) })),
    v.maxLength(500),
  ),
});

const StatusSchema = v.looseObject({
  kind: v.picklist(['pending', 'not-article', 'site-off', 'no-match', 'dismissed', 'matched']),
  url: Url,
  reason: v.optional(v.picklist(['site-blocked', 'site-not-allowed', 'no-dossiers'])),
  detection: v.optional(v.looseObject({ isArticle: v.boolean(), confidence: v.number(), signals: v.array(Str) })),
  metadata: v.optional(MetadataSchema),
  matches: v.optional(v.pipe(v.array(MatchSchema), v.maxLength(200))),
  sidebar: v.optional(v.picklist(['open', 'collapsed', 'closed', 'none'])),
  visit: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

// A dossier travels as data; validateDossier (in the background) is its real check.
const DossierShape = v.looseObject({ format: Str, id: Str, title: v.string() });
const DraftShape = v.looseObject({
  dossier: DossierShape,
  articleSourceId: Str,
  problems: v.pipe(v.array(Str), v.maxLength(20)),
});

export const SidebarCommandSchema = v.variant('command', [
  v.object({ command: v.literal('collapse') }),
  v.object({ command: v.literal('close') }),
  // intent 'follow': the sidebar opens on the draft of a dossier from this article.
  v.object({ command: v.literal('open'), dossierId: v.optional(Str), intent: v.optional(v.literal('follow')) }),
  v.object({ command: v.literal('toggle') }),
  v.object({ command: v.literal('recheck') }),
  v.object({ command: v.literal('highlight'), on: v.boolean(), terms: v.pipe(v.array(Str), v.maxLength(500)) }),
  v.object({ command: v.literal('jump'), index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ command: v.literal('focus-page') }),
]);
export type SidebarCommand = v.InferOutput<typeof SidebarCommandSchema>;

export const RequestSchema = v.variant('type', [
  /** Content script, on an article: may I run here, and with what matcher? */
  v.object({ type: v.literal('page-context'), url: Url, revision: v.optional(v.number()) }),
  /** Content script, on an article: run the article part of the content script (content-article.js) in my frame. */
  v.object({ type: v.literal('article-code') }),
  /** Content script: the page's status changed (matched, or no longer matched after in-page navigation). */
  v.object({ type: v.literal('page-status'), status: StatusSchema }),
  /** Content script or sidebar: "not about this story". */
  v.object({ type: v.literal('dismiss'), dossierId: Str, scope: v.picklist(['page', 'site']), url: Url }),
  /** Content script: it mounts a sidebar frame with this token in its URL; only that frame speaks for the tab. */
  v.object({ type: v.literal('sidebar-mount'), token: v.pipe(v.string(), v.minLength(16), v.maxLength(128)) }),
  /** Content script: remember open/collapsed/closed for the sender's site. */
  v.object({ type: v.literal('sidebar-state'), state: v.picklist(['open', 'collapsed', 'closed']) }),
  /** Sidebar (sender's tab) or popup (explicit tab id): the tab's page status. */
  v.object({ type: v.literal('tab-state'), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  /**
   * Sidebar: the page's HTML, for reading what the article says. `tabId` (in these sidebar requests): the
   * tab a side panel shows; the background reads it only from an extension page outside any tab.
   */
  v.object({ type: v.literal('page-snapshot'), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  /** Sidebar or popup: act on the tab's page. */
  v.object({ type: v.literal('tab-command'), tabId: v.optional(v.pipe(v.number(), v.integer())), command: SidebarCommandSchema }),
  /**
   * Sidebar frame: its tab's state, the dossier (given, else the tab's best match), the articles read on
   * it and the UI language — the frame's own storage may be blocked.
   */
  v.object({ type: v.literal('sidebar-data'), dossierId: v.optional(Str), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  /**
   * Sidebar: follow the story of its page with this dossier (drafted from the page, reviewed by the reader).
   * The shape is checked here; the background validates the dossier itself as an import is.
   */
  v.object({ type: v.literal('follow-story'), dossier: DossierShape, tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  /**
   * Sidebar: merge its page's draft into a stored dossier. `learnSpellings`: the reader said an
   * unmatched page is about this story, so its names' spellings join the story's terms.
   */
  v.object({ type: v.literal('add-to-story'), dossierId: Str, draft: DraftShape, learnSpellings: v.boolean(), automatic: v.optional(v.boolean()), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  /** Sidebar: the reader has seen this dossier now (its new items are no longer new). */
  v.object({ type: v.literal('dossier-seen'), dossierId: Str }),
]);
type ParsedRequest = v.InferOutput<typeof RequestSchema>;
// The schema checks the shape; the page status is then typed as the content script built it.
export type Request =
  | Exclude<ParsedRequest, { type: 'page-status' | 'follow-story' | 'add-to-story' }>
  | { type: 'page-status'; status: PageStatus }
  | { type: 'follow-story'; dossier: Dossier; tabId?: number }
  | { type: 'add-to-story'; dossierId: string; draft: DraftResult; learnSpellings: boolean; automatic?: boolean; tabId?: number };

export interface ResponseMap {
  'page-context': PageContext;
  'article-code': { ok: boolean };
  'page-status': { ok: true };
  dismiss: { ok: true };
  'sidebar-mount': { ok: boolean };
  'sidebar-state': { ok: true };
  'tab-state': TabState;
  'page-snapshot': PageSnapshot | null;
  'tab-command': { ok: boolean };
  'sidebar-data': SidebarData;
  'follow-story': FollowReply;
  'add-to-story': FollowReply;
  'dossier-seen': { ok: boolean };
}
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/**
 * What a dossier sent to be followed must have besides validity: a story topic whose terms come
 * from at least as many groups as it requires. With no term it would match nothing useful (and
 * the reader is told to add terms); with fewer groups than required it could never match.
 */
export function hasUsableTerms(dossier: Pick<Dossier, 'topics'>): boolean {
  return dossier.topics.some((topic) => {
    if (topic.level !== 'story' || topic.terms.length === 0) return false;
    const groups = new Set(topic.terms.map((term) => term.group ?? term.text));
    return groups.size >= (topic.require?.groups ?? 1);
  });
}

export function parseRequest(message: unknown): Request | null {
  const result = v.safeParse(RequestSchema, message);
  return result.success ? (result.output as Request) : null;
}

// ---- Messages from the background to a tab's content script ----

export type ContentMessage =
  | { type: 'cs-status' }
  | { type: 'cs-snapshot' }
  | { type: 'cs-command'; command: SidebarCommand };

export interface ContentResponseMap {
  'cs-status': PageStatus;
  'cs-snapshot': PageSnapshot;
  'cs-command': { ok: boolean };
}

export const MAX_SNAPSHOT_CHARS = 4_000_000;
