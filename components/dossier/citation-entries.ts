import { isHttpUrl } from '../../core/url';
import type { Dossier, Source } from '../../core/dossier/types';
import type { CitedSource } from '../../core/analysis/types';
import type { CiteKind, CiteSource } from '../../core/cite/format-citation';

/** One row of the sources list: a dossier source or a source the article cites, numbered for the markers. */
export interface CitationEntry {
  /** DOM-safe id, also the key the key-point markers jump to. */
  anchor: string;
  number: number;
  origin: 'dossier' | 'article';
  /** Dossier source id, for dossier entries. */
  sourceId?: string;
  title: string;
  publisher: string | null;
  kind: string;
  publishedAt: string | null;
  url: string | null;
  authors: string[];
  language: string | null;
  /** The dossier source it was reported through ("via"). */
  via: string | null;
  /** For article sources: where the article cites it. */
  context: string | null;
  cite: CiteSource;
}

const ARTICLE_KIND_TO_CITE: Record<CitedSource['kind'], CiteKind> = {
  'news-outlet': 'news-report',
  person: 'statement',
  organisation: 'statement',
  document: 'official-document',
  'social-post': 'social-post',
};

export { isHttpUrl };

function anchorOf(prefix: string, id: string, index: number): string {
  return `${prefix}-${index}-${id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40)}`;
}

function fromDossierSource(source: Source, index: number, dossier: Dossier): CitationEntry {
  const url = isHttpUrl(source.url) ? source.url : null;
  const via = source.via ? (dossier.sources.find((other) => other.id === source.via)?.publisher ?? dossier.sources.find((other) => other.id === source.via)?.title ?? null) : null;
  return {
    anchor: anchorOf('source', source.id, index),
    number: index + 1,
    origin: 'dossier',
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher ?? null,
    kind: source.kind,
    publishedAt: source.publishedAt ?? null,
    url,
    authors: source.authors ?? [],
    // The title is written by the dossier's author, often a description in the dossier's language even
    // for a source in another language: let the browser pick its direction from the text itself.
    language: null,
    via,
    context: null,
    cite: { title: source.title, authors: source.authors, publisher: source.publisher, publishedAt: source.publishedAt, url, kind: source.kind, language: source.language },
  };
}

/** The dossier's sources first (numbered as its key points cite them), then what the article cites. */
export function buildCitationEntries(dossier: Dossier, cited: CitedSource[] = [], articleLanguage: string | null = null): CitationEntry[] {
  const entries = dossier.sources.map((source, index) => fromDossierSource(source, index, dossier));
  const seen = new Set(entries.map((entry) => (entry.publisher ?? entry.title).toLowerCase()));
  for (const source of cited) {
    const name = source.name.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const index = entries.length;
    const url = isHttpUrl(source.url) ? source.url : null;
    entries.push({
      anchor: anchorOf('cited', name, index),
      number: index + 1,
      origin: 'article',
      title: name,
      publisher: null,
      kind: source.kind,
      publishedAt: null,
      url,
      authors: [],
      language: articleLanguage,
      via: null,
      context: source.evidence[0] ?? null,
      cite: { title: name, url, kind: ARTICLE_KIND_TO_CITE[source.kind] ?? 'other', language: articleLanguage },
    });
  }
  return entries;
}

export function numberSources(entries: CitationEntry[]): Map<string, CitationEntry> {
  return new Map(entries.filter((entry) => entry.sourceId).map((entry) => [entry.sourceId!, entry]));
}

/** The entries for what the article cites; a source the dossier already lists points to the dossier's entry. */
export function findCitedEntries(entries: CitationEntry[], cited: CitedSource[]): CitationEntry[] {
  const found: CitationEntry[] = [];
  for (const source of cited) {
    const name = source.name.trim().toLowerCase();
    const entry =
      entries.find((e) => e.origin === 'article' && e.title.toLowerCase() === name) ??
      entries.find((e) => e.origin === 'dossier' && (e.publisher ?? e.title).toLowerCase() === name);
    if (entry && !found.includes(entry)) found.push(entry);
  }
  return found;
}
