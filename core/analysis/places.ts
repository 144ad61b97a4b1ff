// A small gazetteer of countries, a few regions and capitals (English and Arabic). A place that "said" something
// stands for its government, which the article does not name: it is not a citable organisation.

const EN_PLACES = [
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'great britain', 'bulgaria', 'cambodia', 'cameroon',
  'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark',
  'djibouti', 'ecuador', 'egypt', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana', 'greece',
  'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania', 'malaysia', 'mali',
  'mauritania', 'mexico', 'moldova', 'morocco', 'mozambique', 'myanmar', 'nepal', 'netherlands', 'new zealand', 'nicaragua',
  'niger', 'nigeria', 'north korea', 'norway', 'oman', 'pakistan', 'palestine', 'panama', 'paraguay', 'peru', 'philippines',
  'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'saudi arabia', 'senegal', 'serbia', 'singapore', 'slovakia',
  'slovenia', 'somalia', 'south africa', 'south korea', 'korea', 'spain', 'sri lanka', 'sudan', 'south sudan', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'türkiye', 'uganda', 'ukraine',
  'united arab emirates', 'uae', 'united kingdom', 'uk', 'u.k.', 'united states', 'us', 'u.s.', 'usa', 'america', 'uruguay',
  'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'europe', 'africa', 'asia', 'gaza', 'west bank',
  // capitals and cities that stand for governments in wire copy
  'washington', 'moscow', 'beijing', 'london', 'paris', 'berlin', 'tokyo', 'kyiv', 'kiev', 'tehran', 'jerusalem', 'tel aviv',
  'cairo', 'riyadh', 'ankara', 'damascus', 'baghdad', 'beirut', 'amman', 'doha', 'abu dhabi', 'dubai', 'rabat', 'algiers',
  'tunis', 'tripoli', 'khartoum', 'sanaa', 'muscat', 'manama', 'kuwait city', 'brussels', 'rome', 'madrid', 'seoul',
  'pyongyang', 'new delhi', 'delhi', 'islamabad', 'kabul', 'ottawa', 'canberra', 'brasilia', 'mexico city', 'accra', 'nairobi',
  'addis ababa', 'pretoria', 'abuja', 'lagos', 'warsaw', 'vienna', 'stockholm', 'oslo', 'athens', 'lisbon', 'dublin', 'geneva',
  'new york', 'los angeles', 'chicago', 'san francisco', 'hong kong', 'shanghai', 'istanbul', 'mumbai', 'karachi', 'johannesburg',
];
const AR_PLACES = [
  'مصر', 'السعودية', 'المملكة العربية السعودية', 'الأردن', 'لبنان', 'سوريا', 'سورية', 'العراق', 'إيران', 'تركيا', 'إسرائيل',
  'فلسطين', 'قطر', 'الكويت', 'البحرين', 'الإمارات', 'عمان', 'سلطنة عمان', 'اليمن', 'ليبيا', 'تونس', 'الجزائر', 'المغرب',
  'موريتانيا', 'السودان', 'الصومال', 'جيبوتي', 'روسيا', 'الصين', 'اليابان', 'الهند', 'باكستان', 'أفغانستان', 'فرنسا', 'ألمانيا',
  'بريطانيا', 'المملكة المتحدة', 'إيطاليا', 'إسبانيا', 'أوكرانيا', 'الولايات المتحدة', 'أمريكا', 'أميركا', 'كندا', 'البرازيل',
  'أوروبا', 'أفريقيا', 'إفريقيا', 'آسيا', 'غزة', 'قطاع غزة', 'الضفة الغربية',
  'واشنطن', 'موسكو', 'بكين', 'لندن', 'باريس', 'برلين', 'طوكيو', 'كييف', 'طهران', 'القدس', 'تل أبيب', 'القاهرة', 'الرياض',
  'أنقرة', 'دمشق', 'بغداد', 'بيروت', 'عمّان', 'الدوحة', 'أبوظبي', 'أبو ظبي', 'دبي', 'الرباط', 'الجزائر العاصمة', 'طرابلس',
  'الخرطوم', 'صنعاء', 'مسقط', 'المنامة', 'بروكسل', 'روما', 'مدريد', 'جنيف',
];
const PLACES = new Set([...EN_PLACES, ...AR_PLACES.map((p) => p.replace(/[أإآ]/g, 'ا'))]);

/** "Israel", "the United States", "U.S.", "القاهرة", "وإسرائيل": a country, region or capital and nothing more. */
export function isPlaceName(name: string): boolean {
  const key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/^the\s+/, '')
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (PLACES.has(key)) return true;
  const arabic = key.replace(/[أإآ]/g, 'ا');
  return PLACES.has(arabic) || (/^[وف]/.test(arabic) && PLACES.has(arabic.slice(1)));
}
