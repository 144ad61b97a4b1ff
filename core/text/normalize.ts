// Text normalisation shared by dossier terms and page text, so that spelling
// variants that readers treat as the same word compare equal (dossier format,
// "Terms are matched after normalisation").

// Character-level rewrites applied after NFKC + lower-casing. Built once, lazily.
let table: Record<string, string> | null = null;
let pattern: RegExp | null = null;

function addRange(map: Record<string, string>, from: number, to: number, value: string): void {
  for (let c = from; c <= to; c++) map[String.fromCharCode(c)] = value;
}

function buildTable(): Record<string, string> {
  const map: Record<string, string> = Object.create(null);
  // Latin (incl. Vietnamese), Greek and Cyrillic letters with diacritics: drop the marks.
  // Cyrillic is limited to ё/ѐ/ї-like forms that readers write with or without marks.
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
    [0x0386, 0x03ce],
    [0x1f00, 0x1ffe],
    [0x0450, 0x0451],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const lower = ch.toLowerCase();
      const stripped = lower.normalize('NFD').replace(/[\u0300-\u036f\u0345]/g, '');
      if (stripped !== ch && stripped.length > 0) map[ch] = stripped;
    }
  }
  map['ß'] = 'ss';
  map['ς'] = 'σ';
  map['ı'] = 'i'; // Turkish dotless i: pages and terms mix it with i
  map['œ'] = 'oe';
  map['æ'] = 'ae';
  // Combining marks left after NFKC (Latin/Greek/Cyrillic).
  addRange(map, 0x0300, 0x036f, '');
  // Arabic: harakat, superscript alef, Quranic marks, tatweel.
  addRange(map, 0x0610, 0x061a, '');
  addRange(map, 0x064b, 0x065f, '');
  map['\u0670'] = '';
  addRange(map, 0x06d6, 0x06dc, '');
  addRange(map, 0x06df, 0x06e8, '');
  addRange(map, 0x06ea, 0x06ed, '');
  map['\u0640'] = '';
  // Arabic letter variants: alef/hamza forms, taa marbuta, alef maqsura, Persian kaf/yeh.
  for (const alef of ['\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673']) map[alef] = '\u0627';
  map['\u0624'] = '\u0648'; // ؤ -> و
  map['\u0626'] = '\u064a'; // ئ -> ي
  map['\u0629'] = '\u0647'; // ة -> ه
  map['\u0649'] = '\u064a'; // ى -> ي
  map['\u06cc'] = '\u064a'; // Persian yeh ی -> ي
  map['\u06a9'] = '\u0643'; // Persian kaf ک -> ك
  map['\u06c0'] = '\u0647'; // ۀ -> ه
  // Hebrew niqqud and cantillation (maqaf U+05BE and sof pasuq stay: they are punctuation).
  addRange(map, 0x0591, 0x05bd, '');
  map['\u05bf'] = '';
  map['\u05c1'] = '';
  map['\u05c2'] = '';
  map['\u05c4'] = '';
  map['\u05c5'] = '';
  map['\u05c7'] = '';
  // Hebrew geresh/gershayim as typed on most keyboards.
  map['\u05f3'] = "'";
  map['\u05f4'] = '"';
  // Digits: Arabic-Indic, Persian, Devanagari, Bengali.
  for (const base of [0x0660, 0x06f0, 0x0966, 0x09e6]) {
    for (let d = 0; d < 10; d++) map[String.fromCharCode(base + d)] = String(d);
  }
  // Invisible characters that break words apart: bidi marks/embeddings/isolates,
  // zero-width (non-)joiners, word joiner, BOM, soft hyphen, Arabic letter mark.
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad, 0x061c, 0x180e]) {
    map[String.fromCharCode(c)] = '';
  }
  addRange(map, 0x202a, 0x202e, '');
  addRange(map, 0x2066, 0x2069, '');
  // Typographic apostrophes and dashes to ASCII.
  for (const c of ['\u2018', '\u2019', '\u201b', '\u02bc', '\u2032']) map[c] = "'";
  for (const c of ['\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']) map[c] = '"';
  addRange(map, 0x2010, 0x2015, '-');
  map['\u2212'] = '-';
  return map;
}

function escapeForClass(ch: string): string {
  return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
}

function getPattern(): RegExp {
  if (!pattern) {
    table = buildTable();
    const chars = Object.keys(table).map(escapeForClass).join('');
    // Whitespace runs (any kind) collapse to one space in the same pass.
    pattern = new RegExp(`[${chars}]|\\s{2,}|[^\\S ]`, 'g');
  }
  return pattern;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;

function replaceChar(m: string): string {
  if (m.length > 1) return ' ';
  const r = (table as Record<string, string>)[m];
  return r === undefined ? ' ' : r;
}

/**
 * Letters that normalisation leaves as they are, in scripts whose base letters never
 * compose with a neighbour under NFKC without a combining mark (marks are not listed):
 * Arabic and Hebrew letters (minus the table's variants), lower-case Greek and Cyrillic,
 * CJK ideographs, kana, Hangul syllables. Upper-case Latin and Cyrillic only need lower-casing.
 * 0 = other, 1 = unchanged, 2 = changed by lower-casing alone.
 */
function plainClass(c: number): number {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20 ? 1 : c >= 0x41 && c <= 0x5a ? 2 : 0;
  if (c >= 0x0621 && c <= 0x064a) {
    // أ آ إ ؤ ئ ة ى, and tatweel, are rewritten by the table.
    return c === 0x0622 || c === 0x0623 || c === 0x0624 || c === 0x0625 || c === 0x0626 || c === 0x0629 || c === 0x0640 || c === 0x0649 || (c > 0x063a && c < 0x0641) ? 0 : 1;
  }
  if (c >= 0x0430 && c <= 0x044f) return 1;
  if (c >= 0x0410 && c <= 0x042f) return 2;
  if (c >= 0x05d0 && c <= 0x05ea) return 1;
  if (c >= 0x03b1 && c <= 0x03c9) return c === 0x03c2 ? 0 : 1;
  if (c >= 0x4e00 && c <= 0x9fff) return 1;
  if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa)) return 1;
  if (c >= 0xac00 && c <= 0xd7a3) return 1;
  return 0;
}

// Short texts only: on a page's text the check would mostly fail part-way, after the cost.
const PLAIN_CHECK_MAX = 256;

/** `s` normalised when that is just `s` or its lower-case form (single spaces, only plain
 *  letters and digits); else null. */
function normalizePlain(s: string): string | null {
  let needsLower = false;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = plainClass(c);
    if (k === 0 || (c === 0x20 && prev === 0x20)) return null;
    if (k === 2) needsLower = true;
    prev = c;
  }
  return needsLower ? s.toLowerCase() : s;
}

/**
 * Normalise text for matching: NFKC, case folding, diacritics (Latin, Greek,
 * Arabic, Hebrew) removed, Arabic letter variants unified, Arabic-Indic and
 * Persian digits to ASCII, invisible marks removed, whitespace collapsed.
 * "Unité 8200" -> "unite 8200"; "الوحدة ٨٢٠٠" -> "الوحده 8200".
 */
export function normalizeText(s: string): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  if (ASCII_ONLY.test(s)) {
    // Nothing in the table is ASCII: only case and spaces can change.
    const lower = s.toLowerCase();
    return lower.includes('  ') ? lower.replace(/ {2,}/g, ' ') : lower;
  }
  if (s.length <= PLAIN_CHECK_MAX) {
    const plain = normalizePlain(s);
    if (plain !== null) return plain;
  }
  return normalizeGeneral(s);
}

/** normalizeText without its fast paths (exported for tests that compare the two). */
export function normalizeGeneral(s: string): string {
  const out = s.normalize('NFKC').toLowerCase();
  const re = getPattern();
  re.lastIndex = 0;
  return out.replace(re, replaceChar);
}
