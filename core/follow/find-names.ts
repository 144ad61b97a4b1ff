// The names an article is about: people, organisations, places, things (ships, bridges, products),
// found without a model, from how the article itself writes them. A word is a name when the article
// capitalises it where a sentence does not make it (mid-sentence), and never writes it in lower case:
// "Canal" in "the Suez Canal" is a name, "canal" in "the canal" is not. Headlines are often in title
// case ("Ship Stuck in Suez Canal"), so they never vote on what is a name; they only say what matters.
import stopwordsIso from 'stopwords-iso';
import { findCountryCode } from './country-names';

export type NameZone = 'headline' | 'lead' | 'keywords' | 'body';

export interface NameCandidate {
  /** The name as the article writes it most often. */
  text: string;
  /** Its words, lower-cased: the candidate's identity. */
  key: string;
  words: string[];
  /** Occurrences as a whole run of name words, per zone. */
  counts: Record<NameZone, number>;
  /** Occurrences after a word of place ("in", "near", "à", "bei"): how the text says a name is a place. */
  locative: number;
  isAcronym: boolean;
}

export interface NameSource {
  headline: string;
  /** The description and the first paragraphs. */
  lead: string[];
  keywords: string[];
  body: string[];
  language: string | null;
}

// Words that join the parts of one name: "Bank of England", "Notre-Dame de Paris", "Ibn al-Khattab".
const CONNECTORS = new Set([
  'of', 'de', 'du', 'des', 'la', 'le', 'les', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn',
]);

// Words before a place, not before a person, ship or company: "in Baltimore", "near the Suez Canal",
// "à Derna", "bei Nara". "at" and "on" are left out ("at Microsoft", "on the Ever Given").
const LOCATIVES = new Set(
  (
    'in near outside off across throughout inside into ' +
    'à dans près en au aux ' +
    'bei nahe nach im ' +
    'cerca desde ' +
    'presso nel nella ' +
    'em no na nos nas ' +
    'bij nabij ' +
    'w we koło pod'
  ).split(' '),
);
const ARTICLES = new Set('the le la les l der die das dem den el los las il lo gli de het'.split(' '));

// The last word of a name that says what it names: capitalised after a name ("Silicon Valley Bank",
// "Suez Canal") even where the article also writes it in lower case ("the bank", "the canal").
const NAME_DESIGNATORS = new Set(
  'bank canal bridge cathedral church mosque temple company corporation group airlines airline airways university hospital port airport river sea island party court agency council ministry union'.split(' '),
);

// Titles before a name: "Mr Obama" and "President Obama" are Obama.
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady gen general col colonel capt captain sgt lt adm admiral sen senator rep ' +
    'gov governor president vice prime minister chancellor secretary king queen prince princess pope sheikh emir judge justice ' +
    'chief executive chairman ceo mayor ambassador commander officer spokesman spokeswoman spokesperson st saint counsellor councillor ' +
    'state foreign defence defense interior finance deputy former late leader boss founder ' +
    'm mme herr frau señor señora sr sra dott ' +
    'chef chefin gründer gründerin mitbegründer mitbegründerin präsident präsidentin kanzler kanzlerin ministerin sprecher sprecherin ' +
    'président présidente ministre fondateur fondatrice cofondateur patron patronne presidente ministro ministra fundador fundadora cofundador portavoz'
  ).split(' '),
);

// Job titles that end one name and start another inside a run ("Health Minister Hamad Hassan");
// not "Dame" or "Lady", which belong to names ("Notre Dame").
const JOB_TITLES = new Set('president minister secretary chancellor governor senator mayor ambassador spokesman spokeswoman spokesperson ceo chairman commander general admiral judge'.split(' '));

// Capitalised in every language that capitalises, yet never what a story is about.
const CALENDAR = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo'
  ).split(' '),
);

// All-capital words that are not names of anything a story is about.
const COMMON_ACRONYMS = new Set(['ceo', 'cfo', 'cto', 'tv', 'am', 'pm', 'gmt', 'utc', 'ok', 'faq', 'pdf', 'html', 'url', 'gps', 'ai', 'it', 'vs', 'etc', 'ap', 'afp', 'dpa', 'epa', 'efe', 'sos']);

const stopwordSets = new Map<string, Set<string>>();
const STOPWORD_DATA = stopwordsIso as unknown as Record<string, string[]>;

/** Stopwords of a language (ISO 639-1), from stopwords-iso; empty for unknown languages. */
export function stopwordsOf(language: string | null | undefined): Set<string> {
  const lang = (language ?? '').toLowerCase().split(/[-_]/)[0];
  let set = stopwordSets.get(lang);
  if (!set) {
    set = new Set((STOPWORD_DATA[lang] ?? []).map((w) => w.toLowerCase()));
    stopwordSets.set(lang, set);
  }
  return set;
}

/** Languages whose stopwords no term may be alone: the article's, English (wire copy everywhere) and the big ones. */
const COMMON_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'];

export function isStopword(word: string, language: string | null): boolean {
  const w = word.toLowerCase();
  if (stopwordsOf(language).has(w)) return true;
  return COMMON_LANGUAGES.some((l) => stopwordsOf(l).has(w));
}

export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}

// A word: letters and digits, with inner apostrophes, hyphens and dots ("O'Brien", "Notre-Dame", "U.S").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-.](?=[\p{L}\p{N}]))*/gu;
const HAS_CASE = /[\p{Lu}\p{Ll}]/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First word of a sentence, of a quotation, or after a colon: capitals there prove nothing. */
  isSentenceStart: boolean;
  /** The common noun at the end of a hyphenated compound ("Chef" in "Wagner-Chef"). */
  isCompoundHead?: boolean;
  /** A named part of such a compound ("Wagner" in "Wagner-Miliz"): written as a name by the compound itself. */
  isCompoundPart?: boolean;
}

/** A word with two capitals or more: "OpenAI", "ChatGPT", "FTX". */
const INNER_CAPITAL = /^\p{Lu}.*\p{Lu}/u;

/**
 * The parts of a compound that joins a name to a common noun with a hyphen: "OpenAI-CEO",
 * "FTX-Gründer", "SVB-Pleite" in any language, and in German any "Wagner-Chef", "Nord-Stream-Lecks".
 * The last part is the compound's head, a common noun ("Chef", "Lecks"); null when the word is no
 * such compound ("Notre-Dame", "Rostov-on-Don", "COVID-19").
 */
function splitCompound(word: string, language: string | null): { parts: string[]; head: string } | null {
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => p.length < 2 || /^\p{N}/u.test(p))) return null;
  const head = parts[parts.length - 1];
  const named = parts.slice(0, -1);
  if (named.some((p) => INNER_CAPITAL.test(p)) || (NOUN_CAPITALISING.has(languageOf(language)) && UPPER_START.test(head) && UPPER_START.test(parts[0]))) {
    return { parts: named, head };
  }
  return null;
}

function tokenize(text: string, language: string | null = null): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    const isSentenceStart = tokens.length === 0 || /[.!?:;"“”«»„()\[\]\n—–]\s*$/.test(gap) || /[.!?]\s+['"“‘]?$/.test(gap);
    // "Sudan’s" is Sudan: the possessive belongs to the sentence, not the name.
    const word = m[0].replace(/['’]s$/u, '');
    last = start + m[0].length;
    const compound = language === null ? null : splitCompound(word, language);
    if (compound) {
      // The named parts as words of their own ("Nord", "Stream"); the head marked, never a name word.
      let at = start;
      compound.parts.forEach((part, k) => {
        tokens.push({ text: part, lower: part.toLowerCase(), start: at, end: at + part.length, isSentenceStart: k === 0 && isSentenceStart, isCompoundPart: true });
        at += part.length + 1;
      });
      tokens.push({ text: compound.head, lower: compound.head.toLowerCase(), start: at, end: at + compound.head.length, isSentenceStart: false, isCompoundHead: true });
      continue;
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, isSentenceStart });
  }
  return tokens;
}

interface CaseStats {
  capMid: number;
  lower: number;
  /** Capitalised after a determiner, with no other capitalised word after it ("die Nachricht", "den
   *  Job", not "die Silicon Valley Bank"): how German writes a common noun. */
  nounLike: number;
}

// Languages that capitalise every noun: there a capital says nothing, a determiner before a lone
// capitalised word says "common noun".
const NOUN_CAPITALISING = new Set(['de', 'lb']);
const GERMAN_DETERMINERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines ' +
    'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere dieser diese diesen diesem dieses ' +
    'jeder jede jeden jedem jedes welche welcher viele alle zum zur im am vom beim ins ans'
  ).split(' '),
);
// Endings no German name has and many German nouns do: "Erfüllung", "Verpflichtungen", "Freiheit".
// An inflected German adjective before a noun: "alte", "jüngsten", "russischer".
const GERMAN_ADJECTIVE_ENDING = /\p{L}{2}(?:e|en|er|es|em)$/u;
const GERMAN_NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nisse|tum|ismus|chen)$/u;

function languageOf(language: string | null): string {
  return (language ?? '').toLowerCase().split(/[-_]/)[0];
}

/** How the article writes each word: capitalised mid-sentence, or in lower case. */
function collectCaseStats(texts: string[], language: string | null): Map<string, CaseStats> {
  const stats = new Map<string, CaseStats>();
  const countsNouns = NOUN_CAPITALISING.has(languageOf(language));
  for (const text of texts) {
    const tokens = tokenize(text, language);
    tokens.forEach((token, i) => {
      if (!HAS_CASE.test(token.text)) return;
      let s = stats.get(token.lower);
      if (!s) stats.set(token.lower, (s = { capMid: 0, lower: 0, nounLike: 0 }));
      if (LOWER_START.test(token.text)) s.lower++;
      else if (UPPER_START.test(token.text) && !token.isSentenceStart) s.capMid++;
      if (countsNouns && UPPER_START.test(token.text) && i > 0 && GERMAN_DETERMINERS.has(tokens[i - 1].lower) && !UPPER_START.test(tokens[i + 1]?.text ?? '')) s.nounLike++;
    });
  }
  return stats;
}

function isAcronym(word: string): boolean {
  const letters = word.replace(/[.&-]/g, '');
  return letters.length >= 2 && letters.length <= 6 && ALL_CAPS.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/**
 * Whether the article treats a word as (part of) a name. Sentence-initial capitals are trusted only
 * for words the article also capitalises mid-sentence, so "Police said" does not make "Police" a name.
 */
function isNameWord(token: Token, stats: Map<string, CaseStats>, language: string | null): boolean {
  if (!UPPER_START.test(token.text) || /^\p{N}/u.test(token.text) || token.isCompoundHead) return false;
  if (isCalendarWord(token.text)) return false;
  if (isAcronym(token.text)) return !COMMON_ACRONYMS.has(token.lower.replace(/\./g, ''));
  const s = stats.get(token.lower) ?? { capMid: 0, lower: 0, nounLike: 0 };
  // The article's own stopwords when its language is known: English ones would make "Ever" in a
  // Spanish "el Ever Given" a common word.
  const isStop = language ? stopwordsOf(language).has(token.lower) : isStopword(token.text, language);
  if (s.capMid === 0 && (token.isSentenceStart || isStop)) return false;
  // Written in lower case as often as capitalised: a common word some sentences capitalise.
  if (s.lower > 0 && s.lower * 2 >= s.capMid) return false;
  if (isStop && s.capMid < 2) return false;
  // German: a noun, not a name ("die Nachricht", "Erfüllung"), unless written inside a longer name.
  if (NOUN_CAPITALISING.has(languageOf(language)) && !/\p{Lu}/u.test(token.text.slice(1))) {
    // A capital the body never shows mid-sentence (a headline word) says nothing either.
    if (s.capMid === 0 || GERMAN_NOUN_ENDING.test(token.lower) || (s.nounLike > 0 && s.nounLike * 2 >= s.capMid)) return false;
  }
  return token.text.length >= 2;
}

/** Runs of name words (with connectors inside) in one text. */
interface Run {
  words: string[];
  /** After a word of place: "in Baltimore", "in the Suez Canal". */
  isLocative: boolean;
  /** Written so that only a name is: several words, an acronym, inner capitals, a compound's named part, a country. */
  isConfirmed: boolean;
}

/** Whether the words before token `i` say a place follows: "in", "in the", "près de". */
function isAfterLocative(tokens: Token[], i: number, text: string): boolean {
  let k = i - 1;
  if (k >= 0 && ARTICLES.has(tokens[k].lower) && !/[^\s'’]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k--;
  return k >= 0 && LOCATIVES.has(tokens[k].lower) && !/[^\s'’]/.test(text.slice(tokens[k].end, tokens[k + 1].start));
}

function findRuns(text: string, stats: Map<string, CaseStats>, language: string | null, titleCase: boolean): Run[] {
  const tokens = tokenize(text, language);
  const nounCapitalising = NOUN_CAPITALISING.has(languageOf(language));
  const runs: Run[] = [];
  let run: Token[] = [];
  let runStart = 0;
  const flush = () => {
    let isLocative = run.length > 0 && isAfterLocative(tokens, runStart, text);
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1].lower)) run.pop();
    while (run.length > 1 && TITLES.has(run[0].lower.replace(/\.$/, ''))) {
      run.shift();
      isLocative = false;
    }
    if (run.length === 1 && TITLES.has(run[0].lower)) run = [];
    // German: after a determiner or an inflected adjective the first word is a common noun ("der
    // Stadt Rostow", "der alte Anführer der Wagner-Miliz"); names rarely take either.
    const before = tokens[runStart - 1];
    if (nounCapitalising && run.length >= 2 && before && LOWER_START.test(before.text) && !/[^\s]/.test(text.slice(before.end, run[0].start)) &&
      (GERMAN_DETERMINERS.has(before.lower) || GERMAN_ADJECTIVE_ENDING.test(before.lower)) && !INNER_CAPITAL.test(run[0].text)) {
      run.shift();
    }
    // "Mitbegründer von ChatGPT": once the title is gone, so is the word that tied it to the name.
    while (run.length > 0 && CONNECTORS.has(run[0].lower)) run.shift();
    const isConfirmed = run.length > 1 || run.some((t) => t.isCompoundPart || INNER_CAPITAL.test(t.text) || findCountryCode(t.text) !== null);
    if (run.length > 0 && run.length <= 6) runs.push({ words: run.map((t) => t.text), isLocative, isConfirmed });
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const prev = tokens[i - 1];
    // A run never crosses punctuation other than a hyphen or apostrophe.
    if (run.length > 0 && prev && /[^\s\-'’]/.test(text.slice(prev.end, token.start))) flush();
    // In a title-case headline every word is capitalised: a name word must be one the body capitalises.
    const tok = titleCase ? { ...token, isSentenceStart: true } : token;
    if ((JOB_TITLES.has(token.lower) || token.isCompoundHead) && run.length > 0) {
      // "Lebanese Health Minister Hamad Hassan": a title inside a run ends one name and starts another.
      flush();
    } else if (
      isNameWord(tok, stats, language) ||
      (UPPER_START.test(token.text) && findCountryCode(token.text) !== null) ||
      // "New Zealand", "South Africa": a country of two words, whose first may be a common word.
      (UPPER_START.test(token.text) && tokens[i + 1] !== undefined && findCountryCode(`${token.text} ${tokens[i + 1].text}`) !== null) ||
      (run.length > 0 && UPPER_START.test(token.text) && NAME_DESIGNATORS.has(token.lower))
    ) {
      // Country names are names wherever they stand, even first in a sentence or a title-case headline.
      if (run.length === 0) runStart = i;
      run.push(token);
    } else if (run.length > 0 && CONNECTORS.has(token.lower) && LOWER_START.test(token.text)) {
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** A headline where most words of four letters or more start with a capital. */
export function isTitleCase(headline: string): boolean {
  const words = [...headline.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= 4 && HAS_CASE.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => UPPER_START.test(w)).length / words.length >= 0.75;
}

/** Names in the article's headline, lead, keywords and body, with their counts per zone. */
export function findNames(source: NameSource): NameCandidate[] {
  const language = source.language;
  const stats = collectCaseStats([...source.lead, ...source.body], language);
  const byKey = new Map<string, NameCandidate & { spellings: Map<string, number> }>();
  const confirmed = new Set<string>();
  const add = (words: string[], zone: NameZone, isLocative = false, isConfirmed = true) => {
    const key = words.map((w) => w.toLowerCase()).join(' ');
    if (isConfirmed) confirmed.add(key);
    let c = byKey.get(key);
    if (!c) {
      c = {
        text: words.join(' '),
        key,
        words: words.map((w) => w.toLowerCase()),
        counts: { headline: 0, lead: 0, keywords: 0, body: 0 },
        locative: 0,
        isAcronym: words.length === 1 && isAcronym(words[0]),
        spellings: new Map(),
      };
      byKey.set(key, c);
    }
    c.counts[zone]++;
    if (isLocative) c.locative++;
    const surface = words.join(' ');
    c.spellings.set(surface, (c.spellings.get(surface) ?? 0) + (zone === 'body' || zone === 'lead' ? 2 : 1));
  };
  const titleCase = isTitleCase(source.headline);
  for (const run of findRuns(source.headline, stats, language, titleCase)) add(run.words, 'headline', run.isLocative, run.isConfirmed);
  for (const text of source.lead) for (const run of findRuns(text, stats, language, false)) add(run.words, 'lead', run.isLocative, run.isConfirmed);
  for (const text of source.body) for (const run of findRuns(text, stats, language, false)) add(run.words, 'body', run.isLocative, run.isConfirmed);
  // German capitalises every noun: a lone capitalised word is a name only where the article also
  // writes it as one (in a longer name, "Jewgeni Prigoschin" → "Prigoschin"; in a compound, "Wagner-Miliz"),
  // else "Stunden", "Erfolg", "Putschversuch" would be the story's names.
  const confirmedWords = new Set([...confirmed].flatMap((key) => key.split(' ')));
  const isGerman = NOUN_CAPITALISING.has(languageOf(language));
  for (const keyword of source.keywords) {
    const words = [...keyword.matchAll(WORD)].map((m) => m[0]);
    if (words.length > 0 && words.length <= 5 && UPPER_START.test(words[0])) add(words, 'keywords');
  }
  // A keyword the text never writes as a name is a section label ("Embargoes and Sanctions"), not a name.
  return [...byKey.values()].filter((c) => c.counts.headline + c.counts.lead + c.counts.body > 0 && (!isGerman || confirmed.has(c.key) || c.isAcronym || confirmedWords.has(c.key))).map(({ spellings, ...c }) => {
    // The spelling the text uses most (body and lead count double: headlines may shout in capitals).
    const best = [...spellings.entries()].sort((a, b) => b[1] - a[1])[0];
    return { ...c, text: best ? best[0] : c.text };
  });
}

/**
 * Content words of the headline that the text repeats: what kind of event this is ("earthquake",
 * "mutiny", "outage"). Lower-case in the text, not stopwords, at least four letters.
 */
export function findKeyWords(source: NameSource, names: NameCandidate[], limit = 3): { word: string; count: number }[] {
  const language = source.language;
  const nameWords = new Set(names.flatMap((n) => n.words));
  const counts = new Map<string, number>();
  for (const text of [...source.lead, ...source.body]) {
    for (const token of tokenize(text)) {
      if (LOWER_START.test(token.text)) counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1);
    }
  }
  const seen = new Set<string>();
  const found: { word: string; count: number }[] = [];
  for (const token of tokenize(source.headline)) {
    const w = token.lower;
    if (seen.has(w) || nameWords.has(w) || w.length < 4 || /\p{N}/u.test(w) || !HAS_CASE.test(w)) continue;
    seen.add(w);
    if (isStopword(w, language) || isCalendarWord(w)) continue;
    const count = counts.get(w) ?? 0;
    if (count >= 1) found.push({ word: w, count });
  }
  return found.sort((a, b) => b.count - a.count).slice(0, limit);
}
