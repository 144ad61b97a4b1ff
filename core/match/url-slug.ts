// The headline a URL carries: news sites put it in the path ("/2023/06/24/rebellion-de-wagner-
// vladimir-poutine-denonce-une-trahison"), and it is often the only headline a shared or syndicated
// copy keeps intact. Read as words, it is metadata the matcher can weigh like the page's title.

const MAX_URL_CHARS = 2_000;
const MIN_WORDS = 3;

/** Whether a path segment's words look like a headline, not an id, a section or a file name. */
function isHeadlineSegment(words: string[]): boolean {
  const lettered = words.filter((w) => /\p{L}{2,}/u.test(w));
  return lettered.length >= MIN_WORDS && lettered.length * 2 > words.length;
}

/**
 * The words of a URL's headline slug, or '' when it has none: the longest path segment with at
 * least three words joined by "-", "_" or "+"; ids, dates and extensions dropped.
 * "https://x.com/world/2023/06/ship-stuck-in-suez-canal-27034940.html" → "ship stuck in suez canal".
 */
export function readUrlSlug(url: string | null | undefined): string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_CHARS) return '';
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return '';
  }
  let best: string[] = [];
  for (const segment of path.split('/')) {
    const words = segment
      .replace(/\.(s?html?|php|aspx?|jsp|cms|amp)$/i, '')
      .split(/[-_+~,]+/)
      .filter((w) => w.length > 0 && !/^\d+$/.test(w) && !/^(?=.*\d)[0-9a-f]{6,}$/i.test(w) && !/^(?=.*\d)[\p{L}\d]{8,}$/u.test(w) && !/^[a-z]{0,2}\d{5,}$/i.test(w));
    if (isHeadlineSegment(words) && words.length > best.length) best = words;
  }
  return best.join(' ');
}
