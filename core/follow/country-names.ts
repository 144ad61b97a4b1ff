// Country names in many languages, from the maintained i18n-iso-countries data: a story followed in
// English also finds "Türkei", "Turquie", "تركيا". Only the locales whose news Backstory matches are
// bundled (about 5 KB each); drafting runs in the sidebar frame and Node, never in the content script.
import ar from 'i18n-iso-countries/langs/ar.json';
import bn from 'i18n-iso-countries/langs/bn.json';
import cs from 'i18n-iso-countries/langs/cs.json';
import da from 'i18n-iso-countries/langs/da.json';
import de from 'i18n-iso-countries/langs/de.json';
import el from 'i18n-iso-countries/langs/el.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import he from 'i18n-iso-countries/langs/he.json';
import hi from 'i18n-iso-countries/langs/hi.json';
import hu from 'i18n-iso-countries/langs/hu.json';
import id from 'i18n-iso-countries/langs/id.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import ko from 'i18n-iso-countries/langs/ko.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import no from 'i18n-iso-countries/langs/no.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import ur from 'i18n-iso-countries/langs/ur.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import zh from 'i18n-iso-countries/langs/zh.json';

type LocaleData = { locale: string; countries: Record<string, string | string[]> };

const LOCALES: LocaleData[] = [en, ar, bn, cs, da, de, el, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, ur, vi, zh];

// The names English news uses where the ISO list gives only a formal one.
const ENGLISH_ALIASES: Record<string, string[]> = {
  SY: ['Syria'],
  LA: ['Laos'],
  BN: ['Brunei'],
  KP: ['North Korea'],
  KR: ['South Korea'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  VA: ['Vatican'],
  TW: ['Taiwan'],
  MD: ['Moldova'],
  GB: ['Britain'],
  US: ['America'],
  FM: ['Micronesia'],
};

/** "Syrien, Arabische Republik" -> "Syrien"; "Netherlands (Kingdom of the)" -> "Netherlands". */
function cleanName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').split(',')[0].trim();
}

let byName: Map<string, string> | null = null;

function lookupTable(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const locale of LOCALES) {
    for (const [code, names] of Object.entries(locale.countries)) {
      for (const name of [names].flat()) byName.set(cleanName(name).toLowerCase(), code);
    }
  }
  for (const [code, names] of Object.entries(ENGLISH_ALIASES)) for (const name of names) byName.set(name.toLowerCase(), code);
  return byName;
}

// What English adds to a country's name to say "of that country": Syria-n, Sudan-ese, Turk-ish, Israel-i.
const DEMONYM_ENDINGS = new Set(['n', 'an', 'ian', 'ese', 'ish', 'i', 'ean', 'ic', 'ine', 'ani', 'ite', 'er', 'ch']);
let demonymStems: [string, string][] | null = null;

function demonymTable(): [string, string][] {
  if (demonymStems) return demonymStems;
  demonymStems = [];
  const names: [string, string][] = [];
  for (const [code, value] of Object.entries(en.countries)) for (const n of [value].flat()) names.push([cleanName(n), code]);
  for (const [code, list] of Object.entries(ENGLISH_ALIASES)) for (const n of list) names.push([n, code]);
  for (const [name, code] of names) {
    if (/\s/.test(name) || name.length < 4) continue;
    const lower = name.toLowerCase();
    for (let k = 0; k <= 2 && lower.length - k >= 4; k++) demonymStems.push([lower.slice(0, lower.length - k), code]);
  }
  return demonymStems;
}

/** The country of an English demonym ("Syrian", "Lebanese", "Israeli"), or null. */
export function findDemonymCountry(word: string): string | null {
  const w = word.toLowerCase();
  if (/\s/.test(w)) return null;
  for (const [stem, code] of demonymTable()) {
    if (w.length > stem.length && w.startsWith(stem) && DEMONYM_ENDINGS.has(w.slice(stem.length))) return code;
  }
  return null;
}

/** The ISO 3166 alpha-2 code of a country named in any bundled language (or an English demonym), or null. */
export function findCountryCode(name: string): string | null {
  const key = name.trim().toLowerCase();
  // Two-letter codes as words ("US", "UK") are names; other two-letter words are not countries.
  if (key.length < 2) return null;
  const table = lookupTable();
  return table.get(key) ?? table.get(`${key}.`) ?? findDemonymCountry(key);
}

/**
 * Every bundled language's names of a country: "Myanmar", "Burma", "ميانمار", "Мьянма", …
 * Names of two letters ("US") and those that are also common words are left out: they would match too much.
 */
export function listCountryNames(code: string): { text: string; lang: string }[] {
  const out: { text: string; lang: string }[] = [];
  const seen = new Set<string>();
  const push = (text: string, lang: string) => {
    const clean = cleanName(text);
    const key = clean.toLowerCase();
    if (clean.length < 3 || seen.has(key)) return;
    seen.add(key);
    out.push({ text: clean, lang });
  };
  for (const locale of LOCALES) {
    const names = locale.countries[code];
    if (names === undefined) continue;
    for (const name of [names].flat()) push(name, locale.locale);
    if (locale.locale === 'en') for (const alias of ENGLISH_ALIASES[code] ?? []) push(alias, 'en');
  }
  return out;
}
