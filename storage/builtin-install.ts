// The built-in dossier's install: tried on install and update, and again (on the next startup, the
// next message to the background, or the reader's "Try again") until it succeeds. A failure is
// recorded in storage.local, outside the database that may be what failed, so the options page and
// the popup can say so instead of the failure being only logged.
import { installBuiltinDossier } from './dossiers';
import { describeStorageError, type StorageFailure } from './errors';
import { getPlatform } from './platform';

export const BUILTIN_INSTALL_KEY = 'builtinInstall';

export interface BuiltinInstallState {
  /** pending: to be tried (set before each try, so a worker stopped mid-try tries again); failed: the last try failed. */
  status: 'pending' | 'failed';
  attempts: number;
  /** When the last try failed, and why (the failure's reason and params are worded by the UI). */
  failedAt?: number;
  failure?: Pick<StorageFailure, 'reason' | 'params' | 'message' | 'code'>;
}

export type BuiltinInstallOutcome = Awaited<ReturnType<typeof installBuiltinDossier>> | 'failed' | 'not-needed';

export async function readBuiltinInstallState(): Promise<BuiltinInstallState | undefined> {
  try {
    const state = await getPlatform().readLocal<BuiltinInstallState>(BUILTIN_INSTALL_KEY);
    return state && (state.status === 'pending' || state.status === 'failed') ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Marks the built-in dossier as to be installed (on install and update). */
export async function requestBuiltinInstall(): Promise<void> {
  const previous = await readBuiltinInstallState();
  await getPlatform().writeLocal(BUILTIN_INSTALL_KEY, { ...previous, status: previous?.status ?? 'pending', attempts: previous?.attempts ?? 0 } satisfies BuiltinInstallState);
}

/**
 * Tries the install if one is due (or `force`): on success the record is removed, on failure it says
 * why. Never throws. One try at a time per context.
 */
let running: Promise<BuiltinInstallOutcome> | undefined;
export function ensureBuiltinDossier(options: { force?: boolean } = {}): Promise<BuiltinInstallOutcome> {
  running ??= (async (): Promise<BuiltinInstallOutcome> => {
    const state = await readBuiltinInstallState();
    if (!state && !options.force) return 'not-needed';
    const attempts = (state?.attempts ?? 0) + 1;
    try {
      const outcome = await installBuiltinDossier();
      await getPlatform().removeLocal(BUILTIN_INSTALL_KEY);
      return outcome;
    } catch (error) {
      const failure = describeStorageError(error);
      console.error('Backstory: could not load the built-in dossier', error);
      const next: BuiltinInstallState = {
        status: 'failed',
        attempts,
        failedAt: Date.now(),
        failure: { code: failure.code, reason: failure.reason, message: failure.message, ...(failure.params ? { params: failure.params } : {}) },
      };
      await getPlatform().writeLocal(BUILTIN_INSTALL_KEY, next).catch(() => undefined);
      return 'failed';
    }
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Calls back with the install state now and on every change, in any page; returns the unsubscribe. */
export function watchBuiltinInstallState(onState: (state: BuiltinInstallState | undefined) => void): () => void {
  let isActive = true;
  const read = () => void readBuiltinInstallState().then((state) => isActive && onState(state));
  read();
  const stop = getPlatform().watchLocal(BUILTIN_INSTALL_KEY, read);
  return () => {
    isActive = false;
    stop();
  };
}
