// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { isDisputed, isUnseen, ItemTags } from './item-marks';

describe('new since the reader last looked, and disputed', () => {
  const lastSeenAt = Date.parse('2024-03-05T10:00:00Z');
  it('marks only items added after the last look, and nothing when the reader never looked', () => {
    expect(isUnseen({ addedAt: '2024-03-05T11:00:00Z' }, { lastSeenAt })).toBe(true);
    expect(isUnseen({ addedAt: '2024-03-05T09:00:00Z' }, { lastSeenAt })).toBe(false);
    expect(isUnseen({}, { lastSeenAt })).toBe(false);
    expect(isUnseen({ addedAt: 'not a date' }, { lastSeenAt })).toBe(false);
    expect(isUnseen({ addedAt: '2024-03-05T11:00:00Z' }, { lastSeenAt: null })).toBe(false);
    expect(isUnseen({ addedAt: '2024-03-05T11:00:00Z' }, undefined)).toBe(false);
  });

  it('shows the tags as text', () => {
    expect(isDisputed({ disputed: true })).toBe(true);
    expect(isDisputed({ disputed: 'yes' })).toBe(false);
    const { container } = render(<ItemTags item={{ addedAt: '2024-03-05T11:00:00Z', disputed: true }} marks={{ lastSeenAt }} />);
    expect([...container.querySelectorAll('[data-mark]')].map((el) => el.getAttribute('data-mark'))).toEqual(['new', 'disputed']);
    expect(container.textContent).toContain('New');
    expect(render(<ItemTags item={{}} marks={{ lastSeenAt }} />).container.textContent).toBe('');
  });
});
