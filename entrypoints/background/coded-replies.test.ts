import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../../storage/test-db';
import { getBuiltinDossier } from '../../storage/dossiers';
import { createBackgroundService } from './service';
import type { Dossier } from '../../core/dossier/types';

// What the background refuses comes with a code and params (as an import's problems), so the
// interface words it in the reader's language rather than showing the background's English.

const extensionPage = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/options.html` };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  useFreshDb();
});

describe('background refusals are coded', () => {
  it('a dossier too large to follow: too-large with its size and the limit', async () => {
    const service = createBackgroundService();
    const huge: Dossier = { ...getBuiltinDossier(), summary: { ...getBuiltinDossier().summary, headline: 'x'.repeat(5 * 1024 * 1024 + 10) } };
    const reply = await service.handle({ type: 'follow-story', dossier: huge }, extensionPage);
    expect(reply).toMatchObject({ ok: false, reason: 'invalid', errors: [{ path: '(file)', code: 'too-large', params: { maxBytes: 5 * 1024 * 1024 } }] });
    const bytes = (reply as unknown as { errors: { params: { bytes: number } }[] }).errors[0].params.bytes;
    expect(bytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});
