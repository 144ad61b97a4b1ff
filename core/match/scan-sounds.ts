// The second reading of a page in the scripts that write a story's Latin names by ear: each word
// (and each pair of words: "نوتر دام") in Cyrillic, Greek, Arabic, Hebrew, Devanagari, Katakana or
// Hangul is reduced to its consonant skeleton (sound-key.ts) and looked up among the skeletons of
// the dossiers' names (CompiledMatcher.sounds). Latin text is never read here: its names are
// spelled, and matched, as they are.

import { isDenseCode, isWordCode, stripProclitics } from './char-class';
import type { OnTerm } from './scan-text';
import { MIN_SOUND_KEY, SILENT_R_MARK, soundKey } from './sound-key';

const hasOwn = Object.prototype.hasOwnProperty;

/** Letters of the scripts read here; Katakana's long-vowel mark and middle dot join a name's parts. */
function isSoundLetter(c: number): boolean {
  if (c < 0x0370) return false;
  if ((c >= 0x30a1 && c <= 0x30fc) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  // Other dense scripts (Han, Hiragana, Thai…) are not read by ear.
  return isWordCode(c) && !isDenseCode(c);
}

// Case endings that add a consonant to a Russian or Ukrainian name ("Навального", "Пригожину" is
// vowel-only and needs nothing); Korean particles glued to a name ("나발니는").
const CYRILLIC_ENDINGS = /(?:ого|его|ому|ему|ыми|ими|ами|ями|ым|им|ом|ем|ов|ев|ах|ях|ам|ям)$/;
const HANGUL_PARTICLES = /(?:에서|으로|은|는|이|가|을|를|의|에|와|과|도|로)$/;

/** The spellings of one page word to try: the word, and the word without what grammar glued on. */
function wordForms(word: string): string[] {
  const c = word.charCodeAt(0);
  const forms = [word];
  if (c >= 0x0400 && c <= 0x04ff) {
    const bare = word.replace(CYRILLIC_ENDINGS, '');
    if (bare !== word && bare.length >= 3) forms.push(bare);
  } else if (c >= 0xac00 && c <= 0xd7a3) {
    const bare = word.replace(HANGUL_PARTICLES, '');
    if (bare !== word && bare.length >= 2) forms.push(bare);
  } else if (c >= 0x30a1 && c <= 0x30fc && word.includes('・')) {
    forms.push(...word.split('・').filter((part) => part.length >= 2));
  } else {
    forms.push(...stripProclitics(word));
  }
  return forms;
}

/**
 * Report each page word (or pair of adjacent words) whose skeleton is a name's, with the page's
 * own spelling. One report per word and name: the forms of one word are one occurrence.
 */
export function scanSounds(sounds: Record<string, number | number[]> | undefined, text: string, onTerm: OnTerm): void {
  if (!sounds) return;
  const n = text.length;
  let previous: string | null = null;
  let previousEnd = -10;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSoundLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSoundLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    const seen: number[] = [];
    // Japanese and Korean leave an "r" after a vowel silent: their words are also compared with
    // the names' keys without it.
    const silentR = c >= 0x30a1;
    const report = (spelling: string, key: string) => {
      if (key.length < MIN_SOUND_KEY) return;
      if (silentR && hasOwn.call(sounds, SILENT_R_MARK + key)) lookup(spelling, SILENT_R_MARK + key);
      if (hasOwn.call(sounds, key)) lookup(spelling, key);
    };
    const lookup = (spelling: string, key: string) => {
      const codes = sounds[key];
      for (const code of typeof codes === 'number' ? [codes] : codes) {
        if (seen.includes(code)) continue;
        seen.push(code);
        onTerm(code, spelling);
      }
    };
    if (word.length >= 3) {
      for (const form of wordForms(word)) report(word, soundKey(form));
    }
    // Two words a space or hyphen apart, read as one name: "نوتر دام", "Эвер Гивен".
    if (previous !== null && i - previousEnd <= 2 && /^[\s-]*$/.test(text.slice(previousEnd, i))) {
      const pair = `${previous} ${word}`;
      for (const form of wordForms(previous)) report(pair, soundKey(form + word));
      for (const form of wordForms(word).slice(1)) report(pair, soundKey(previous + form));
    }
    previous = word;
    previousEnd = j;
    i = j;
  }
}
