import type { Dossier } from '../../core/dossier/types';
import type { TopicMatch } from '../../core/match/types';
import type { PageMetadata } from '../../core/page/types';
import { hostOf } from '../../core/url';
import { t } from '../i18n';
import { Header } from './header';
import { shownEvidence } from './shown-evidence';

/** The header for what the frame shows: the story, or the article itself (article alone, follow review). */
export function SidebarHeader(props: {
  dossier: Dossier | undefined;
  /** The page is shown as an article (none of the stories matched it, or the reader reviews a draft). */
  aboutArticle: boolean;
  best: TopicMatch | undefined;
  metadata: PageMetadata | null;
  url: string | undefined;
  onCollapse(): void;
  onClose(): void;
  onDismiss?(scope: 'page' | 'site'): void;
}) {
  const { dossier, metadata, best } = props;
  return (
    <Header
      title={dossier?.title ?? (props.aboutArticle ? (metadata?.title ?? '') : null)}
      titleLanguage={dossier?.language ?? (dossier ? null : (metadata?.language ?? null))}
      eyebrow={dossier ? undefined : props.aboutArticle ? t('sbThisArticle') : undefined}
      evidence={shownEvidence(best?.evidence.map((item) => item.term) ?? [])}
      level={best?.level ?? null}
      metadata={metadata}
      siteHost={hostOf(props.url)}
      side={metadata?.dir === 'rtl' ? 'left' : 'right'}
      onCollapse={props.onCollapse}
      onClose={props.onClose}
      onDismiss={props.onDismiss}
    />
  );
}
