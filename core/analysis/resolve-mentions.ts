import { isPlaceName } from './places';
import { hasOrganisationCue, hasOutletCue, isKnownOutlet, stripPersonTitles } from './source-kinds';

// Who "Smith", "he" and "the company" are: the people and organisations an article names, in order,
// so that a later short mention resolves to the full name written earlier (wire-copy convention).

/** strong: cited as a speaker or source, or written with a title or a job appositive, not just a capitalised run. */
export type Mention = { name: string; kind: 'person' | 'organisation'; sentence: number; strong?: boolean };

const RUN_RE = /(?:[A-Z][\p{L}'’-]*\.?|al-[A-Z][\p{L}-]*)(?:\s+(?:[A-Z][\p{L}'’-]*\.?|de|van|von|bin|ibn|al-[A-Z][\p{L}-]*))+/gu;
// Words that open a capitalised run without being part of a name ("In April", "The Ministry", "Capt. Luis Ortega").
const LEADING_NOISE = /^(?:The|A|An|In|On|At|By|For|From|With|After|Before|When|While|But|And|Or|As|If|According|Under|Since|During|Last|This|That|These|Those|Its|His|Her|Their|Our|Officials?|However|Meanwhile|Still|Yet|Instead|Separately|Earlier|Later|Also|Then|Now|Today|Yesterday|Asked|Speaking|Vendor|Agent|Owner|Resident|Teacher|Officer|Doctor|Nurse|Student|Councillor|Councilor|Superintendent|Detective|Constable|Inspector|Sheriff|Deputy|Coach|Player|Farmer|Driver|Spokesman|Spokeswoman|Spokesperson|Lawyer|Attorney|Analyst|Economist|Researcher|Scientist|Author|Writer|Artist|Singer|Actor|Actress|Producer|Chef|Pilot|Founder|CEO|Chair|Leader|Manager|Host|Witness|Survivor|Veteran|Activist|Volunteer|Organiser|Organizer|Campaigner|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Capt\.?|Gen\.?|Col\.?|Lt\.?|Sgt\.?|Sen\.?|Rep\.?|Gov\.?|Sir|Dame|Lord|Lady|Judge|Justice|President|Prime|Minister|Secretary|Chief|Executive|Director|Chairman|Chairwoman|Governor|Mayor|Senator|Ambassador|Commissioner|General|Colonel|Captain|Professor)$/;
const NOT_NAME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?|I|We|He|She|They|It)$/;
// Capitalised runs that end in these are places, awards or things ("Desert Hot Springs", "Nursery Road").
const NOT_PERSON_END = /^(?:Road|Street|St|Avenue|Ave|Lane|Drive|Boulevard|Square|Park|Springs|Spring|Hills?|Valley|Beach|Bay|Island|Islands|River|Lake|Mountains?|Heights|Falls|Village|Town|City|County|Hospital|School|College|Airport|Station|Bridge|Hall|Centre|Center|Stadium|Award|Awards|Prize|Winner|Person|People|Day|Week|Cup|Games|Championship|Act|Bill|Law|Plan|Program|Programme|Project|Fund|Trust|Street's)$/;
const ARABIC_NAME_PREFIX = /^(?:عبد|أبو|ابو|أبي|بن|ابن|آل)$/;

/** "Capt. Luis Ortega" → "Luis Ortega"; null when the run is not a personal name. */
export function personNameFromRun(run: string): string | null {
  // A sentence-final period is not part of the name ("met Bob Smith.").
  let words = run.replace(/([\p{L}]{2,})\.$/u, '$1').replace(/['’]s$/, '').split(/\s+/);
  while (words.length > 0 && LEADING_NOISE.test(words[0])) words = words.slice(1);
  // "However Prof Lewin": a title inside the run starts the name after it.
  const titleAt = words.slice(0, -1).findLastIndex((w) => /^(?:Mr|Mrs|Ms|Dr|Prof|Capt|Gen|Col|Lt|Sgt|Sen|Rep|Gov)\.?$/.test(w));
  if (titleAt >= 0) words = words.slice(titleAt + 1);
  const name = stripPersonTitles(words.join(' '));
  words = name.split(' ');
  if (words.length < 2 || words.length > 4) return null;
  if (NOT_PERSON_END.test(words[words.length - 1]) || words.some((w) => NOT_NAME_WORD.test(w) || /^[A-Z]{2,}$/.test(w) || /\.$/.test(w) && w.length > 2)) return null;
  if (hasOrganisationCue(name) || hasOutletCue(name) || isKnownOutlet(name) || isPlaceName(name) || words.some((w) => isPlaceName(w))) return null;
  return name;
}

const TITLED = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Capt|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Sir|Dame|Judge|Justice|President|Minister|Secretary|Chief|Governor|Mayor|Senator|Ambassador|Commissioner|executive|officer|director|spokesman|spokeswoman|spokesperson|chairman|chairwoman|president|minister|secretary|founder|analyst|economist|professor|lawyer|attorney|researcher|coach|manager)\.?\s*$/;
const APPOSITIVE = /^\s*,\s*(?:a|an|the|who|whose|[a-z]+\s+(?:of|at|for)\b|[A-Z][\p{L}\d&.-]*['’]s\s+[a-z])/u;

/** Full personal names written in one sentence of English text ("Brad Smith, Microsoft's president"). */
export function findPersonNames(text: string): { name: string; strong: boolean }[] {
  const out: { name: string; strong: boolean }[] = [];
  if (!/[A-Z][a-z]/.test(text)) return out;
  for (const m of text.matchAll(RUN_RE)) {
    const name = personNameFromRun(m[0]);
    if (!name || out.some((o) => o.name === name)) continue;
    const start = m.index! + m[0].indexOf(name);
    const strong = TITLED.test(text.slice(Math.max(0, start - 30), start)) || APPOSITIVE.test(text.slice(start + name.length, start + name.length + 40));
    out.push({ name, strong });
    if (out.length >= 20) break;
  }
  return out;
}

/** The mention a short name refers to: the latest full name ending in it, else the first one after it. */
export function resolveShortName(name: string, mentions: Mention[], sentence: number): Mention | null {
  const short = name.trim();
  if (!short || short.includes(' ') && !/[\u0600-\u06FF]/.test(short)) return null;
  // "Dr Fauci" is itself a short form: only a full name ("Anthony Fauci") resolves another.
  const fits = (m: Mention) => m.kind === 'person' && m.name !== short && m.name.endsWith(` ${short}`) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov)\.?\s+\S+$/.test(m.name);
  let best: Mention | null = null;
  for (const m of mentions) {
    if (!fits(m)) continue;
    if (m.sentence <= sentence) best = m;
    else if (!best) return m;
  }
  return best;
}

/** The latest mention of a kind before or in a sentence, optionally whose name matches a cue ("ministry"). */
export function latestMention(mentions: Mention[], sentence: number, kind: Mention['kind'], cue?: RegExp, strongOnly = false): Mention | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.sentence <= sentence && m.kind === kind && (!cue || cue.test(m.name)) && (!strongOnly || m.strong)) return m;
  }
  return null;
}

const DATELINE = /^(?:[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*)/;
const SUBJECT_STOP = /^(?:The|A|An|In|On|At|By|For|From|Of|To|With|As|If|Since|Until|Under|Over|During|Despite|Although|Though|Because|Unlike|Like|Amid|Among|Across|Without|Within|Once|Now|Then|But|And|Or|So|Yet|However|Meanwhile|According|After|Before|When|While|Where|Last|Next|This|That|These|Those|There|Here|It|He|She|They|We|I|You|His|Her|Their|Its|Our|My|Officials?|Analysts|Some|Many|Most|All|Both|Each|Every|No|Not|Only|Also|Still|Even|Such|Other|Another|More|Few|Several|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The named subject that opens a sentence ("Fitch Ratings downgraded …", "The International Monetary Fund
 * approved …"), once a wire dateline is removed; null for people, places and anything that is not a name.
 */
export function sentenceSubject(text: string): string | null {
  const s = text.replace(DATELINE, '').replace(/^The\s+(?=[A-Z])/, '');
  const m = /^((?:[A-Z][\p{L}\d&'’.-]*)(?:\s+(?:(?:of|and|for|de)\s+)?[A-Z][\p{L}\d&'’.-]*){0,5})(?=\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+|was\s+|on\s+\w+\s+)?(?!(?:and|or|of|in|for|to|at|with|on|from|by|as|is|are|was|were)\b)[a-z])/u.exec(s);
  if (!m) return null;
  const name = m[1].replace(/['’]s$/, '');
  if (SUBJECT_STOP.test(name.split(' ')[0]) || /['’]s\b/.test(name) || isPlaceName(name) || personNameFromRun(name)) return null;
  return name;
}

/**
 * An Arabic title phrase split into the person's name and the organisation it names:
 * "المتحدث باسم وكالة الأونروا عدنان أبو حسنة" → name "عدنان أبو حسنة", organisation "وكالة الأونروا".
 * The title part is the title word with its definite complements ("وزير المالية", "في البنك الدولي"); the name is
 * the indefinite words after it. Returns null when no name follows the title ("الرئيس المصري").
 */
const AR_TITLE_HEAD = /^و?(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة|وزير|وزيرة|رئيس|رئيسة|مدير|مديرة|مدرب|خبير|خبيرة|سفير|سفيرة|دكتور|دكتورة|مستشار|مستشارة|نائب|نائبة|أمين|أمينة|قائد|جنرال|لواء|عميد|ملك|أمير|شيخ|مبعوث|مبعوثة|مفوض|مفوضة|محلل|محللة|باحث|باحثة|أستاذ|أستاذة|محامي|محامية|كاتب|كاتبة|صحفي|صحفية|مسؤول|مسؤولة|عضو|زعيم|مديرة|ممثل|ممثلة|منسق|منسقة|المفوض)$/;
const AR_CONSTRUCT = /^(?:ل|ب|لل|بال)?(?:وزارة|وكالة|منظمة|هيئة|مجلس|بنك|شركة|جامعة|مركز|حركة|حزب|مؤسسة|صندوق|لجنة|اتحاد|مكتب|جمعية|مفوضية|سلطة|حكومة|جيش|محكمة|برنامج|مصرف|معهد|دائرة|إدارة|قسم|شؤون|منظمات|الأمم|مجموعة|شبكة)$/;
const AR_LINK = /^(?:باسم|في|لدى|ب|من|عن|لشؤون|للشؤون|العام|العامة|الأول|الأولى|الدولي|الدولية|التنفيذي|التنفيذية|الإقليمي|الإقليمية|السابق|السابقة|الحالي)$/;

export function splitArabicTitle(phrase: string): { name: string | null; organisation: string | null } | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || !AR_TITLE_HEAD.test(words[0])) return null;
  let i = 1;
  let orgStart = -1;
  for (; i < words.length; i++) {
    const w = words[i];
    if (i === 1 && AR_TITLE_HEAD.test(w) && !/^ال/.test(w)) continue; // "نائب وزير الخارجية"
    // Only a spokesperson speaks for the organisation ("المتحدث باسم"); an expert "في البنك" is not its voice.
    if (w === 'باسم') { orgStart = i + 1; continue; }
    if (AR_LINK.test(w) || /^(?:ال|لل|بال|وال)/.test(w) || AR_CONSTRUCT.test(w)) continue;
    break;
  }
  const nameWords = words.slice(i);
  if (nameWords.length > 5 || (nameWords.length > 0 && ARABIC_NAME_PREFIX.test(nameWords[nameWords.length - 1]))) return null;
  const orgPhrase = orgStart > 0 && orgStart < i ? words.slice(orgStart, i).join(' ') : '';
  // "باسم الوكالة": a bare definite noun names no organisation by itself.
  const organisation = orgPhrase && (orgPhrase.includes(' ') || !/^ال/.test(orgPhrase)) ? orgPhrase : null;
  const name = nameWords.length > 0 ? nameWords.join(' ') : null;
  return name || organisation ? { name, organisation } : null;
}
