import { useEffect, useState } from 'preact/hooks';
import { ensureBuiltinDossier, watchBuiltinInstallState, type BuiltinInstallState } from '../../storage/builtin-install';
import { t } from '../i18n';
import { describeFailureText } from './failure-text';

/** The install state of the built-in dossier, live (storage.local changes in any page). */
export function useBuiltinInstallState(): BuiltinInstallState | undefined {
  const [state, setState] = useState<BuiltinInstallState | undefined>();
  useEffect(() => watchBuiltinInstallState(setState), []);
  return state;
}

/**
 * Says that the built-in dossier failed to install, and why, with a way to try again now; nothing
 * while it is installed (or only pending). The background also tries again by itself.
 */
export function BuiltinInstallNotice(props: { compact?: boolean }) {
  const state = useBuiltinInstallState();
  const [isTrying, setTrying] = useState(false);
  if (state?.status !== 'failed') return null;
  const why = state.failure ? describeFailureText(state.failure) : '';
  return (
    <div class={`ui-problems${props.compact ? ' ui-problems--compact' : ''}`} role="alert" data-testid="builtin-failed" data-attempts={state.attempts}>
      <p class="ui-problems__message">{t('uiBuiltinFailed', why)}</p>
      <button
        type="button"
        class="ui-button ui-button--small"
        disabled={isTrying}
        data-testid="builtin-retry"
        onClick={async () => {
          setTrying(true);
          try {
            await ensureBuiltinDossier({ force: true });
          } finally {
            setTrying(false);
          }
        }}
      >
        {isTrying ? t('uiBuiltinRetrying') : t('uiBuiltinRetry')}
      </button>
    </div>
  );
}
