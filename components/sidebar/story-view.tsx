import type { ComponentChildren } from 'preact';
import type { CiteSource } from '../../core/cite/format-citation';
import type { Dossier } from '../../core/dossier/types';
import type { FollowNotice } from '../../core/messages';
import type { TimelineItem } from '../../core/timeline/build-timeline';
import type { CitationEntry } from '../dossier/citation-entries';
import { ClaimsSection } from '../dossier/claims-section';
import type { SeenMarks } from '../dossier/item-marks';
import { jumpTo } from '../dossier/section';
import { SourcesSection } from '../dossier/sources-section';
import { SummarySection } from '../dossier/summary-section';
import { TimelineSection, type TimelineOrigins } from '../dossier/timeline-section';
import { t } from '../i18n';
import { SidebarFrame } from './sidebar-frame';
import { AddToStory, NoticeBanner, type AddState } from './story-actions';
import { ThisArticleSection, type AnalysisState, type HighlightControls } from './this-article-section';

const SECTIONS = [
  ['summary', 'dossierSummary'],
  ['this-article', 'sbThisArticle'],
  ['timeline', 'dossierTimeline'],
  ['citations', 'dossierSources'],
] as const;

/** Links to the story's sections. */
export function SectionsNav() {
  return (
    <nav class="bs-nav" aria-label={t('sbSectionsNav')}>
      {SECTIONS.map(([name, key]) => (
        <a
          key={name}
          href={`#${name}`}
          onClick={(event) => {
            event.preventDefault();
            jumpTo(name);
          }}
        >
          {t(key)}
        </a>
      ))}
    </nav>
  );
}

export interface StoryViewProps {
  header: ComponentChildren;
  dossier: Dossier;
  notice: FollowNotice | null | undefined;
  sources: Map<string, CitationEntry>;
  marks: SeenMarks | undefined;
  /** The sections after the summary are shown (they follow the summary's first paint). */
  showRest: boolean;
  /** The page's generation: the article's section starts afresh on each. */
  generation: string;
  analysis: AnalysisState;
  language: string | null;
  citedEntries: CitationEntry[];
  articleCitation: CiteSource | null;
  highlight: HighlightControls;
  timeline: TimelineItem[];
  timelineOrigins: TimelineOrigins;
  entries: CitationEntry[];
  add: { state: AddState; canAdd: boolean; autoAdd: boolean; onAdd(): void };
}

/** A page about one of the reader's stories: the story's summary first, then the rest. */
export function StoryView(props: StoryViewProps) {
  const { dossier, analysis } = props;
  return (
    <SidebarFrame header={props.header} nav={<SectionsNav />}>
      <NoticeBanner notice={props.notice} />
      <SummarySection dossier={dossier} sources={props.sources} compact marks={props.marks} />
      {props.showRest && (
        <>
          <div class="bs-section bs-story-bar">
            <AddToStory state={props.add.state} canAdd={props.add.canAdd} autoAdd={props.add.autoAdd} onAdd={props.add.onAdd} />
          </div>
          <ThisArticleSection key={props.generation} state={analysis} language={props.language} citedEntries={props.citedEntries} articleCitation={props.articleCitation} highlight={props.highlight} />
          <TimelineSection items={props.timeline} sources={props.sources} loadingArticle={analysis.status === 'loading'} origins={props.timelineOrigins} marks={props.marks} />
          <ClaimsSection dossier={dossier} sources={props.sources} marks={props.marks} />
          <SourcesSection entries={props.entries} loadingArticle={analysis.status === 'loading'} />
          <p class="bs-footer">{t('sbDossierUpdated', dossier.updatedAt)}</p>
        </>
      )}
    </SidebarFrame>
  );
}
