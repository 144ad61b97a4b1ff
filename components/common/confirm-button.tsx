import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** A destructive action asks first, in the page (no window.confirm: it blocks and is hard to read in RTL). */
export function ConfirmButton(props: { label: string; question: string; confirmLabel: string; onConfirm: () => void | Promise<void>; disabled?: boolean; testId?: string }) {
  const [isAsking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isAsking) confirmRef.current?.focus();
  }, [isAsking]);
  if (!isAsking) {
    return (
      <button ref={openerRef} type="button" class="ui-button ui-button--danger" disabled={props.disabled} data-testid={props.testId} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span class="ui-confirm" role="group" aria-label={props.question} style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem' }}>
      <span>{props.question}</span>
      <button
        ref={confirmRef}
        type="button"
        class="ui-button ui-button--danger"
        data-testid={props.testId ? `${props.testId}-yes` : undefined}
        onClick={async () => {
          setAsking(false);
          await props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" class="ui-button" onClick={() => setAsking(false)}>
        {t('uiCancel')}
      </button>
    </span>
  );
}
