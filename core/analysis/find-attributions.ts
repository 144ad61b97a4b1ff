import type { CitedSourceKind } from './types';
import { findQuoteSpans, maskQuotes } from './find-quote-spans';
import { isPlaceName } from './places';
import { sentenceSubject, splitArabicTitle } from './resolve-mentions';
import {
  classifySource, hasArabicOutletName, hasDocumentCue, hasOrganisationCue, hasPersonTitle, isExactOutlet, isKnownOutlet, stripPersonTitles,
} from './source-kinds';

// Who or what a sentence attributes its claims to: "X said", "according to X", "told Reuters",
// "in an internal email", "on the X platform", and the Arabic forms (قال، بحسب، نقلا عن …).

export type Attribution = {
  name: string;
  kind: CitedSourceKind;
  /** speaker: says the words; source: the claim comes from it; medium: where it was said (a document, a post). */
  role: 'speaker' | 'source' | 'medium';
  index: number;
};

const MAX_SENTENCE = 2000;
const SPEECH_VERBS = 'said|says|say|told|tells|wrote|writes|added|adds|noted|notes|stated|reported|reports|announced|confirmed|warned|explained|argued|insisted|acknowledged|posted|tweeted|declined to comment|declined to comment further|did not respond|did not immediately respond|didn\'t respond|has not responded|have not responded|did not reply|did not return|refused to comment|called|described';
const VERB_RE = new RegExp(`\\b(?:also\\s+|has\\s+|have\\s+|had\\s+)?(${SPEECH_VERBS})\\b`, 'g');
const CAP_WORD = /^(?:[A-Z][\p{L}\d'’.&+-]*|\d+[\p{L}]*|[A-Z]{2,}[\p{L}-]*|al-[A-Z][\p{L}-]*|de|von|van|bin|ibn|el|al)$/u;
const CONNECTORS = new Set(['of', 'and', 'for', '&', 'the', 'de', 'du', 'la', 'on']);
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you|who|which|that|this|these|those)$/i;
const NOT_NAMES = /^(?:new|other|more|all|every|each|no|only|follow|read|watch|click|the|a|an|but|and|or|however|meanwhile|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|in|on|at|after|before|when|while|as|if|so|then|earlier|later|last|this|that|it|he|she|they|we|his|her|their|its|there|here|also|both|some|many|most|officials?|sources?|reporters|people|residents|analysts|experts|critics|witnesses)$/i;
const PLATFORMS = 'X|Twitter|Facebook|Telegram|Instagram|TikTok|Threads|Bluesky|YouTube|LinkedIn|Truth Social|Weibo';
const SOCIAL_RE = new RegExp(`\\b(?:on|via|to)\\s+(?:the\\s+)?["“]?(${PLATFORMS})["”]?(?:\\s+(?:social\\s+media\\s+|social\\s+network\\s+|messaging\\s+)?(?:platform|app|account|page|channel))?(?![A-Za-z\\u0621-\\u0652\\u066E-\\u06D3])`, 'gu');
const DOC_NOUNS = 'e-?mail|memo|memorandum|letter|filing|report|lawsuit|complaint|order|ruling|judgment|indictment|affidavit|study|survey|document|documents|transcript|briefing|cable|presentation|court papers';
const DOC_MEDIUM_RE = new RegExp(`\\b(?:in|via|through|according to|in an?|seen in)\\s+(?:a|an|the|her|his|its|their|this|that)\\s+((?:[\\w-]+\\s+){0,3}?(?:${DOC_NOUNS}))\\b`, 'gi');
const DOC_SUBJECT_RE = new RegExp(`\\b(?:the|a|an)\\s+((?:[\\w-]+\\s+){0,2}?(?:${DOC_NOUNS}))\\s+(?:found|said|says|showed|shows|indicates|indicated|suggests|suggested|states|stated|noted|concluded|warned|revealed|reveals|seen by|obtained by|reviewed by)\\b`, 'gi');
const DOC_WORD = new RegExp(`(?:${DOC_NOUNS})`, 'i');
const PLATFORM_WORD = new RegExp(`\\b(?:${PLATFORMS})\\b`);
const DOCS_OBTAINED_RE = /\b((?:internal\s+|leaked\s+|confidential\s+|court\s+|government\s+)?(?:documents|emails|e-mails|records|files|messages|minutes|memos|letters|recordings|texts))\s+(?:obtained|seen|reviewed|shared|released|published)\s+(?:by|with)\b/gi;
const ACCORDING_RE = /\b(?:according to|citing|quoting)\s+([^.;:!?()\n]{2,140})/gi;
const BY_RE = /\b(?:seen|obtained|reviewed|first reported|reported|published|polled|surveyed|compiled|cited|broadcast|aired|reporting|investigation|analysis|research|study|survey|poll)\s+by\s+([^,.;:!?()\n]{2,100})/gi;
const POSSESSIVE_RE = /((?:["“][^"”]{2,60}["”])|(?:[A-Z][\p{L}\d&.+-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\p{L}\d&.+-]*){0,5}))['’]s\s+(?:own\s+|latest\s+|new\s+|recent\s+|earlier\s+|exclusive\s+)?(report|reporting|investigation|article|story|analysis|review|findings|coverage|documentary|interview)\b/gu;
const QUOTED_REPORT_RE = /(["“][^"”]{2,60}["”])\s+(report|investigation|article|newspaper|reporting)\b/gi;
const TOLD_RE = /\btold\s+(?:the\s+)?([A-Z][\p{L}\d&'’.+-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\p{L}\d&'’.+-]*){0,5})/gu;
const INVERTED_RE = /(?:^|[,”"’]\s*|—\s*)(?:said|says|wrote|added)\s+((?:[A-Z][\p{L}'’.-]*\s+){0,4}[A-Z][\p{L}'’-]+)/gu;

const OWN_MEDIUM_RE = /^(?:its|their)\s+[a-z]|^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|report|post|filing|notice|release|announcement|letter|note)\s+(?:it|they)\s+(?:published|issued|released|posted|put out|filed|sent)\b/;
const trimQuotes = (s: string) => s.replace(/^[\s"“”«»'‘’]+|[\s"“”«»'‘’]+$/g, '').trim();

function cleanName(raw: string): string {
  raw = raw.replace(/([A-Za-z\u0600-\u06FF]{2,})\.$/, (m, w: string) => (/^(?:Inc|Co|Corp|Ltd|Jr|Sr|St)$/.test(w) ? m : w));
  return trimQuotes(raw)
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an)\s+/i, '')
    .replace(/[,;:\s]+$/, '');
}

/** The capitalised name that ends right before `end` ("… chief executive Park Ji-hoon| told"). */
export function namesBefore(text: string, end: number): string[] {
  const name = nameBefore(text, end);
  if (!name) return [];
  // "Samsung Electronics and SK Hynix did not respond": two names, unless "and" is inside one ("Ministry of Trade, Industry and Energy").
  if (/ and /.test(name) && !/ of |,/.test(name)) {
    return name.split(' and ').map((n) => stripLeadingTitles(n.trim())).filter((n) => n && /^[A-Z]/.test(n) && !NOT_NAMES.test(n));
  }
  return [name];
}

export function nameBefore(text: string, end: number): string | null {
  let pre = text.slice(Math.max(0, end - 220), end);
  pre = pre.replace(/\s*(?:also|has|have|had|too|however|reportedly|previously|later|then)\s*$/i, '');
  pre = pre.replace(/\s*,\s*(?:who|which)\s*$/i, ''); // "Brad Smith, who said"
  pre = pre.replace(/\s*,\s*(?:[^,]{1,140}),\s*$/, (m) => (/^\s*,\s*(?:who|which|the|a|an|whose|its|his|her|their|one|chief|head|a former|[a-z]|[A-Z][\p{L}\d&.-]*['’]s\s)/u.test(m) ? '' : m)); // appositive
  pre = pre.replace(/\s*(?:on|in)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$/i, '');
  pre = pre.replace(/\s*\(?[DRI]-[A-Z][A-Za-z.]*\)?\s*,?\s*$/, ''); // party tags: "(D-Va.)", ", R-Ky.,"
  pre = pre.replace(/,\s*$/, ''); // an appositive that is the name: "the chair of the committee, Sarah Whitfield, said"
  pre = pre.replace(/[\s"“”«»'‘’\-–—]+$/, '');
  // "the No Azure for Apartheid campaign said": the name before a lowercase kind noun.
  pre = pre.replace(/([A-Z][\p{L}\d]*)\s+(?:campaign|movement|group|coalition|alliance|network|company|firm|party|organisation|organization|union)$/u, '$1');
  const tokens = pre.split(/\s+/);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && run.length < 10; i--) {
    let tok = tokens[i];
    const endsWithComma = /,$/.test(tok);
    if (endsWithComma) {
      // "Ministry of Trade, Industry and Energy": a comma inside a name only in a list joined by "and".
      if (!(run.includes('and') && !run.includes('of'))) break;
      tok = tok.slice(0, -1);
    }
    tok = tok.replace(/^["“«(]+|["”»)]+$/g, '');
    if (!tok) break;
    if (CAP_WORD.test(tok) || (CONNECTORS.has(tok) && run.length > 0)) run.unshift(endsWithComma ? `${tok},` : tok);
    else break;
  }
  while (run.length > 0 && CONNECTORS.has(run[0])) run.shift();
  if (run.length === 0) return null;
  // "protests in Oklahoma acknowledged": a name after a preposition is not the subject ("a spokesperson for Shell" is).
  const before = tokens.slice(0, tokens.length - run.length).join(' ').replace(/\s+the$/i, '');
  if (/\b(?:in|of|at|from|with|by|on|to|about|against|near|across|into|over|under|after|before|during|than|like)$/i.test(before)
    && !/\b(?:spokesperson|spokesman|spokeswoman|representative|official|officials|lawyer|attorney|adviser|advisor|source|sources|head|chief|director) (?:for|of|at|from)$/i.test(before)) return null;
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i.test(run[0]) || /^[DRI]-[A-Z]/.test(run[0])) return null;
  let name = run.join(' ');
  if (NOT_NAMES.test(run[run.length - 1].replace(/,$/, '')) || (run.length === 1 && NOT_NAMES.test(run[0]))) return null;
  // "Sen. Mitch McConnell of Kentucky" → the person, not the place.
  const ofSplit = / of /.exec(name);
  if (ofSplit && hasPersonTitle(name)) name = name.slice(0, ofSplit.index);
  name = stripLeadingTitles(name);
  return name.length >= 2 ? name : null;
}

const TITLE_WORD = /^(?:Leader|Judge|Justice|Minister|Secretary|Secretary-General|Director|Director-General|Officer|Spokesman|Spokeswoman|Spokesperson|President|Governor|Chairman|Chairwoman|Chair|Chief|Executive|Ambassador|Commissioner|Mayor|Senator|Representative|Inspector|Detective|Sergeant|Constable|Superintendent|Captain|Lieutenant|Colonel|General|Admiral|Chancellor|Coach|Manager|Analyst|Economist|Attorney|Lawyer|Professor|CEO|CFO|CTO|COO|Founder|Sen\.?|Rep\.?|Gov\.?|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Insp\.?|Det\.?|Sgt\.?|Supt\.?|Capt\.?|Lt\.?|Col\.?|Gen\.?)$/;

function stripLeadingTitles(name: string): string {
  // "However Prof Lewin", "Melbourne-based Prof Lewin": sentence connectors and "-based" adjectives are not names.
  let words = name.replace(/^(?:However|But|And|Meanwhile|Also|Still|Yet|Instead|Separately|Earlier|Later)\s+/, '').split(' ');
  while (words.length > 1 && /-based$/.test(words[0])) words = words.slice(1);
  // "Washington State Hospital Association CEO Cassie Sauer", "U.S. District Judge Helen Marsh": the name after the last title.
  let last = -1;
  words.forEach((w, i) => { if (i < words.length - 1 && TITLE_WORD.test(w)) last = i; });
  if (last >= 0 && words.length - last - 1 >= 2) return words.slice(last + 1).join(' ');
  return stripPersonTitles(words.join(' '));
}

/**
 * A lone surname ("Lofven said") reads as an organisation by default; a personal pronoun in the sentence
 * and an ordinary capitalised word (not "AstraZeneca", not "OPM") make it a person.
 */
function refineSingleName(name: string, kind: CitedSourceKind, sentence: string): CitedSourceKind {
  if (kind !== 'organisation' || /\s/.test(name) || hasOrganisationCue(name)) return kind;
  if (!/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(name)) return kind;
  return /\b(?:he|she|his|her|him|himself|herself)\b/i.test(sentence) ? 'person' : kind;
}

/** The capitalised name at the start of a phrase ("The Verge, which …" → "The Verge"). */
function capitalisedRun(phrase: string): string | null {
  const words = phrase.replace(/["“”«»]/g, '').trim().split(/\s+/);
  const run: string[] = [];
  for (const w of words) {
    const core = w.replace(/[,;:]$/, '');
    if (CAP_WORD.test(core) || (run.length > 0 && CONNECTORS.has(core) && core !== 'the') || (run.length === 0 && /^the$/i.test(core))) run.push(core);
    else break;
    if (core !== w || run.length >= 7) break;
  }
  while (run.length && CONNECTORS.has(run[run.length - 1].toLowerCase())) run.pop();
  const name = run.join(' ');
  return name && /[A-Z]/.test(name) && !NOT_NAMES.test(name) ? name : null;
}

function trimNounPhrase(np: string): string {
  let s = np.replace(/\s+(?:which|who|that|as|while|when|after|before|with|to|in|on|at|over|since|during|because|but|and then)\s.*$/i, '');
  s = s.replace(/\s*[,"”»].*$/, (m) => (/^\s*["”»]/.test(m) ? m.replace(/[,].*$/, '') : ''));
  return cleanName(s);
}

const REPORT_PREFIX = /^(?:(?:a|an|the)\s+)?(?:new|recent|latest|internal|leaked|separate|previous|joint|weekly|monthly|annual|preliminary|official|confidential|exclusive)?\s*(report|reports|statement|data|figures|study|survey|documents?|estimates?|analysis|article|investigation|post|email|letter|filing|tally|count|poll|census|records?|reporting|story|reporters|notice|announcement|release|press release|bulletin|website|page|account|decision)\s+(?:by|from|of|in|published by|released by|on|at|compiled by|seen by|obtained by|carried by)\s+/i;

function fromNounPhrase(np: string, role: Attribution['role'], index: number, context = ''): Attribution[] {
  let phrase = trimNounPhrase(np);
  let ctx = context;
  const prefix = REPORT_PREFIX.exec(phrase);
  if (prefix) { phrase = phrase.slice(prefix[0].length); ctx = `${ctx} ${prefix[1]}`; }
  phrase = phrase.replace(/['’]s\s+(?:own\s+|latest\s+|new\s+)?(report|reporting|investigation|article|story|analysis)$/i, (_m, w: string) => { ctx = `${ctx} ${w}`; return ''; });
  phrase = cleanName(phrase);
  // Pronouns, anonymous people and bare "reports" are not citable sources.
  if (!phrase || /^(?:its|his|her|their|our|my|your|this|that|these|those|some|one|two|three|several|people|sources?|officials?|a person|persons|residents|witnesses|analysts|experts|reports?)\b/i.test(phrase)) return [];
  if (!/[A-Z]/.test(phrase) && !hasOrganisationCue(phrase) && !hasDocumentCue(phrase)) return [];
  if (phrase.split(/\s+/).length > 8) return [];
  const name = phrase.replace(/^the\s+/, '').replace(/^The\s+(?=[a-z])/, '');
  const kind = classifySource(name, ctx);
  return [{ name: kind === 'person' ? stripLeadingTitles(name) : name, kind, role, index }];
}

function findEnglish(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of sentence.matchAll(VERB_RE)) {
    const verb = m[1].toLowerCase();
    const verbStart = m.index! + m[0].length - m[1].length;
    if ((verb === 'called' || verb === 'described') && !/^[^.]{0,40}["“«]/.test(sentence.slice(verbStart + verb.length))) continue;
    // "confirmed Maria Delgado", "announced Apple's results": a transitive verb with a named object is not speech.
    if (/^(?:confirmed|announced|reported|warned|acknowledged|described|noted)$/.test(verb) && /^\s+(?:[A-Z]|its\s|his\s|her\s|their\s)/.test(sentence.slice(verbStart + verb.length))) continue;
    let names = namesBefore(sentence, m.index!);
    if (names.length === 0 && /^(?:said|says|told|wrote|added)$/.test(verb) && /\band\s*$/.test(sentence.slice(0, m.index!))) {
      // "Gov. Gavin Newsom declared an emergency and said …": the subject opens the sentence.
      const opening = capitalisedRun(sentence.replace(/^[^A-Za-z]+/, '').replace(/^(?:Gov|Sen|Rep|Dr|Gen|Prof|Mr|Mrs|Ms)\.\s+/, ''));
      if (opening && !/['’]s?$/.test(opening)) names = [stripLeadingTitles(opening)];
    }
    for (const name of names) {
      if (PRONOUN_SUBJECT.test(name)) continue;
      const context = '';
      const kind = classifySource(name, context);
      // "The White House" opens a sentence where "the White House" would not; outlets keep their "The".
      const shown = kind === 'news-outlet' ? name : name.replace(/^The\s+(?=[A-Z])/, '');
      out.push({ name: shown, kind: kind === 'document' ? 'organisation' : refineSingleName(shown, kind, sentence), role: 'speaker', index: m.index! });
    }
  }
  for (const m of /said|says|wrote|added/.test(sentence) ? sentence.matchAll(INVERTED_RE) : []) {
    const name = stripLeadingTitles(m[1].replace(/\s+(?:on|in|at)$/, ''));
    if (NOT_NAMES.test(name.split(' ')[0]) || NOT_NAMES.test(name)) continue;
    out.push({ name, kind: classifySource(name), role: 'speaker', index: m.index! });
  }
  for (const m of sentence.includes('told') ? sentence.matchAll(TOLD_RE) : []) {
    const name = cleanName(m[1]);
    const kind = classifySource(name, 'told');
    const isCallSign = /^[KW][A-Z]{2,3}(?:-TV)?$/.test(name); // US broadcasters: KTLA, WNYC
    if (kind === 'news-outlet' || isKnownOutlet(name) || isCallSign) out.push({ name, kind: 'news-outlet', role: 'medium', index: m.index! });
  }
  for (const m of /accord|citing|quoting/i.test(sentence) ? sentence.matchAll(ACCORDING_RE) : []) {
    // "according to its website", "according to a statement it published": the owner is the sentence's subject.
    if (OWN_MEDIUM_RE.test(m[1])) {
      const owner = sentenceSubject(sentence);
      if (owner) out.push({ name: owner, kind: classifySource(owner), role: 'source', index: m.index! });
      continue;
    }
    out.push(...fromNounPhrase(m[1], 'source', m.index!));
  }
  for (const m of sentence.includes(' by ') ? sentence.matchAll(BY_RE) : []) {
    const name = capitalisedRun(m[1]);
    if (name) out.push({ name, kind: classifySource(name, 'report'), role: 'source', index: m.index! });
  }
  for (const m of /['’]s\s/.test(sentence) ? sentence.matchAll(POSSESSIVE_RE) : []) {
    const name = cleanName(m[1]);
    if (!name || NOT_NAMES.test(name)) continue;
    out.push({ name, kind: classifySource(name, m[2]), role: 'source', index: m.index! });
  }
  for (const m of /["“]/.test(sentence) ? sentence.matchAll(QUOTED_REPORT_RE) : []) {
    const name = cleanName(m[1]);
    out.push({ name, kind: classifySource(name, 'report'), role: 'source', index: m.index! });
  }
  for (const re of DOC_WORD.test(sentence) ? [DOC_MEDIUM_RE, DOC_SUBJECT_RE] : []) {
    for (const m of sentence.matchAll(re)) {
      const phrase = m[1].toLowerCase().replace(/\s+/g, ' ').trim();
      if (/^(?:news|media|press|local|earlier|previous|recent|multiple|several|other)\s+reports?$/.test(phrase)) continue;
      // "according to a report by The Guardian": the owner is the cited source, not an anonymous document.
      if (/^\s+(?:by|from|published by|released by|carried by)\s/i.test(sentence.slice(m.index! + m[0].length))) continue;
      out.push({ name: m[1].replace(/\s+/g, ' ').trim(), kind: 'document', role: 'medium', index: m.index! });
    }
  }
  for (const m of /obtained|seen|reviewed|shared|released|published/.test(sentence) ? sentence.matchAll(DOCS_OBTAINED_RE) : []) {
    out.push({ name: m[1].replace(/\s+/g, ' ').trim().toLowerCase(), kind: 'document', role: 'medium', index: m.index! });
  }
  for (const m of PLATFORM_WORD.test(sentence) ? sentence.matchAll(SOCIAL_RE) : []) {
    const platform = m[1];
    if (platform === 'X' && !/^(?:on|via)\s+(?:the\s+)?["“]?X["”]?(?:\s|$|[.,;])/.test(m[0] + ' ')) continue;
    const owner = /account\s+of\s+(["“][^"”]{2,80}["”]|[A-Z][\p{L}\d&' -]{1,60}?)\s+on\b/u.exec(sentence)?.[1];
    out.push({ name: owner ? `${cleanName(owner)} on ${platform}` : '', kind: 'social-post', role: 'medium', index: m.index! });
  }
  return out;
}

// --- Arabic ---

const AR_VERBS = 'قال|قالت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|صرح|صرحت|أعلن|أعلنت|أوضح|أوضحت|أضاف|أضافت|نقل|نقلت|حذر|حذرت|كشف|كشفت|أشار|أشارت|أورد|أوردت|نشر|نشرت|أفادت|اعتبر|اعتبرت|رأى|رأت|لفت|لفتت|نفى|نفت|بث|بثت';
const AR_VERB_RE = new RegExp(`(?<![A-Za-z\\u0621-\\u0652\\u066E-\\u06D3])(?:و|ف)?(${AR_VERBS})(?![A-Za-z\\u0621-\\u0652\\u066E-\\u06D3])`, 'gu');
const AR_ACCORDING_RE = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])(?:و|ف)?(?:بحسب|حسب|وفقاً|وفقا|وفق|طبقاً|طبقا|نقلاً عن|نقلا عن)(?:\s*لـ?|\s+ما\s+(?:ذكرته|ذكره|أوردته|أورده|نقلته|نقله|أفادت به|أفاد به|أعلنته|أعلنه|نشرته|نشره)\s*)?\s*/gu;
const AR_ISSUED_RE = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])(?:الصادر|الصادرة|صادر|صادرة)\s+عن\s+/gu;
const AR_TOLD_RE = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])(?:ل|لـ)\s*«?(?=قناة|صحيفة|وكالة|موقع|شبكة|مجلة|إذاعة|تلفزيون|«)|(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])(?:تصريحات|تصريح|حديث|مقابلة|حوار)\s+(?:خاصة\s+|صحفية\s+|خاص\s+)?(?:لـ?|مع)\s*/gu;
const AR_SOCIAL_RE = /(?:منصة|موقع|تطبيق)\s*«?\s*(إكس|اكس|تويتر|فيسبوك|فيس بوك|تلغرام|تليغرام|إنستغرام|انستغرام|تيك توك|يوتيوب)\s*»?|(?:حسابه|حسابها|حسابهم|حساب)\s+(?:الرسمي\s+|الشخصي\s+)?(?:على|في|عبر)\s+(?:منصة\s+)?«?\s*(إكس|اكس|تويتر|فيسبوك|تلغرام|تليغرام|إنستغرام)?|(?:تغريدة|منشور|تدوينة)\s+(?:على|عبر|في)\s+(?:منصة\s+)?«?\s*(إكس|اكس|تويتر|فيسبوك|تلغرام|تليغرام|إنستغرام)/gu;
const AR_STOP = new Set(['إن', 'إنه', 'إنها', 'أن', 'أنه', 'أنها', 'بأن', 'بأنه', 'بأنها', 'في', 'خلال', 'عن', 'يوم', 'اليوم', 'أمس', 'مساء', 'صباح', 'من', 'عقب', 'بعد', 'قبل', 'على', 'الذي', 'التي', 'الذين', 'الصادر', 'الصادرة', 'صادر', 'صادرة', 'أيضا', 'أيضاً', 'كذلك', 'إلى', 'ان', 'انه', 'انها', 'عبر', 'مع', 'حول', 'لدى', 'أثناء', 'قوله', 'قولها', 'قولهم', 'وقال', 'وأضاف', 'ما', 'لا', 'لم', 'لن', 'قد', 'كما', 'حيث', 'بينما', 'ضمن', 'منذ', 'نحو', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'إثر', 'تعليقا', 'ردا']);
const AR_SINGLE_TITLES = /^(?:الخبير|الخبيرة|المتحدث|المتحدثة|الناطق|الناطقة|مسؤول|المسؤول|مسؤولة|الباحث|الباحثة|المحلل|خبير|مدير|رئيس|عضو|الأستاذ)$/;
const AR_ANONYMOUS = /^(?:مسؤول|مسؤولون|مسؤولين|مصدر|مصادر|مسؤولة|شهود|سكان|مراقبون|محللون|خبراء|ناشطون|مواطنون|أحد|بعض|عدد|الأخير|الأخيرة|الوزيرين|الطرفين|الجانبين)(?:\s+\S+)?$/;
const AR_PRONOUN_START = /^(?:أنه|أنها|إنه|إنها|أن|إن|بأن|هو|هي|هم|له|لها|ذلك|هذا|هذه)$/;
const AR_BARE_CUES = /^(?:الوزارة|الوكالة|الشركة|الحكومة|المنظمة|الهيئة|المجلس|اللجنة|الجيش|البيان|التقرير|الصحيفة|القناة|الموقع|المصدر|المكتب|الحركة|الرئاسة)$/;
const AR_BARE_INDEFINITE = /^و?(?:حركة|منظمة|جمعية|حملة|مجموعة|شركة|وكالة|صحيفة|قناة|موقع|مجلة|تحالف|مبادرة)$/;
const AR_DOC_PREFIX = /^(?:بيانات|بيان|معطيات|أرقام|إحصاءات|إحصائيات|تقديرات|تقرير|تقارير|دراسة|وثيقة|وثائق|رسالة|إرشادات|توصيات|تعليمات|معايير|توجيهات)\s+/;

const stripTashkeel = (s: string) => s.replace(/[\u064B-\u0652\u0640]/g, '');

const AR_ORG_HEAD = /^\s*«?(?:ال)?(?:وزارة|وكالة|منظمة|هيئة|مجلس|بنك|شركة|جامعة|مركز|مؤسسة|صندوق|لجنة|اتحاد|مكتب|جمعية|مفوضية|حكومة|جيش|محكمة|مصرف|معهد|برنامج|الأمم)(?:\s|$)/;

/** "الخبيرة الاقتصادية في بنك …": a title (with its adjectives) before the organisation it works in. */
function isTitleBeforeOrganisation(words: string[], rest: string): boolean {
  if (words.length === 0 || words.length > 3) return false;
  if (!(AR_SINGLE_TITLES.test(words[0]) || /^(?:ال)?(?:خبير|خبيرة|باحث|باحثة|محلل|محللة|مسؤول|مسؤولة|أستاذ|أستاذة|مستشار|مستشارة)$/.test(words[0]))) return false;
  return words.slice(1).every((w) => /^ال/.test(w)) && (words.length === 1 || AR_ORG_HEAD.test(rest));
}

/** Arabic noun phrase after a verb or preposition, up to a stop word or punctuation. */
export function arabicPhraseAt(text: string, start: number): string {
  const words: string[] = [];
  const rest = text.slice(start, start + 200);
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest)) && words.length < 9) {
    let w = m[0];
    if (words.length === 0 && /^[«"“]/.test(w) && /[»"”]/.test(w) === false) w = w.replace(/^[«"“]/, '');
    if (w.startsWith('(')) { if (words.length === 0) break; words.push(w.replace(/[،,:.؛]+$/, '')); if (/[)][،,:.؛]?$/.test(w)) break; continue; }
    const bare = w.replace(/[«»"“”]/g, '');
    const core = bare.replace(/[،,:.؛؟!)]+$/, '');
    if (!core) break;
    if (AR_STOP.has(core) && !(core === 'في' && isTitleBeforeOrganisation(words, rest.slice(m.index + m[0].length)))) break;
    if (/^(?:ل|لـ)(?:قناة|صحيفة|وكالة|موقع|شبكة|مجلة|إذاعة)/.test(core) || /^لـ/.test(core) || /^نشر/.test(core) || /^[\d\u0660-\u0669]/.test(core) || /^[A-Za-z]/.test(core)) break;
    words.push(core);
    if (core !== bare.replace(/[«»"“”]/g, '') || /[،,:.؛؟!]$/.test(w)) break;
  }
  return words.join(' ');
}

function arabicAttribution(phrase: string, role: Attribution['role'], index: number): Attribution | null {
  const name = phrase.trim();
  if (!name || AR_PRONOUN_START.test(name.split(' ')[0]) || AR_ANONYMOUS.test(name) || AR_BARE_CUES.test(name)) return null;
  if (name.split(' ').length === 1 && AR_SINGLE_TITLES.test(name)) return null;
  // A lone plural ("مختصون", "مراقبين") or a pronoun-suffixed noun ("اسمه") is nobody in particular.
  if (!name.includes(' ') && (/(?:ون|ين)$/.test(name) || /^(?:اسم|نفس|رأي|قول|لسان|بدور)(?:ه|ها|هم)$/.test(name))) return null;
  if (!name.includes(' ') && AR_BARE_INDEFINITE.test(name)) return null;
  if (isPlaceName(name)) return null; // "وقالت السعودية": the state, not a citable organisation
  const kind = classifySource(name);
  // A definite phrase with no outlet, person or organisation cue ("الاتفاق الموقع") is not a source.
  if (kind === 'organisation' && !hasOrganisationCue(name)) return null;
  return { name, kind, role, index };
}

/** A title phrase gives the person's name, and for a spokesperson the organisation too ("المتحدث باسم …"). */
function splitArabicPerson(a: Attribution | null): Attribution[] {
  if (!a || a.kind !== 'person') return a ? [a] : [];
  const split = splitArabicTitle(a.name);
  if (!split) return [a];
  const out: Attribution[] = [];
  if (split.name) out.push({ ...a, name: split.name });
  if (split.organisation) out.push({ name: split.organisation, kind: classifySource(split.organisation), role: split.name ? 'source' : a.role, index: a.index });
  return out;
}

/** "حركة «لا لأزور من أجل الأبارتهايد»": a bare organisation noun whose name follows in quotation marks. */
function quotedNameAfter(original: string, phrase: string, from: number): string | null {
  if (!/^و?(?:حركة|منظمة|جمعية|حملة|مجموعة|شركة|وكالة|صحيفة|مجلة|موقع|قناة|تحالف|ائتلاف|مبادرة)$/.test(phrase)) return null;
  const at = original.indexOf(phrase, from);
  if (at < 0) return null;
  const rest = original.slice(at + phrase.length);
  const lead = /^\s*/.exec(rest)![0].length;
  const span = findQuoteSpans(rest.slice(lead, lead + 200)).find((sp) => sp.start === 0);
  if (!span) return null;
  const inner = rest.slice(lead + 1, lead + span.end - 1).trim();
  return inner && inner.split(/\s+/).length <= 8 ? `${phrase.replace(/^و(?=(?:حركة|منظمة|جمعية|حملة|مجموعة|شركة|وكالة|صحيفة|مجلة|موقع|قناة|تحالف|ائتلاف|مبادرة)$)/, '')} ${inner}` : null;
}

/** The organisation that opens a verb-first sentence ("رفعت وكالة «موديز» …", "وكانت الوزارة قد …"). */
function arabicSubject(text: string, original: string): Attribution | null {
  const first = /^\s*\S+\s+/.exec(text);
  if (!first) return null;
  const phrase = arabicPhraseAt(text, first[0].length);
  const head = phrase.split(' ')[0] ?? '';
  if (!/^(?:ال)?(?:وزارة|وكالة|منظمة|هيئة|مجلس|بنك|البنك|شركة|جامعة|مركز|حركة|حزب|مؤسسة|صندوق|لجنة|اتحاد|مكتب|جمعية|مفوضية|حكومة|جيش|محكمة|مصرف)$/.test(head)) return null;
  const quoted = quotedNameAfter(original, head, first[0].length);
  const name = quoted ?? phrase.split(' ').slice(0, 4).join(' ');
  return arabicAttribution(name, 'source', first[0].length);
}

function findArabic(sentence: string, original: string): Attribution[] {
  const out: Attribution[] = [];
  const push = (a: Attribution | null) => { out.push(...splitArabicPerson(a)); };
  for (const m of sentence.matchAll(AR_VERB_RE)) {
    const after = m.index! + m[0].length;
    const phrase = arabicPhraseAt(sentence, after);
    const quotedName = quotedNameAfter(original, phrase, after);
    push(arabicAttribution(quotedName ?? phrase, 'speaker', m.index!));
    // "قالت مصادر في منظمة … (أوبك)": anonymous sources inside a named organisation cite that organisation.
    const inside = /^\s*(?:مصادر|مصدر|مسؤولون|مسؤول|مسؤولين)(?:\s+\S+)?\s+(?:في|من|داخل|ب)\s+/.exec(sentence.slice(after, after + 60));
    if (inside) {
      const org = arabicAttribution(arabicPhraseAt(sentence, after + inside[0].length), 'source', m.index!);
      if (org && org.kind === 'organisation') out.push(org);
    }
    if (/^(?:نقل|نقلت)$/.test(m[1])) {
      const an = /^\s*عن\s+/.exec(sentence.slice(after + phrase.length + 1, after + phrase.length + 8));
      if (an) push(arabicAttribution(arabicPhraseAt(sentence, after + phrase.length + 1 + an[0].length), 'source', m.index!));
    }
  }
  const hasAccording = /حسب|وفق|طبق|نقلا/.test(sentence);
  for (const m of hasAccording ? sentence.matchAll(AR_ACCORDING_RE) : []) {
    let phrase = arabicPhraseAt(sentence, m.index! + m[0].length);
    const doc = AR_DOC_PREFIX.exec(phrase + ' ');
    if (doc) {
      const rest = phrase.slice(doc[0].length).trim();
      if (rest) phrase = rest;
      else if (/^تقرير|^دراسة|^وثيقة|^رسالة/.test(doc[0])) phrase = doc[0].trim();
      else { push(arabicSubject(sentence, original)); continue; } // "وفقاً لبيان نشرته": the owner opens the sentence
    }
    push(arabicAttribution(phrase, 'source', m.index!));
  }
  for (const m of sentence.includes('صادر') ? sentence.matchAll(AR_ISSUED_RE) : []) push(arabicAttribution(arabicPhraseAt(sentence, m.index! + m[0].length), 'source', m.index!));
  for (const m of sentence.matchAll(AR_TOLD_RE)) {
    const phrase = arabicPhraseAt(sentence, m.index! + m[0].length);
    const a = arabicAttribution(phrase, 'medium', m.index!);
    if (a && a.kind === 'news-outlet') out.push(a);
    else if (a && /^«/.test(sentence.slice(m.index! + m[0].length).trim()) && phrase.split(' ').length <= 3) out.push({ ...a, kind: 'news-outlet' });
  }
  // "لرويترز", "لـ«الشرق الأوسط»": an outlet glued to the preposition.
  for (const m of hasArabicOutletName(sentence) ? sentence.matchAll(/(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])لـ?\s*«?(?=([\u0621-\u064A][^\s«»،,.:]*(?:\s+[^\s«»،,.:]+){0,3}))/gu) : []) {
    const words = m[1].split(/\s+/);
    for (let k = words.length; k >= 1; k--) {
      const candidate = words.slice(0, k).join(' ');
      if (isExactOutlet(candidate)) { out.push({ name: candidate, kind: 'news-outlet', role: 'medium', index: m.index! }); break; }
    }
  }
  for (const m of sentence.matchAll(AR_SOCIAL_RE)) {
    const platform = m[1] ?? m[2] ?? m[3] ?? '';
    out.push({ name: platform ? `على ${platform}` : '', kind: 'social-post', role: 'medium', index: m.index! });
  }
  return out;
}

/** Attributions in one sentence, quotations masked; social posts get their owner from the other attributions. */
export function findAttributions(sentence: string): Attribution[] {
  const text = stripTashkeel(maskQuotes(sentence.slice(0, MAX_SENTENCE)));
  const found = [...(/[A-Za-z]{3,}/.test(text) ? findEnglish(text) : []), ...(/[\u0600-\u06FF]/.test(text) ? findArabic(text, stripTashkeel(sentence.slice(0, MAX_SENTENCE))) : [])]
    .filter((a) => a.kind === 'social-post' || a.kind === 'document' || !isPlaceName(a.name));
  const owner = found.find((a) => a.role !== 'medium' && (a.kind === 'person' || a.kind === 'organisation'));
  return found.map((a) => {
    if (a.kind === 'social-post') {
      if (/ on /.test(a.name) && !a.name.startsWith(' on')) return a;
      if (a.name.startsWith('على')) return { ...a, name: owner ? `${owner.name} ${a.name}` : `منشور ${a.name}` };
      const platform = /\b(?:on|via|to)\s+(?:the\s+)?["“]?([A-Z][\p{L}]*(?:\s+Social)?)/u.exec(sentence.slice(a.index))?.[1] ?? 'social media';
      return { ...a, name: owner ? `${owner.name} on ${platform}` : `post on ${platform}` };
    }
    return a;
  });
}

