import { monthFromName } from '../dates/month-names';
import { toAsciiDigits } from '../text/digits';
import type { DatedEvent, Sentence } from './types';
import { type Ymd, addDays, parseIsoDate } from './event-dates';
import { findEnglishEvents } from './events-en';
import { findArabicEvents } from './events-ar';

// Every date expression of the article, resolved against the publication date when it is relative.

export const MAX_EVENTS = 300;
const MIN_YEAR = 1900;
const FUTURE_CUE = /\b(?:will|shall|due|scheduled|expected|set to|plans?|planned|next|upcoming|coming|by)\b|(?<![A-Za-z\u0621-\u0652\u066E-\u06D3])(?:سوف|المقرر|المقبل|المقبلة|القادم|القادمة|المتوقع|بحلول|يعتزم|تعتزم)(?![A-Za-z\u0621-\u0652\u066E-\u06D3])/iu;
const ARABIC = /[\u0600-\u06FF]/;
const LATIN_WORD = /[A-Za-z]{3,}/;
const WEEKDAY_WORDS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|^(?:الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)$/i;
const FILLER_WORDS = /^(?:am|pm|a\.m|p\.m|gmt|utc|est|edt|bst|cet|ص|م|الساعة|آخر|تحديث|نشر|في|بتاريخ|updated|published|posted|on|at|last|التاريخ)$/i;

/** A line that is only a date (a site's today-date widget or the publication line), not an event of the article. */
export function isDateOnlyLine(line: string): boolean {
  const text = toAsciiDigits(line).trim();
  if (text.length > 80 || !/\d/.test(text)) return false;
  const tokens = text.split(/[\s•·|:،,\-–—/.()*]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^\d{1,4}$/.test(t) || WEEKDAY_WORDS.test(t) || FILLER_WORDS.test(t) || monthFromName(t)) continue;
    if (i + 1 < tokens.length && monthFromName(`${t} ${tokens[i + 1]}`)) { i++; continue; }
    return false;
  }
  return true;
}

function startOf(date: string): Ymd {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m: m ?? 1, d: d ?? 1 };
}

function isAfter(a: Ymd, b: Ymd): boolean {
  return a.y * 10000 + a.m * 100 + a.d > b.y * 10000 + b.m * 100 + b.d;
}

/** Drops dates before 1900; future dates are kept (flagged) only when the text says they are ahead. */
function checkRange(event: DatedEvent, pub: Ymd | null): DatedEvent | null {
  if (!event.date) return event;
  const start = startOf(event.date);
  if (start.y < MIN_YEAR) return null;
  if (!pub) return start.y > new Date().getUTCFullYear() + 50 ? null : event;
  const limit = addDays(pub, 1);
  const isFuture = event.precision === 'year' ? start.y > pub.y : event.precision === 'month' ? start.y * 12 + start.m > pub.y * 12 + pub.m : isAfter(start, limit);
  if (!isFuture || event.note === 'future') return event;
  if (event.relative && !FUTURE_CUE.test(event.sentence)) return null; // a resolution artefact, not the text's claim
  return { ...event, note: 'future' };
}

const ENGLISH_WORDS = /\b(?:the|and|of|to|in|on|was|were|is|are|said|for|with|has|have|that)\b/gi;

/** English rules only on English copy: chrono reads "mon" in French or "mar" in Spanish as dates. */
export function isEnglishText(sentences: Sentence[], language: string | null): boolean {
  if (language && !/^(?:ar|en)\b/i.test(language)) return false;
  let words = 0;
  let english = 0;
  for (const s of sentences.slice(0, 200)) {
    const latin = s.text.match(/[A-Za-z]+/g);
    if (!latin) continue;
    words += latin.length;
    english += s.text.match(ENGLISH_WORDS)?.length ?? 0;
  }
  // Function words are about a fifth of English prose and rare elsewhere; sites often declare lang="en" by template.
  return words > 0 && english / words >= (language && /^en\b/i.test(language) ? 0.04 : 0.08);
}

export function extractEvents(sentences: Sentence[], publishedAt: string | null, language: string | null = null): DatedEvent[] {
  const pub = parseIsoDate(publishedAt);
  const isEnglish = isEnglishText(sentences, language);
  const out: DatedEvent[] = [];
  for (const s of sentences) {
    if (out.length >= MAX_EVENTS) break;
    if (isDateOnlyLine(s.text)) continue;
    const found: DatedEvent[] = [];
    if (ARABIC.test(s.text)) found.push(...findArabicEvents(s.text, pub));
    if (isEnglish && LATIN_WORD.test(s.text)) found.push(...findEnglishEvents(s.text, pub));
    const seen = new Set<string>();
    found.sort((a, b) => s.text.indexOf(a.text) - s.text.indexOf(b.text)); // text order within the sentence
    for (const e of found) {
      const checked = checkRange(e, pub);
      if (!checked || seen.has(checked.text)) continue;
      seen.add(checked.text);
      out.push(checked);
      if (out.length >= MAX_EVENTS) break;
    }
  }
  return out;
}
