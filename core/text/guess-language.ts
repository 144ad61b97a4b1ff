// Which language a text is written in, when its page does not say (no `lang`, no `inLanguage`):
// drafting a story reads names and kinds of event with the article's own language's rules
// (German capitalises every noun, so "Putschversuch" is no name there), and a page that declares
// nothing would otherwise be read with none.
//
// Latin-script languages only, by their most frequent function words: a few hundred words of news
// carry dozens of them. Words two languages share ("de", "la", "en", "die") are left out, so every
// hit is evidence for one language. Other scripts say more by the script itself and are left to it.

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to is was that for with on said by from has have were it its this are which after their been',
  fr: 'le les des et est une du dans pour qui sur pas au avec ont été sont aux cette mais ses leur lors selon',
  de: 'der und das ist nicht mit den von zu ein eine auch sich dem im wurde für bei nach aus einer sind hat wird',
  es: 'el los las del que por con una para según como más fue pero sus al está han tras entre desde sobre',
  it: 'il della che per con una sono nel degli anche alla gli dei non è ha stato delle nella questo dopo',
  pt: 'os não uma com para pelo foi são também mais dos ao em pela às muito seu sua após foram',
  nl: 'het een van en niet zijn op dat voor met werd ook naar bij wordt heeft maar deze door nog',
  pl: 'się na nie że jest przez jak po oraz był została został jego ich przed już tym dla',
  tr: 've bir bu için ile olarak daha gibi çok olan sonra kadar ancak göre',
  id: 'yang dan di ini dengan untuk dari tidak akan pada itu dalam juga oleh',
  sv: 'och att som för är på det inte av till har den efter också',
  ro: 'și în care pentru cu este să din au fost mai fi după sau',
};

const WORD_LANGUAGE = new Map<string, string>();
{
  const seen = new Map<string, number>();
  for (const list of Object.values(FUNCTION_WORDS)) for (const w of list.split(' ')) seen.set(w, (seen.get(w) ?? 0) + 1);
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    for (const w of list.split(' ')) if (seen.get(w) === 1) WORD_LANGUAGE.set(w, lang);
  }
}

const MAX_WORDS = 1_500;
/** Hits the best language needs, and how far ahead of the next it must be. */
const MIN_HITS = 4;
const MIN_LEAD = 2;

/** The language (ISO 639-1) of a Latin-script text, or null when it is too short or unclear. */
export function guessLanguage(text: string): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const hits = new Map<string, number>();
  let words = 0;
  for (const match of text.slice(0, 20_000).toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++words > MAX_WORDS) break;
    const lang = WORD_LANGUAGE.get(match[0]);
    if (lang) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || best[1] < MIN_HITS || (next && best[1] < MIN_LEAD * next[1])) return null;
  return best[0];
}
