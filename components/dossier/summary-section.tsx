import { useState } from 'preact/hooks';
import type { Dossier } from '../../core/dossier/types';
import { t } from '../i18n';
import type { CitationEntry } from './citation-entries';
import { contentAttrs, Section } from './section';
import { SourceMarkers } from './source-markers';
import { ItemTags, type SeenMarks } from './item-marks';

const COMPACT_POINTS = 4;
const COMPACT_ACTORS = 4;

function ShowAll(props: { shown: number; total: number; label: string; onShow(): void; controls: string }) {
  if (props.shown >= props.total) return null;
  return (
    <button type="button" class="bs-more" aria-expanded="false" aria-controls={props.controls} onClick={props.onShow}>
      {props.label}
    </button>
  );
}

/**
 * The dossier's summary: headline, key points with source markers, who is who,
 * open questions. `compact` (the sidebar) shows the first few of each list
 * with "show all"; the options page shows everything.
 */
export function SummarySection(props: { dossier: Dossier; sources: Map<string, CitationEntry>; compact?: boolean; marks?: SeenMarks }) {
  const { dossier, sources } = props;
  const { summary } = dossier;
  const attrs = contentAttrs(dossier.language);
  const [allPoints, setAllPoints] = useState(!props.compact);
  const [allActors, setAllActors] = useState(!props.compact);
  const points = allPoints ? summary.keyPoints : summary.keyPoints.slice(0, COMPACT_POINTS);
  const actors = allActors ? summary.actors : summary.actors.slice(0, COMPACT_ACTORS);
  return (
    <Section name="summary" title={t('dossierSummary')}>
      <p class="bs-headline" {...attrs}>
        {summary.headline}
      </p>
      {summary.keyPoints.length > 0 && (
        <>
          <h3 class="bs-subtitle">{t('dossierKeyPoints')}</h3>
          <ol class="bs-points" id="summary-points" {...attrs}>
            {points.map((point, index) => (
              <li key={index}>
                <span>{point.text}</span> <SourceMarkers ids={point.sources} sources={sources} />
                <ItemTags item={point} marks={props.marks} />
              </li>
            ))}
          </ol>
          <ShowAll shown={points.length} total={summary.keyPoints.length} label={t('dossierShowAllPoints', summary.keyPoints.length)} controls="summary-points" onShow={() => setAllPoints(true)} />
        </>
      )}
      {summary.actors.length > 0 && (
        <>
          <h3 class="bs-subtitle">{t('dossierActors')}</h3>
          <dl class="bs-actors" id="summary-actors" {...attrs}>
            {actors.map((actor) => (
              <div class="bs-actor" key={actor.name}>
                <dt>{actor.name}</dt>
                {actor.role && <dd>{actor.role}</dd>}
              </div>
            ))}
          </dl>
          <ShowAll shown={actors.length} total={summary.actors.length} label={t('dossierShowAllActors', summary.actors.length)} controls="summary-actors" onShow={() => setAllActors(true)} />
        </>
      )}
      {(summary.openQuestions?.length ?? 0) > 0 && (
        <>
          <h3 class="bs-subtitle">{t('dossierOpenQuestions')}</h3>
          <ul class="bs-questions" {...attrs}>
            {summary.openQuestions!.map((question, index) => (
              <li key={index}>
                <span>{question.text}</span> <SourceMarkers ids={question.sources} sources={sources} />
                <ItemTags item={question} marks={props.marks} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
