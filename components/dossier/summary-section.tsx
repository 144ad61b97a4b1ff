import type { Dossier } from '../../core/dossier/types';
import { t } from '../i18n';
import type { CitationEntry } from './citation-entries';
import { contentAttrs, Section } from './section';
import { SourceMarkers } from './source-markers';

/** The dossier's summary: headline, key points with source markers, who is who, open questions. */
export function SummarySection(props: { dossier: Dossier; sources: Map<string, CitationEntry>; compact?: boolean }) {
  const { dossier, sources } = props;
  const { summary } = dossier;
  const attrs = contentAttrs(dossier.language);
  return (
    <Section name="summary" title={t('dossierSummary')}>
      <p class="bs-headline" {...attrs}>
        {summary.headline}
      </p>
      {summary.keyPoints.length > 0 && (
        <>
          <h3 class="bs-subtitle">{t('dossierKeyPoints')}</h3>
          <ol class="bs-points" {...attrs}>
            {summary.keyPoints.map((point, index) => (
              <li key={index}>
                <span>{point.text}</span> <SourceMarkers ids={point.sources} sources={sources} />
              </li>
            ))}
          </ol>
        </>
      )}
      {summary.actors.length > 0 && (
        <>
          <h3 class="bs-subtitle">{t('dossierActors')}</h3>
          <dl class="bs-actors" {...attrs}>
            {summary.actors.map((actor) => (
              <div class="bs-actor" key={actor.name}>
                <dt>{actor.name}</dt>
                {actor.role && <dd>{actor.role}</dd>}
              </div>
            ))}
          </dl>
        </>
      )}
      {(summary.openQuestions?.length ?? 0) > 0 && (
        <>
          <h3 class="bs-subtitle">{t('dossierOpenQuestions')}</h3>
          <ul class="bs-questions" {...attrs}>
            {summary.openQuestions!.map((question, index) => (
              <li key={index}>
                <span>{question.text}</span> <SourceMarkers ids={question.sources} sources={sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
