import type { Dossier } from '../../core/dossier/types';
import { t } from '../i18n';
import type { CitationEntry } from './citation-entries';
import { ItemTags, type SeenMarks } from './item-marks';
import { contentAttrs, Section } from './section';
import { SourceMarkers } from './source-markers';

const COMPACT_CLAIMS = 6;

/** Who says what in the story, with their exact words when the dossier has them. */
export function ClaimsSection(props: { dossier: Dossier; sources: Map<string, CitationEntry>; marks?: SeenMarks }) {
  const { dossier } = props;
  if (dossier.claims.length === 0) return null;
  const attrs = contentAttrs(dossier.language);
  // Claims new to the reader first, so what changed since their last look is in view.
  const ordered = [...dossier.claims].sort((a, b) => Number(Boolean(b.addedAt)) - Number(Boolean(a.addedAt)));
  return (
    <Section name="claims" title={t('dossierClaims')}>
      <ul class="bs-claims" {...attrs}>
        {ordered.slice(0, COMPACT_CLAIMS).map((claim) => (
          <li key={claim.id} class="bs-claim" data-claim-id={claim.id}>
            {claim.quote ? <blockquote>{claim.quote}</blockquote> : <p>{claim.text}</p>}
            <p class="bs-meta">
              {claim.attributedTo && <span>{claim.attributedTo}</span>} <SourceMarkers ids={claim.sources} sources={props.sources} /> <ItemTags item={claim} marks={props.marks} />
            </p>
          </li>
        ))}
      </ul>
      {dossier.claims.length > COMPACT_CLAIMS && <p class="bs-meta">{t('dossierMoreClaims', dossier.claims.length - COMPACT_CLAIMS)}</p>}
    </Section>
  );
}
