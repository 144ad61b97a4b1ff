import { hostOf as hostOfUrl } from '../../core/url';
import type { ComponentChildren } from 'preact';
import { formatDateLabel } from '../../core/timeline/date-label';
import { resolveUiLanguage, t } from '../i18n';
import type { CitationEntry } from './citation-entries';
import { CopyCitation } from './copy-citation';
import { contentAttrs, Section } from './section';

const KIND_KEYS: Record<string, string> = {
  'news-report': 'kindNewsReport',
  investigation: 'kindInvestigation',
  statement: 'kindStatement',
  'internal-email': 'kindInternalEmail',
  'social-post': 'kindSocialPost',
  'official-document': 'kindOfficialDocument',
  other: 'kindOther',
  'news-outlet': 'kindNewsOutlet',
  person: 'kindPerson',
  organisation: 'kindOrganisation',
  document: 'kindDocument',
};

export function kindLabel(kind: string): string {
  return KIND_KEYS[kind] ? t(KIND_KEYS[kind]) : kind;
}

/** The site's name for display: its host, or the text itself when it is not a URL. */
export function hostOf(url: string): string {
  return hostOfUrl(url) ?? url;
}

function SourceItem(props: { entry: CitationEntry; accessed?: Date }) {
  const { entry } = props;
  const attrs = contentAttrs(entry.language);
  const date = formatDateLabel(entry.publishedAt, { locale: resolveUiLanguage() });
  return (
    <li class="bs-source" id={entry.anchor} tabIndex={-1} data-origin={entry.origin}>
      <span class="bs-source-number" aria-hidden="true">
        {entry.number}
      </span>
      <div class="bs-source-body">
        <p class="bs-source-title" {...attrs}>
          {entry.url ? (
            <a href={entry.url} target="_blank" rel="noopener noreferrer">
              {entry.title}
            </a>
          ) : (
            entry.title
          )}
        </p>
        <p class="bs-meta">
          {[
            entry.publisher && (
              <span {...contentAttrs(entry.language)} key="p">
                {entry.publisher}
              </span>
            ),
            <span key="k">{kindLabel(entry.kind)}</span>,
            date && <span key="d">{date}</span>,
            entry.via && <span key="v">{t('dossierVia', entry.via)}</span>,
            entry.url && (
              <span key="u" dir="ltr">
                {hostOf(entry.url)}
              </span>
            ),
          ]
            .filter(Boolean)
            .reduce<ComponentChildren[]>((all, part, index) => (index ? [...all, <span aria-hidden="true" class="bs-dot" key={`s${index}`}>·</span>, part] : [part]), [])}
        </p>
        {entry.context && (
          <p class="bs-source-context" {...attrs}>
            {entry.context}
          </p>
        )}
        <CopyCitation source={entry.cite} label={entry.title} accessed={props.accessed} folded />
      </div>
    </li>
  );
}

/** Every source of the dossier, then every source the article cites, each citable. */
export function SourcesSection(props: { entries: CitationEntry[]; accessed?: Date; loadingArticle?: boolean; articleOnly?: boolean }) {
  const dossierEntries = props.entries.filter((entry) => entry.origin === 'dossier');
  const articleEntries = props.entries.filter((entry) => entry.origin === 'article');
  return (
    <Section name="citations" title={t('dossierSources')}>
      {!props.articleOnly && (
        <>
          <h3 class="bs-subtitle">{t('dossierSourcesOfDossier')}</h3>
          <ol class="bs-sources">
            {dossierEntries.map((entry) => (
              <SourceItem entry={entry} accessed={props.accessed} key={entry.anchor} />
            ))}
          </ol>
        </>
      )}
      {(articleEntries.length > 0 || props.loadingArticle) && <h3 class="bs-subtitle">{t('dossierSourcesOfArticle')}</h3>}
      {articleEntries.length > 0 && (
        <ol class="bs-sources" start={dossierEntries.length + 1}>
          {articleEntries.map((entry) => (
            <SourceItem entry={entry} accessed={props.accessed} key={entry.anchor} />
          ))}
        </ol>
      )}
      {props.loadingArticle && articleEntries.length === 0 && <div class="bs-skeleton" aria-hidden="true" />}
      {props.articleOnly && !props.loadingArticle && articleEntries.length === 0 && <p class="bs-empty">{t('sbNoCitedSources')}</p>}
    </Section>
  );
}
