import { ensureBuiltinDossier, readBuiltinInstallState, requestBuiltinInstall } from '../../storage/builtin-install';

// A failed install of the built-in dossier is tried again on the next message, but not more often than this.
export const BUILTIN_RETRY_MS = 30_000;

/** The background's side of the built-in dossier's install (storage/builtin-install.ts keeps its state). */
export function createBuiltinInstaller() {
  // Whether an install is due: undefined until read (and after the state changed elsewhere).
  let due: boolean | undefined;

  /**
   * Installs the built-in dossier if an install is due; never throws. On a message, a failed install is
   * tried again once its last failure is BUILTIN_RETRY_MS old (the time is stored, so restarted workers
   * keep to it); on the browser's startup, at once.
   */
  async function retryIfDue(options: { startup?: boolean } = {}): Promise<void> {
    if (due === false) return;
    const state = await readBuiltinInstallState();
    due = state !== undefined;
    if (!state) return;
    if (!options.startup && state.status === 'failed' && Date.now() - (state.failedAt ?? 0) < BUILTIN_RETRY_MS) return;
    due = (await ensureBuiltinDossier()) === 'failed';
  }

  /** On install and update. */
  async function install(): Promise<void> {
    try {
      await requestBuiltinInstall();
    } catch {
      // storage.local failed too: the install is still tried now.
    }
    due = (await ensureBuiltinDossier({ force: true })) === 'failed';
  }

  return {
    retryIfDue,
    install,
    /** The stored state changed elsewhere: read it again before the next message. */
    forget() {
      due = undefined;
    },
  };
}
