import { describe, expect, it } from 'vitest';
import { citationKey, formatCitation, toCslJson, type CiteSource } from './format-citation';

const accessed = new Date(Date.UTC(2026, 10, 30));
const article: CiteSource = {
  title: 'Microsoft cuts off Israeli unit’s access to cloud services',
  authors: ['Harry Davies', 'Yuval Abraham'],
  publisher: 'The Guardian',
  publishedAt: '2025-09-25T17:00:00Z',
  url: 'https://www.theguardian.com/world/2025/sep/25/microsoft-unit-8200',
  kind: 'news-report',
};

describe('APA 7', () => {
  it('formats a news article with two authors', () => {
    expect(formatCitation(article, 'apa', accessed)).toBe(
      'Davies, H., & Abraham, Y. (2025, September 25). Microsoft cuts off Israeli unit’s access to cloud services. The Guardian. https://www.theguardian.com/world/2025/sep/25/microsoft-unit-8200',
    );
  });
  it('moves the title forward without an author and dates "n.d." with a retrieval date', () => {
    expect(formatCitation({ title: 'Statement on X', publisher: 'No Azure for Apartheid', url: 'https://x.com/noazure/1' }, 'apa', accessed)).toBe(
      'Statement on X. (n.d.). No Azure for Apartheid. Retrieved November 30, 2026, from https://x.com/noazure/1',
    );
  });
  it('keeps a month-precision date and drops a non-http link', () => {
    expect(formatCitation({ title: 'Report?', publisher: 'Khaberni', publishedAt: '2025-09', url: 'javascript:alert(1)' }, 'apa', accessed)).toBe(
      'Report? (2025, September). Khaberni.',
    );
  });
  it('keeps organisations and non-Latin names whole', () => {
    expect(formatCitation({ title: 'T', authors: ['Associated Press', 'محمد علي'], publishedAt: '2024' }, 'apa', accessed)).toBe(
      'Associated Press, & محمد علي. (2024). T.',
    );
  });
});

describe('MLA 9', () => {
  it('formats with et al. style for two authors and the access date', () => {
    expect(formatCitation(article, 'mla', accessed)).toBe(
      'Davies, Harry, and Yuval Abraham. “Microsoft cuts off Israeli unit’s access to cloud services.” The Guardian, 25 Sept. 2025, www.theguardian.com/world/2025/sep/25/microsoft-unit-8200. Accessed 30 Nov. 2026.',
    );
  });
  it('uses et al. for three or more authors', () => {
    expect(formatCitation({ title: 'A', authors: ['Ann Lee', 'Bo Chan', 'Cy Diaz'] }, 'mla', accessed)).toBe('Lee, Ann, et al. “A.” Accessed 30 Nov. 2026.');
  });
});

describe('BibTeX', () => {
  it('escapes special characters and records urldate', () => {
    const text = formatCitation({ title: 'Profits & losses: 100% {up}', publisher: 'A_B', publishedAt: '2025-08', kind: 'news-report' }, 'bibtex', accessed);
    expect(text).toContain('@article{ab2025profits,');
    expect(text).toContain('title = {{Profits \\& losses: 100\\% \\{up\\}}}');
    expect(text).toContain('journaltitle = {A\\_B}');
    expect(text).toContain('date = {2025-08}');
    expect(text).toContain('urldate = {2026-11-30}');
  });
  it('writes people as family, given', () => {
    expect(formatCitation(article, 'bibtex', accessed)).toContain('author = {Davies, Harry and Abraham, Yuval}');
  });
});

describe('CSL-JSON', () => {
  it('has the issued and accessed dates at their precision', () => {
    const item = toCslJson({ ...article, publishedAt: '2025-09' }, accessed);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'The Guardian',
      issued: { 'date-parts': [[2025, 9]] },
      accessed: { 'date-parts': [[2026, 11, 30]] },
      author: [{ family: 'Davies', given: 'Harry' }, { family: 'Abraham', given: 'Yuval' }],
    });
    expect(JSON.parse(formatCitation(article, 'csl-json', accessed))).toHaveLength(1);
  });
  it('makes a stable ascii key', () => {
    expect(citationKey({ title: 'Überwachung der Einheit', authors: ['José Núñez'], publishedAt: '2025-01-02' })).toBe('nunez2025uberwachung');
  });
});
