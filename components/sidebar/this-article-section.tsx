import { useState } from 'preact/hooks';
import type { ArticleAnalysis } from '../../core/analysis/types';
import type { CiteSource } from '../../core/cite/format-citation';
import type { CitationEntry } from '../dossier/citation-entries';
import { CopyCitation } from '../dossier/copy-citation';
import { contentAttrs, jumpTo, Section } from '../dossier/section';
import { kindLabel } from '../dossier/sources-section';
import { t } from '../i18n';
import { DownIcon, UpIcon } from './icons';

export type AnalysisState = { status: 'loading' } | { status: 'failed'; reason: 'no-snapshot' | 'no-text' | 'error' } | { status: 'ready'; analysis: ArticleAnalysis };

export interface HighlightControls {
  /** Number of terms that would be highlighted; 0 hides the control. */
  termCount: number;
  /** Turns page highlighting on/off; resolves false when nothing in the page matched. */
  toggle(on: boolean): Promise<boolean>;
  /** Scrolls the page to the n-th highlighted passage; false when there is none. */
  jump(index: number): Promise<boolean>;
}

const MAX_POINTS = 5;
const MAX_QUOTES = 4;

function Highlighter(props: { controls: HighlightControls }) {
  const [on, setOn] = useState(false);
  const [index, setIndex] = useState(-1);
  const [message, setMessage] = useState('');
  async function toggle() {
    const next = !on;
    const found = await props.controls.toggle(next);
    setOn(next && found);
    setIndex(-1);
    setMessage(next ? (found ? t('sbHighlightOn') : t('sbHighlightNone')) : t('sbHighlightOff'));
  }
  async function go(step: 1 | -1) {
    let next = Math.max(0, index + step);
    let ok = await props.controls.jump(next);
    if (!ok && step === 1 && next > 0) {
      next = 0; // past the last passage: start again from the top
      ok = await props.controls.jump(next);
    }
    if (ok) {
      setIndex(next);
      setMessage(t('sbPassageN', next + 1));
    }
  }
  return (
    <div class="bs-highlight">
      <button type="button" class="bs-switch" role="switch" aria-checked={on} data-action="highlight" onClick={() => void toggle()}>
        <span class="bs-switch-track" aria-hidden="true">
          <span class="bs-switch-thumb" />
        </span>
        <span>{t('sbHighlightInPage')}</span>
      </button>
      {on && (
        <span class="bs-jump">
          <button type="button" class="bs-icon-button is-small" data-action="previous" aria-label={t('sbPreviousPassage')} title={t('sbPreviousPassage')} disabled={index <= 0} onClick={() => void go(-1)}>
            <UpIcon />
          </button>
          <button type="button" class="bs-icon-button is-small" data-action="next" aria-label={t('sbNextPassage')} title={t('sbNextPassage')} onClick={() => void go(1)}>
            <DownIcon />
          </button>
        </span>
      )}
      <span class="bs-highlight-status" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}

/** What this article says: its key points, its quotes with speakers, its sources; and page highlighting. */
export function ThisArticleSection(props: {
  state: AnalysisState;
  language: string | null;
  citedEntries: CitationEntry[];
  articleCitation: CiteSource | null;
  highlight: HighlightControls | null;
}) {
  const { state } = props;
  const attrs = contentAttrs(props.language);
  return (
    <Section name="this-article" title={t('sbThisArticle')} busy={state.status === 'loading'}>
      {props.highlight && props.highlight.termCount > 0 && <Highlighter controls={props.highlight} />}
      {state.status === 'loading' && (
        <div aria-label={t('sbReadingArticle')} role="img">
          <div class="bs-skeleton" />
          <div class="bs-skeleton is-short" />
        </div>
      )}
      {state.status === 'failed' && <p class="bs-empty">{state.reason === 'no-text' ? t('sbNoArticleText') : t('sbCouldNotRead')}</p>}
      {state.status === 'ready' && (
        <>
          {state.analysis.keyPoints.length > 0 && (
            <>
              <h3 class="bs-subtitle">{t('sbArticleKeyPoints')}</h3>
              <ul class="bs-points is-article" {...attrs}>
                {state.analysis.keyPoints.slice(0, MAX_POINTS).map((point, index) => (
                  <li key={index}>{point}</li>
                ))}
              </ul>
            </>
          )}
          {state.analysis.quotes.length > 0 && (
            <>
              <h3 class="bs-subtitle">{t('sbQuotes')}</h3>
              <div class="bs-quotes">
                {state.analysis.quotes.slice(0, MAX_QUOTES).map((quote, index) => (
                  <figure class="bs-quote" key={index} {...attrs}>
                    <blockquote>{quote.text}</blockquote>
                    <figcaption>{quote.speaker ?? t('sbUnknownSpeaker')}</figcaption>
                  </figure>
                ))}
              </div>
            </>
          )}
          <h3 class="bs-subtitle">{t('sbArticleCites')}</h3>
          {props.citedEntries.length > 0 ? (
            <ul class="bs-cited">
              {props.citedEntries.map((entry) => (
                <li key={entry.anchor}>
                  <a
                    class="bs-cited-chip"
                    href={`#${entry.anchor}`}
                    title={kindLabel(entry.kind)}
                    onClick={(event) => {
                      event.preventDefault();
                      jumpTo(entry.anchor);
                    }}
                  >
                    <span {...contentAttrs(entry.language)}>{entry.origin === 'dossier' ? (entry.publisher ?? entry.title) : entry.title}</span>
                    <span class="bs-cited-kind">{kindLabel(entry.kind)}</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="bs-empty">{t('sbNoCitedSources')}</p>
          )}
        </>
      )}
      {props.articleCitation && (
        <div class="bs-article-cite">
          <CopyCitation source={props.articleCitation} label={props.articleCitation.title} />
        </div>
      )}
    </Section>
  );
}
