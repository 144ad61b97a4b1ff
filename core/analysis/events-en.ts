import * as chrono from 'chrono-node/en';
import type { DateQualifier, DatedEvent } from './types';
import {
  type Ymd, addDays, isValidDay, weekdayOf, makeEvent, makeUnresolved, resolveMonthYear, resolveWeekday,
} from './event-dates';

// English date expressions: chrono-node for the calendar grammar, own rules for what it misses
// (bare years, seasons, vague periods) and for resolving month/weekday-only dates the way news copy means them.

const DATEISH = /\b(?:1[0-9]|20)\d{2}\b|\b(?:spring|summer|autumn|fall|winter|recent|past|coming|next|last)\b/i;
// Only sentences with calendar words go through chrono-node: it is the costly step.
const CHRONO_CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$|,)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:yesterday|today|tonight|tomorrow|ago|earlier|later|weekend)\b|\b(?:last|next|this|coming|past)\s+(?:week|month|year|decade|quarter)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:1[0-9]|20)\d{2}\b/i;
const FUTURE_TENSE = /\b(?:will|would|shall|is due|are due|is scheduled|are scheduled|scheduled for|is expected to|are expected to|is set to|are set to|plans? to|planned for)\b/i;
const NUMBER_WORD = '(?:few|several|couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const VAGUE_PERIOD = new RegExp(`\\b(?:(?:in|over|during|for|within|throughout) )?(?:the )?(recent|past|last|coming|next)\\s+(?:${NUMBER_WORD}\\s+)?(days|weeks|months|years|decades)\\b`, 'gi');
const SEASON = /\b(?:(last|this|next|early|late|mid-?)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:1[0-9]|20)\d{2}))?\b/gi;
const YEAR = /\b(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|around|about|circa|before|after|until|by|since|in|from|to|through|during|of|between|and|year|fiscal|the|mid-)[\s-]+((?:1[0-9]|20)\d{2})\b(?![.,]\d|\s*(?:%|percent|people|troops|km|miles|kilometres|kilometers|dollars|euros|metres|meters|tonnes|tons|units|jobs|cases|deaths|votes|households|students|workers|feet|acres|hectares|residents|employees|members|soldiers))/gi;
const BEFORE_QUALIFIER = /(early|mid-?|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of|around|about|circa|before|after|until|by)\s*(?:in\s+|of\s+)?$/i;
const RELATIVE_TO_OTHER_EVENT = /\b(?:after|before|later|earlier)$|^within\b/i;

export function toQualifier(word: string | undefined): DateQualifier | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/^the\s+/, '').replace(/-$/, '').trim();
  if (/^(?:early|beginning|beginning of|start|start of|أوائل|مطلع|بداية|أول|مطلع)$/.test(w)) return 'early';
  if (/^(?:mid|middle|middle of|منتصف|أواسط)$/.test(w)) return 'mid';
  if (/^(?:late|end|end of|أواخر|نهاية|آخر|أخر|اواخر)$/.test(w)) return 'late';
  if (/^(?:around|about|circa|حوالي|نحو)$/.test(w)) return 'about';
  if (/^(?:before|until|by|قبل|حتى|بحلول)$/.test(w)) return 'before';
  if (/^(?:after|بعد)$/.test(w)) return 'after';
  return null;
}

type Span = [number, number];
const overlaps = (spans: Span[], s: number, e: number) => spans.some(([a, b]) => s < b && e > a);

export function findEnglishEvents(sentence: string, pub: Ymd | null): DatedEvent[] {
  const hasChronoCue = CHRONO_CUE.test(sentence);
  if (!hasChronoCue && !DATEISH.test(sentence)) return [];
  const events: DatedEvent[] = [];
  const spans: Span[] = [];

  for (const m of sentence.matchAll(VAGUE_PERIOD)) {
    spans.push([m.index!, m.index! + m[0].length]);
    const forward = /coming|next/i.test(m[1]);
    const unit = m[2].toLowerCase();
    if (!pub) { events.push(makeUnresolved(m[0], sentence)); continue; }
    if (forward) {
      events.push(makeUnresolved(m[0], sentence, null, 'vague period after publication: not resolved'));
    } else if (unit === 'days' || unit === 'weeks') {
      events.push(makeEvent(m[0], sentence, pub, 'month', { qualifier: 'about', relative: true }));
    } else {
      events.push(makeUnresolved(m[0], sentence, null, 'vague period before publication: not resolved'));
    }
  }

  for (const m of sentence.matchAll(SEASON)) {
    const [, modifier, season, year] = m;
    if (!modifier && !year) continue; // "fall" and "spring" are verbs too often
    if (overlaps(spans, m.index!, m.index! + m[0].length)) continue;
    spans.push([m.index!, m.index! + m[0].length]);
    const note = `season: ${season.toLowerCase()}`;
    const qualifier = toQualifier(modifier);
    if (year) { events.push(makeEvent(m[0], sentence, { y: Number(year), m: 1, d: 1 }, 'year', { qualifier, note })); continue; }
    if (!pub) { events.push(makeUnresolved(m[0], sentence, qualifier)); continue; }
    const mod = (modifier ?? '').toLowerCase();
    const start = seasonStartMonth(season);
    const y = mod === 'next' ? pub.y + 1 : mod === 'this' ? pub.y : start < pub.m ? pub.y : pub.y - 1;
    events.push(makeEvent(m[0], sentence, { y: mod === 'last' && start >= pub.m ? pub.y - 1 : y, m: 1, d: 1 }, 'year', { relative: true, note }));
  }

  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[] = [];
  if (hasChronoCue) try {
    results = chrono.parse(sentence, { instant: ref, timezone: 0 });
  } catch {
    results = [];
  }
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    if (overlaps(spans, start, end)) continue;
    const event = resolveChronoResult(r, sentence, pub, isFutureBefore(sentence, r.index));
    spans.push([start, end]);
    if (event) events.push(event);
  }

  for (const m of sentence.matchAll(YEAR)) {
    const yearStart = m.index! + m[0].length - 4;
    if (overlaps(spans, yearStart, yearStart + 4)) continue;
    spans.push([yearStart, yearStart + 4]);
    const word = m[1].toLowerCase();
    const qualifier = toQualifier(word === 'mid-' ? 'mid' : word);
    const text = qualifier ? m[0] : m[2];
    events.push(makeEvent(text, sentence, { y: Number(m[2]), m: 1, d: 1 }, 'year', { qualifier }));
  }
  return events;
}

const FUTURE_CUE_G = new RegExp(FUTURE_TENSE.source + "|\\b(?:going to|starting|beginning|until|'ll)\\b", 'gi');
const SPEECH_OR_PAST = /\b(?:said|says|told|announced|added|noted|reported|was|were|had|did|made|passed|met|held)\b|\b\w{3,}ed\s*$/i;

/** Future tense governs a date only when its cue comes before it ("will meet on Thursday"), not after ("said Thursday it will"). */
export function isFutureBefore(sentence: string, index: number): boolean {
  let last = -1;
  const from = Math.max(0, index - 60); // the cue must govern this clause, not a distant one
  for (const m of sentence.slice(from, index).matchAll(FUTURE_CUE_G)) last = from + m.index! + m[0].length;
  if (last < 0) return false;
  return !SPEECH_OR_PAST.test(sentence.slice(last, index));
}

function seasonStartMonth(season: string): number {
  const s = season.toLowerCase();
  return s === 'spring' ? 3 : s === 'summer' ? 6 : s === 'winter' ? 12 : 9;
}

function resolveChronoResult(r: chrono.ParsedResult, sentence: string, pub: Ymd | null, isFuture: boolean): DatedEvent | null {
  const c = r.start;
  const has = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k);
  if (!has('year') && !has('month') && !has('day') && !has('weekday')) return null; // a time of day only
  const before = sentence.slice(Math.max(0, r.index - 24), r.index);
  const lead = /(?:(?:early|mid-?|late|last|next|this|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|around|about|circa)\s*)+$/i.exec(before)?.[0] ?? '';
  const text = (lead + r.text).trim();
  const prevWord = (/(\w+)\s*$/.exec(before)?.[1] ?? '').toLowerCase();
  let qualifier = toQualifier(BEFORE_QUALIFIER.exec(before)?.[1]);
  const startsWithEnd = /^(?:the\s+)?(end|beginning|start|middle)\s+of\b/i.exec(r.text.trim()) ?? /(?:the\s+)?(end|beginning|start|middle)\s+of\s*$/i.exec(lead);
  if (startsWithEnd) qualifier = toQualifier(startsWithEnd[1]);
  const explicitYear = /\b\d{4}\b|['’]\d{2}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text);
  const relative = !explicitYear;

  if (RELATIVE_TO_OTHER_EVENT.test(r.text.trim())) {
    return makeUnresolved(text, sentence, qualifier, 'relative to another event in the text: not resolved');
  }
  if (relative && !pub) return makeUnresolved(text, sentence, qualifier);
  if (/\bweekend\b/i.test(r.text) && pub) {
    // "this weekend" is the coming one (or the current one), "last weekend" the one before publication.
    const isLast = prevWord === 'last' || /\blast\b/i.test(r.text);
    const isWeekendNow = weekdayOf(pub) === 6 || weekdayOf(pub) === 0;
    const date = isLast ? resolveWeekday(pub, 6, 'last') : isWeekendNow ? resolveWeekday(pub, 6, 'past') : resolveWeekday(pub, 6, 'future');
    return makeEvent(text, sentence, date, 'day', { qualifier: 'about', relative: true });
  }

  const direction = prevWord === 'last' ? 'last' : prevWord === 'next' || prevWord === 'coming' ? 'next' : prevWord === 'this' ? 'this' : isFuture ? 'future' : 'past';
  const week = /\bweeks?\b/i.test(text);
  let date: Ymd;
  let precision: 'year' | 'month' | 'day';
  if (startsWithEnd && has('month') && !has('year') && pub) {
    // "the end of June": a part of a month, resolved like the month itself.
    precision = 'month';
    const month = c.get('month') ?? 1;
    date = { y: resolveMonthYear(pub, month, direction), m: month, d: 1 };
  } else if (has('day') || has('weekday')) {
    precision = 'day';
    if (!has('month') && has('weekday') && pub) {
      const wd = c.get('weekday') ?? 0;
      date = resolveWeekday(pub, wd, direction === 'last' ? 'last' : direction === 'next' ? 'next' : direction === 'future' ? 'future' : 'past');
    } else {
      date = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
      // "July 15-24 in 2022": the year follows the range.
      const trailingYear = /^\s*,?\s*(?:in\s+|of\s+)?((?:19|20)\d{2})\b/.exec(sentence.slice(r.index + r.text.length));
      if (!has('year') && trailingYear) date = { ...date, y: Number(trailingYear[1]) };
      else if (!has('year') && pub) date = { ...date, y: resolveDayYear(pub, date, direction) };
    }
    if (startsWithEnd || (qualifier && qualifier !== 'about' && qualifier !== 'before' && qualifier !== 'after' && !has('day'))) precision = 'month';
    if (week) qualifier = qualifier ?? 'about';
  } else if (has('month')) {
    precision = 'month';
    const month = c.get('month') ?? 1;
    date = { y: has('year') ? c.get('year') ?? 0 : pub ? resolveMonthYear(pub, month, direction) : 0, m: month, d: 1 };
  } else {
    precision = 'year';
    date = { y: c.get('year') ?? 0, m: 1, d: 1 };
  }
  if (!isValidDay(date.y, date.m, precision === 'day' ? date.d : 1)) return null;
  return makeEvent(text, sentence, date, precision, { qualifier, relative });
}

function resolveDayYear(pub: Ymd, date: Ymd, direction: string): number {
  const key = (y: number) => y * 10000 + date.m * 100 + date.d;
  const pubKey = pub.y * 10000 + pub.m * 100 + pub.d;
  const limit = addDays(pub, 1);
  const limitKey = limit.y * 10000 + limit.m * 100 + limit.d;
  if (direction === 'next') return key(pub.y) >= pubKey ? pub.y : pub.y + 1;
  if (direction === 'future') {
    // Future tense: the occurrence nearest to publication, on either side.
    const days = (y: number) => Math.abs(Date.UTC(y, date.m - 1, date.d) - Date.UTC(pub.y, pub.m - 1, pub.d));
    return [pub.y - 1, pub.y, pub.y + 1].reduce((best, y) => (days(y) < days(best) ? y : best));
  }
  return key(pub.y) <= limitKey ? pub.y : pub.y - 1;
}
