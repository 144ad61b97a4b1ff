import { t } from '../i18n';
import { jumpTo } from './section';
import type { CitationEntry } from './citation-entries';

/** Numbered markers after a statement; each jumps to its citation in the sources list. */
export function SourceMarkers(props: { ids: string[] | undefined; sources: Map<string, CitationEntry> }) {
  const entries = (props.ids ?? []).map((id) => props.sources.get(id)).filter((entry): entry is CitationEntry => Boolean(entry))
    .sort((a, b) => a.number - b.number);
  if (entries.length === 0) return null;
  return (
    <span class="bs-markers">
      {entries.map((entry) => (
        <a
          key={entry.anchor}
          class="bs-marker"
          href={`#${entry.anchor}`}
          aria-label={t('dossierSourceMarker', entry.number, entry.publisher ?? entry.title)}
          title={entry.publisher ?? entry.title}
          onClick={(event) => {
            event.preventDefault();
            jumpTo(entry.anchor);
          }}
        >
          {entry.number}
        </a>
      ))}
    </span>
  );
}
