import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFreshDb } from './test-db';
import type { BackstoryDb } from './db';
import { BUILTIN_DOSSIER_ID } from './dossiers';
import { BUILTIN_INSTALL_KEY, ensureBuiltinDossier, readBuiltinInstallState, requestBuiltinInstall, watchBuiltinInstallState } from './builtin-install';
import { createMemoryPlatform, setPlatformForTesting } from './platform';

let db: BackstoryDb;
let platform: ReturnType<typeof createMemoryPlatform>;
beforeEach(() => {
  db = useFreshDb();
  platform = createMemoryPlatform();
  setPlatformForTesting(platform);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  setPlatformForTesting(undefined);
  vi.restoreAllMocks();
});

/** The database refuses writes (a full disk) until `heal` is called. */
function breakWrites() {
  const quota = Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
  const original = db.dossiers.put.bind(db.dossiers);
  db.dossiers.put = (() => Promise.reject(quota)) as unknown as typeof db.dossiers.put;
  return () => {
    db.dossiers.put = original;
  };
}

describe('the built-in dossier’s install', () => {
  it('installs when due and leaves no record', async () => {
    await requestBuiltinInstall();
    expect(await readBuiltinInstallState()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await ensureBuiltinDossier()).toBe('installed');
    expect(await db.dossiers.get(BUILTIN_DOSSIER_ID)).toBeDefined();
    expect(platform.local.has(BUILTIN_INSTALL_KEY)).toBe(false);
    expect(await ensureBuiltinDossier()).toBe('not-needed');
  });

  it('a failed install is recorded with why (not only logged), and succeeds when tried again', async () => {
    const heal = breakWrites();
    await requestBuiltinInstall();
    const seen: unknown[] = [];
    const stop = watchBuiltinInstallState((state) => seen.push(state?.status));
    expect(await ensureBuiltinDossier()).toBe('failed');
    expect(await readBuiltinInstallState()).toMatchObject({ status: 'failed', attempts: 1, failure: { reason: 'quota' } });
    expect(await ensureBuiltinDossier()).toBe('failed');
    expect((await readBuiltinInstallState())?.attempts).toBe(2);
    expect(await db.dossiers.count()).toBe(0);

    heal();
    expect(await ensureBuiltinDossier()).toBe('installed');
    expect(await readBuiltinInstallState()).toBeUndefined();
    expect(await db.dossiers.get(BUILTIN_DOSSIER_ID)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toContain('failed');
    expect(seen.at(-1)).toBeUndefined();
  });

  it('one try at a time', async () => {
    await requestBuiltinInstall();
    const [a, b] = await Promise.all([ensureBuiltinDossier(), ensureBuiltinDossier()]);
    expect([a, b]).toEqual(['installed', 'installed']);
    expect(await db.dossiers.count()).toBe(1);
  });
});
