import type { ComponentChildren } from 'preact';
import type { Dossier } from '../../core/dossier/types';
import type { FollowReply } from '../../core/messages';
import { t } from '../i18n';
import { FollowReview, type DraftState } from './follow-review';

/** The sidebar's frame: its header, then the view's main area. */
export function SidebarFrame(props: { variant?: 'follow' | 'article-only' | 'related'; busy?: boolean; header: ComponentChildren; nav?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class={props.variant ? `bs-app is-${props.variant}` : 'bs-app'} aria-busy={props.busy ? 'true' : undefined}>
      {props.header}
      {props.nav}
      <main class="bs-main">{props.children}</main>
    </div>
  );
}

/** Nothing to show: no match, or the tab could not be read. */
export function EmptyView(props: { header: ComponentChildren }) {
  return (
    <SidebarFrame header={props.header}>
      <p class="bs-notice">{t('sbNothingHere')}</p>
    </SidebarFrame>
  );
}

/** The story's dossier is on its way. */
export function LoadingView(props: { header: ComponentChildren }) {
  return (
    <SidebarFrame header={props.header} busy>
      <div class="bs-section">
        <div class="bs-skeleton" />
        <div class="bs-skeleton is-short" />
      </div>
    </SidebarFrame>
  );
}

/** "Follow this story": the draft for review. */
export function FollowView(props: { header: ComponentChildren; draft: DraftState; onSave(dossier: Dossier): Promise<FollowReply>; onCancel(): void }) {
  return (
    <SidebarFrame variant="follow" header={props.header}>
      <FollowReview state={props.draft} onSave={props.onSave} onCancel={props.onCancel} />
    </SidebarFrame>
  );
}
