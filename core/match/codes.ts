// The compiled matcher's entry codes and spelling marks, shared by the compile step
// (background) and the match step (content script). Kept apart from compile-matcher.ts so
// the content script never bundles the compiler or its stemmers.

export const FLAG_PREFIX = 1;
export const FLAG_MULTI = 2;
/** Bits 3–4 of a code: how the dossier capitalises the term, so most labels need no copy. */
export const CASE_SHIFT = 2;
export const CODE_UNIT = 16;
export const CASE_FIRST = 1; // "Israeli military"
export const CASE_WORDS = 2; // "Brad Smith"
export const CASE_UPPER = 3; // "IDF"
/** While compiling, a `stems` key holding one term whose rest is its mark alone holds
 *  code × STEM_UNIT + the mark's reach (compile-matcher.ts finishLoneStems). */
export const STEM_UNIT = 32;

/**
 * A word-form mark inside a compiled spelling: a character below FORM_MARK_LIMIT whose code
 * is how many more word characters the text may have at that point ("birm\u0004a": "birm"
 * followed by up to 4 letters, so Birma, Birmy, Birmą). The letters after the mark, up to the
 * word's end, are the dossier's own ending, kept only to show the term. Normalised text never
 * holds such control characters in a word, so a mark cannot clash with a real spelling.
 */
export const FORM_MARK_LIMIT = 0x20;

function capitalise(word: string): string {
  return word.length > 0 ? word[0].toUpperCase() + word.slice(1) : word;
}

/** Display form of a normalised spelling in a case style (see CASE_*). */
export function applyCase(spelling: string, style: number): string {
  if (style === CASE_FIRST) return capitalise(spelling);
  if (style === CASE_WORDS) return spelling.replace(/(^| )(\S)/g, (_, sp: string, ch: string) => sp + ch.toUpperCase());
  if (style === CASE_UPPER) return spelling.toUpperCase();
  return spelling;
}

/** A compiled spelling without its word-form marks: the term as the dossier spells it (normalised). */
export function removeFormMarks(spelling: string): string {
  for (let i = 0; i < spelling.length; i++) {
    if (spelling.charCodeAt(i) < FORM_MARK_LIMIT) return spelling.replace(/[\u0000-\u001f]/g, '');
  }
  return spelling;
}
