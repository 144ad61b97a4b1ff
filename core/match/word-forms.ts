// Word forms, decided when the matcher is compiled (background): each word of a term that
// inflects becomes a stem plus "up to N more letters" (a form mark, see codes.ts), so the
// content script matches "Einheiten", "Пригожиным" or "depremde" without a stemmer of its own.
//
// The stem comes from the Snowball stemmer of the term's language (@orama/stemmers; static
// imports, as an MV3 service worker cannot import() lazily), kept only as far as it is a
// prefix of the term's own spelling: the page's word must start with it, as nothing on the
// page side undoes umlauts or consonant changes. Where no stemmer exists (Polish, Czech,
// Bengali, Arabic, Hebrew, Persian …) small rules below stand in.
//
// What stays exact, and why:
// - words under MIN_FORM_LENGTH characters: "Ever" must not take "Everest", "Gaza" not
//   "Gazastreifen", "Газа" (Gaza) not "Газы" (gases): short stems prefix too many words;
// - words with a digit ("8200", "F-35"): "8200" must not take "82001";
// - acronyms written in capitals ("IDF", "UNRWA"): they take no endings, and "IDF" is a prefix
//   of unrelated tokens;
// - dense scripts (CJK, Thai …): already matched as substrings;
// - terms with `exact: true`, and `prefix: true` terms, which already take any continuation.
//
// The continuation allowed after the stem is the dossier's own ending plus EXTRA letters for the
// language (its longest common case/number endings: German "-ern", Russian "-ами", Turkish
// "-lerinde"); a longer continuation is a compound or another word ("Einheitlich",
// "Einheitsfront"). Any language's rule allows at least DEFAULT_EXTRA (3) letters, which is
// also the rule for a term in a language we have no rule for and for names read across
// languages: "Myanmar" (English) takes German "Myanmars", Hungarian "Myanmarban" and, through the
// apostrophe, Turkish "Myanmar'da"; it does not take Polish "Mjanmy", a different spelling.
import { stemmer as stemDanish } from '@orama/stemmers/danish';
import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFinnish } from '@orama/stemmers/finnish';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemGreek } from '@orama/stemmers/greek';
import { stemmer as stemHindi } from '@orama/stemmers/indian';
import { stemmer as stemHungarian } from '@orama/stemmers/hungarian';
import { stemmer as stemItalian } from '@orama/stemmers/italian';
import { stemmer as stemLithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as stemNepali } from '@orama/stemmers/nepali';
import { stemmer as stemNorwegian } from '@orama/stemmers/norwegian';
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese';
import { stemmer as stemRomanian } from '@orama/stemmers/romanian';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';
import { stemmer as stemSwedish } from '@orama/stemmers/swedish';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';
import { normalizeText } from '../text/normalize';
import { isDenseCode, isWordCode } from './char-class';
import { makeFormMark } from './codes';

/** Words shorter than this (UTF-16 units, after normalisation) match exactly. */
export const MIN_FORM_LENGTH = 5;
/** A stem never gets shorter than this: 3-letter stems prefix too many words. */
export const MIN_STEM_LENGTH = 4;
/** A stemmer may cut at most 40% of a word: Snowball over-cuts base forms ("israeli" → "isra",
 *  "surveillance" → "surveil"), and the continuation then reaches other words. */
const MIN_STEM_SHARE = 0.6;
/** Letters any word may take after its own spelling, whatever the language (see above). */
export const DEFAULT_EXTRA = 3;
/** The mark's code is the allowed continuation; it must stay a control character. */
const MAX_CONTINUATION = 31;

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'other';

interface LanguageRule {
  script: Script;
  /** Snowball stemmer for the language, when one exists. */
  stem?: (word: string) => string;
  /** Letters the page's word may have beyond the stem and the dossier's ending. */
  extra: number;
  /** Endings of a base form that other forms replace (Polish "Birma" → "Birmy", Russian
   *  "армия" → "армии", Finnish "maanjäristys" → "maanjäristyksen", Arabic ة → "ات"/"ته",
   *  Hebrew "יחידה" → "יחידת"), longest first: the first one found is dropped from the stem
   *  when the stemmer did not already shorten the word. */
  endings?: readonly string[];
}

const SLAVIC_ENDINGS = [...'aeiouyąęаеиоуыэюяьйіїє'];
const LATIN_VOWELS = [...'aeiouy'];

// Extra letters per language: its longest frequent ending beyond the base form or its stem
// (German "-ern", Swedish "-erna", Russian "-ами" but not "-ский": "Пригожинский" is another
// word, Romanian "-ului", Finnish "-ssaan", Turkish "-lerinde",
// Bengali "-গুলোর" counts its vowel signs, Persian "های" after a removed zero-width joiner).
const RULES: Record<string, LanguageRule> = {
  en: { script: 'latin', stem: stemEnglish, extra: 3 },
  de: { script: 'latin', stem: stemGerman, extra: 3 },
  nl: { script: 'latin', stem: stemDutch, extra: 3 },
  sv: { script: 'latin', stem: stemSwedish, extra: 4 },
  da: { script: 'latin', stem: stemDanish, extra: 4 },
  no: { script: 'latin', stem: stemNorwegian, extra: 4 },
  nb: { script: 'latin', stem: stemNorwegian, extra: 4 },
  nn: { script: 'latin', stem: stemNorwegian, extra: 4 },
  fr: { script: 'latin', stem: stemFrench, extra: 3 },
  es: { script: 'latin', stem: stemSpanish, extra: 3 },
  it: { script: 'latin', stem: stemItalian, extra: 3 },
  pt: { script: 'latin', stem: stemPortuguese, extra: 3 },
  ro: { script: 'latin', stem: stemRomanian, extra: 4 },
  ca: { script: 'latin', extra: 3, endings: LATIN_VOWELS },
  lt: { script: 'latin', stem: stemLithuanian, extra: 4 },
  lv: { script: 'latin', extra: 4, endings: [...LATIN_VOWELS, 's'] },
  pl: { script: 'latin', extra: 3, endings: SLAVIC_ENDINGS },
  cs: { script: 'latin', extra: 3, endings: SLAVIC_ENDINGS },
  sk: { script: 'latin', extra: 3, endings: SLAVIC_ENDINGS },
  sl: { script: 'latin', extra: 3, endings: SLAVIC_ENDINGS },
  hr: { script: 'latin', extra: 3, endings: SLAVIC_ENDINGS },
  bs: { script: 'latin', extra: 3, endings: SLAVIC_ENDINGS },
  // Agglutinative: suffixes chain onto the unchanged base form. The Turkish Snowball stemmer
  // cuts base forms ("deprem" → "depre", "ordu" → "or"), so Turkish takes the whole word.
  // Finnish "-nen" → "-sen", "-s" → "-ksen"/"-kset", "Suomi" → "Suomen".
  fi: { script: 'latin', stem: stemFinnish, extra: 6, endings: ['nen', 's', 'i'] },
  et: { script: 'latin', extra: 6 },
  hu: { script: 'latin', stem: stemHungarian, extra: 6 },
  tr: { script: 'latin', extra: 7 },
  az: { script: 'latin', extra: 7 },
  // Indonesian and Malay add suffixes ("-nya", "-kan"); their prefixes cannot be matched this way.
  id: { script: 'latin', extra: 3 },
  ms: { script: 'latin', extra: 3 },
  ru: { script: 'cyrillic', stem: stemRussian, extra: 3, endings: SLAVIC_ENDINGS },
  uk: { script: 'cyrillic', stem: stemUkrainian, extra: 3, endings: SLAVIC_ENDINGS },
  be: { script: 'cyrillic', extra: 3, endings: SLAVIC_ENDINGS },
  bg: { script: 'cyrillic', extra: 3, endings: SLAVIC_ENDINGS },
  sr: { script: 'cyrillic', extra: 3, endings: SLAVIC_ENDINGS },
  mk: { script: 'cyrillic', extra: 3, endings: SLAVIC_ENDINGS },
  el: { script: 'greek', stem: stemGreek, extra: 3, endings: [...'αεηιουωςσ'] },
  // Hindi and Nepali: plural/oblique endings ("सेनाओं", "फ़िलिस्तीनियों") replace a final vowel sign.
  hi: { script: 'devanagari', stem: stemHindi, extra: 4, endings: [...'\u093e\u093f\u0940\u0941\u0942\u0947\u0948\u094b\u094c'] },
  ne: { script: 'devanagari', stem: stemNepali, extra: 4 },
  mr: { script: 'devanagari', extra: 4 },
  // Bengali case endings are added to the whole word: "-এর"/"-ের", "-কে", "-তে", "-দের", "-গুলোর".
  bn: { script: 'bengali', extra: 5 },
  // Arabic: proclitics are stripped by the scanner (char-class.ts); here the suffixes: pronouns
  // (ه ها هم هما كم نا), dual and plural (ان ين ون ات), and ة (normalised to ه) that becomes ت
  // before them ("مراقبة" → "مراقبتها") or gives way to the plural ("شركة" → "شركات").
  ar: { script: 'arabic', extra: 3, endings: ['\u0647'] },
  // Persian: plural "ها"/"ان", ezafe/indefinite "ی", "های" (the zero-width non-joiner is removed
  // by normalisation, so "اسرائیل‌ها" is one word).
  fa: { script: 'arabic', extra: 4 },
  ur: { script: 'arabic', extra: 3 },
  // Hebrew: plural "ים"/"ות", and the feminine ה that becomes ת in construct ("יחידת 8200").
  he: { script: 'hebrew', extra: 2, endings: ['\u05d4'] },
};

function scriptOf(c: number): Script {
  if (c < 0x0250) return 'latin';
  if (c >= 0x0370 && c <= 0x03ff) return 'greek';
  if (c >= 0x0400 && c <= 0x052f) return 'cyrillic';
  if (c >= 0x0590 && c <= 0x05ff) return 'hebrew';
  if (c >= 0x0600 && c <= 0x06ff) return 'arabic';
  if (c >= 0x0900 && c <= 0x097f) return 'devanagari';
  if (c >= 0x0980 && c <= 0x09ff) return 'bengali';
  if (c >= 0x1e00 && c <= 0x1eff) return 'latin';
  return 'other';
}

function ruleFor(lang: string | undefined): LanguageRule | undefined {
  if (typeof lang !== 'string' || lang.length < 2) return undefined;
  const dash = lang.indexOf('-');
  return RULES[(dash < 0 ? lang : lang.slice(0, dash)).toLowerCase()];
}

function hasDigitOrDense(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || isDenseCode(c)) return true;
  }
  return false;
}

/** "IDF", "UNRWA": letters written as capitals only (a one-letter word is no acronym). */
function isAcronym(raw: string): boolean {
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

// Stems by language and word: dossiers share spellings, and the background recompiles
// whenever a dossier changes. Cleared when it grows past CACHE_LIMIT.
const stemCache = new Map<string, number>();
const termCache = new Map<string, Map<string, { spelling: string; formed: string }>>();
const CACHE_LIMIT = 100_000;

/**
 * Where the stem of a normalised word ends (its length), and the continuation allowed after
 * it, as one number: stem × 64 + continuation; 0 = the word stays exact.
 */
function formOf(word: string, rawWord: string | undefined, rule: LanguageRule | undefined): number {
  if (word.length < MIN_FORM_LENGTH || hasDigitOrDense(word)) return 0;
  if (rawWord !== undefined && isAcronym(rawWord)) return 0;
  const fits = rule !== undefined && rule.script === scriptOf(word.charCodeAt(0));
  const extra = fits ? Math.max(rule.extra, DEFAULT_EXTRA) : DEFAULT_EXTRA;
  let stem = word.length;
  if (fits && rule.stem) {
    // Snowball stemmers want lower-case text with its diacritics ("investigação", not the
    // normalised "investigacao"): use the dossier's word when it lines up with ours.
    const input = rawWord !== undefined ? rawWord.toLowerCase() : word;
    const cut = commonPrefixLength(normalizeText(rule.stem(input)), word);
    if (cut >= MIN_STEM_LENGTH && cut >= MIN_STEM_SHARE * word.length) stem = cut;
  }
  if (fits && rule.endings && stem === word.length) {
    for (const ending of rule.endings) {
      if (word.endsWith(ending)) {
        if (word.length - ending.length >= MIN_STEM_LENGTH) stem = word.length - ending.length;
        break;
      }
    }
  }
  const continuation = Math.min(word.length - stem + extra, MAX_CONTINUATION);
  return stem * 64 + continuation;
}

function cachedFormOf(word: string, rawWord: string | undefined, lang: string | undefined, rule: LanguageRule | undefined): number {
  if (word.length < MIN_FORM_LENGTH) return 0;
  const key = `${lang ?? ''}\u0001${rawWord ?? word}`;
  const known = stemCache.get(key);
  if (known !== undefined) return known;
  const form = formOf(word, rawWord, rule);
  if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
  stemCache.set(key, form);
  return form;
}

/** The words of the dossier's text, split where the normaliser's text splits (letters, marks, digits). */
function splitRawWords(raw: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= raw.length; i++) {
    const isWord = i < raw.length && isWordCode(raw.charCodeAt(i));
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      out.push(raw.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/**
 * The compiled spelling of a normalised term (`spelling`, from the dossier's `raw` text) with
 * a form mark after the stem of each word that inflects in `lang` (see codes.ts); `spelling`
 * itself when no word does.
 */
export function markWordForms(spelling: string, raw: string, lang: string | undefined): string {
  if (spelling.length < MIN_FORM_LENGTH) return spelling;
  // Whole terms repeat across topics and recompiles (the background compiles on every change).
  // Keyed by language, then by the dossier's own string: no key is built per term.
  const langKey = lang ?? '';
  let byRaw = termCache.get(langKey);
  if (byRaw === undefined) termCache.set(langKey, (byRaw = new Map()));
  const known = byRaw.get(raw);
  if (known !== undefined && known.spelling === spelling) return known.formed;
  const formed = markWords(spelling, raw, lang);
  if (byRaw.size >= CACHE_LIMIT) byRaw.clear();
  byRaw.set(raw, { spelling, formed });
  return formed;
}

function markWords(spelling: string, raw: string, lang: string | undefined): string {
  const rule = ruleFor(lang);
  const rawWords = splitRawWords(raw);
  let out = '';
  let from = 0;
  let wordIndex = 0;
  let words = 0;
  const n = spelling.length;
  // Count our words first: the dossier's words line up with ours only when the counts agree
  // (normalisation can merge words, e.g. across a removed zero-width non-joiner).
  for (let i = 0; i < n; ) {
    while (i < n && !isWordCode(spelling.charCodeAt(i))) i++;
    if (i < n) words++;
    while (i < n && isWordCode(spelling.charCodeAt(i))) i++;
  }
  const isAligned = words === rawWords.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(spelling.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordCode(spelling.charCodeAt(i))) i++;
    if (i === start) break;
    const word = spelling.slice(start, i);
    const form = cachedFormOf(word, isAligned ? rawWords[wordIndex] : undefined, lang, rule);
    wordIndex++;
    if (form === 0) continue;
    const stemEnd = start + Math.floor(form / 64);
    out += spelling.slice(from, stemEnd) + makeFormMark(form % 64);
    from = stemEnd;
  }
  return from === 0 ? spelling : out + spelling.slice(from);
}
