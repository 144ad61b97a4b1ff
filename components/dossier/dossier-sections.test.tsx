// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import type { Dossier } from '../../core/dossier/types';
import { buildCitationEntries, numberSources } from './citation-entries';
import { SourcesSection } from './sources-section';
import { SummarySection } from './summary-section';

afterEach(cleanup);

function makeDossier(): Dossier {
  return {
    format: 'backstory.dossier',
    version: 1,
    id: 'd',
    title: 'A story',
    language: 'en',
    updatedAt: '2025-09-29',
    topics: [],
    summary: {
      headline: 'Headline',
      keyPoints: Array.from({ length: 6 }, (_, i) => ({ text: `Point ${i + 1}`, sources: ['web', 'bad'] })),
      actors: [{ name: 'Ana', role: 'Reporter' }],
    },
    claims: [],
    sources: [
      { id: 'web', title: 'Report', publisher: 'Daily', kind: 'news-report', url: 'https://daily.example/report', publishedAt: '2025-09-01' },
      { id: 'bad', title: '<img src=x onerror="alert(1)">', publisher: 'Evil', kind: 'other', url: 'javascript:alert(1)' },
    ],
    events: [],
  };
}

describe('SourcesSection', () => {
  it('links only http(s) sources, in a new tab without opener, and renders file text as text', () => {
    const entries = buildCitationEntries(makeDossier(), [{ name: 'Reuters', kind: 'news-outlet', evidence: ['Reuters reported it.'] }], 'en');
    const { container } = render(<SourcesSection entries={entries} />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://daily.example/report']);
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.textContent).toContain('Reuters');
    expect(container.querySelectorAll('.bs-source')).toHaveLength(3);
  });

  it('copies a citation and confirms it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const entries = buildCitationEntries(makeDossier());
    const { container } = render(<SourcesSection entries={entries} accessed={new Date(Date.UTC(2026, 0, 2))} />);
    // Folded behind "Cite" in the list; the buttons are in the DOM either way.
    expect(container.querySelector('details.bs-cite-fold')).not.toBeNull();
    fireEvent.click(container.querySelector('button[data-format="mla"]')!);
    await waitFor(() => expect(container.querySelector('.bs-cite-status.is-visible')?.textContent).toMatch(/MLA/));
    expect(writeText).toHaveBeenCalledWith('“Report.” Daily, 1 Sept. 2025, daily.example/report. Accessed 2 Jan. 2026.');
  });
});

describe('SummarySection', () => {
  it('shows a few key points when compact, all on request, with sorted source markers', async () => {
    const dossier = makeDossier();
    const sources = numberSources(buildCitationEntries(dossier));
    const { container } = render(<SummarySection dossier={dossier} sources={sources} compact />);
    expect(container.querySelectorAll('#summary-points li')).toHaveLength(4);
    expect([...container.querySelectorAll('#summary-points li')[0].querySelectorAll('.bs-marker')].map((m) => m.textContent)).toEqual(['1', '2']);
    fireEvent.click(container.querySelector('button.bs-more')!);
    await waitFor(() => expect(container.querySelectorAll('#summary-points li')).toHaveLength(6));
  });
});
