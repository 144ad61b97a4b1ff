import type { ComponentChildren } from 'preact';
import type { CiteSource } from '../../core/cite/format-citation';
import type { FollowNotice } from '../../core/messages';
import type { TimelineItem } from '../../core/timeline/build-timeline';
import type { CitationEntry } from '../dossier/citation-entries';
import { SourcesSection } from '../dossier/sources-section';
import { TimelineSection } from '../dossier/timeline-section';
import { SidebarFrame } from './sidebar-frame';
import { ArticleStoryActions, NoticeBanner, type AddState } from './story-actions';
import { ThisArticleSection, type AnalysisState } from './this-article-section';

export interface ArticleOnlyViewProps {
  header: ComponentChildren;
  notice: FollowNotice | null | undefined;
  dossiers: { id: string; title: string }[];
  canFollow: boolean;
  canAdd: boolean;
  addState: AddState;
  onFollow(): void;
  onAbout(dossierId: string): void;
  generation: string;
  analysis: AnalysisState;
  language: string | null;
  citedEntries: CitationEntry[];
  articleCitation: CiteSource | null;
  timeline: TimelineItem[];
  sources: Map<string, CitationEntry>;
  entries: CitationEntry[];
}

/** An article none of the reader's stories matched, opened by the reader: what the article itself says. */
export function ArticleOnlyView(props: ArticleOnlyViewProps) {
  const loading = props.analysis.status === 'loading';
  return (
    <SidebarFrame variant="article-only" header={props.header}>
      <NoticeBanner notice={props.notice} />
      <ArticleStoryActions dossiers={props.dossiers} canFollow={props.canFollow} canAdd={props.canAdd} state={props.addState} onFollow={props.onFollow} onAbout={props.onAbout} />
      <ThisArticleSection key={props.generation} state={props.analysis} language={props.language} citedEntries={props.citedEntries} articleCitation={props.articleCitation} highlight={null} />
      <TimelineSection items={props.timeline} sources={props.sources} loadingArticle={loading} />
      <SourcesSection entries={props.entries} loadingArticle={loading} articleOnly />
    </SidebarFrame>
  );
}
