import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageMetadata } from '../../core/page/types';
import { formatDateLabel } from '../../core/timeline/date-label';
import { contentAttrs } from '../dossier/section';
import { resolveUiLanguage, t } from '../i18n';
import { CloseIcon, CollapseIcon, LogoMark } from './icons';

export interface HeaderProps {
  title: string | null;
  titleLanguage: string | null;
  /** The line above the title; "About the story" (or "Related to") by default. */
  eyebrow?: string;
  /** Terms that made the page match, as found in the page. */
  evidence: string[];
  level: 'story' | 'related' | null;
  metadata: PageMetadata | null;
  siteHost: string | null;
  /** Where the host sits: pages written right-to-left get it on their left. */
  side: 'left' | 'right';
  onCollapse(): void;
  onClose(): void;
  onDismiss?(scope: 'page' | 'site'): void;
}

/** "Outlet · Authors · Date", in the article's own language. */
export function ArticleLine(props: { metadata: PageMetadata | null; siteHost: string | null }) {
  const { metadata } = props;
  if (!metadata) return null;
  const date = formatDateLabel(metadata.publishedAt, { locale: resolveUiLanguage() });
  const parts = [metadata.publisher ?? props.siteHost, metadata.authors.slice(0, 3).join(', ') + (metadata.authors.length > 3 ? ' …' : ''), date].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p class="bs-article-line" {...contentAttrs(metadata.language)}>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && (
            <span class="bs-dot" aria-hidden="true">
              ·
            </span>
          )}
          {part}
        </span>
      ))}
    </p>
  );
}

export function Header(props: HeaderProps) {
  const [askingScope, setAskingScope] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (askingScope) firstChoice.current?.focus();
    else if (wasAsking.current) toggle.current?.focus(); // back where the reader was
    wasAsking.current = askingScope;
  }, [askingScope]);
  return (
    <header class="bs-header">
      <div class="bs-bar">
        <span class="bs-brand">
          <LogoMark />
          {t('extName')}
        </span>
        <div class="bs-controls">
          <button type="button" class="bs-icon-button" data-action="collapse" aria-label={t('sbCollapse')} title={t('sbCollapse')} onClick={props.onCollapse}>
            <CollapseIcon side={props.side} />
          </button>
          <button type="button" class="bs-icon-button" data-action="close" aria-label={t('sbClose')} title={t('sbClose')} onClick={props.onClose}>
            <CloseIcon />
          </button>
        </div>
      </div>
      {props.title !== null ? (
        <>
          <p class="bs-eyebrow">{props.eyebrow ?? (props.level === 'related' ? t('sbRelatedHeading') : t('sbAboutStory'))}</p>
          <h1 class="bs-title" {...contentAttrs(props.titleLanguage)}>
            {props.title}
          </h1>
        </>
      ) : (
        <div class="bs-skeleton is-title" aria-hidden="true" />
      )}
      {props.evidence.length > 0 && (
        <p class="bs-why">
          <span class="bs-why-label">{t('sbMatchedOn')}</span>
          {props.evidence.map((term) => (
            <span class="bs-term" dir="auto" key={term}>
              {term}
            </span>
          ))}
        </p>
      )}
      <ArticleLine metadata={props.metadata} siteHost={props.siteHost} />
      {props.onDismiss &&
        (askingScope ? (
          <div
            class="bs-dismiss"
            role="group"
            aria-label={t('sbNotAboutStory')}
            onKeyDown={(event) => {
              // Esc leaves this choice first; a second Esc collapses the sidebar.
              if (event.key !== 'Escape') return;
              event.preventDefault();
              setAskingScope(false);
            }}
          >
            <span class="bs-dismiss-label">{t('sbStopMatchingOn')}</span>
            <button type="button" class="bs-button" data-scope="page" ref={firstChoice} onClick={() => props.onDismiss!('page')}>
              {t('sbThisPage')}
            </button>
            <button type="button" class="bs-button" data-scope="site" onClick={() => props.onDismiss!('site')}>
              {t('sbThisSite', props.siteHost ?? '')}
            </button>
            <button type="button" class="bs-link-button" onClick={() => setAskingScope(false)}>
              {t('sbCancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="bs-link-button bs-not-about" data-action="not-about" ref={toggle} onClick={() => setAskingScope(true)}>
            {t('sbNotAboutStory')}
          </button>
        ))}
    </header>
  );
}
