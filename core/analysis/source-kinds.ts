import type { CitedSourceKind } from './types';

// Telling outlets, organisations, people, documents and social posts apart by name and by cue words.

const OUTLETS = [
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'agence france presse', 'bloomberg', 'bloomberg news', 'guardian',
  'new york times', 'washington post', 'wall street journal', 'financial times', 'bbc', 'bbc news', 'cnn', 'al jazeera', 'axios',
  'politico', 'verge', 'economist', 'haaretz', 'times of israel', '+972 magazine', 'le monde', 'der spiegel', 'npr', 'cbs news',
  'nbc news', 'abc news', 'fox news', 'sky news', 'independent', 'telegraph', 'intercept', 'propublica', 'wired', 'techcrunch',
  'cnbc', 'xinhua', 'tass', 'anadolu', 'anadolu agency', 'yonhap', 'kyodo', 'dpa', 'ansa', 'efe', 'asharq al-awsat', 'al arabiya',
  'middle east eye', 'ynet', 'atlantic', 'vox', 'semafor', 'business insider', 'forbes', 'usa today', 'los angeles times',
  'information', 'nikkei', 'nikkei asia', 'times', 'sunday times', 'daily mail', 'mirror', 'observer', 'new yorker', 'time',
  'newsweek', 'huffpost', 'buzzfeed news', 'vice', 'the hill', 'hill', 'marketwatch', 'barron\'s', 'south china morning post',
  'straits times', 'hindustan times', 'times of india', 'dawn', 'el país', 'el pais', 'le figaro', 'corriere della sera',
  'süddeutsche zeitung', 'frankfurter allgemeine', 'spiegel', 'tagesschau', 'france 24', 'euronews', 'deutsche welle', 'dw',
  'rfi', 'radio free europe', 'voice of america', 'kan', 'channel 12', 'channel 13', 'i24news', 'jerusalem post', 'mada masr',
  'rudaw', 'the national', 'gulf news', 'arab news', 'khaleej times', 'al-monitor', 'al monitor', 'semafor', 'reuters news agency',
  'رويترز', 'الغارديان', 'غارديان', 'أسوشيتد برس', 'اسوشيتد برس', 'وكالة الصحافة الفرنسية', 'وكالة الأنباء الفرنسية', 'فرانس برس',
  'بي بي سي', 'سي إن إن', 'الجزيرة', 'العربية', 'الشرق الأوسط', 'نيويورك تايمز', 'واشنطن بوست', 'وول ستريت جورنال',
  'فايننشال تايمز', 'أكسيوس', 'اكسيوس', 'هآرتس', 'يديعوت أحرونوت', 'الأناضول', 'واس', 'سانا', 'وفا', 'بلومبرغ', 'بلومبيرغ',
  'هسبريس', 'إندبندنت عربية', 'سكاي نيوز عربية', 'تايمز أوف إسرائيل', 'معاريف', 'القدس العربي', 'الأهرام', 'المصري اليوم',
  'النهار', 'الأخبار', 'عرب 48', 'عربي 21', 'الميادين', 'المنار', 'فرانس 24', 'دويتشه فيله', 'الحرة', 'وكالة أنباء الشرق الأوسط',
];
const OUTLET_SET = new Set(OUTLETS);
const ARABIC_OUTLETS = OUTLETS.filter((o) => /[\u0600-\u06FF]/.test(o));

const OUTLET_DOMAINS: Record<string, string> = {
  'reuters.com': 'Reuters', 'apnews.com': 'Associated Press', 'afp.com': 'AFP', 'bloomberg.com': 'Bloomberg',
  'theguardian.com': 'The Guardian', 'nytimes.com': 'The New York Times', 'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal', 'ft.com': 'Financial Times', 'bbc.com': 'BBC', 'bbc.co.uk': 'BBC', 'cnn.com': 'CNN',
  'aljazeera.com': 'Al Jazeera', 'aljazeera.net': 'الجزيرة', 'axios.com': 'Axios', 'politico.com': 'Politico', 'theverge.com': 'The Verge',
  'economist.com': 'The Economist', 'haaretz.com': 'Haaretz', 'timesofisrael.com': 'The Times of Israel', '972mag.com': '+972 Magazine',
  'lemonde.fr': 'Le Monde', 'spiegel.de': 'Der Spiegel', 'npr.org': 'NPR', 'theintercept.com': 'The Intercept', 'propublica.org': 'ProPublica',
  'wired.com': 'Wired', 'techcrunch.com': 'TechCrunch', 'cnbc.com': 'CNBC', 'aawsat.com': 'الشرق الأوسط', 'alarabiya.net': 'العربية',
  'middleeasteye.net': 'Middle East Eye', 'ynetnews.com': 'Ynet', 'theatlantic.com': 'The Atlantic', 'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph', 'aa.com.tr': 'Anadolu', 'hespress.com': 'هسبريس', 'france24.com': 'France 24', 'dw.com': 'DW',
};
const SOCIAL_DOMAINS = ['x.com', 'twitter.com', 'facebook.com', 't.me', 'telegram.me', 'instagram.com', 'tiktok.com', 'youtube.com', 'youtu.be', 'threads.net', 'bsky.app', 'linkedin.com', 'mastodon.social'];

const OUTLET_CUE = /\b(?:newspaper|daily|magazine|news agency|broadcaster|tv|television|radio|channel|outlet|times|post|news|journal|herald|gazette|tribune|chronicle|telegraph|review)\b|(?:^|\s)(?:صحيفة|جريدة|وكالة أنباء|وكالة الأنباء|قناة|موقع|مجلة|إذاعة|شبكة|تلفزيون|التلفزيون)(?:\s|$)/i;
const ORG_CUE = /\b(?:ministry|department|agency|organi[sz]ation|programme|program|commission|council|committee|office|authority|bank|fund|army|military|police|forces|company|corp|corporation|inc|ltd|llc|plc|group|university|institute|exchange|union|association|federation|house|court|parliament|senate|congress|government|party|movement|foundation|centre|center|services?|board|bureau|nations|securities|electronics|semiconductor|frontieres|frontières|cross|crescent|unit|administration|county|city|province|municipality|state|world|athletics|federation|league|club|fc|command|coalition|alliance|network|society|trust|partners|capital|holdings|airlines|motors|systems|technologies|labs|pharma|energy|bureau|watch|international|ratings|airways|airlines|stock exchange|unicef|unrwa|who|nato|opec|imf|fbi|cia|idf)\b|(?:^|\s)(?:ال)?(?:وزارة|الوزارة|وكالة|منظمة|هيئة|مجلس|الحكومة|حكومة|الجيش|جيش|الشركة|شركة|البنك|بنك|الأمم المتحدة|الاتحاد|اتحاد|الخارجية|الرئاسة|مكتب|المكتب|لجنة|اللجنة|صندوق|جامعة|مركز|حركة|حزب|الشرطة|المحكمة|محكمة|البرلمان|مصرف|مؤسسة|التحالف|الأونروا|أونروا|الدفاع المدني|السلطة|سلطة|جمعية|الهلال|الصليب|مفوضية|المفوضية|الاتحاد)(?:\s|$)/i;
const DOCUMENT_CUE = /\b(?:e-?mail|memo|memorandum|letter|filing|report|document|documents|lawsuit|complaint|order|ruling|judgment|judgement|indictment|affidavit|study|paper|survey|white paper|dossier|transcript|cable|brief|contract|agreement|minutes|testimony|presentation|records?)\b|(?:^|\s)(?:التقرير|تقرير|الرسالة|رسالة|الوثيقة|وثيقة|وثائق|الدراسة|دراسة|المذكرة|مذكرة|البريد الإلكتروني|رسالة بريد|الحكم|حكم|لائحة|الدعوى|دعوى|العقد|الاتفاقية|محضر)(?:\s|$)/i;
const SOCIAL_CUE = /\b(?:on x|on twitter|on facebook|on telegram|on instagram|on tiktok|on threads|on bluesky|on youtube|account|post|tweet|posted|tweeted)\b|(?:منصة|حسابه|حسابها|حساب|تغريدة|منشور|تويتر|فيسبوك|تلغرام|تليغرام|إنستغرام|إكس)/i;
const PERSON_TITLE = /^(?:dr|mr|mrs|ms|prof|sen|rep|gov|gen|col|lt|sgt|capt|president|prime|minister|secretary|governor|judge|justice|senator|representative|mayor|chief|executive|officer|spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|chair|deputy|ambassador|general|colonel|commissioner|ceo|cfo|cto|founder|leader|majority|minority|speaker|u\.s\.|district|foreign|defense|defence|interior|finance|health|king|queen|prince|sheikh|pope|rabbi|imam|father|sir|dame|lord|lady|attorney|state|vice|senior|former|analyst|economist|professor|lawyer|coach|manager|striker|captain)\.?$/i;
const ARABIC_PERSON_TITLE = /^(?:و?(?:المتحدث|المتحدثة|الناطق|الناطقة|وزير|وزيرة|رئيس|رئيسة|الرئيس|الرئيسة|مدير|مديرة|المدير|المديرة|مدرب|المدرب|الخبير|الخبيرة|خبير|السفير|السفيرة|الدكتور|الدكتورة|د\.|المستشار|المستشارة|النائب|النائبة|نائب|الأمين|الأمينة|قائد|القائد|الجنرال|اللواء|العميد|الملك|الأمير|الشيخ|المبعوث|المبعوثة|المفوض|المفوضة|الوزير|الوزيرة|رئيس الوزراء|المحلل|الباحث|الباحثة|الأستاذ|المحامي|المحامية|الكاتب|الكاتبة|الصحفي|الصحفية|مسؤول|المسؤول|مسؤولة|المسؤولة|مستشار|عضو|العضو|زعيم|الزعيم))(?:\s|$)/;

/** Key used to merge several mentions of one source: case, articles, quote marks and possessives removed. */
export function normaliseSourceName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/g, '') // Arabic diacritics and tatweel
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة(?=\s|$)/g, 'ه')
    .replace(/["“”«»„‹›'‘’()]/g, ' ')
    .replace(/'s\b|’s\b/g, '')
    .replace(/(^|\s)(?:the|a|an)\s+/g, '$1')
    .replace(/(^|\s)ال(?=\S{2,})/g, '$1')
    .replace(/[.,:;!?؟،؛\-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cheap pre-check: does an Arabic outlet name occur anywhere in the text? */
export function hasArabicOutletName(text: string): boolean {
  return ARABIC_OUTLETS.some((o) => text.includes(o));
}

/** Exactly a known outlet name (no containment). */
export function isExactOutlet(name: string): boolean {
  return OUTLET_SET.has(name.toLowerCase().replace(/["“”«»]/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim());
}

export function isKnownOutlet(name: string): boolean {
  const key = name.toLowerCase().replace(/["“”«»]/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  if (OUTLET_SET.has(key)) return true;
  // Arabic: "صحيفة الغارديان البريطانية", "وكالة رويترز" — look for a known outlet inside.
  if (!/[\u0600-\u06FF]/.test(key)) return false;
  const padded = ` ${key} `;
  return ARABIC_OUTLETS.some((o) => o.length >= 3 && padded.includes(` ${o} `));
}

export function outletForDomain(host: string): string | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  for (const [domain, name] of Object.entries(OUTLET_DOMAINS)) if (h === domain || h.endsWith(`.${domain}`)) return name;
  return null;
}

export function isSocialDomain(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\.|^m\.|^mobile\./, '');
  return SOCIAL_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

export const hasOutletCue = (text: string) => OUTLET_CUE.test(text);
export const hasOrganisationCue = (text: string) => ORG_CUE.test(text);
export const hasDocumentCue = (text: string) => DOCUMENT_CUE.test(text);
export const hasSocialCue = (text: string) => SOCIAL_CUE.test(text);

/** Person-looking English name: two to four capitalised words (titles removed), no organisation cue. */
export function isPersonName(name: string): boolean {
  if (hasOrganisationCue(name) || hasOutletCue(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w) && !/^[A-Z]{2,}$/.test(w));
}

export function stripPersonTitles(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && PERSON_TITLE.test(words[0])) words.shift();
  return words.join(' ');
}

export function hasPersonTitle(name: string): boolean {
  return PERSON_TITLE.test(name.split(/\s+/)[0] ?? '');
}

export function isArabicPersonPhrase(phrase: string): boolean {
  return ARABIC_PERSON_TITLE.test(phrase);
}

/** Kind of an attributed name, from the name itself and the words around it. */
export function classifySource(name: string, context = ''): CitedSourceKind {
  if (isKnownOutlet(name)) return 'news-outlet';
  const isArabic = /[\u0600-\u06FF]/.test(name);
  if (isArabic) {
    if (/^(?:و?(?:صحيفة|الصحيفة|جريدة|وكالة أنباء|وكالة الأنباء|قناة|موقع|مجلة|إذاعة|شبكة|تلفزيون|التلفزيون))(?:\s|$)/.test(name)) return 'news-outlet';
    if (/^(?:ال)?وكالة\s.*(?:للإعلام|للأنباء|الإخبارية|للصحافة)(?:\s|$)/.test(name)) return 'news-outlet';
    if (/^(?:التقرير|تقرير|الرسالة|رسالة|الوثيقة|وثيقة|وثائق|الدراسة|دراسة|المذكرة|مذكرة|البريد|الحكم|لائحة|اللوائح|لوائح|الدعوى|العقد|بيانات|القانون|قانون|القرار|قرار)(?:\s|$)/.test(name)) return 'document';
    if (isArabicPersonPhrase(name)) return 'person';
    if (hasOrganisationCue(name)) return 'organisation';
    return name.split(/\s+/).length <= 3 && !/^ال/.test(name) && !/[()]/.test(name) ? 'person' : 'organisation';
  }
  if (/^(?:(?:the|a|an|her|his|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:e-?mail|memo|memorandum|letter|filing|report|document|documents|lawsuit|complaint|order|ruling|judgment|indictment|affidavit|study|survey|paper|transcript|records)$/i.test(name)) return 'document';
  if (/\b(?:report|article|reporting|investigation|story)\b/i.test(context) && !hasOrganisationCue(name) && !isPersonName(name)) return 'news-outlet';
  if (hasOrganisationCue(name)) return 'organisation';
  if (hasOutletCue(name)) return 'news-outlet';
  if (isPersonName(name)) return 'person';
  return 'organisation';
}
