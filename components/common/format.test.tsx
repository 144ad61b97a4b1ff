import { describe, expect, it } from 'vitest';
import { formatBytes, formatCitation, formatPartialDate, isHttpUrl, toDossierFileName } from './format';

describe('formatPartialDate', () => {
  it('keeps the precision of the date', () => {
    expect(formatPartialDate('2025', 'en')).toBe('2025');
    expect(formatPartialDate('2025-08', 'en')).toBe('August 2025');
    expect(formatPartialDate('2025-08-14', 'en')).toBe('Aug 14, 2025');
  });
  it('returns null for nothing and the text itself for what it cannot read', () => {
    expect(formatPartialDate(null, 'en')).toBeNull();
    expect(formatPartialDate('last spring', 'en')).toBe('last spring');
  });
  it('formats in Arabic', () => {
    expect(formatPartialDate('2025-08', 'ar')).toMatch(/أغسطس|آب/);
  });
});

describe('formatBytes', () => {
  it('picks a unit', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});

describe('isHttpUrl', () => {
  it('accepts only http(s)', () => {
    expect(isHttpUrl('https://example.com/a')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});

describe('formatCitation', () => {
  it('skips unknown parts', () => {
    expect(formatCitation({ publisher: 'The Daily', authors: ['A', 'B'], date: 'May 1, 2025' }, (n) => `by ${n}`)).toBe('The Daily · by A, B · May 1, 2025');
    expect(formatCitation({ publisher: null, authors: [], date: null }, (n) => n)).toBe('');
  });
});

describe('toDossierFileName', () => {
  it('keeps names safe', () => {
    expect(toDossierFileName('my-story')).toBe('my-story.dossier.json');
    expect(toDossierFileName('../../etc')).toBe('..-..-etc.dossier.json');
  });
});
