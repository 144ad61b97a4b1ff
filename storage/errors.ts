import Dexie from 'dexie';

export type StorageErrorCode = 'invalid' | 'quota' | 'not-found' | 'storage';

/** Why an import, restore or write failed, stable for the UI to word in the reader's language. */
export type StorageFailureReason =
  | 'invalid-dossier'
  | 'backup-too-large'
  | 'backup-not-json'
  | 'not-backup'
  | 'backup-newer'
  | 'backup-bad-table'
  | 'invalid-backup'
  | 'quota'
  | 'storage';

/** One validation problem; code/params as in core/dossier/validate.ts DossierError. */
export interface FailureProblem {
  path: string;
  message: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface StorageFailure {
  ok: false;
  code: StorageErrorCode;
  reason: StorageFailureReason;
  /** What `reason`'s wording needs: counts, a table name, the engine's error text. */
  params?: Record<string, string | number>;
  /** English, for logs and as the UI's fallback. */
  message: string;
  /** Validation problems, each with its path (`events[3].date: …`). */
  problems?: FailureProblem[];
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
      reason: 'quota',
      message:
        'The browser has no room left for Backstory’s data, so nothing was saved and nothing was lost. ' +
        'Free some disk space or clear old history in Options → History, then try again.',
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'storage', reason: 'storage', params: { detail: message }, message: `Backstory could not save: ${message}. Nothing was changed.` };
}
