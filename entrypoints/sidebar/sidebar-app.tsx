import { hostOf } from '../../core/url';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PageStatus, SidebarCommand, SidebarData, TabState } from '../../core/messages';
import type { CiteSource } from '../../core/cite/format-citation';
import { buildTimeline } from '../../core/timeline/build-timeline';
import type { QualifierWords } from '../../core/timeline/date-label';
import { buildCitationEntries, findCitedEntries, numberSources } from '../../components/dossier/citation-entries';
import { contentAttrs, jumpTo } from '../../components/dossier/section';
import { SourcesSection } from '../../components/dossier/sources-section';
import { SummarySection } from '../../components/dossier/summary-section';
import { TimelineSection } from '../../components/dossier/timeline-section';
import { Header } from '../../components/sidebar/header';
import { ThisArticleSection, type AnalysisState, type HighlightControls } from '../../components/sidebar/this-article-section';
import { isRtlLanguage, setUiLanguage, t, useUiLanguage } from '../../components/i18n';
import { shownEvidence } from '../../components/sidebar/shown-evidence';
import { sendRequest } from '../../storage/messaging';
import { analyzeCurrentPage } from './load-analysis';

const SECTIONS = [
  ['summary', 'dossierSummary'],
  ['this-article', 'sbThisArticle'],
  ['timeline', 'dossierTimeline'],
  ['citations', 'dossierSources'],
] as const;

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

function usePageGeneration(): string {
  const [generation, setGeneration] = useState(location.hash);
  useEffect(() => {
    // The host bumps the hash (#1, #2, …) after an in-page navigation.
    const onHash = () => {
      if (/^#?\d*$/.test(location.hash)) setGeneration(location.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return generation;
}

/**
 * The tab's state, its dossier, the articles read on it and the UI language, in
 * one request to the background: this frame is embedded in a third-party page,
 * where the browser may deny it IndexedDB, and one round trip paints sooner.
 * Asked again when the page changes and when the reader comes back to the tab.
 */
// Asked as soon as the module runs, not after the first render: it is what the first paint waits for.
let firstRequest: { generation: string; reply: Promise<SidebarData> } | null = {
  generation: location.hash,
  reply: sendRequest({ type: 'sidebar-data' }),
};

function useSidebarData(generation: string): { data: SidebarData | null; failed: boolean } {
  const [state, setState] = useState<{ data: SidebarData | null; failed: boolean }>({ data: null, failed: false });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && setTick((n) => n + 1);
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  useEffect(() => {
    setState({ data: null, failed: false });
  }, [generation]);
  useEffect(() => {
    let live = true;
    const early = firstRequest?.generation === generation && tick === 0 ? firstRequest.reply : null;
    firstRequest = null;
    (early ?? sendRequest({ type: 'sidebar-data' }))
      .then((data) => {
        performance.mark('bs-data');
        if (live) setState({ data, failed: false });
      })
      .catch(() => live && setState({ data: null, failed: true }));
    return () => {
      live = false;
    };
  }, [generation, tick]);
  return state;
}

export function SidebarApp() {
  const generation = usePageGeneration();
  const [analysis, setAnalysis] = useState<AnalysisState>({ status: 'loading' });
  const [expanded, setExpanded] = useState(false);
  const [showRest, setShowRest] = useState(false);
  const ui = useUiLanguage();

  useEffect(() => {
    setAnalysis({ status: 'loading' });
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

  // The analysis starts once the summary is on screen, so reading the page never delays it.
  useEffect(() => {
    if (!dossier || !status || status.kind !== 'matched') return;
    let live = true;
    const timer = window.setTimeout(() => {
      void analyzeCurrentPage(metadata, status.url).then((state) => {
        if (!live) return;
        setAnalysis(state);
        mark('analysis', state.status);
      });
    }, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [Boolean(dossier), status?.url, generation]);

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
  const entries = useMemo(
    () => (dossier ? buildCitationEntries(dossier, ready?.citedSources ?? [], metadata?.language ?? null) : []),
    [dossier, ready, metadata?.language],
  );
  const sourceMap = useMemo(() => numberSources(entries), [entries]);
  const citedEntries = useMemo(() => (ready ? findCitedEntries(entries, ready.citedSources) : []), [entries, ready]);
  const timeline = useMemo(
    () =>
      dossier
        ? buildTimeline({
            dossier,
            articleEvents: ready?.events,
            article: status
              ? { url: status.url, title: metadata?.title ?? null, publishedAt: metadata?.publishedAt ?? null, publisher: metadata?.publisher ?? null, language: metadata?.language ?? null }
              : undefined,
            history: history ?? [],
            locale: dateLocale(ui),
            words: qualifierWords(),
          })
        : [],
    [dossier, ready, status, metadata, history, ui],
  );

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

  const isEmpty = tab === 'error' || Boolean(tab && !best) || Boolean(data && !dossier);
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
    if (dossier) mark('ready', 'summary');
    else if (isEmpty) mark('ready', 'empty');
  }, [Boolean(dossier), isEmpty]);

  const header = (
    <Header
      title={dossier?.title ?? null}
      titleLanguage={dossier?.language ?? null}
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
        <SummarySection dossier={dossier} sources={sourceMap} compact />
        {showRest && (
          <>
            <ThisArticleSection key={generation} state={analysis} language={metadata?.language ?? null} citedEntries={citedEntries} articleCitation={articleCitation} highlight={highlight} />
            <TimelineSection items={timeline} sources={sourceMap} loadingArticle={analysis.status === 'loading'} />
            <SourcesSection entries={entries} loadingArticle={analysis.status === 'loading'} />
            <p class="bs-footer">{t('sbDossierUpdated', dossier.updatedAt)}</p>
          </>
        )}
      </main>
    </div>
  );
}
