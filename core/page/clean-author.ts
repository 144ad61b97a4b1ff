// Author names as pages print them: "By Jane Doe in Beirut", "Par Marie Dupont",
// "Jane Doe and John Roe", "https://facebook.com/jane" (not a name), "@jane".

const PREFIX =
  /^(?:(?:written|reported|posted|photos?|text|story|words)\s+)?(?:by|from|par|von|por|di|door|av|af|przez|автор|بقلم|كتب|كتبت|تأليف|إعداد|نویسنده|מאת)\s*[:\-–—]?\s+/iu;
const PLACE_SUFFIX = /\s+(?:in|à|en|aus|in der|from|من|في)\s+[\p{Lu}\u0600-\u06ff][^,|]*$/u;
const ROLE_SUFFIX =
  /\s*[,|–—-]\s*(?:staff\s+writer|senior\s+\w+|reporter|correspondent|editor|contributor|columnist|associated press|reuters|afp|updated|published|posted).*$/iu;
// Word conjunctions need letters, not ASCII \b, around them: "Yılmaz" must not split at its "Y".
const SPLIT = /\s*(?:,|;|&|(?<![\p{L}\p{N}\u0001])(?:and|und|et|y|e|og|och|i|и)(?![\p{L}\p{N}'’\u0001-])|\s+و\s*|،)\s*/iu;

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'ter', 'ten', 'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'zu', 'af', 'av', 'of', 'and', 'st', 'st.', 'mc', 'ap', 'for', 'to', 'the', 'at', 'in', 'on', 'und', 'et', '&']);
const DATE_WORD =
  /^(?:(?:jan|febr?|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|today|yesterday|updated|published|posted)$/i;
// Bare job titles ("Editors", "Games Editor"); a desk credit like "Ars Staff" is a real byline.
const ROLE_ONLY =
  /^(?:(?:senior|chief|deputy|managing|executive|associate|contributing|staff|games|tech|business|political|sports?|science|health|news|features|politics|foreign|national|city|opinion|digital)\s+)?(?:editors?|reporters?|correspondents?|writers?|columnists?|contributors?|producers?|staff|desk|team|newsroom)$/i;
const DEGREE = /^(?:ma|ms|msc|md|phd|ph\.d\.?|rn|mph|ba|bs|bsc|mba|jd|do|dds|pharmd|cpa|esq\.?)$/i;

const UI_LABEL =
  /^(?:share|shares|tweet|print|save|subscribe|sign\s?in|log\s?in|sign\s?up|menu|search|home|comments?|newsletter|listen|play|close|next|previous|teilen|drucken|merken|folgen|abonnieren|anmelden|kommentare?|startseite|partager|imprimer|suivre|s'abonner|se connecter|commentaires?|accueil|compartir|imprimir|seguir|suscr[ií]bete|suscribirse|comentarios?|inicio|condividi|stampa|segui|iscriviti|commenti|accedi|partilhar|assinar|entrar|coment[aá]rios|delen|volgen|inloggen|udostępnij|подписаться|поделиться|комментарии|войти|مشاركة|تابع|اشترك|التعليقات)$/iu;
const MONTHS_ANY =
  /(?:^|[\s,.])(?:januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)(?=$|[\s,.])/iu;
const RELATIVE_TIME = /^(?:vor\s+\d|il y a\b|hace\s+\d|\d+\s*(?:min|h|hrs?|hours?|minutes?|stunden?|heures?|horas?|ore)\b|just now|gerade eben|à l'instant)/iu;

/** "12. März", "3 de mayo", "vor 2 Stunden", "12.03.2025": a date or a time, in any of the languages above. */
export function isDateLike(text: string): boolean {
  const t = text.trim();
  if (RELATIVE_TIME.test(t)) return true;
  // Digits of any script: "۱۴۰۳/۱۲/۱۳" and "٣ مارس" are dates as much as "2025/03/03".
  if (/^\p{Nd}{1,4}[./-]\p{Nd}{1,2}(?:[./-]\p{Nd}{1,4})?\.?$/u.test(t)) return true;
  return MONTHS_ANY.test(t) && (/\p{Nd}/u.test(t) || !/\s/.test(t));
}

/** True when a value looks like a person's or desk's name rather than a URL, handle or sentence. */
export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false;
  if (/^(?:https?:|www\.|\/)|\.(?:com|org|net)\b|@.*\./i.test(name)) return false;
  if (/[{}<>=]|\p{Nd}{3,}/u.test(name)) return false;
  if (!/\p{L}/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 7) return false;
  // Link labels around author boxes ("More Jane Doe", "Follow", "View all posts") and phrases ("A note").
  if (/^(?:a|an|the|this|our|my|your)\s/i.test(name)) return false;
  // A quoted title ("‘Sway’"), a date word, a job title or a degree is not a person.
  if (/^[‘’“”"'«»„]/.test(name)) return false;
  if (DATE_WORD.test(name) || ROLE_ONLY.test(name) || DEGREE.test(name)) return false;

  if (/^(?:about|follow|view|more|read|see|all|contact|email|posts?|articles?|produced|hosted|presented|narrated|edited|written|reported)\b/i.test(name)) return false;
  // Buttons and labels of other languages, and dates written in them, are not authors either.
  if (UI_LABEL.test(name) || isDateLike(name)) return false;
  // The newsroom as a whole in several languages ("Redação", "la rédaction"), like "staff".
  if (/^(?:(?:la|die|de|la|a)\s+)?(?:r[ée]daction|redacci[óo]n|reda[çc][ãa]o|redaktion|redazione|redactie|redakcja|редакция)$/iu.test(name)) return false;
  return !/^(?:admin|administrator|author|authors|unknown|null|undefined|anonymous|staff|editor|guest|none|by|about the author)$/i.test(name);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?';
const DATE_TAIL = new RegExp(
  `(?:^|\\s+|,\\s*)(?:(?:last\\s+)?(?:updated|published|posted|on)\\s*:?\\s*)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d|\\d{1,2}\\.?\\s+${MONTH}(?:\\s|$)|${WEEKDAY},?\\s+\\d).*$`,
  'i',
);
// "Jong, Michiel de": the given name then a lower-case particle.
const INVERTED_PARTICLE = /^\p{Lu}[\p{L}.'-]*(?:\s+(?:de|van|von|der|den|da|di|du|le|la|ter|del|dos))+$/u;

/**
 * Byline text that ran into the page's prose or headlines ("Michael Isikoff Trump’s inauguration: ticket packages"):
 * in several Latin-script words, one is lower case and not a name particle ("Ludwig van Beethoven").
 * For names read from page text; metadata may name organisations ("Contributors to Wikimedia projects").
 */
export function isRunningText(name: string): boolean {
  const words = name.split(/\s+/);
  if (/:/.test(name)) return true;
  return words.length > 1 && words.some((w) => /^[a-z]/.test(w.normalize('NFD')) && !PARTICLES.has(w.toLowerCase()));
}

/** One raw author string to zero or more clean names. */
export function cleanAuthorNames(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  if (/^https?:\/\//i.test(s)) return [];
  s = s.replace(/^@/, '').replace(/^[\s—–\-•·|:]+/, '');
  // "Jane Doe March 3, 2024", "Joe Wee Monday, February 3", "Last Updated: January 5": a date follows the name.
  s = s.replace(DATE_TAIL, '').trim();
  for (let i = 0; i < 2; i++) s = s.replace(PREFIX, '').trim();
  // "Brenda Goodman, MA", "Jane Doe, PhD": degrees after a comma are not co-authors.
  s = s.replace(/,\s*(?:ma|ms|msc|md|phd|ph\.d\.?|rn|mph|mba|jd|dds|pharmd|cpa|esq\.?)\b\.?/gi, '');
  // An unclosed bracket is a cut-off aside: "Dawson Whitfield of Logojoy ($".
  s = s.replace(/\s*[([][^)\]]*$/, '');
  // Editors, photographers and translators are not the author.
  s = s.replace(/\s+(?:edited|photographs?|photos?|illustrations?|illustrated|translated|reviewed|fact[- ]checked|updated)\s+by\b.*$/iu, '');
  // "Jane Doe for The Guardian", "Marie Dupont pour Le Monde", "Anna Weber für die Zeit": the outlet follows.
  s = s.replace(/\s+(?:for|pour|für|para|per|voor)\s+(?:(?:the|le|la|les|l'|die|der|das|el|il|lo|de)\s*)?\p{Lu}.*$/u, '');
  // "Paz Segura - Marketing Manager": a spaced dash or bar ends the name.
  s = s.replace(/\s+[-–—|•]\s+.*$/u, '');
  s = s.replace(ROLE_SUFFIX, '').replace(/\s*\|.*$/, '').replace(/\s*\(.*?\)\s*$/, '').trim();
  // "Jane Doe in Beirut" -> "Jane Doe" (only when what follows "in" looks like a place, capitalised).
  s = s.replace(PLACE_SUFFIX, '').trim();
  // "Mac & i", "Simon & Schuster": an ampersand between single words is part of one name.
  s = s.replace(/(^|[,;]\s*)([^\s,;&]+)\s*&\s*([^\s,;&]+)(?=\s*(?:[,;]|$))/g, '$1$2\u0001$3');
  const parts = s.split(SPLIT).map((p) => p.replace(/\u0001/g, ' & ')).map((p) => p.replace(PREFIX, '').replace(/[\s.,:;|\-–—•·]+$/, '').replace(/\s+(?:the|an?|by)$/i, '').trim());
  // "Doe, Jane" is one person, not two.
  if (parts.length === 2 && /,/.test(s) && !/\s/.test(parts[0]) && (!/\s/.test(parts[1]) || INVERTED_PARTICLE.test(parts[1]))) {
    return isPlausibleName(s) ? [s] : [];
  }
  return parts.filter(isPlausibleName);
}

/** Merge names, dropping case-insensitive duplicates, keeping order. */
export function mergeNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(n);
    }
  }
  return out.slice(0, 10);
}
