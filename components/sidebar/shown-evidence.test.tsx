import { describe, expect, it } from 'vitest';
import { shownEvidence } from './shown-evidence';

describe('shownEvidence', () => {
  it('drops terms contained in a longer shown term, keeps order, caps the count', () => {
    expect(shownEvidence(['Microsoft', '8200', 'Unit 8200', 'azure', 'Azure'])).toEqual(['Microsoft', 'Unit 8200', 'azure']);
    expect(shownEvidence(['a1', 'b2', 'c3', 'd4'], 2)).toEqual(['a1', 'b2']);
    expect(shownEvidence(['الوحدة 8200', '8200'])).toEqual(['الوحدة 8200']);
  });
});
