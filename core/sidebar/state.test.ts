import { describe, expect, it } from 'vitest';
import { chooseStartingState, stateToRemember } from './state';

describe('chooseStartingState', () => {
  const story = { level: 'story' as const, autoOpen: true, remembered: null, asked: false };

  it('opens a story match by itself on a site the reader has no choice for', () => {
    expect(chooseStartingState(story)).toBe('open');
  });

  it('keeps a related match, or any match with "open by itself" off, as a tab', () => {
    expect(chooseStartingState({ ...story, level: 'related' })).toBe('collapsed');
    expect(chooseStartingState({ ...story, autoOpen: false })).toBe('collapsed');
  });

  it('follows the reader’s last choice on the site', () => {
    expect(chooseStartingState({ ...story, remembered: 'collapsed' })).toBe('collapsed');
    expect(chooseStartingState({ ...story, remembered: 'closed' })).toBe('collapsed');
    expect(chooseStartingState({ ...story, remembered: 'open' })).toBe('open');
  });

  it('opens what the reader asked for, whatever was remembered', () => {
    expect(chooseStartingState({ ...story, level: 'related', remembered: 'closed', asked: true })).toBe('open');
  });
});

describe('stateToRemember', () => {
  it('remembers every state the reader chose', () => {
    for (const state of ['open', 'collapsed', 'closed'] as const) expect(stateToRemember(state, 'reader')).toBe(state);
  });

  it('never remembers what the code decided (related collapsed, open-by-itself off, a page removing the sidebar)', () => {
    for (const state of ['open', 'collapsed', 'closed'] as const) expect(stateToRemember(state, 'code')).toBeNull();
  });

  it('a related page then a story page on one site: the story opens', () => {
    // The related page's tab was the code's decision, so nothing is remembered for the site.
    const remembered = stateToRemember(chooseStartingState({ level: 'related', autoOpen: true, remembered: null, asked: false }), 'code');
    expect(chooseStartingState({ level: 'story', autoOpen: true, remembered, asked: false })).toBe('open');
  });
});
