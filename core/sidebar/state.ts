// The sidebar's state on a page, and what of it is remembered for the site. Only the reader's
// own actions (a click, a key, a menu item, a button in the sidebar) are remembered: what the
// code decides (a related match waits collapsed, "open by itself" is off, a page that keeps
// removing the sidebar) says nothing about what the reader wants on the site's next article.

export type SidebarState = 'open' | 'collapsed' | 'closed';
/** Who changed the sidebar's state: the reader, or Backstory's own rules (or the page). */
export type StateCause = 'reader' | 'code';

export interface StartingContext {
  level: 'story' | 'related';
  autoOpen: boolean;
  /** The reader's last choice on this site, if any. */
  remembered: SidebarState | null;
  /** The reader asked for this sidebar (a dossier picked in the popup, a follow). */
  asked: boolean;
}

/** How the sidebar starts on a match: only a story match opens by itself. */
export function chooseStartingState({ level, autoOpen, remembered, asked }: StartingContext): 'open' | 'collapsed' {
  if (asked) return 'open';
  // "Close" is for this page: on the site's next article the sidebar waits as a tab, as after "collapse".
  if (remembered === 'collapsed' || remembered === 'closed') return 'collapsed';
  return level === 'story' && autoOpen ? 'open' : 'collapsed';
}

/** The state to remember for the site after a change, or null when nothing is to be stored. */
export function stateToRemember(next: SidebarState, cause: StateCause): SidebarState | null {
  return cause === 'reader' ? next : null;
}
