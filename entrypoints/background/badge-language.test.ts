import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../../storage/test-db';
import { installBuiltinDossier, BUILTIN_DOSSIER_ID } from '../../storage/dossiers';
import { updateSettings } from '../../storage/settings';
import { setUiLanguage } from '../../components/i18n';
import { createBackgroundService } from './service';
import type { PageStatus } from '../../core/messages';

// The toolbar button's tooltip names the matched story in the interface language the reader chose.

const self = { id: fakeBrowser.runtime.id };
let titles: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  titles = [];
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(async (details: { title: string | null }) => void titles.push(details.title ?? ''));
  useFreshDb();
  await installBuiltinDossier();
});
afterEach(() => {
  setUiLanguage('en');
  vi.restoreAllMocks();
});

function matched(url: string): PageStatus {
  return {
    kind: 'matched',
    url,
    visit: 1,
    metadata: null,
    matches: [{ dossierId: BUILTIN_DOSSIER_ID, topicId: 'story', label: 'Unit 8200', level: 'story', score: 10, evidence: [] }],
  } as unknown as PageStatus;
}

describe('the badge tooltip', () => {
  it('is in Arabic when the reader chose Arabic, in English when English', async () => {
    const service = createBackgroundService();
    const sender = (tabId: number, url: string) => ({ ...self, tab: { id: tabId, url, incognito: false } as never, url, frameId: 0 });
    await updateSettings({ uiLanguage: 'ar' });
    await service.handle({ type: 'page-status', status: matched('https://news.example/a') }, sender(3, 'https://news.example/a'));
    expect(titles.at(-1)).toBe('Backstory: هذه الصفحة عن «Unit 8200»');
    await updateSettings({ uiLanguage: 'en' });
    await service.handle({ type: 'page-status', status: matched('https://news.example/b') }, sender(3, 'https://news.example/b'));
    expect(titles.at(-1)).toBe('Backstory: this page is about “Unit 8200”');
  });

  it('the context menu’s titles follow the reader’s chosen language too', async () => {
    const updates: [string | number, string][] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'update').mockImplementation(async (id: string | number, props: { title?: string }) => void updates.push([id, props.title ?? '']));
    const service = createBackgroundService();
    await updateSettings({ uiLanguage: 'ar' });
    await service.handle({ type: 'page-context', url: 'https://news.example/a' }, self);
    expect(updates).toContainEqual(['backstory-follow', 'تابِع هذه القصة مع Backstory']);
    expect(updates).toContainEqual(['backstory-open', 'اعرض Backstory لهذا المقال']);
  });
});
