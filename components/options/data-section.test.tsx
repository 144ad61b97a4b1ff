// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { useFreshDb } from '../../storage/test-db';
import { installBuiltinDossier, BUILTIN_DOSSIER_ID } from '../../storage/dossiers';
import { exportBackup, countStoredData } from '../../storage/backup';
import { dismissMatch, listHistory, recordVisit } from '../../storage/history';
import { getSidebarState, setSidebarState } from '../../storage/settings';
import { setUiLanguage } from '../i18n';
import type { ToastMessage } from '../common/toast';
import { DataSection } from './data-section';

const visit = (url: string, readAt: number) => ({
  url,
  dossierId: BUILTIN_DOSSIER_ID,
  topicId: 'story',
  level: 'story' as const,
  score: 10,
  title: `Read ${readAt}`,
  publisher: null,
  authors: [],
  publishedAt: null,
  language: 'en',
  readAt,
});

let toasts: ToastMessage[];
beforeEach(async () => {
  useFreshDb();
  toasts = [];
  await installBuiltinDossier();
});
afterEach(() => {
  cleanup();
  setUiLanguage('en');
  vi.restoreAllMocks();
});

/** The element, once it is there. */
function find(root: Element, selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });
}

function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Data section', () => {
  it('restoring asks first, saying what the backup holds and what it replaces; Cancel replaces nothing', async () => {
    await recordVisit(visit('https://news.example/a', 1));
    const backup = await exportBackup();
    await recordVisit(visit('https://news.example/b', 2));
    await recordVisit(visit('https://news.example/c', 3));
    await setSidebarState('news.example', 'closed');
    const view = render(<DataSection language="en" notify={(message) => toasts.push(message)} />);
    const input = view.container.querySelector<HTMLInputElement>('#backup-file')!;

    chooseFile(input, backup);
    const confirm = await view.findByTestId('restore-confirm');
    expect(view.getByTestId('restore-holds').textContent).toContain('holds 1 dossiers, 1 history rows, 0 “not about this story” choices and 0 remembered sites');
    await waitFor(() => expect(view.getByTestId('restore-replaces').textContent).toContain('now: 1 dossiers, 3 history rows, 0 “not about this story” choices and 1 remembered sites'));
    fireEvent.click(view.getByTestId('restore-cancel'));
    await waitFor(() => expect(view.queryByTestId('restore-confirm')).toBeNull());
    expect(confirm.isConnected).toBe(false);
    expect(await countStoredData()).toEqual({ dossiers: 1, history: 3, dismissals: 0, sites: 1 });

    chooseFile(input, backup);
    fireEvent.click(await view.findByTestId('restore-yes'));
    await waitFor(() => expect(toasts.at(-1)?.text).toBe('Restored 1 dossiers and 1 history rows.'));
    expect(await countStoredData()).toEqual({ dossiers: 1, history: 1, dismissals: 0, sites: 0 });
  });

  it('a file that is not a backup is refused at once, without a question', async () => {
    const view = render(<DataSection language="en" notify={(message) => toasts.push(message)} />);
    chooseFile(view.container.querySelector<HTMLInputElement>('#backup-file')!, '{"format":"backstory.backup","version":1,"history":"lots"}');
    await view.findByText(/The backup was not restored/);
    expect(view.queryByTestId('restore-confirm')).toBeNull();
  });

  it('lists remembered sites and dismissals; Forget and Undo act on each (Arabic)', async () => {
    setUiLanguage('ar');
    await setSidebarState('a.example', 'collapsed');
    await recordVisit(visit('https://b.example/1', 1));
    await dismissMatch(BUILTIN_DOSSIER_ID, 'site', 'https://b.example/1');
    const view = render(<DataSection language="ar" notify={(message) => toasts.push(message)} />);

    const site = await find(view.container, '[data-testid="remembered-sites"] li[data-host="a.example"]');
    expect(site.textContent).toContain('مطويّ إلى لسان');
    fireEvent.click(site.querySelector('button')!);
    await waitFor(() => expect(view.getByTestId('remembered-sites').getAttribute('data-count')).toBe('0'));
    expect(await getSidebarState('a.example')).toBeUndefined();

    const dismissal = await find(view.container, '[data-testid="dismissals"] li[data-target="b.example"]');
    expect(dismissal.textContent).toContain('الموقع كله b.example');
    expect(await listHistory()).toEqual([]);
    fireEvent.click(dismissal.querySelector('button')!);
    await waitFor(() => expect(view.getByTestId('dismissals').getAttribute('data-count')).toBe('0'));
    expect((await listHistory()).map((row) => row.url)).toEqual(['https://b.example/1']);
    expect(toasts.at(-1)?.text).toBe('تعود المطابقة؛ عاد 1 سطرًا إلى السجل.');
  });
});
