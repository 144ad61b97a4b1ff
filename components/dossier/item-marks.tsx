import { t } from '../i18n';

/** A dossier item as the follow code stamps it (the format keeps unknown fields). */
export type MarkedItem = { [field: string]: unknown };

/** What the sidebar knows about the reader's last look: items added after it are new to them. */
export interface SeenMarks {
  /** Epoch ms of the reader's last look at this dossier; null: never looked, nothing is "new". */
  lastSeenAt: number | null;
}

/** Added (a merge stamps `addedAt`, an ISO date-time) after the reader last saw the dossier. */
export function isUnseen(item: MarkedItem, marks: SeenMarks | undefined): boolean {
  if (!marks || marks.lastSeenAt === null || typeof item.addedAt !== 'string') return false;
  const added = Date.parse(item.addedAt);
  return Number.isFinite(added) && added > marks.lastSeenAt;
}

/** Two sources disagree on it (a merge keeps both and marks it). */
export function isDisputed(item: MarkedItem): boolean {
  return item.disputed === true;
}

/** "New" and "Disputed" tags after a dossier item. */
export function ItemTags(props: { item: MarkedItem; marks?: SeenMarks }) {
  const unseen = isUnseen(props.item, props.marks);
  const disputed = isDisputed(props.item);
  if (!unseen && !disputed) return null;
  return (
    <>
      {unseen && (
        <span class="bs-tag is-new" data-mark="new">
          {t('timelineNew')}
        </span>
      )}
      {disputed && (
        <span class="bs-tag is-disputed" data-mark="disputed" title={t('dossierDisputedHint')}>
          {t('dossierDisputed')}
        </span>
      )}
    </>
  );
}
