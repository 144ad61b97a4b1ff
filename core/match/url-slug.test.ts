import { describe, expect, it } from 'vitest';
import { readUrlSlug } from './url-slug';

describe('readUrlSlug', () => {
  it('reads the headline a news URL carries, without ids, dates and extensions', () => {
    expect(readUrlSlug('https://www.wiwo.de/politik/ausland/logistik-grosses-containerschiff-liegt-quer-im-suezkanal-und-blockiert-ihn/27034940.html')).toBe(
      'logistik grosses containerschiff liegt quer im suezkanal und blockiert ihn',
    );
    expect(readUrlSlug('https://example.com/world/2023/may/25/ship-stuck-in-suez-canal-xin-hai-tong-23-grounded')).toBe('ship stuck in suez canal xin hai tong grounded');
    expect(readUrlSlug('https://x.fr/actu/rebellion-de-wagner-poutine-denonce-une-trahison-20230624_JCOF4OXTBJE2XJYKITH5A5J57I')).toBe(
      'rebellion de wagner poutine denonce une trahison',
    );
  });

  it('decodes non-Latin slugs', () => {
    expect(readUrlSlug('https://al-akhbar.com/World/269399/%D8%AD%D8%B1%D9%8A%D9%82-%D9%83%D8%A7%D8%AA%D8%AF%D8%B1%D8%A7%D8%A6%D9%8A%D8%A9-%D9%86%D9%88%D8%AA%D8%B1%D8%AF%D8%A7%D9%85')).toBe('حريق كاتدرائية نوتردام');
  });

  it('finds nothing in URLs without a headline', () => {
    expect(readUrlSlug('https://jprime.jp/articles/-/24496')).toBe('');
    expect(readUrlSlug('https://alwatan.com.sa/article/1129089')).toBe('');
    expect(readUrlSlug('https://portalamazonasdigital.com/?p=102999')).toBe('');
    expect(readUrlSlug('https://example.com/news/section-front')).toBe('');
  });

  it('ignores what is not an http(s) URL, malformed escapes and huge input', () => {
    expect(readUrlSlug('javascript:alert-one-two-three')).toBe('');
    expect(readUrlSlug('https://x.com/%E0%A4%A-broken-escape-here')).toBe('');
    expect(readUrlSlug(`https://x.com/${'a-'.repeat(5000)}`)).toBe('');
    expect(readUrlSlug(null)).toBe('');
  });
});
