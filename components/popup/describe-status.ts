import type { TabState } from '../../core/messages';

export type StatusView =
  | { kind: 'loading' }
  | { kind: 'matched' }
  | { kind: 'pending' }
  | { kind: 'unmatched'; messageKey: string; canRun: boolean };

/** Which message the popup gives for a tab, as a string key of the UI catalog. */
export function describeTabState(state: TabState | undefined): StatusView {
  if (!state) return { kind: 'loading' };
  const status = state.status;
  if (!state.reachable) return { kind: 'unmatched', messageKey: 'popupUnreachable', canRun: false };
  if (!status || status.kind === 'pending') return { kind: 'pending' };
  switch (status.kind) {
    case 'matched':
      return status.matches?.length ? { kind: 'matched' } : { kind: 'unmatched', messageKey: 'popupNoMatch', canRun: true };
    case 'not-article':
      return { kind: 'unmatched', messageKey: 'popupNotArticle', canRun: true };
    case 'site-off':
      if (status.reason === 'no-dossiers') return { kind: 'unmatched', messageKey: 'popupNoDossiers', canRun: true };
      return { kind: 'unmatched', messageKey: status.reason === 'site-not-allowed' ? 'popupSiteNotAllowed' : 'popupSiteBlocked', canRun: false };
    case 'dismissed':
      return { kind: 'unmatched', messageKey: 'popupDismissed', canRun: true };
    case 'no-match':
      return { kind: 'unmatched', messageKey: status.reason === 'no-dossiers' ? 'popupNoDossiers' : 'popupNoMatch', canRun: true };
  }
}
