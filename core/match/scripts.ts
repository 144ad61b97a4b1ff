// Which writing system a text is in, coarsely: enough to tell whether a page could have written a
// story's names the way its dossier spells them. Code-point ranges, no regexes: this runs on the
// title and lead of every page a topic with `require.names` is checked against.

export const SCRIPT_LATIN = 1;
export const SCRIPT_CYRILLIC = 2;
export const SCRIPT_GREEK = 4;
export const SCRIPT_ARABIC = 8;
export const SCRIPT_HEBREW = 16;
export const SCRIPT_INDIC = 32;
export const SCRIPT_CJK = 64;
export const SCRIPT_HANGUL = 128;
export const SCRIPT_OTHER = 256;

/** The script bit of one letter's code point; 0 for digits, spaces, punctuation and symbols. */
export function scriptOfCode(c: number): number {
  if (c < 0x41) return 0;
  if (c <= 0x24f) {
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) return c === 0xd7 || c === 0xf7 ? 0 : SCRIPT_LATIN;
    return 0;
  }
  if (c >= 0x1e00 && c <= 0x1eff) return SCRIPT_LATIN;
  if (c >= 0x370 && c <= 0x3ff) return SCRIPT_GREEK;
  if (c >= 0x400 && c <= 0x52f) return SCRIPT_CYRILLIC;
  if (c >= 0x590 && c <= 0x5ff) return SCRIPT_HEBREW;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return SCRIPT_ARABIC;
  if (c >= 0x900 && c <= 0xdff) return SCRIPT_INDIC;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return SCRIPT_CJK;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return SCRIPT_HANGUL;
  if (c >= 0x2000 && c <= 0x2bff) return 0;
  if (c >= 0x3000 && c <= 0x303f) return 0;
  if (c >= 0xff00 && c <= 0xffef) return 0;
  return SCRIPT_OTHER;
}

/** Every script a text uses (bits OR-ed). */
export function scriptsOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= scriptOfCode(text.charCodeAt(i));
  return bits;
}

/**
 * The script most letters of a text are in, read from its first `limit` characters; 0 when it has
 * no letters. A Japanese headline that quotes "OpenAI" is CJK; an English one is Latin.
 */
export function dominantScript(text: string, limit = 600): number {
  const counts = new Map<number, number>();
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const s = scriptOfCode(text.charCodeAt(i));
    if (s !== 0) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [s, n] of counts) if (n > most) [best, most] = [s, n];
  return best;
}
