// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Dossier } from '../../core/dossier/types';
import { useFreshDb } from '../../storage/test-db';
import { getDossier, importDossier } from '../../storage/dossiers';
import type { StoredDossier } from '../../storage/db';
import { setUiLanguage } from '../i18n';
import type { ToastMessage } from '../common/toast';
import { DossierEditor } from './dossier-editor';

function makeDossier(): Dossier {
  return {
    format: 'backstory.dossier',
    version: 1,
    id: 'river-ferry',
    title: 'River ferry stops',
    language: 'en',
    updatedAt: '2024-05-02',
    topics: [{ id: 'ferry', label: 'Ferry', level: 'story', terms: [{ text: 'river ferry', weight: 3, group: 'what' }, { text: 'Oldport', weight: 2, group: 'where' }], require: { groups: 2, score: 4 } }],
    summary: {
      headline: 'The river ferry stopped running.',
      keyPoints: [
        { text: 'The ferry stopped on 1 May.', sources: ['s1'] },
        { text: 'Repairs take a month.', sources: ['s1'] },
      ],
      actors: [{ name: 'Ferry company', aliases: ['OFC'] }],
    },
    claims: [],
    sources: [{ id: 's1', title: 'Ferry halted', kind: 'news-report', publishedAt: '2024-05-01', note: 'kept' }],
    events: [{ id: 'e1', date: '2024-05-01', title: 'Ferry stops', sources: ['s1'] }],
  };
}

let row: StoredDossier;
let toasts: ToastMessage[];
const byId = (id: string) => document.getElementById(`edit-river-ferry-${id}`) as HTMLInputElement;
/** Waits for an element that appears once validation has run. */
const findById = (id: string) =>
  waitFor(() => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`no #${id} yet`);
    return element;
  });

beforeEach(async () => {
  useFreshDb();
  await importDossier(makeDossier());
  row = (await getDossier('river-ferry'))!;
  toasts = [];
});
afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

function renderEditor(onClose = vi.fn()) {
  render(<DossierEditor row={row} notify={(message) => toasts.push(message)} onClose={onClose} />);
  return onClose;
}

describe('DossierEditor', () => {
  it('shows an impossible date at its field, refuses Save, keeps the typed text and writes nothing', async () => {
    const onClose = renderEditor();
    fireEvent.input(byId('title'), { target: { value: 'River ferry: the long stop' } });
    fireEvent.input(byId('events-0-date'), { target: { value: '2024-02-30' } });
    // Typing is checked once the reader pauses.
    const error = await findById('edit-river-ferry-events-0-date-error');
    expect(error.textContent).toBe('"2024-02-30" is not a real date (February 2024 has 29 days)');
    expect(byId('events-0-date').getAttribute('aria-invalid')).toBe('true');
    expect(byId('events-0-date').getAttribute('aria-describedby')).toBe('edit-river-ferry-events-0-date-error');

    fireEvent.click(screen.getByTestId('editor-save'));
    const refusal = await screen.findByTestId('editor-refusal');
    expect([...refusal.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['events[0].date']);
    expect(onClose).not.toHaveBeenCalled();
    expect(byId('events-0-date').value).toBe('2024-02-30');
    expect(byId('title').value).toBe('River ferry: the long stop');
    expect((await getDossier('river-ferry'))?.dossier).toEqual(makeDossier());
  });

  it('checks the draft as it is on Save, even right after a keystroke', async () => {
    const onClose = renderEditor();
    fireEvent.input(byId('sources-0-url'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByTestId('editor-save'));
    const refusal = await screen.findByTestId('editor-refusal');
    expect([...refusal.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['sources[0].url']);
    expect(onClose).not.toHaveBeenCalled();
    expect((await getDossier('river-ferry'))?.dossier).toEqual(makeDossier());
  });

  it('refuses to save a topic left without terms, and saves once it has one again', async () => {
    const onClose = renderEditor();
    for (const name of ['Delete river ferry', 'Delete Oldport']) {
      fireEvent.click(screen.getByRole('button', { name: `Delete “${name.replace('Delete ', '')}”` }));
    }
    const termsError = await findById('edit-river-ferry-topics-0-terms-error');
    expect(termsError.textContent).toContain('a topic needs at least one term');
    fireEvent.click(screen.getByTestId('editor-save'));
    await screen.findByTestId('editor-refusal');
    expect((await getDossier('river-ferry'))?.dossier.topics[0].terms).toHaveLength(2);

    // Undo both deletes from their toasts: the terms come back where they were.
    await toasts[1].onUndo?.();
    await toasts[0].onUndo?.();
    await waitFor(() => expect(document.getElementById('edit-river-ferry-topics-0-terms-error')).toBeNull());
    expect(byId('topics-0-terms-0-text').value).toBe('river ferry');
    expect(byId('topics-0-terms-1-text').value).toBe('Oldport');
    fireEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('warns about a stopword term before it is added, and saves an added term with its weight as a number', async () => {
    const onClose = renderEditor();
    const input = screen.getByLabelText('New term') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'and' } });
    expect(screen.getByTestId('new-term').textContent).toContain('This is only a common word');
    fireEvent.input(input, { target: { value: 'Oldport quay' } });
    expect(screen.getByTestId('new-term').querySelector('[data-testid="term-warning"]')).toBeNull();
    fireEvent.input(screen.getByLabelText('Group', { selector: 'input' }), { target: { value: 'where' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add term' }));
    fireEvent.input(byId('topics-0-terms-2-weight'), { target: { value: '2.5' } });
    fireEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = (await getDossier('river-ferry'))!;
    expect(saved.dossier.topics[0].terms[2]).toEqual({ text: 'Oldport quay', weight: 2.5, group: 'where' });
    expect(saved.dossier.sources[0].note).toBe('kept');
    expect(saved.edited).toBe(true);
    expect(toasts.at(-1)?.text).toBe('Saved “River ferry stops”.');
  });

  it('refuses to delete a source that is still cited, saying where', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Ferry halted”' }));
    expect(screen.getByTestId('source-delete-refused').textContent).toBe('This source is still cited by key point 1, key point 2, event 1. Untick it there first, then delete it.');
    expect(screen.getAllByTestId('edit-source')).toHaveLength(1);
    expect(toasts).toHaveLength(0);
  });

  it('deletes a key point with an undo that puts it back', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Key point 1”' }));
    expect(screen.getAllByTestId('edit-key-point')).toHaveLength(1);
    expect(byId('summary-keyPoints-0-text').value).toBe('Repairs take a month.');
    expect(toasts[0].text).toBe('Deleted “The ferry stopped on 1 May.” from the draft.');
    // Focus moves to the item that took its place, not to the top of the page.
    await waitFor(() => expect(document.activeElement?.id).toBe('edit-river-ferry-summary-keyPoints-0'));
    await toasts[0].onUndo?.();
    await waitFor(() => expect(screen.getAllByTestId('edit-key-point')).toHaveLength(2));
    expect(byId('summary-keyPoints-0-text').value).toBe('The ferry stopped on 1 May.');
  });

  it('stores "Add matched articles automatically" at once, outside the dossier file', async () => {
    renderEditor();
    const toggle = screen.getByRole('switch', { name: 'Add matched articles automatically' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(async () => expect((await getDossier('river-ferry'))?.autoAdd).toBe(true));
    expect((await getDossier('river-ferry'))?.dossier).toEqual(makeDossier());
  });

  it('words problems in Arabic when the interface is Arabic', async () => {
    setUiLanguage('ar');
    renderEditor();
    fireEvent.input(byId('events-0-date'), { target: { value: '2024-13' } });
    const error = (await findById('edit-river-ferry-events-0-date-error')).textContent ?? '';
    expect(error).toMatch(/[\u0600-\u06ff]/);
    expect(error).toContain('2024-13');
  });
});
