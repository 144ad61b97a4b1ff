// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import { setUiLanguage } from '../i18n';
import { MatchingSection } from './matching-section';

// The private mode switch (issue 13 item 3): off by default, saved as `privateMode`, explained in one line.

afterEach(() => {
  cleanup();
  setUiLanguage('auto');
});

describe('the private mode switch', () => {
  it('is off by default, says what it does, and saves privateMode', () => {
    setUiLanguage('en');
    const save = vi.fn(async () => undefined);
    const view = render(<MatchingSection settings={DEFAULT_SETTINGS} save={save} />);
    const field = view.getByTestId('private-mode');
    const toggle = field.querySelector('[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toBe('Private mode');
    expect(field.textContent).toContain("Nothing is added to pages: a match shows on the toolbar badge, and the sidebar opens in the browser's side panel, which no page can see.");
    fireEvent.click(toggle);
    expect(save).toHaveBeenCalledWith({ privateMode: true });
  });

  it('is on when the setting is, and in Arabic when the interface is', () => {
    setUiLanguage('ar');
    const view = render(<MatchingSection settings={{ ...DEFAULT_SETTINGS, privateMode: true }} save={async () => undefined} />);
    const field = view.getByTestId('private-mode');
    expect(field.querySelector('[role="switch"]')!.getAttribute('aria-checked')).toBe('true');
    expect(field.textContent).toContain('الوضع الخاص');
    expect(field.textContent).toContain('اللوحة الجانبية');
  });
});
