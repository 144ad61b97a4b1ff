import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface ToastMessage {
  text: string;
  kind?: 'info' | 'error';
  /** Shows an Undo button; the toast stays longer so there is time to use it. */
  onUndo?: () => void | Promise<void>;
}

const SHOW_MS = 6000;
const SHOW_WITH_UNDO_MS = 12000;

/** One toast at a time: a newer message replaces the older one. */
export function useToast() {
  const [toast, setToast] = useState<(ToastMessage & { id: number }) | null>(null);
  const next = useRef(0);
  const show = useCallback((message: ToastMessage) => setToast({ ...message, id: ++next.current }), []);
  const hide = useCallback(() => setToast(null), []);
  return { toast, show, hide };
}

export function Toast(props: { toast: (ToastMessage & { id: number }) | null; onClose: () => void }) {
  const { toast, onClose } = props;
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onClose, toast.onUndo ? SHOW_WITH_UNDO_MS : SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onClose]);
  return (
    // The live region is always in the page, so screen readers announce what appears in it.
    <div class="ui-toast-region" role="status" aria-live="polite">
      {toast && (
        <div class={`ui-toast${toast.kind === 'error' ? ' ui-toast--error' : ''}`} data-testid="toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.onUndo && (
            <button
              type="button"
              class="ui-button ui-button--small"
              onClick={async () => {
                onClose();
                await toast.onUndo?.();
              }}
            >
              {t('uiUndo')}
            </button>
          )}
          <button type="button" class="ui-button ui-button--small ui-button--quiet" aria-label={t('uiCloseNotice')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
