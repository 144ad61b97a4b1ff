import { useMemo } from 'preact/hooks';
import type { Dossier } from '../../core/dossier/types';
import { buildTimeline } from '../../core/timeline/build-timeline';
import { buildCitationEntries, numberSources } from '../dossier/citation-entries';
import { SourcesSection } from '../dossier/sources-section';
import { SummarySection } from '../dossier/summary-section';
import { TimelineSection } from '../dossier/timeline-section';
import { resolveUiLanguage } from '../i18n';
import '../dossier/dossier.css';

/** One dossier in full, in the same components the sidebar shows it with (no article: nothing page-specific). */
export function DossierView(props: { dossier: Dossier }) {
  const { dossier } = props;
  const language = resolveUiLanguage();
  const entries = useMemo(() => buildCitationEntries(dossier), [dossier]);
  const sources = useMemo(() => numberSources(entries), [entries]);
  const items = useMemo(() => buildTimeline({ dossier, locale: language }), [dossier, language]);
  return (
    <div class="options-dossier-view bs-dossier" data-testid="dossier-view">
      <SummarySection dossier={dossier} sources={sources} />
      <TimelineSection items={items} sources={sources} />
      <SourcesSection entries={entries} />
    </div>
  );
}
