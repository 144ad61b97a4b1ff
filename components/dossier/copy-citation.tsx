import { useRef, useState } from 'preact/hooks';
import { CITATION_FORMATS, formatCitation, type CitationFormat, type CiteSource } from '../../core/cite/format-citation';
import { t } from '../i18n';

const FORMAT_LABELS: Record<CitationFormat, string> = { apa: 'APA', mla: 'MLA', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Frames without clipboard-write permission: the old selection route still works on a user gesture.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * "Copy citation": APA · MLA · BibTeX · CSL-JSON buttons, each copying that citation, with a spoken
 * confirmation. `folded` tucks the formats behind a "Cite" disclosure, for long lists of sources.
 */
export function CopyCitation(props: { source: CiteSource; label: string; accessed?: Date; folded?: boolean }) {
  const [status, setStatus] = useState<{ format: CitationFormat; ok: boolean } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  async function copy(format: CitationFormat) {
    const ok = await copyText(formatCitation(props.source, format, props.accessed ?? new Date()));
    setStatus({ format, ok });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(null), 2500);
  }
  const buttons = (
    <div class="bs-cite" role="group" aria-label={t('dossierCopyCitationOf', props.label)}>
      <span class="bs-cite-label" aria-hidden="true">
        {t('dossierCopyCitation')}
      </span>
      {CITATION_FORMATS.map((format) => (
        <button
          type="button"
          key={format}
          class="bs-chip-button"
          data-format={format}
          aria-label={t('dossierCopyAs', FORMAT_LABELS[format], props.label)}
          onClick={() => void copy(format)}
        >
          {FORMAT_LABELS[format]}
        </button>
      ))}
      <span class={`bs-cite-status${status ? ' is-visible' : ''}`} role="status" aria-live="polite">
        {status ? (status.ok ? t('dossierCopied', FORMAT_LABELS[status.format]) : t('dossierCopyFailed')) : ''}
      </span>
    </div>
  );
  if (!props.folded) return buttons;
  return (
    <details class="bs-cite-fold">
      <summary>{t('dossierCite')}</summary>
      {buttons}
    </details>
  );
}
