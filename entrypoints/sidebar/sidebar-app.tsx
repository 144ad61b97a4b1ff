import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { PageStatus, SidebarCommand, TabState } from '../../core/messages';
import { setUiLanguage, useUiLanguage } from '../../components/i18n';
import { ArticleOnlyView } from '../../components/sidebar/article-only-view';
import { RelatedView } from '../../components/sidebar/related-view';
import { EmptyView, FollowView, LoadingView } from '../../components/sidebar/sidebar-frame';
import { SidebarHeader } from '../../components/sidebar/sidebar-header';
import { articleCitation, highlightTerms } from '../../components/sidebar/sidebar-model';
import { StoryView } from '../../components/sidebar/story-view';
import type { AnalysisState, HighlightControls } from '../../components/sidebar/this-article-section';
import { useStoryMaterial } from '../../components/sidebar/use-story-material';
import { useAfterFirstPaint, useFrameDocument } from '../../components/sidebar/use-frame';
import { sendRequest } from '../../storage/messaging';
import { analyzeCurrentPage, type PageReading } from './load-analysis';
import { usePageGeneration, useSidebarData } from './use-sidebar-data';
import { useFollow } from './use-follow';
import { closePanel, forTab, IN_PANEL } from './panel';

// The sidebar frame: what the background and the page give it, and which view shows them
// (components/sidebar/: story, related, article alone, follow review, loading, nothing).

// The frame was opened by "Follow this story" (popup, context menu): it starts on the draft.
const OPENED_TO_FOLLOW = new URLSearchParams(location.search).get('intent') === 'follow';

function command(cmd: SidebarCommand): Promise<boolean> {
  return sendRequest({ type: 'tab-command', command: cmd, ...forTab() })
    .then((reply) => reply.ok)
    .catch(() => false);
}

/** Marks for tests and the bench: when the summary and the analysis were on screen. */
function mark(name: 'ready' | 'analysis', value: string): void {
  const root = document.documentElement;
  if (root.dataset[name] === value) return;
  root.dataset[name] = value;
  root.dataset[`${name}At`] = String(Math.round(performance.timeOrigin + performance.now()));
}

export function SidebarApp() {
  const generation = usePageGeneration();
  const [reading, setReading] = useState<PageReading>({ state: { status: 'loading' } });
  const analysis: AnalysisState = reading.state;
  const [expanded, setExpanded] = useState(false);
  const ui = useUiLanguage();

  useEffect(() => {
    setReading({ state: { status: 'loading' } });
    setExpanded(false);
  }, [generation]);
  const response = useSidebarData(generation);
  const tab: TabState | null | 'error' = response.failed ? 'error' : (response.data?.tab ?? null);

  const status: PageStatus | null = tab && tab !== 'error' ? tab.status : null;
  const best = status?.kind === 'matched' ? status.matches?.[0] : undefined;
  const data = response.data;
  useEffect(() => {
    if (data) setUiLanguage(data.uiLanguage);
  }, [data?.uiLanguage]);
  // The background answers with the best match's dossier; a stale answer for another dossier is ignored.
  const dossier = data?.dossier && data.dossier.id === best?.dossierId ? data.dossier : undefined;
  const metadata = status?.metadata ?? null;
  // An article the reader opened the sidebar on though none of their stories matched it.
  const isArticleOnly = Boolean(data && !data.dossier && tab && tab !== 'error' && tab.reachable && (status?.kind === 'no-match' || status?.kind === 'dismissed'));
  // What the reader had seen of this dossier when the frame first showed it: new marks stay put while they read.
  const [seen, setSeen] = useState<{ id: string; lastSeenAt: number | null } | null>(null);
  const marks = dossier && seen?.id === dossier.id ? { lastSeenAt: seen.lastSeenAt } : undefined;
  useEffect(() => {
    if (dossier && data?.dossierState && seen?.id !== dossier.id) setSeen({ id: dossier.id, lastSeenAt: data.dossierState.lastSeenAt });
  }, [dossier?.id, data?.dossierState]);

  const follow = useFollow({
    article: reading.article,
    analysisDone: analysis.status !== 'loading',
    startInReview: OPENED_TO_FOLLOW,
    matchedDossierId: dossier && best?.topicId ? dossier.id : undefined,
    autoAdd: data?.dossierState?.autoAdd === true,
    onStoryChanged: response.reload,
  });

  // The analysis starts once the summary is on screen, so reading the page never delays it.
  const shouldRead = Boolean(dossier) || isArticleOnly || (follow.reviewing && Boolean(data));
  useEffect(() => {
    if (!shouldRead || !status) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void analyzeCurrentPage(metadata, status.url).then((result) => {
        if (!live) return;
        setReading(result);
        mark('analysis', result.state.status);
      });
    }, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shouldRead, status?.url, generation]);

  // The side panel has no collapsed state on the page: its collapse and close close the panel.
  const collapse = () => (IN_PANEL ? closePanel() : void command({ command: 'collapse' }));
  useFrameDocument(ui, () => (IN_PANEL ? undefined : collapse()));

  // The summary paints first; the other sections follow after that paint.
  const showRest = useAfterFirstPaint(Boolean(dossier));
  const ready = analysis.status === 'ready' ? analysis.analysis : null;
  const material = useStoryMaterial({ dossier, isArticleOnly, ready, status, metadata, history: data?.history, ui });

  // After the dossier is on screen, the reader has seen it: what was new is no longer new next time.
  useEffect(() => {
    if (!dossier || !showRest) return;
    void sendRequest({ type: 'dossier-seen', dossierId: dossier.id }).catch(() => undefined);
  }, [dossier?.id, showRest, data]);

  const isEmpty = !follow.reviewing && !isArticleOnly && (tab === 'error' || Boolean(tab && !best) || Boolean(data && !dossier));

  // Layout effect: runs once the DOM holds the summary, right before the browser paints it.
  useLayoutEffect(() => {
    if (follow.reviewing && data) mark('ready', 'follow');
    else if (dossier) mark('ready', 'summary');
    else if (isArticleOnly) mark('ready', 'article');
    else if (isEmpty) mark('ready', 'empty');
  }, [Boolean(dossier), isEmpty, isArticleOnly, follow.reviewing, Boolean(data)]);

  const header = (
    <SidebarHeader
      dossier={dossier}
      aboutArticle={isArticleOnly || follow.reviewing}
      best={best}
      metadata={metadata}
      url={status?.url}
      onCollapse={collapse}
      onClose={() => (IN_PANEL ? closePanel() : void command({ command: 'close' }))}
      onDismiss={
        best && status
          ? async (scope) => {
              // Recheck, not just close: the page's status, badge and "open" must forget this dossier.
              await sendRequest({ type: 'dismiss', dossierId: best.dossierId, scope, url: status.url });
              await command({ command: 'recheck' });
            }
          : undefined
      }
    />
  );
  const language = metadata?.language ?? null;
  const citation = articleCitation(status, metadata);

  if (isEmpty) return <EmptyView header={header} />;
  if (follow.reviewing && data) return <FollowView header={header} draft={follow.draft} onSave={follow.save} onCancel={follow.cancelReview} />;
  if (isArticleOnly && data) {
    return (
      <ArticleOnlyView
        header={header}
        notice={data.notice}
        dossiers={data.dossiers ?? []}
        canFollow={analysis.status !== 'failed'}
        canAdd={Boolean(reading.article)}
        addState={follow.add}
        onFollow={follow.startReview}
        onAbout={(id) => void follow.aboutStory(id)}
        generation={generation}
        analysis={analysis}
        language={language}
        citedEntries={material.citedEntries}
        articleCitation={citation}
        timeline={material.timeline}
        sources={material.sourceMap}
        entries={material.entries}
      />
    );
  }
  if (!dossier) return <LoadingView header={header} />;
  if (best?.level === 'related' && !expanded) return <RelatedView header={header} dossier={dossier} label={best.label} onExpand={() => setExpanded(true)} />;

  const terms = highlightTerms(dossier, best);
  const highlight: HighlightControls = {
    termCount: terms.length,
    toggle: (on) => command({ command: 'highlight', on, terms: on ? terms : [] }),
    jump: (index) => command({ command: 'jump', index }),
  };
  return (
    <StoryView
      header={header}
      dossier={dossier}
      notice={data?.notice}
      sources={material.sourceMap}
      marks={marks}
      showRest={showRest}
      generation={generation}
      analysis={analysis}
      language={language}
      citedEntries={material.citedEntries}
      articleCitation={citation}
      highlight={highlight}
      timeline={material.timeline}
      timelineOrigins={material.timelineOrigins}
      entries={material.entries}
      add={{ state: follow.add, canAdd: Boolean(reading.article), autoAdd: data?.dossierState?.autoAdd === true, onAdd: () => void follow.addToStory(dossier.id) }}
    />
  );
}
