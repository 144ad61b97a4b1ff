import { useMemo } from 'preact/hooks';
import type { ArticleAnalysis } from '../../core/analysis/types';
import type { Dossier } from '../../core/dossier/types';
import type { PageStatus, SidebarData } from '../../core/messages';
import type { PageMetadata } from '../../core/page/types';
import { buildTimeline } from '../../core/timeline/build-timeline';
import { buildCitationEntries, findCitedEntries, numberSources } from '../dossier/citation-entries';
import type { TimelineOrigins } from '../dossier/timeline-section';
import { articleOnlyDossier, dateLocale, qualifierWords } from './sidebar-model';

/**
 * The sections' material, from the story (or, with none, the article alone) and the article's
 * analysis: the numbered source entries, the ones this article cites, and the timeline.
 */
export function useStoryMaterial(input: {
  dossier: Dossier | undefined;
  isArticleOnly: boolean;
  ready: ArticleAnalysis | null;
  status: PageStatus | null;
  metadata: PageMetadata | null;
  history: SidebarData['history'] | undefined;
  ui: 'en' | 'ar';
}) {
  const { dossier, isArticleOnly, ready, status, metadata, history, ui } = input;
  // An article alone is shown through the same sections as a story, with no story in them.
  const shown = dossier ?? (isArticleOnly ? articleOnlyDossier(metadata?.language ?? null) : undefined);
  const entries = useMemo(
    () => (shown ? buildCitationEntries(shown, ready?.citedSources ?? [], metadata?.language ?? null) : []),
    [dossier, isArticleOnly, ready, metadata?.language],
  );
  const sourceMap = useMemo(() => numberSources(entries), [entries]);
  const citedEntries = useMemo(() => (ready ? findCitedEntries(entries, ready.citedSources) : []), [entries, ready]);
  const timeline = useMemo(
    () =>
      shown
        ? buildTimeline({
            dossier: shown,
            articleEvents: ready?.events,
            article: status
              ? { url: status.url, title: metadata?.title ?? null, publishedAt: metadata?.publishedAt ?? null, publisher: metadata?.publisher ?? null, language: metadata?.language ?? null }
              : undefined,
            history: history ?? [],
            locale: dateLocale(ui),
            words: qualifierWords(),
          }).map((item) => (dossier ? item : { ...item, isNew: false })) // without a story, nothing is "new" to it
        : [],
    [dossier, isArticleOnly, ready, status, metadata, history, ui],
  );
  const timelineOrigins: TimelineOrigins = useMemo(() => new Map((dossier?.events ?? []).map((event) => [`event:${event.id}`, event])), [dossier]);
  return { entries, sourceMap, citedEntries, timeline, timelineOrigins };
}
