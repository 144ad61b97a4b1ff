import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** A file picker that also takes files dropped on it. The real <input type=file> stays reachable by keyboard. */
export function FileDrop(props: { accept: string; multiple?: boolean; label?: string; hint?: string; onFiles: (files: File[]) => void; inputId: string; disabled?: boolean }) {
  const [isOver, setOver] = useState(false);
  const depth = useRef(0);
  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length) props.onFiles(props.multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      class={`ui-drop${isOver ? ' ui-drop--over' : ''}`}
      data-testid={`${props.inputId}-drop`}
      onDragEnter={(event) => {
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        if (!props.disabled) take(event.dataTransfer?.files);
      }}
    >
      {props.label && (
        <p style={{ margin: '0 0 0.3rem' }}>
          <strong>{props.label}</strong>
        </p>
      )}
      <p style={{ margin: 0 }}>
        {t('uiDropFiles')}{' '}
        <label class="ui-drop__choose" for={props.inputId}>
          {t('uiChooseFile')}
        </label>
        <input
          id={props.inputId}
          class="ui-visually-hidden"
          type="file"
          accept={props.accept}
          multiple={props.multiple}
          disabled={props.disabled}
          aria-describedby={props.hint ? `${props.inputId}-hint` : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            take(input.files);
            input.value = ''; // choosing the same file again must fire again
          }}
        />
      </p>
      {props.hint && (
        <p id={`${props.inputId}-hint`} class="ui-muted" style={{ margin: '0.3rem 0 0', fontSize: '0.85rem' }}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
