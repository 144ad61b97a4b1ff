import { describe, expect, it } from 'vitest';
import { cleanAuthorNames, isPlausibleName } from './clean-author';

describe('cleanAuthorNames', () => {
  it('strips prefixes, places and roles', () => {
    expect(cleanAuthorNames('By Jane Doe in Beirut')).toEqual(['Jane Doe']);
    expect(cleanAuthorNames('Par Marie Dupont')).toEqual(['Marie Dupont']);
    expect(cleanAuthorNames('Von Klaus Müller')).toEqual(['Klaus Müller']);
    expect(cleanAuthorNames('بقلم أحمد علي')).toEqual(['أحمد علي']);
    expect(cleanAuthorNames('Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(cleanAuthorNames('Bruno Campos -')).toEqual(['Bruno Campos']);
  });
  it('splits several people but keeps "Last, First"', () => {
    expect(cleanAuthorNames('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthorNames('Jane Doe, John Roe & Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(cleanAuthorNames('Doe, Jane')).toEqual(['Doe, Jane']);
  });
  it('rejects URLs, handles-with-domains and link labels', () => {
    expect(cleanAuthorNames('https://www.facebook.com/jane')).toEqual([]);
    expect(cleanAuthorNames('Follow Author')).toEqual([]);
    expect(cleanAuthorNames('')).toEqual([]);
    expect(isPlausibleName('x'.repeat(200))).toBe(false);
  });
});

describe('cleanAuthorNames: credits', () => {
  it('keeps the writer, not the editor', () => {
    expect(cleanAuthorNames('Written by Rob Ewaschuk Edited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(cleanAuthorNames('A note')).toEqual([]);
  });
});
