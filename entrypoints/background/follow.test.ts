import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../core/analysis/analyze-article';
import type { Dossier } from '../../core/dossier/types';
import { draftDossier } from '../../core/follow/draft-dossier';
import type { ArticleForDraft, DraftResult } from '../../core/follow/types';
import { parseRequest, type FollowReply, type SidebarData } from '../../core/messages';
import { getDossier, installBuiltinDossier, listDossiers } from '../../storage/dossiers';
import { useFreshDb } from '../../storage/test-db';
import { getDb } from '../../storage/db';
import { createBackgroundService } from './service';

// The follow loop's requests, as the sidebar frame sends them: follow a drafted story, add a
// page to one, say the reader has seen it. The tab's content script is faked: it answers the
// status and records the commands the background sends it.

const self = { id: fakeBrowser.runtime.id };
// The token the tab's content script mounted its sidebar frame with (see sidebar-mounts.ts).
const FRAME_TOKEN = 'frame-token-0123456789abcdef';
const tab = { id: 21, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const frame = { ...self, tab, frameId: 3, url: `chrome-extension://${fakeBrowser.runtime.id}/sidebar.html?t=${FRAME_TOKEN}#0` };
const contentScript = { ...self, tab, url: 'https://news.example/a' };
const metadata = (title: string, language = 'en') => ({
  title,
  authors: ['A. Writer'],
  publisher: 'Example News',
  publishedAt: '2024-03-04',
  modifiedAt: null,
  language,
  dir: 'ltr' as const,
  canonicalUrl: null,
  description: null,
  keywords: [],
});

function article(url: string, title: string, paragraphs: string[], language = 'en'): ArticleForDraft {
  const meta = metadata(title, language);
  const analysis = analyzeArticle({ text: paragraphs.join('\n\n'), paragraphs, publishedAt: meta.publishedAt, language, url, title });
  return { url, metadata: meta, paragraphs, links: [], analysis };
}

const FIRST = article('https://news.example/lake-tovar', 'Lake Tovar dam operator Hydrelia fined after spill in Corvena', [
  'Lake Tovar, Corvena — The dam operator Hydrelia was fined on Monday after a spill flooded farms below Lake Tovar, the Corvena water authority said.',
  'The authority said Hydrelia had ignored three warnings about the spillway at Lake Tovar since 2022.',
  '"We warned Hydrelia repeatedly and nothing was done," said Mara Velic, the head of the Corvena water authority.',
  'Farmers near Lake Tovar said the water reached their houses within an hour on 2 March 2024.',
]);
const SECOND = article('https://other.example/hydrelia-appeal', 'Hydrelia to appeal Lake Tovar fine, says spillway was sound', [
  'Hydrelia said on Wednesday it would appeal the fine over the Lake Tovar spill, insisting the spillway in Corvena was sound.',
  'The company said independent engineers inspected the Lake Tovar spillway in January 2024 and found no fault.',
  '"The inspection found nothing wrong with the structure," said Ilan Dorsky, a spokesman for Hydrelia.',
  'Corvena lawmakers will hold a hearing on the Lake Tovar spill on 20 March 2024.',
]);

interface CsCall {
  tabId: number;
  message: { type: string; command?: { command: string; dossierId?: string } };
}
let sentToTab: CsCall[];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  for (const method of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) vi.spyOn(fakeBrowser.action, method).mockResolvedValue(undefined);
  sentToTab = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: CsCall['message']) => {
    sentToTab.push({ tabId, message });
    if (message.type === 'cs-status') return { kind: 'no-match', url: 'https://news.example/a', metadata: metadata('A page'), matches: [] };
    return { ok: true };
  }) as never);
  useFreshDb();
  await fakeBrowser.storage.session.set({ sidebarMounts: { [tab.id]: { token: FRAME_TOKEN } } });
  await installBuiltinDossier();
});

function draftOf(input: ArticleForDraft): DraftResult {
  return draftDossier(input, { now: '2024-03-05T10:00:00.000Z' });
}

async function follow(service: ReturnType<typeof createBackgroundService>, dossier: Dossier): Promise<FollowReply> {
  return (await service.handle({ type: 'follow-story', dossier }, frame)) as FollowReply;
}

describe('follow-story', () => {
  it('stores the reviewed draft as a followed dossier, rechecks the tab with it open, and tells the reloaded frame once', async () => {
    const service = createBackgroundService();
    const draft = draftOf(FIRST);
    expect(draft.problems).not.toContain('no-terms');
    const reply = await follow(service, draft.dossier);
    expect(reply).toMatchObject({ ok: true, notice: { kind: 'followed', title: draft.dossier.title } });
    const id = reply.ok ? reply.notice.dossierId : '';
    const row = await getDossier(id);
    expect(row).toMatchObject({ origin: 'follow', enabled: 1 });
    expect(row?.lastSeenAt).toEqual(expect.any(Number));
    // The matcher is compiled again with the new story.
    const context = (await service.handle({ type: 'page-context', url: 'https://news.example/b' }, contentScript)) as { matcher: { topics: { dossierId: string }[] } };
    expect(context.matcher.topics.some((topic) => topic.dossierId === id)).toBe(true);
    // The tab is checked again with this dossier's sidebar open.
    expect(sentToTab).toContainEqual({ tabId: tab.id, message: { type: 'cs-command', command: { command: 'open', dossierId: id } } });
    const data = (await service.handle({ type: 'sidebar-data' }, frame)) as SidebarData;
    expect(data.notice).toMatchObject({ kind: 'followed', dossierId: id });
    const again = (await service.handle({ type: 'sidebar-data' }, frame)) as SidebarData;
    expect(again.notice).toBeUndefined();
  });

  it('following the same story twice keeps both under different ids', async () => {
    const service = createBackgroundService();
    const draft = draftOf(FIRST);
    const one = await follow(service, draft.dossier);
    const two = await follow(service, draft.dossier);
    expect(one.ok && two.ok).toBe(true);
    if (one.ok && two.ok) expect(one.notice.dossierId).not.toBe(two.notice.dossierId);
    expect((await listDossiers()).filter((row) => row.origin === 'follow')).toHaveLength(2);
  });

  it('refuses a draft without terms, or one that could never match, and stores nothing', async () => {
    const service = createBackgroundService();
    const draft = draftOf(FIRST).dossier;
    const before = (await listDossiers()).length;
    // Validation itself refuses a topic with no term.
    const noTerms = { ...draft, topics: draft.topics.map((topic) => ({ ...topic, terms: [] })) };
    expect(await follow(service, noTerms)).toMatchObject({ ok: false, reason: 'invalid' });
    const oneGroup = {
      ...draft,
      topics: [{ id: 'story', label: 'x', level: 'story' as const, terms: [{ text: 'Hydrelia', weight: 3 }], require: { groups: 2, score: 4 } }],
    };
    const refused = await follow(service, oneGroup);
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
    if (!refused.ok) expect(refused.errors?.map((error) => error.path)).toContain('topics[0].require.groups');
    expect((await listDossiers()).length).toBe(before);
    expect(sentToTab.filter((call) => call.message.type === 'cs-command')).toEqual([]);
  });

  it('refuses an invalid dossier with the field and why', async () => {
    const service = createBackgroundService();
    const draft = draftOf(FIRST).dossier;
    const broken = { ...draft, events: [{ id: 'e', date: '2024-13', title: 'x', sources: [draft.sources[0].id] }] };
    const reply = await follow(service, broken);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors?.[0].path).toBe('events[0].date');
  });

  it('is only for the extension’s pages, and the contract rejects a malformed request', async () => {
    const service = createBackgroundService();
    await expect(service.handle({ type: 'follow-story', dossier: draftOf(FIRST).dossier }, contentScript)).rejects.toThrow(/extension/);
    await expect(service.handle({ type: 'dossier-seen', dossierId: 'x' }, contentScript)).rejects.toThrow(/extension/);
    expect(parseRequest({ type: 'follow-story', dossier: 'everything' })).toBeNull();
    expect(parseRequest({ type: 'add-to-story', dossierId: 'x', draft: { dossier: {} }, learnSpellings: false })).toBeNull();
    expect(parseRequest({ type: 'add-to-story', dossierId: 'x', draft: draftOf(FIRST), learnSpellings: 'yes' })).toBeNull();
    expect(parseRequest({ type: 'add-to-story', dossierId: 'x', draft: draftOf(FIRST), learnSpellings: true })).not.toBeNull();
  });
});

describe('add-to-story', () => {
  it('merges a second article into the story once; its new items carry addedAt; the second time nothing changes', async () => {
    const service = createBackgroundService();
    const followed = await follow(service, draftOf(FIRST).dossier);
    const id = followed.ok ? followed.notice.dossierId : '';
    sentToTab = [];
    const before = (await getDossier(id))!.dossier;
    const reply = (await service.handle({ type: 'add-to-story', dossierId: id, draft: draftOf(SECOND), learnSpellings: false }, frame)) as FollowReply;
    expect(reply).toMatchObject({ ok: true, notice: { kind: 'added', alreadyMerged: false, automatic: false } });
    const after = (await getDossier(id))!.dossier;
    expect(after.sources.length).toBeGreaterThan(before.sources.length);
    const added = [...after.summary.keyPoints, ...after.events, ...after.claims].filter((item) => typeof item.addedAt === 'string');
    expect(added.length).toBeGreaterThan(0);
    if (reply.ok && reply.notice.kind === 'added') expect(reply.notice.added.keyPoints + reply.notice.added.events + reply.notice.added.claims).toBeGreaterThan(0);
    // A matched page's frame stays: no recheck.
    expect(sentToTab.filter((call) => call.message.type === 'cs-command')).toEqual([]);

    const twice = (await service.handle({ type: 'add-to-story', dossierId: id, draft: draftOf(SECOND), learnSpellings: false }, frame)) as FollowReply;
    expect(twice).toMatchObject({ ok: true, notice: { alreadyMerged: true } });
    expect((await getDossier(id))!.dossier).toEqual(after);
  });

  it('"this is about this story" learns the page’s spellings and rechecks the tab with the story open', async () => {
    const service = createBackgroundService();
    const followed = await follow(service, draftOf(FIRST).dossier);
    const id = followed.ok ? followed.notice.dossierId : '';
    sentToTab = [];
    const french = article('https://autre.example/tovar', 'Le lac Tovar : Hydrélia condamnée à une amende en Corvénie', [
      "Le gestionnaire du barrage, Hydrélia, a été condamné lundi à une amende après le déversement du lac Tovar en Corvénie, a indiqué l'autorité de l'eau.",
      "Selon l'autorité, Hydrélia avait ignoré trois avertissements sur le déversoir du lac Tovar depuis 2022.",
    ], 'fr');
    const reply = (await service.handle({ type: 'add-to-story', dossierId: id, draft: draftOf(french), learnSpellings: true }, frame)) as FollowReply;
    expect(reply.ok).toBe(true);
    expect(sentToTab).toContainEqual({ tabId: tab.id, message: { type: 'cs-command', command: { command: 'open', dossierId: id } } });
    const terms = (await getDossier(id))!.dossier.topics.flatMap((topic) => topic.terms.map((term) => term.text));
    expect(terms.some((text) => /Hydrélia|Corvénie/.test(text))).toBe(true);
  });

  it('says when the story is gone, and a content script may not add', async () => {
    const service = createBackgroundService();
    expect(await service.handle({ type: 'add-to-story', dossierId: 'no-such-story', draft: draftOf(SECOND), learnSpellings: false }, frame)).toMatchObject({ ok: false, reason: 'not-found' });
    await expect(service.handle({ type: 'add-to-story', dossierId: 'x', draft: draftOf(SECOND), learnSpellings: false }, contentScript)).rejects.toThrow(/extension/);
  });
});

describe('what the reader has seen', () => {
  it('sidebar-data gives the dossier’s lastSeenAt and autoAdd; dossier-seen moves lastSeenAt without a new matcher revision', async () => {
    const service = createBackgroundService();
    const followed = await follow(service, draftOf(FIRST).dossier);
    const id = followed.ok ? followed.notice.dossierId : '';
    await getDb().dossiers.update(id, { lastSeenAt: 1000, autoAdd: true });
    const data = (await service.handle({ type: 'sidebar-data', dossierId: id }, frame)) as SidebarData;
    expect(data.dossierState).toEqual({ origin: 'follow', autoAdd: true, lastSeenAt: 1000 });
    const revision = (await getDb().settings.get('dossiersRevision'))?.value;
    expect(await service.handle({ type: 'dossier-seen', dossierId: id }, frame)).toEqual({ ok: true });
    expect((await getDossier(id))!.lastSeenAt).toBeGreaterThan(1000);
    expect((await getDb().settings.get('dossiersRevision'))?.value).toBe(revision);
    expect(await service.handle({ type: 'dossier-seen', dossierId: 'gone' }, frame)).toEqual({ ok: false });
  });

  it('an article none matched gets the reader’s dossiers to choose from', async () => {
    const service = createBackgroundService();
    const data = (await service.handle({ type: 'sidebar-data' }, frame)) as SidebarData;
    expect(data.dossier).toBeNull();
    expect(data.dossiers?.map((row) => row.id)).toContain('microsoft-unit-8200-azure');
  });
});
