import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../../storage/test-db';
import type { BackstoryDb } from '../../storage/db';
import { BUILTIN_DOSSIER_ID } from '../../storage/dossiers';
import { readBuiltinInstallState } from '../../storage/builtin-install';
import { createBackgroundService } from './service';

const self = { id: fakeBrowser.runtime.id };
let db: BackstoryDb;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  db = useFreshDb();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function breakWrites() {
  const quota = Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
  const original = db.dossiers.put.bind(db.dossiers);
  db.dossiers.put = (() => Promise.reject(quota)) as unknown as typeof db.dossiers.put;
  return () => {
    db.dossiers.put = original;
  };
}

describe('background: the built-in dossier’s install is retried', () => {
  it('a failed install is recorded, and the next message (after a pause) installs it and matches with it', async () => {
    const heal = breakWrites();
    const service = createBackgroundService();
    await service.installBuiltin();
    expect(await readBuiltinInstallState()).toMatchObject({ status: 'failed', attempts: 1, failure: { reason: 'quota' } });
    expect(await service.handle({ type: 'page-context', url: 'https://news.example/a' }, self)).toMatchObject({ runs: false, reason: 'no-dossiers' });

    heal();
    // Too soon after the last try: not yet.
    expect(await service.handle({ type: 'page-context', url: 'https://news.example/a' }, self)).toMatchObject({ runs: false });
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 31_000);
    expect(await service.handle({ type: 'page-context', url: 'https://news.example/a' }, self)).toMatchObject({ runs: true });
    expect(await db.dossiers.get(BUILTIN_DOSSIER_ID)).toBeDefined();
    expect(await readBuiltinInstallState()).toBeUndefined();
  });

  it('the next startup tries at once an install the last worker left failed; a restarted worker keeps to the pause', async () => {
    const heal = breakWrites();
    await createBackgroundService().installBuiltin();
    heal();
    const restarted = createBackgroundService();
    expect(await restarted.handle({ type: 'page-context', url: 'https://news.example/a' }, self)).toMatchObject({ runs: false });
    await createBackgroundService().retryBuiltinIfDue({ startup: true });
    expect(await readBuiltinInstallState()).toBeUndefined();
    expect(await restarted.handle({ type: 'page-context', url: 'https://news.example/a' }, self)).toMatchObject({ runs: true });
  });

  it('nothing is tried when no install is due (a deleted built-in stays deleted)', async () => {
    const service = createBackgroundService();
    expect(await service.handle({ type: 'page-context', url: 'https://news.example/a' }, self)).toMatchObject({ runs: false, reason: 'no-dossiers' });
    expect(await db.dossiers.count()).toBe(0);
  });
});
