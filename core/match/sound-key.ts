// A name's consonant skeleton, the same whichever script writes it: "Prigozhin", "Пригожин",
// "بريغوجين", "プリゴジン" and "Prigojine" all give "BLKJN". A dossier drafted from one article
// knows its names in that article's script; news in Russian, Arabic, Japanese, Hindi or Greek
// writes them by ear, with vowels, v/w and l/r as each language hears them. Comparing skeletons
// finds those spellings without a dictionary per language pair.
//
// Why consonants only, and why so coarse: vowels are what scripts disagree on most (Arabic and
// Hebrew leave short ones out, Japanese adds one after every consonant), and l/r (Japanese), p/b
// (Arabic), f/v (Arabic, Greek), t/d and k/g (by ear) are merged, as is any run of one class
// ("Titanic" and "タイタニック" both give "TNK"). What keeps such a key from matching common
// words is its length (MIN_SOUND_KEY) and that it only ever adds evidence to a name's group: a
// page still needs the story's other groups to be the story.

/** Keys shorter than this match too many words by chance (an Arabic page has hundreds of
 *  three-consonant words). */
export const MIN_SOUND_KEY = 4;

// Eight classes: B (b p f v: Arabic has no p, Greek and Spanish blur b and v, Japanese writes v
// as b), K (k g q, hard c, kh, gh), J (j, zh, dj, soft g), S (s z, sh ch ts: Greek and Japanese
// have no separate "sh"), T (t d th), L (l r), M, N. Vowels, h, w, y and glottal stops are dropped.
const LATIN: Record<string, string> = {
  b: 'B', p: 'B', f: 'B', v: 'B', k: 'K', g: 'K', q: 'K', c: 'K', j: 'J', s: 'S', z: 'S', x: 'KS',
  t: 'T', d: 'T', l: 'L', r: 'L', m: 'M', n: 'N',
};
// Longest first.
const LATIN_GROUPS: [string, string][] = [
  ['tsch', 'S'], ['dzh', 'J'], ['sch', 'S'], ['tch', 'S'], ['sh', 'S'], ['ch', 'S'], ['zh', 'J'], ['dj', 'J'],
  ['kh', 'K'], ['gh', 'K'], ['ph', 'B'], ['th', 'T'], ['ck', 'K'], ['ts', 'S'], ['tz', 'S'], ['qu', 'K'],
  ['ce', 'S'], ['ci', 'S'], ['cy', 'S'],
];

/** Per character of the other scripts: its class, or '' (dropped). Characters not listed are dropped too. */
const OTHER = new Map<number, string>();
function assign(letters: string, cls: string): void {
  for (const ch of letters) OTHER.set(ch.codePointAt(0) as number, cls);
}
// Cyrillic (Russian, Ukrainian, Bulgarian, Serbian).
assign('бп', 'B'); assign('вф', 'B'); assign('гкхґ', 'K'); assign('дтђћ', 'T'); assign('жџ', 'J');
assign('зсц', 'S'); assign('чшщ', 'S'); assign('лрљ', 'L'); assign('м', 'M'); assign('нњ', 'N');
// Greek.
assign('βφ', 'B'); assign('γκχ', 'K'); assign('δθτ', 'T'); assign('ζσςξ', 'S'); assign('λρ', 'L');
assign('μ', 'M'); assign('ν', 'N'); assign('π', 'B'); assign('ψ', 'BS');
// Arabic and Persian, Urdu: the long-vowel letters, hamza, 'ayn, h and ta marbuta are dropped.
assign('بپ', 'B'); assign('فڤ', 'B'); assign('خغقكکگ', 'K'); assign('جچ', 'J'); assign('ش', 'S');
assign('ثذزسصظژ', 'S'); assign('تدضطٹڈ', 'T'); assign('رلڑ', 'L'); assign('م', 'M'); assign('ن', 'N');
// Hebrew.
assign('בפף', 'B'); assign('גכךק', 'K'); assign('דטת', 'T'); assign('זסצץ', 'S'); assign('ש', 'S');
assign('לר', 'L'); assign('מם', 'M'); assign('נן', 'N');
// Devanagari: consonants carry an inherent vowel, which is dropped with the vowel signs.
// The nukta forms precomposed (U+0958–U+095E); a separate nukta (U+093C) is dropped.
assign('कखगघ\u0958\u0959\u095a', 'K'); assign('चछशष', 'S'); assign('जझ', 'J'); assign('स\u095b', 'S'); assign('\u095e', 'B');
assign('टठडढतथदध\u095c\u095d', 'T'); assign('ङञणनं', 'N'); assign('पफबभ', 'B'); assign('म', 'M'); assign('रलळ', 'L'); assign('व', 'B');
// Katakana: each syllable's consonant.
assign('カキクケコガギグゲゴ', 'K'); assign('サスセソザズゼゾツヅ', 'S'); assign('シ', 'S'); assign('ジヂ', 'J'); assign('チ', 'S');
assign('タテトダデド', 'T'); assign('ナニヌネノン', 'N'); assign('フヴ', 'B'); assign('バビブベボパピプペポ', 'B');
assign('マミムメモ', 'M'); assign('ラリルレロ', 'L');

// Hangul syllables: initial and final consonants by their jamo index (final ㅇ is "ng", as Latin "ng" gives NK).
const HANGUL_INITIAL = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'B', 'B', 'S', 'S', '', 'J', 'J', 'S', 'K', 'T', 'B', ''];
const HANGUL_FINAL = ['', 'K', 'K', 'KS', 'N', 'NJ', 'N', 'T', 'L', 'LK', 'LM', 'LB', 'LS', 'LT', 'LB', 'L', 'M', 'B', 'BS', 'T', 'T', 'NK', 'T', 'S', 'K', 'T', 'B', ''];

function pushClass(out: string[], cls: string): void {
  for (const c of cls) if (out.length === 0 || out[out.length - 1] !== c) out.push(c);
}

/** A Latin letter without its accents ("é" → "e", "ß" → "ss"); only Latin: NFKD would split
 *  Katakana "バ" into "ハ" and a voicing mark, and Hangul syllables into jamo. */
function stripAccent(ch: string): string {
  return ch === 'ß' ? 'ss' : ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Whether a character is a letter of the Latin script (after lower-casing and removing accents). */
function isLatinLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

/**
 * The skeleton of one word or name in any script handled above (Latin, Cyrillic, Greek, Arabic,
 * Hebrew, Devanagari, Katakana, Hangul); spaces, hyphens and "・" are ignored, so "Notre-Dame",
 * "نوتر دام" and "ノートルダム" agree. Empty when nothing in it is a consonant this knows.
 */
export function soundKey(text: string): string {
  const out: string[] = [];
  const lower = text.toLowerCase().replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, stripAccent);
  let i = 0;
  while (i < lower.length) {
    const ch = lower[i];
    if (isLatinLetter(ch)) {
      const group = LATIN_GROUPS.find(([g]) => lower.startsWith(g, i));
      if (group) {
        pushClass(out, group[1]);
        i += group[0].length;
        continue;
      }
      const cls = LATIN[ch];
      if (cls) pushClass(out, cls);
      i++;
      continue;
    }
    const code = lower.codePointAt(i) as number;
    if (code >= 0xac00 && code <= 0xd7a3) {
      const index = code - 0xac00;
      pushClass(out, HANGUL_INITIAL[Math.floor(index / 588)]);
      pushClass(out, HANGUL_FINAL[index % 28]);
    } else {
      const cls = OTHER.get(code);
      if (cls) pushClass(out, cls);
    }
    i += code > 0xffff ? 2 : 1;
  }
  // "ts", "tch", "dj" written as two letters (Greek "τσ", Arabic "تش", "دج") are one sound.
  return out.join('').replace(/T(?=[SJ])/g, '');
}

/** Prefix of the keys that only Katakana and Hangul words are compared with (see nameSoundKeys). */
export const SILENT_R_MARK = '~';

/**
 * The skeletons a Latin-script name may have in other scripts: its own, and those of the ways other
 * languages commonly hear it: "w" as "v" ("Wagner" → "Вагнер", "فاغنر"), "g" before "e" or "i"
 * soft ("Given" → "جيفن"). An "r" after a vowel that Japanese and Korean leave silent ("Ever
 * Given" → "エバーギブン") gives keys marked SILENT_R_MARK, for those scripts only: elsewhere
 * dropping a consonant only makes chance matches likelier. Only keys of at least MIN_SOUND_KEY
 * classes; empty for names in other scripts and for acronyms.
 */
export function nameSoundKeys(name: string): string[] {
  if (!/^[\p{Script=Latin}\s'’.-]+$/u.test(name) || !/\p{Lu}/u.test(name.charAt(0))) return [];
  // An acronym ("FTX", "NATO") is read letter by letter.
  if (!/\p{Ll}/u.test(name)) return [];
  const lower = name.toLowerCase();
  const spellings = new Set([lower]);
  for (const s of [...spellings]) spellings.add(s.replace(/w/g, 'v'));
  for (const s of [...spellings]) spellings.add(s.replace(/g(?=[eiy])/g, 'j'));
  const keys = new Set<string>();
  for (const s of spellings) {
    const key = soundKey(s);
    if (key.length >= MIN_SOUND_KEY) keys.add(key);
  }
  for (const s of spellings) {
    const key = soundKey(s.replace(/([aeiouy])r(?![aeiouy])/g, '$1'));
    if (key.length >= MIN_SOUND_KEY && !keys.has(key)) keys.add(SILENT_R_MARK + key);
  }
  return [...keys];
}
