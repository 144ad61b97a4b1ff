// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { useFreshDb } from '../../storage/test-db';
import { BUILTIN_DOSSIER_ID } from '../../storage/dossiers';
import { BUILTIN_INSTALL_KEY } from '../../storage/builtin-install';
import { createMemoryPlatform, setPlatformForTesting } from '../../storage/platform';
import { resolveUiLanguage, setUiLanguage, t } from '../i18n';
import { findTargetTabId } from '../popup/tab-target';
import { BuiltinInstallNotice } from './builtin-notice';

// Components reach the browser only through storage/platform.ts: these run with a fake one.

let platform: ReturnType<typeof createMemoryPlatform>;
beforeEach(() => {
  platform = createMemoryPlatform({ uiLanguage: 'ar-EG', activeTabId: 42, messages: { uiUndo: 'Undo (from the browser)' } });
  setPlatformForTesting(platform);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  setUiLanguage('en');
  setPlatformForTesting(undefined);
  vi.restoreAllMocks();
});

describe('components on a fake platform', () => {
  it('the interface language and strings come from the platform when the reader chose none', () => {
    setUiLanguage('auto');
    expect(resolveUiLanguage()).toBe('ar');
    expect(t('uiUndo')).toBe('Undo (from the browser)');
    setUiLanguage('en');
    expect(t('uiUndo')).toBe('Undo');
  });

  it('the popup speaks about the active tab, or the one in its address', async () => {
    expect(await findTargetTabId('')).toBe(42);
    expect(await findTargetTabId('?tab=7')).toBe(7);
  });

  it('a failed built-in install is shown with why, in the reader’s language, and Try again installs it', async () => {
    const db = useFreshDb();
    setUiLanguage('ar');
    await platform.writeLocal(BUILTIN_INSTALL_KEY, { status: 'failed', attempts: 2, failedAt: 1, failure: { code: 'quota', reason: 'quota', message: 'The browser has no room left' } });
    const view = render(<BuiltinInstallNotice />);
    const notice = await view.findByTestId('builtin-failed');
    expect(notice.getAttribute('data-attempts')).toBe('2');
    expect(notice.textContent).toContain('تعذّر تحميل القصة المضمَّنة');
    expect(notice.textContent).not.toContain('The browser has no room left'); // the quota failure is worded in Arabic too
    fireEvent.click(view.getByTestId('builtin-retry'));
    await waitFor(() => expect(view.queryByTestId('builtin-failed')).toBeNull());
    expect(await db.dossiers.get(BUILTIN_DOSSIER_ID)).toBeDefined();
    expect(platform.local.has(BUILTIN_INSTALL_KEY)).toBe(false);
  });

  it('shows nothing while no install failed', async () => {
    useFreshDb();
    const view = render(<BuiltinInstallNotice />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.queryByTestId('builtin-failed')).toBeNull();
  });
});
