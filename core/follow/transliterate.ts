// A Latin-script name as Russian-language news writes it: "Prigozhin" -> "Пригожин", "Beirut" ->
// "Бейрут", "Erdogan" -> "Эрдоган". The reverse of the usual romanisation (BGN/PCGN and its
// English habits), applied to a story's own names so that a story followed in English also finds
// its coverage in Russian, Ukrainian and Bulgarian. Imperfect by nature ("Suu Kyi" is "Су Чжи"):
// a wrong guess only matches nothing; the reader can add the right spelling.

// Longest first: "shch" before "sh", "zh" before "z".
const DIGRAPHS: [string, string][] = [
  ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['tz', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['sch', 'ш'],
  ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['ye', 'е'], ['ia', 'ия'], ['iu', 'иу'],
  ['ei', 'ей'], ['ai', 'ай'], ['oi', 'ой'], ['ey', 'ей'], ['ay', 'ай'], ['oy', 'ой'], ['ck', 'к'], ['ph', 'ф'], ['th', 'т'],
];
const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'и', z: 'з',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function transliterateWord(word: string): string | null {
  const w = word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (!/^[a-z'’-]+$/.test(w)) return null;
  let out = '';
  let i = 0;
  while (i < w.length) {
    const ch = w[i];
    if (ch === "'" || ch === '’') {
      i++;
      continue;
    }
    if (ch === '-') {
      out += '-';
      i++;
      continue;
    }
    // A word starting with "e" is written with "э" ("Erdogan" -> "Эрдоган").
    if (i === 0 && ch === 'e') {
      out += 'э';
      i++;
      continue;
    }
    // Final "y" after a consonant: "Yevgeny" -> "Евгений".
    if (ch === 'y' && i === w.length - 1 && i > 0 && !VOWELS.has(w[i - 1])) {
      out += 'ий';
      i++;
      continue;
    }
    const digraph = DIGRAPHS.find(([latin]) => w.startsWith(latin, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    out += LETTERS[ch] ?? '';
    i++;
  }
  return out;
}

/** The Cyrillic spelling of a Latin name of at least five letters, or null (other scripts, acronyms, short words). */
export function transliterateToCyrillic(name: string): string | null {
  if (name.replace(/[^A-Za-z]/g, '').length < 5 || /^[A-Z0-9.\s-]+$/.test(name)) return null;
  const words = name.split(/\s+/).map(transliterateWord);
  if (words.some((w) => w === null || w.length === 0)) return null;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/ (\S)/g, (_, c: string) => ` ${c.toUpperCase()}`);
}

// How other Latin-script languages write a name English romanises from Russian or Ukrainian:
// "Prigozhin" is "Prigoschin" in German, "Prigojine" in French, "Prigożyn" in Polish, "Prigojin" in
// Romanian. Only names that look romanised from Cyrillic (zh, kh, a -ov/-ev/-in/-sky ending) get them.
// Per language: letters replaced in one pass (so "zh" -> "sch" is not then read as "ch"), then the
// rules for a word's start and end.
const LATIN_VARIANTS: { lang: string; letters: Record<string, string>; ends: [RegExp, string][] }[] = [
  { lang: 'de', letters: { shch: 'schtsch', zh: 'sch', kh: 'ch', ch: 'tsch', sh: 'sch', ts: 'z', v: 'w', z: 's' }, ends: [[/^y/, 'j'], [/y$/, 'i']] },
  { lang: 'fr', letters: { shch: 'chtch', zh: 'j', ch: 'tch', sh: 'ch', u: 'ou' }, ends: [[/^y/, 'i'], [/in$/, 'ine'], [/y$/, 'i']] },
  { lang: 'pl', letters: { shch: 'szcz', zh: 'ż', kh: 'ch', ch: 'cz', sh: 'sz', ts: 'c', v: 'w' }, ends: [[/^y/, 'j'], [/żi/g, 'ży'], [/szi/g, 'szy'], [/czi/g, 'czy'], [/y$/, 'i']] },
  { lang: 'ro', letters: { zh: 'j', kh: 'h', ch: 'ci', sh: 'ș', ts: 'ț' }, ends: [[/^y/, 'i'], [/y$/, 'i']] },
];

function applyVariant(word: string, letters: Record<string, string>, ends: [RegExp, string][]): string {
  const keys = Object.keys(letters).sort((a, b) => b.length - a.length);
  let out = word.replace(new RegExp(keys.join('|'), 'g'), (m) => letters[m]);
  for (const [from, to] of ends) out = out.replace(from, to);
  return out;
}

function looksRomanisedFromCyrillic(word: string): boolean {
  return /zh|kh|shch/.test(word) || /(ov|ev|in|sky|skiy|enko|uk)$/.test(word);
}

/** Other Latin spellings of a name romanised from Cyrillic, by language; none for other names. */
export function listLatinVariants(name: string): { text: string; lang: string }[] {
  const words = name.split(/\s+/);
  if (!words.some((w) => w.length >= 5 && looksRomanisedFromCyrillic(w.toLowerCase()))) return [];
  const out: { text: string; lang: string }[] = [];
  for (const { lang, letters, ends } of LATIN_VARIANTS) {
    const variant = words
      .map((w) => {
        const lower = w.toLowerCase();
        if (!/^[a-z'’-]+$/.test(lower)) return w;
        const variant = applyVariant(lower, letters, ends);
        return variant.charAt(0).toUpperCase() + variant.slice(1);
      })
      .join(' ');
    if (variant !== name && !out.some((o) => o.text === variant)) out.push({ text: variant, lang });
  }
  return out;
}
