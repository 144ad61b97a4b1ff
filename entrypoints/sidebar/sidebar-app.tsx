import { hostOf } from '../../core/url';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Dossier } from '../../core/dossier/types';
import type { PageStatus, SidebarCommand, TabState } from '../../core/messages';
import type { CiteSource } from '../../core/cite/format-citation';
import { buildTimeline } from '../../core/timeline/build-timeline';
import type { QualifierWords } from '../../core/timeline/date-label';
import { buildCitationEntries, findCitedEntries, numberSources } from '../../components/dossier/citation-entries';
import { contentAttrs, jumpTo } from '../../components/dossier/section';
import { SourcesSection } from '../../components/dossier/sources-section';
import { SummarySection } from '../../components/dossier/summary-section';
import { TimelineSection, type TimelineOrigins } from '../../components/dossier/timeline-section';
import { ClaimsSection } from '../../components/dossier/claims-section';
import { FollowReview } from '../../components/sidebar/follow-review';
import { AddToStory, ArticleStoryActions, NoticeBanner } from '../../components/sidebar/story-actions';
import { Header } from '../../components/sidebar/header';
import { ThisArticleSection, type AnalysisState, type HighlightControls } from '../../components/sidebar/this-article-section';
import { isRtlLanguage, setUiLanguage, t, useUiLanguage } from '../../components/i18n';
import { shownEvidence } from '../../components/sidebar/shown-evidence';
import { sendRequest } from '../../storage/messaging';
import { analyzeCurrentPage, type PageReading } from './load-analysis';
import { usePageGeneration, useSidebarData } from './use-sidebar-data';
import { useFollow } from './use-follow';

const SECTIONS = [
  ['summary', 'dossierSummary'],
  ['this-article', 'sbThisArticle'],
  ['timeline', 'dossierTimeline'],
  ['citations', 'dossierSources'],
] as const;

// The frame was opened by "Follow this story" (popup, context menu): it starts on the draft.
const OPENED_TO_FOLLOW = new URLSearchParams(location.search).get('intent') === 'follow';

/** A dossier with nothing in it: an article no story matched is shown through the same sections. */
function articleOnlyDossier(language: string | null): Dossier {
  return {
    format: 'backstory.dossier',
    version: 1,
    id: '',
    title: '',
    language: language ?? 'und',
    updatedAt: '',
    topics: [],
    summary: { headline: '', keyPoints: [], actors: [] },
    claims: [],
    sources: [],
    events: [],
  };
}

function command(cmd: SidebarCommand): Promise<boolean> {
  return sendRequest({ type: 'tab-command', command: cmd })
    .then((reply) => reply.ok)
    .catch(() => false);
}


/** Intl locale for dates: the browser's own variant when it speaks the UI language ("en-GB"), else the UI language. */
function dateLocale(ui: 'en' | 'ar'): string {
  const browser = typeof navigator !== 'undefined' ? navigator.language : ui;
  return browser?.toLowerCase().startsWith(ui) ? browser : ui;
}

function qualifierWords(): QualifierWords {
  return {
    early: t('qualifierEarly', '$1'),
    mid: t('qualifierMid', '$1'),
    late: t('qualifierLate', '$1'),
    about: t('qualifierAbout', '$1'),
    before: t('qualifierBefore', '$1'),
    after: t('qualifierAfter', '$1'),
  };
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
  const [showRest, setShowRest] = useState(false);
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
  const history = data?.history;
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

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = ui;
    root.dir = isRtlLanguage(ui) ? 'rtl' : 'ltr';
    document.title = t('sidebarTitle');
  }, [ui]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      void command({ command: 'collapse' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const ready = analysis.status === 'ready' ? analysis.analysis : null;
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

  // After the dossier is on screen, the reader has seen it: what was new is no longer new next time.
  useEffect(() => {
    if (!dossier || !showRest) return;
    void sendRequest({ type: 'dossier-seen', dossierId: dossier.id }).catch(() => undefined);
  }, [dossier?.id, showRest, data]);

  const highlightTerms = useMemo(() => {
    if (!dossier) return [];
    const names = dossier.summary.actors.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])]);
    const found = best?.evidence.map((item) => item.term) ?? [];
    return [...new Set([...found, ...names].map((term) => term.trim()).filter((term) => term.length >= 2))].slice(0, 200);
  }, [dossier, best]);
  const highlight: HighlightControls = {
    termCount: highlightTerms.length,
    toggle: (on) => command({ command: 'highlight', on, terms: on ? highlightTerms : [] }),
    jump: (index) => command({ command: 'jump', index }),
  };

  const articleCitation: CiteSource | null = status
    ? {
        title: metadata?.title ?? status.url,
        authors: metadata?.authors ?? [],
        publisher: metadata?.publisher ?? hostOf(status.url),
        publishedAt: metadata?.publishedAt ?? null,
        url: metadata?.canonicalUrl ?? status.url,
        kind: 'news-report',
        language: metadata?.language ?? null,
      }
    : null;

  const isEmpty = !follow.reviewing && !isArticleOnly && (tab === 'error' || Boolean(tab && !best) || Boolean(data && !dossier));
  // The summary paints first; the other sections follow after that paint. A bare timeout
  // can run before the frame's next paint, and then the summary waits for all four sections.
  useEffect(() => {
    if (!dossier || showRest) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShowRest(true), 0);
    });
    // A hidden frame gets no animation frames: don't leave the sections unrendered there.
    const fallback = window.setTimeout(() => setShowRest(true), 200);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, [Boolean(dossier), showRest]);

  // Layout effect: runs once the DOM holds the summary, right before the browser paints it.
  useLayoutEffect(() => {
    if (follow.reviewing && data) mark('ready', 'follow');
    else if (dossier) mark('ready', 'summary');
    else if (isArticleOnly) mark('ready', 'article');
    else if (isEmpty) mark('ready', 'empty');
  }, [Boolean(dossier), isEmpty, isArticleOnly, follow.reviewing, Boolean(data)]);

  const header = (
    <Header
      title={dossier?.title ?? (isArticleOnly || follow.reviewing ? (metadata?.title ?? '') : null)}
      titleLanguage={dossier?.language ?? (dossier ? null : (metadata?.language ?? null))}
      eyebrow={dossier ? undefined : isArticleOnly || follow.reviewing ? t('sbThisArticle') : undefined}
      evidence={shownEvidence(best?.evidence.map((item) => item.term) ?? [])}
      level={best?.level ?? null}
      metadata={metadata}
      siteHost={hostOf(status?.url)}
      side={metadata?.dir === 'rtl' ? 'left' : 'right'}
      onCollapse={() => void command({ command: 'collapse' })}
      onClose={() => void command({ command: 'close' })}
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

  if (isEmpty) {
    return (
      <div class="bs-app">
        {header}
        <main class="bs-main">
          <p class="bs-notice">{t('sbNothingHere')}</p>
        </main>
      </div>
    );
  }

  if (follow.reviewing && data) {
    return (
      <div class="bs-app is-follow">
        {header}
        <main class="bs-main">
          <FollowReview state={follow.draft} onSave={follow.save} onCancel={follow.cancelReview} />
        </main>
      </div>
    );
  }

  if (isArticleOnly && data) {
    return (
      <div class="bs-app is-article-only">
        {header}
        <main class="bs-main">
          <NoticeBanner notice={data.notice} />
          <ArticleStoryActions
            dossiers={data.dossiers ?? []}
            canFollow={analysis.status !== 'failed'}
            canAdd={Boolean(reading.article)}
            state={follow.add}
            onFollow={follow.startReview}
            onAbout={(id) => void follow.aboutStory(id)}
          />
          <ThisArticleSection key={generation} state={analysis} language={metadata?.language ?? null} citedEntries={citedEntries} articleCitation={articleCitation} highlight={null} />
          <TimelineSection items={timeline} sources={sourceMap} loadingArticle={analysis.status === 'loading'} />
          <SourcesSection entries={entries} loadingArticle={analysis.status === 'loading'} articleOnly />
        </main>
      </div>
    );
  }

  if (!dossier) {
    return (
      <div class="bs-app" aria-busy="true">
        {header}
        <main class="bs-main">
          <div class="bs-section">
            <div class="bs-skeleton" />
            <div class="bs-skeleton is-short" />
          </div>
        </main>
      </div>
    );
  }

  if (best?.level === 'related' && !expanded) {
    return (
      <div class="bs-app is-related">
        {header}
        <main class="bs-main">
          <section class="bs-section bs-related" data-section="related" aria-labelledby="related-heading">
            <h2 id="related-heading" class="bs-section-title">
              {t('sbRelatedTo')}
            </h2>
            <p class="bs-related-topic" {...contentAttrs(dossier.language)}>
              {best.label}
            </p>
            <p class="bs-headline is-small" {...contentAttrs(dossier.language)}>
              {dossier.summary.headline}
            </p>
            <button type="button" class="bs-button is-primary" data-action="expand" onClick={() => setExpanded(true)}>
              {t('sbShowStory')}
            </button>
          </section>
        </main>
      </div>
    );
  }

  return (
    <div class="bs-app">
      {header}
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
      <main class="bs-main">
        <NoticeBanner notice={data?.notice} />
        <SummarySection dossier={dossier} sources={sourceMap} compact marks={marks} />
        {showRest && (
          <>
            <div class="bs-section bs-story-bar">
              <AddToStory state={follow.add} canAdd={Boolean(reading.article)} autoAdd={data?.dossierState?.autoAdd === true} onAdd={() => void follow.addToStory(dossier.id)} />
            </div>
            <ThisArticleSection key={generation} state={analysis} language={metadata?.language ?? null} citedEntries={citedEntries} articleCitation={articleCitation} highlight={highlight} />
            <TimelineSection items={timeline} sources={sourceMap} loadingArticle={analysis.status === 'loading'} origins={timelineOrigins} marks={marks} />
            <ClaimsSection dossier={dossier} sources={sourceMap} marks={marks} />
            <SourcesSection entries={entries} loadingArticle={analysis.status === 'loading'} />
            <p class="bs-footer">{t('sbDossierUpdated', dossier.updatedAt)}</p>
          </>
        )}
      </main>
    </div>
  );
}
