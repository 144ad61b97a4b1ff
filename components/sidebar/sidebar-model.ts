// What the sidebar frame derives from the tab's state and its dossier, outside any view: the empty
// dossier an article alone is shown through, the article's own citation, the terms to highlight,
// the dates' locale and qualifier words.
import type { CiteSource } from '../../core/cite/format-citation';
import type { Dossier } from '../../core/dossier/types';
import type { PageStatus } from '../../core/messages';
import type { PageMetadata } from '../../core/page/types';
import type { QualifierWords } from '../../core/timeline/date-label';
import type { TopicMatch } from '../../core/match/types';
import { hostOf } from '../../core/url';
import { t } from '../i18n';

/** A dossier with nothing in it: an article no story matched is shown through the same sections. */
export function articleOnlyDossier(language: string | null): Dossier {
  return {
    format: 'backstory.dossier',
    version: 1,
    id: '',
    title: '',
    language: language ?? 'und',
    updatedAt: '',
    topics: [],
    summary: { headline: '', keyPoints: [], actors: [] },
    claims: [],
    sources: [],
    events: [],
  };
}

/** Intl locale for dates: the browser's own variant when it speaks the UI language ("en-GB"), else the UI language. */
export function dateLocale(ui: 'en' | 'ar'): string {
  const browser = typeof navigator !== 'undefined' ? navigator.language : ui;
  return browser?.toLowerCase().startsWith(ui) ? browser : ui;
}

export function qualifierWords(): QualifierWords {
  return {
    early: t('qualifierEarly', '$1'),
    mid: t('qualifierMid', '$1'),
    late: t('qualifierLate', '$1'),
    about: t('qualifierAbout', '$1'),
    before: t('qualifierBefore', '$1'),
    after: t('qualifierAfter', '$1'),
  };
}

/** The article on the page as a source to cite. */
export function articleCitation(status: PageStatus | null, metadata: PageMetadata | null): CiteSource | null {
  if (!status) return null;
  return {
    title: metadata?.title ?? status.url,
    authors: metadata?.authors ?? [],
    publisher: metadata?.publisher ?? hostOf(status.url),
    publishedAt: metadata?.publishedAt ?? null,
    url: metadata?.canonicalUrl ?? status.url,
    kind: 'news-report',
    language: metadata?.language ?? null,
  };
}

/** What "highlight in the page" looks for: the terms that matched, and the story's people. */
export function highlightTerms(dossier: Dossier | undefined, best: TopicMatch | undefined): string[] {
  if (!dossier) return [];
  const names = dossier.summary.actors.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])]);
  const found = best?.evidence.map((item) => item.term) ?? [];
  return [...new Set([...found, ...names].map((term) => term.trim()).filter((term) => term.length >= 2))].slice(0, 200);
}
