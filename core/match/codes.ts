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
 * A word-form mark inside a compiled spelling: a C1 control character (FORM_MARK_BASE to
 * FORM_MARK_END) whose code minus FORM_MARK_BASE is how many more word characters the text may
 * have at that point ("birm\u0084a": "birm" followed by up to 4 letters, so Birma, Birmy,
 * Birmą). The letters after the mark, up to the word's end, are the dossier's own ending, kept
 * only to show the term. Control characters are never word characters, so a mark cannot clash
 * with a real spelling; C1 rather than C0, as JSON writes C1 characters as they are (2 bytes in
 * UTF-8) and C0 ones as "\u0003" (6 bytes), and the compiled form holds one mark per word that
 * inflects.
 */
export const FORM_MARK_BASE = 0x80;
export const FORM_MARK_END = 0xa0;

/** The mark allowing `n` (0–31) more letters. */
export function makeFormMark(n: number): string {
  return String.fromCharCode(FORM_MARK_BASE + n);
}

/** Whether a compiled spelling's character is a form mark. */
export function isFormMark(c: number): boolean {
  return c >= FORM_MARK_BASE && c < FORM_MARK_END;
}

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
    if (isFormMark(spelling.charCodeAt(i))) return spelling.replace(/[\u0080-\u009f]/g, '');
  }
  return spelling;
}
