import type { TimelineItem } from '../../core/timeline/build-timeline';
import { t } from '../i18n';
import { isHttpUrl, type CitationEntry } from './citation-entries';
import { contentAttrs, Section } from './section';
import { SourceMarkers } from './source-markers';
import { isUnseen, ItemTags, type MarkedItem, type SeenMarks } from './item-marks';

/** The dossier's own item behind a timeline entry (its addedAt and disputed), by entry id. */
export type TimelineOrigins = Map<string, MarkedItem>;
import { hostOf } from './sources-section';

const KIND_KEYS: Record<TimelineItem['kind'], string> = {
  'dossier-event': 'timelineKindDossier',
  'article-date': 'timelineKindArticle',
  'this-article': 'timelineYouAreHere',
  'read-article': 'timelineKindRead',
};

function TimelineEntry(props: { item: TimelineItem; sources: Map<string, CitationEntry>; origin?: MarkedItem; marks?: SeenMarks }) {
  const { item } = props;
  const attrs = contentAttrs(item.language);
  const unseen = props.origin ? isUnseen(props.origin, props.marks) : false;
  return (
    <li class={`bs-event is-${item.kind}${item.isNew ? ' is-new' : ''}${unseen ? ' is-unseen' : ''}`} data-kind={item.kind} aria-current={item.kind === 'this-article' ? 'step' : undefined}>
      <span class="bs-event-dot" aria-hidden="true" />
      <p class="bs-event-when">
        <time dateTime={item.date}>{item.label}</time>
        {item.kind !== 'dossier-event' && <span class={`bs-tag is-${item.kind}`}>{t(KIND_KEYS[item.kind])}</span>}
        {item.isNew && <span class="bs-tag is-new">{t('timelineNew')}</span>}
        {props.origin && <ItemTags item={props.origin} marks={props.marks} />}
      </p>
      <p class="bs-event-title" {...attrs}>
        {isHttpUrl(item.url) && item.kind === 'read-article' ? (
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {item.title}
          </a>
        ) : (
          item.title
        )}
        {item.sources.length > 0 && (
          <>
            {' '}
            <SourceMarkers ids={item.sources} sources={props.sources} />
          </>
        )}
      </p>
      {item.description && (
        <p class="bs-event-text" {...attrs}>
          {item.description}
        </p>
      )}
      {(item.kind === 'read-article' || item.kind === 'this-article') && (item.publisher || item.url) && (
        <p class="bs-meta" {...contentAttrs(item.language)}>
          {item.publisher ?? (item.url ? hostOf(item.url) : '')}
        </p>
      )}
    </li>
  );
}

/** One chronological list; `items` come from core/timeline buildTimeline. */
export function TimelineSection(props: {
  items: TimelineItem[];
  sources: Map<string, CitationEntry>;
  loadingArticle?: boolean;
  origins?: TimelineOrigins;
  marks?: SeenMarks;
}) {
  return (
    <Section name="timeline" title={t('dossierTimeline')} busy={props.loadingArticle}>
      {props.items.length === 0 ? (
        <p class="bs-empty">{t('timelineEmpty')}</p>
      ) : (
        <ol class="bs-timeline">
          {props.items.map((item) => (
            <TimelineEntry item={item} sources={props.sources} origin={props.origins?.get(item.id)} marks={props.marks} key={item.id} />
          ))}
        </ol>
      )}
    </Section>
  );
}
