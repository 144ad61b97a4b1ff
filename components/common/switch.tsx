import type { ComponentChildren } from 'preact';

/** An on/off control that says what it switches (role=switch; Space and Enter toggle it). */
export function Switch(props: { checked: boolean; onChange: (checked: boolean) => void; label: ComponentChildren; ariaLabel?: string; disabled?: boolean; id?: string }) {
  return (
    <button
      type="button"
      role="switch"
      id={props.id}
      class="ui-switch"
      aria-checked={props.checked ? 'true' : 'false'}
      aria-label={props.ariaLabel}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.checked)}
    >
      <span class="ui-switch__track" aria-hidden="true">
        <span class="ui-switch__thumb" />
      </span>
      <span>{props.label}</span>
    </button>
  );
}
