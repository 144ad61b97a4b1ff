import { toAsciiDigits } from '../text/digits';

// Month names (lower case, accents kept and stripped) to month numbers, for the
// languages news pages are written in. Arabic has two families: the
// Latin-derived names used in Egypt and the Maghreb (سبتمبر) and the Syriac
// names used in the Levant and Iraq (أيلول); sites often print both.
const TABLE: Record<number, string[]> = {
  1: ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'jän', 'enero', 'ene', 'gennaio', 'genn', 'janeiro', 'januari', 'styczeń', 'stycznia', 'ocak', 'يناير', 'كانون الثاني', 'ژانویه', 'ינואר', 'январь', 'января'],
  2: ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'luty', 'lutego', 'şubat', 'subat', 'فبراير', 'شباط', 'فوریه', 'פברואר', 'февраль', 'февраля'],
  3: ['march', 'mar', 'mars', 'märz', 'maerz', 'marz', 'marzo', 'março', 'marco', 'maart', 'marzec', 'marca', 'mart', 'مارس', 'آذار', 'مارچ', 'מרץ', 'март', 'марта'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'nisan', 'أبريل', 'ابريل', 'إبريل', 'نيسان', 'آوریل', 'אפריל', 'апрель', 'апреля'],
  5: ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'mayıs', 'mayis', 'مايو', 'أيار', 'ايار', 'مه', 'מאי', 'май', 'мая'],
  6: ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'junho', 'czerwiec', 'czerwca', 'haziran', 'يونيو', 'يونيه', 'حزيران', 'ژوئن', 'יוני', 'июнь', 'июня'],
  7: ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'julho', 'lipiec', 'lipca', 'temmuz', 'يوليو', 'يوليه', 'تموز', 'ژوئیه', 'יולי', 'июль', 'июля'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'ağustos', 'agustos', 'أغسطس', 'اغسطس', 'آب', 'اوت', 'אוגוסט', 'август', 'августа'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'wrzesień', 'września', 'eylül', 'eylul', 'سبتمبر', 'أيلول', 'ايلول', 'سپتامبر', 'ספטמבר', 'сентябрь', 'сентября'],
  10: ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'ekim', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'اکتبر', 'אוקטובר', 'октябрь', 'октября'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'kasım', 'kasim', 'نوفمبر', 'تشرين الثاني', 'نوامبر', 'נובמבר', 'ноябрь', 'ноября'],
  12: ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzień', 'grudnia', 'aralık', 'aralik', 'ديسمبر', 'كانون الأول', 'كانون الاول', 'دسامبر', 'דצמבר', 'декабрь', 'декабря'],
};


// More European languages (Romanian, Czech, Hungarian, Finnish, Ukrainian, Greek, Croatian, Lithuanian, Latvian, Nordic, Indonesian).
const EXTRA: Record<number, string[]> = {
  1: ['ianuarie', 'ian', 'ledna', 'leden', 'január', 'januar', 'tammikuuta', 'січня', 'січень', 'ιανουαρίου', 'siječnja', 'sausio', 'janvāris'],
  2: ['februarie', 'února', 'únor', 'február', 'helmikuuta', 'лютого', 'лютий', 'φεβρουαρίου', 'veljače', 'vasario', 'februāris'],
  3: ['martie', 'března', 'březen', 'március', 'maaliskuuta', 'березня', 'березень', 'μαρτίου', 'ožujka', 'kovo', 'marts', 'maret', 'mars'],
  4: ['aprilie', 'dubna', 'duben', 'április', 'huhtikuuta', 'квітня', 'квітень', 'απριλίου', 'travnja', 'balandžio', 'aprīlis'],
  5: ['mai', 'května', 'květen', 'május', 'toukokuuta', 'травня', 'травень', 'μαΐου', 'μαιου', 'svibnja', 'gegužės', 'maijs'],
  6: ['iunie', 'června', 'červen', 'június', 'kesäkuuta', 'червня', 'червень', 'ιουνίου', 'lipnja', 'birželio', 'jūnijs'],
  7: ['iulie', 'července', 'červenec', 'július', 'heinäkuuta', 'липня', 'липень', 'ιουλίου', 'srpnja', 'liepos', 'jūlijs'],
  8: ['srpna', 'srpen', 'augusztus', 'elokuuta', 'серпня', 'серпень', 'αυγούστου', 'kolovoza', 'rugpjūčio', 'augusts', 'agustus'],
  9: ['septembrie', 'září', 'szeptember', 'syyskuuta', 'вересня', 'вересень', 'σεπτεμβρίου', 'rujna', 'rugsėjo', 'septembris'],
  10: ['octombrie', 'října', 'říjen', 'október', 'lokakuuta', 'жовтня', 'жовтень', 'οκτωβρίου', 'spalio', 'oktobris'],
  11: ['noiembrie', 'listopadu', 'november', 'marraskuuta', 'листопада', 'листопад', 'νοεμβρίου', 'studenoga', 'lapkričio', 'novembris'],
  12: ['decembrie', 'prosince', 'prosinec', 'joulukuuta', 'грудня', 'грудень', 'δεκεμβρίου', 'prosinca', 'gruodžio', 'decembris', 'desember', 'des'],
};

// Hindi and Bengali (Devanagari and Bengali scripts), with their common spellings.
const SOUTH_ASIAN: Record<number, string[]> = {
  1: ['जनवरी', 'জানুয়ারি', 'জানুয়ারী'],
  2: ['फ़रवरी', 'फरवरी', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী'],
  3: ['मार्च', 'মার্চ'],
  4: ['अप्रैल', 'এপ্রিল'],
  5: ['मई', 'মে'],
  6: ['जून', 'জুন'],
  7: ['जुलाई', 'জুলাই'],
  8: ['अगस्त', 'আগস্ট', 'অগাস্ট'],
  9: ['सितंबर', 'सितम्बर', 'সেপ্টেম্বর'],
  10: ['अक्टूबर', 'अक्तूबर', 'অক্টোবর'],
  11: ['नवंबर', 'नवम्बर', 'নভেম্বর'],
  12: ['दिसंबर', 'दिसम्बर', 'ডিসেম্বর'],
};

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [...Object.entries(SOUTH_ASIAN), ...Object.entries(EXTRA), ...Object.entries(TABLE)].flatMap(([month, names]) =>
    // NFC: Bengali য় is typed both as one letter and as য + nukta.
    names.map((name) => [name.replace(/\.$/, '').normalize('NFC'), Number(month)] as const),
  ),
);

/** Month number (1–12) for a month name in any language above, or undefined. */
export function monthFromName(name: string): number | undefined {
  const key = toAsciiDigits(name).trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').normalize('NFC');
  return MONTH_NAMES.get(key) ?? MONTH_NAMES.get(key.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

// Solar Hijri (Jalali) months, as Persian sites print them. Arabic yeh/kaf (ي ك) are
// folded to the Persian letters first: many sites type "تير" for "تیر".
const JALALI: string[][] = [
  ['فروردین'], ['اردیبهشت'], ['خرداد'], ['تیر'], ['مرداد', 'امرداد'], ['شهریور'],
  ['مهر'], ['آبان', 'ابان'], ['آذر', 'اذر'], ['دی'], ['بهمن'], ['اسفند'],
];
const JALALI_NAMES: ReadonlyMap<string, number> = new Map(JALALI.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** Jalali month number (1–12) for a Persian month name, or undefined. */
export function jalaliMonthFromName(name: string): number | undefined {
  return JALALI_NAMES.get(name.trim().replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\u200c/g, ''));
}
