// Character classes for the matcher's scanner, on normalised text (see core/text/normalize.ts).
// Code-point range checks instead of Unicode regexes: they run once per character of a page.

/** Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar) or with
 *  particles glued to words (Hangul): terms there match as substrings. */
export function isDenseCode(c: number): boolean {
  if (c < 0x0e00) return false;
  return (
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0x3040 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Letters, digits and marks of any script (dense scripts included); false for spaces,
 *  punctuation, symbols, emoji and other astral characters. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  }
  if (c <= 0xbf) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c >= 0xfff0) return false;
  switch (c) {
    case 0x037e: case 0x0387: case 0x055d: case 0x0589:
    case 0x05be: case 0x05c0: case 0x05c3: case 0x05c6: case 0x05f3: case 0x05f4:
    case 0x060c: case 0x060d: case 0x061b: case 0x061f: case 0x066a: case 0x066b: case 0x066c: case 0x066d: case 0x06d4:
    case 0x0964: case 0x0965: case 0x0e3f: case 0x0e2f: case 0x0e5a: case 0x0e5b:
    case 0x1361: case 0x1362: case 0x104a: case 0x104b: case 0x17d4: case 0x17d5:
      return false;
  }
  return true;
}

// Longest first. Two proclitics before the article too: "وبالمراقبة" (and with the surveillance),
// "ושהיחידה" (and that the unit), "וכשהצבא" (and when the army).
const ARABIC_PROCLITICS = ['وبال', 'فبال', 'وكال', 'فلل', 'وال', 'بال', 'فال', 'كال', 'ولل', 'ال', 'لل', 'وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
const HEBREW_PROCLITICS = ['וכשה', 'כשה', 'ושה', 'ומה', 'וכש', 'וה', 'וב', 'ול', 'ומ', 'וש', 'וכ', 'שה', 'שב', 'של', 'שכ', 'מה', 'בה', 'לה', 'כש', 'שמ', 'ה', 'ו', 'ב', 'ל', 'מ', 'ש', 'כ'];

/**
 * Arabic and Hebrew glue conjunctions, prepositions and the article to the next
 * word ("لمايكروسوفت", "במיקרוסופט"): the forms of `token` with one such prefix
 * removed, longest prefix first, leaving at least 2 letters. Empty for other scripts.
 */
export function stripProclitics(token: string): string[] {
  const c = token.charCodeAt(0);
  const list = c >= 0x0620 && c <= 0x06ff ? ARABIC_PROCLITICS : c >= 0x05d0 && c <= 0x05ea ? HEBREW_PROCLITICS : null;
  if (!list || token.length < 3) return [];
  const out: string[] = [];
  for (const p of list) {
    if (token.length - p.length >= 2 && token.startsWith(p)) out.push(token.slice(p.length));
  }
  return out;
}
