import type { ComponentChildren } from 'preact';
import type { Dossier } from '../../core/dossier/types';
import { contentAttrs } from '../dossier/section';
import { t } from '../i18n';
import { SidebarFrame } from './sidebar-frame';

/** A page related to a story (not about it): the story's name and headline, and the way to it. */
export function RelatedView(props: { header: ComponentChildren; dossier: Dossier; label: string; onExpand(): void }) {
  const { dossier } = props;
  return (
    <SidebarFrame variant="related" header={props.header}>
      <section class="bs-section bs-related" data-section="related" aria-labelledby="related-heading">
        <h2 id="related-heading" class="bs-section-title">
          {t('sbRelatedTo')}
        </h2>
        <p class="bs-related-topic" {...contentAttrs(dossier.language)}>
          {props.label}
        </p>
        <p class="bs-headline is-small" {...contentAttrs(dossier.language)}>
          {dossier.summary.headline}
        </p>
        <button type="button" class="bs-button is-primary" data-action="expand" onClick={props.onExpand}>
          {t('sbShowStory')}
        </button>
      </section>
    </SidebarFrame>
  );
}
