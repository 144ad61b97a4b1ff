import Dexie from 'dexie';

export type StorageErrorCode = 'invalid' | 'quota' | 'not-found' | 'storage';

export interface StorageFailure {
  ok: false;
  code: StorageErrorCode;
  message: string;
  /** Validation problems, each with its path (`events[3].date: …`). */
  problems?: { path: string; message: string }[];
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; inner?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === Dexie.errnames.QuotaExceeded) return true;
  return isQuotaError(e.inner);
}

/** Turns a failed write into a message the user can act on; nothing was written. */
export function describeStorageError(error: unknown): StorageFailure {
  if (isQuotaError(error)) {
    return {
      ok: false,
      code: 'quota',
      message:
        'The browser has no room left for Backstory’s data, so nothing was saved and nothing was lost. ' +
        'Free some disk space or clear old history in Options → History, then try again.',
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'storage', message: `Backstory could not save: ${message}. Nothing was changed.` };
}
