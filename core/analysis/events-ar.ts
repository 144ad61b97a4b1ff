import { MONTH_NAMES, monthFromName } from '../dates/month-names';
import { toAsciiDigits } from '../text/digits';
import type { DateQualifier, DatedEvent } from './types';
import { type Ymd, addDays, addMonths, isValidDay, makeEvent, makeUnresolved, resolveMonthYear, resolveWeekday } from './event-dates';
import { toQualifier } from './events-en';

// Arabic date expressions by own rules: no maintained library covers both month families,
// ordinal day words ("السابع من أكتوبر") and the relative forms of news Arabic.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ARABIC_MONTHS = [...MONTH_NAMES.keys()].filter((k) => /[\u0600-\u06FF]/.test(k) && !/[\u067E\u0698\u06A9\u06AF\u06CC]/.test(k))
  .sort((a, b) => b.length - a.length).map(escape).join('|');

const ORDINAL_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
const ORDINALS = new Map<string, number>();
ORDINAL_UNITS.forEach((w, i) => ORDINALS.set(w, i + 1));
ORDINALS.set('الاول', 1).set('العاشر', 10).set('العشرين', 20).set('الثلاثين', 30).set('الحادي عشر', 11).set('الحادي والعشرين', 21).set('الحادي والثلاثين', 31);
ORDINAL_UNITS.slice(1).forEach((w, i) => { ORDINALS.set(`${w} عشر`, i + 12); ORDINALS.set(`${w} والعشرين`, i + 22); });
const ORDINAL_ALT = [...ORDINALS.keys()].sort((a, b) => b.length - a.length).join('|');

const L = 'A-Za-z\\u00C0-\\u024F\\u0621-\\u0652\\u066E-\\u06D3\\u06FA-\\u06FF';
const QUALIFIER_WORDS = 'أوائل|اوائل|مطلع|بداية|أواسط|منتصف|أواخر|اواخر|نهاية|حوالي|نحو|قبل|بعد|حتى|بحلول';
const REL_SUFFIX = 'الماضي|المنصرم|المقبل|القادم|الجاري|الحالي';
const MONTH_DATE = new RegExp(
  `(?<![${L}])(?:(?<q>${QUALIFIER_WORDS})\\s+)?(?<lead>(?:في|منذ|خلال|حتى|من)\\s+)?(?:شهر\\s+)?` +
  `(?:(?<d>\\d{1,2}|${ORDINAL_ALT})\\s+(?:من\\s+)?(?:شهر\\s+)?)?` +
  `(?<m>${ARABIC_MONTHS})(?:\\s*[/(]\\s*(?:${ARABIC_MONTHS})\\s*\\)?)?` +
  `(?:\\s*[,،-]?\\s*(?:(?:من\\s+)?(?:عام|العام|سنة)\\s+)?(?<y>\\d{4}))?(?:\\s+(?<rel>${REL_SUFFIX}))?(?![${L}])`, 'gu');
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
const YEAR = new RegExp(`(?<![${L}])(?:(?<q>${QUALIFIER_WORDS}|في|منذ|خلال|من)\\s+)?(?:(?<s>صيف|شتاء|ربيع|خريف)\\s+(?:عام\\s+)?|(?:عام|العام|سنة)\\s+|(?=\\d{4}\\s*م?(?![${L}\\d])))(?<y>\\d{4})(?!\\d)`, 'gu');
const WEEKDAYS: Record<string, number> = { 'الأحد': 0, 'الاحد': 0, 'الاثنين': 1, 'الإثنين': 1, 'الثلاثاء': 2, 'الأربعاء': 3, 'الاربعاء': 3, 'الخميس': 4, 'الجمعة': 5, 'السبت': 6 };
const WEEKDAY = new RegExp(`(?<![${L}])(?<pre>(?:(?:مساء|صباح|ليلة|فجر|ظهر|اليوم|أمس)\\s+)?(?:يوم\\s+)?)(?<w>${Object.keys(WEEKDAYS).join('|')})(?:\\s+(?<rel>الماضي|المقبل|القادم))?(?![${L}])`, 'gu');
const RELATIVE = new RegExp(
  `(?<![${L}])(?:(?<q>${QUALIFIER_WORDS})\\s+)?(?:(?<yest>أول\\s+أمس|أمس\\s+الأول|أمس|الأمس|البارحة)|(?<unit>الأسبوع|الشهر|العام|السنة)\\s+(?<rel>الماضي|الماضية|المنصرم|المنصرمة|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية)|(?<this>هذا\\s+(?:الأسبوع|الشهر|العام)|هذه\\s+السنة)|(?<vague>(?:الأيام|الأسابيع|الأشهر|الشهور|السنوات|الأعوام)\\s+(?:القليلة\\s+)?(?:الماضية|الأخيرة|المقبلة|القادمة))|قبل\\s+(?<ago>(?:\\d+\\s+)?(?:يومين|أيام|يوم|أسبوعين|أسابيع|أسبوع|شهرين|أشهر|شهر|عامين|سنتين|أعوام|سنوات|عام|سنة)))(?![${L}])`, 'gu');
const FUTURE_TENSE = /(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])(?:سوف|المقرر|المقبل|المقبلة|القادم|القادمة|يعتزم|تعتزم|المتوقع|ستعقد|سيعقد)(?![A-Za-z\u0621-\u0652\u066E-\u06D3])/u;

type Span = [number, number];
const overlaps = (spans: Span[], s: number, e: number) => spans.some(([a, b]) => s < b && e > a);

function relDirection(rel: string | undefined): 'last' | 'next' | 'this' | null {
  if (!rel) return null;
  if (/^(?:الماضي|الماضية|المنصرم|المنصرمة)$/.test(rel)) return 'last';
  if (/^(?:المقبل|المقبلة|القادم|القادمة)$/.test(rel)) return 'next';
  return 'this';
}

export function findArabicEvents(original: string, pub: Ymd | null): DatedEvent[] {
  const sentence = toAsciiDigits(original); // same length, so indices hold for the original
  const events: DatedEvent[] = [];
  const spans: Span[] = [];
  const isFuture = FUTURE_TENSE.test(sentence);
  const textAt = (m: RegExpExecArray | RegExpMatchArray) => original.slice(m.index!, m.index! + m[0].length);
  const take = (m: RegExpMatchArray) => {
    if (overlaps(spans, m.index!, m.index! + m[0].length)) return false;
    spans.push([m.index!, m.index! + m[0].length]);
    return true;
  };

  for (const m of sentence.matchAll(MONTH_DATE)) {
    const g = m.groups!;
    // A bare month word ("مارس" is also a verb) needs a preposition or qualifier to count.
    if (!g.d && !g.y && !g.rel && !g.q && !g.lead && !/شهر\s+$/.test(m[0].slice(0, m[0].indexOf(g.m)))) continue;
    if (!take(m)) continue;
    const month = monthFromName(g.m);
    if (!month) continue;
    const day = g.d ? (/^\d+$/.test(g.d) ? Number(g.d) : ORDINALS.get(g.d) ?? null) : null;
    const qualifier = toQualifier(g.q);
    const text = textAt(m);
    const precision = day ? 'day' : 'month';
    if (g.y) {
      const y = Number(g.y);
      if (day && !isValidDay(y, month, day)) continue;
      events.push(makeEvent(text, original, { y, m: month, d: day ?? 1 }, precision, { qualifier }));
      continue;
    }
    if (!pub) { events.push(makeUnresolved(text, original, qualifier)); continue; }
    const dir = relDirection(g.rel) ?? (isFuture ? 'future' : 'past');
    const y = resolveMonthYear(pub, month, dir);
    if (day && !isValidDay(y, month, day)) continue;
    events.push(makeEvent(text, original, { y, m: month, d: day ?? 1 }, precision, { qualifier, relative: true }));
  }

  for (const m of sentence.matchAll(NUMERIC_DATE)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(y, mo, d) || !take(m)) continue;
    events.push(makeEvent(textAt(m), original, { y, m: mo, d }, 'day'));
  }

  for (const m of sentence.matchAll(WEEKDAY)) {
    const g = m.groups!;
    // "الأحد" alone is too often not a day, except set off by commas as news Arabic does ("أعلن الجيش، الجمعة، …").
    const isCommaSet = /[،,]\s*$/.test(sentence.slice(0, m.index!)) && /^\s*[،,]/.test(sentence.slice(m.index! + m[0].length));
    if (!g.pre && !g.rel && !isCommaSet) continue;
    if (!take(m)) continue;
    const text = textAt(m);
    if (!pub) { events.push(makeUnresolved(text, original)); continue; }
    // A weekday is ahead only when the expression says so ("السبت المقبل"); news reports the past.
    const dir = g.rel === 'الماضي' ? 'last' : g.rel ? 'next' : 'past';
    events.push(makeEvent(text, original, resolveWeekday(pub, WEEKDAYS[g.w], dir), 'day', { relative: true }));
  }

  for (const m of sentence.matchAll(RELATIVE)) {
    if (!take(m)) continue;
    const g = m.groups!;
    const text = textAt(m);
    let qualifier: DateQualifier | null = toQualifier(g.q);
    if (!pub) { events.push(makeUnresolved(text, original, qualifier)); continue; }
    if (g.yest) {
      events.push(makeEvent(text, original, addDays(pub, /أول|الأول/.test(g.yest) ? -2 : -1), 'day', { relative: true }));
    } else if (g.unit || g.this) {
      const unit = g.unit ?? (/الأسبوع/.test(g.this) ? 'الأسبوع' : /الشهر/.test(g.this) ? 'الشهر' : 'العام');
      const dir = g.unit ? relDirection(g.rel) : 'this';
      const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
      const note = step > 0 ? 'future' : undefined;
      if (unit === 'الأسبوع') events.push(makeEvent(text, original, addDays(pub, 7 * step), 'day', { qualifier: qualifier ?? 'about', relative: true, note }));
      else if (unit === 'الشهر') events.push(makeEvent(text, original, addMonths(pub, step), 'month', { qualifier, relative: true, note }));
      else events.push(makeEvent(text, original, { y: pub.y + step, m: 1, d: 1 }, 'year', { qualifier, relative: true, note }));
    } else if (g.vague) {
      const future = /المقبلة|القادمة/.test(g.vague);
      if (/الأيام|الأسابيع/.test(g.vague)) events.push(makeEvent(text, original, pub, 'month', { qualifier: 'about', relative: true, note: future ? 'future' : undefined }));
      else events.push(makeUnresolved(text, original, null, `vague period ${future ? 'after' : 'before'} publication: not resolved`));
    } else if (g.ago) {
      const n = Number(/\d+/.exec(g.ago)?.[0] ?? (/ين$/.test(g.ago) ? 2 : 1));
      qualifier = qualifier ?? null;
      if (/يوم|أيام/.test(g.ago)) events.push(makeEvent(text, original, addDays(pub, -n), 'day', { relative: true }));
      else if (/أسبوع|أسابيع/.test(g.ago)) events.push(makeEvent(text, original, addDays(pub, -7 * n), 'day', { qualifier: 'about', relative: true }));
      else if (/شهر|أشهر/.test(g.ago)) events.push(makeEvent(text, original, addMonths(pub, -n), 'month', { relative: true }));
      else events.push(makeEvent(text, original, { y: pub.y - n, m: 1, d: 1 }, 'year', { relative: true }));
    }
  }

  for (const m of sentence.matchAll(YEAR)) {
    const g = m.groups!;
    const start = m.index! + m[0].length - 4;
    if (overlaps(spans, start, start + 4)) continue;
    // A bare four-digit number needs a preposition ("في 2021") to be read as a year.
    if (!g.s && !/عام|العام|سنة/.test(m[0]) && !g.q) continue;
    spans.push([m.index!, m.index! + m[0].length]);
    const qualifier = g.q && !/^(?:في|منذ|خلال|من)$/.test(g.q) ? toQualifier(g.q) : null;
    events.push(makeEvent(textAt(m), original, { y: Number(g.y), m: 1, d: 1 }, 'year', { qualifier, note: g.s ? `season: ${g.s}` : undefined }));
  }
  return events;
}
