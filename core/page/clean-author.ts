// Author names as pages print them: "By Jane Doe in Beirut", "Par Marie Dupont",
// "Jane Doe and John Roe", "https://facebook.com/jane" (not a name), "@jane".

const PREFIX =
  /^(?:(?:written|reported|posted|photos?|text|story|words)\s+)?(?:by|from|par|von|por|di|door|av|af|przez|автор|بقلم|كتب|كتبت|تأليف|إعداد|نویسنده|מאת)\s*[:\-–—]?\s+/iu;
const PLACE_SUFFIX = /\s+(?:in|à|en|aus|in der|from|من|في)\s+[\p{Lu}\u0600-\u06ff][^,|]*$/u;
const ROLE_SUFFIX =
  /\s*[,|–—-]\s*(?:staff\s+writer|senior\s+\w+|reporter|correspondent|editor|contributor|columnist|associated press|reuters|afp|updated|published|posted).*$/iu;
const SPLIT = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\s+و\s*|،)\s*/iu;

/** True when a value looks like a person's or desk's name rather than a URL, handle or sentence. */
export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false;
  if (/^(?:https?:|www\.|\/)|\.(?:com|org|net)\b|@.*\./i.test(name)) return false;
  if (/[{}<>=]|\d{3,}/.test(name)) return false;
  if (!/\p{L}/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 7) return false;
  // Link labels around author boxes ("More Jane Doe", "Follow", "View all posts") and phrases ("A note").
  if (/^(?:a|an|the|this|our|my|your)\s/i.test(name)) return false;
  if (/^(?:about|follow|view|more|read|see|all|contact|email|posts?|articles?)\b/i.test(name)) return false;
  return !/^(?:admin|administrator|author|authors|unknown|null|undefined|anonymous|staff|editor|guest|none|by|about the author)$/i.test(name);
}

/** One raw author string to zero or more clean names. */
export function cleanAuthorNames(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  if (/^https?:\/\//i.test(s)) return [];
  s = s.replace(/^@/, '');
  for (let i = 0; i < 2; i++) s = s.replace(PREFIX, '').trim();
  // Editors, photographers and translators are not the author.
  s = s.replace(/\s+(?:edited|photographs?|photos?|illustrations?|illustrated|translated|reviewed|fact[- ]checked|updated)\s+by\b.*$/iu, '');
  // "Paz Segura - Marketing Manager": a spaced dash or bar ends the name.
  s = s.replace(/\s+[-–—|•]\s+.*$/u, '');
  s = s.replace(ROLE_SUFFIX, '').replace(/\s*\|.*$/, '').replace(/\s*\(.*?\)\s*$/, '').trim();
  // "Jane Doe in Beirut" -> "Jane Doe" (only when what follows "in" looks like a place, capitalised).
  s = s.replace(PLACE_SUFFIX, '').trim();
  const parts = s.split(SPLIT).map((p) => p.replace(PREFIX, '').replace(/[\s.,:;|\-–—•·]+$/, '').trim());
  // "Doe, Jane" is one person, not two.
  if (parts.length === 2 && /,/.test(s) && !/\s/.test(parts[0]) && !/\s/.test(parts[1])) {
    return isPlausibleName(s) ? [s] : [];
  }
  return parts.filter(isPlausibleName);
}

/** Merge names, dropping case-insensitive duplicates, keeping order. */
export function mergeNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(n);
    }
  }
  return out.slice(0, 10);
}
