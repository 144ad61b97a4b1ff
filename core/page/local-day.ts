import type { IsoDate } from './types';

// A UTC time-stamp ("2020-12-05T23:15:00Z") names an instant, but a citation needs the
// publisher's calendar day. These helpers re-express the same instant with an offset
// that lands on the publisher's day, so the instant is kept and the day is right.

const HOUR_MS = 3_600_000;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The instant of `stamp` written at a UTC offset in hours (fractions for +05:30). */
export function atOffset(stamp: IsoDate, hours: number): IsoDate | null {
  const t = Date.parse(stamp);
  if (Number.isNaN(t) || !Number.isFinite(hours)) return null;
  const local = new Date(t + hours * HOUR_MS);
  const abs = Math.abs(Math.round(hours * 60));
  const zone = hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${zone}`
  );
}

// Usual UTC offsets (hours) of countries whose top-level domain news sites use:
// [earliest, latest, usual]. Domains sold as generic names (.co, .me, .tv, .io, .fm, .ly…) are left out.
const EU_CENTRAL: [number, number, number] = [1, 2, 1];
const EU_EAST: [number, number, number] = [2, 3, 2];
const GULF: [number, number, number] = [3, 3, 3];
const TLD_OFFSETS: Record<string, [number, number, number]> = {
  ca: [-8, -3.5, -5], us: [-10, -4, -5], mx: [-8, -5, -6], br: [-5, -2, -3], ar: [-3, -3, -3], cl: [-5, -3, -4], pe: [-5, -5, -5], ve: [-4, -4, -4], uy: [-3, -3, -3],
  uk: [0, 1, 0], ie: [0, 1, 0], pt: [0, 1, 0], is: [0, 0, 0], ma: [0, 1, 1],
  fr: EU_CENTRAL, de: EU_CENTRAL, it: EU_CENTRAL, es: EU_CENTRAL, nl: EU_CENTRAL, be: EU_CENTRAL, ch: EU_CENTRAL, at: EU_CENTRAL, pl: EU_CENTRAL,
  cz: EU_CENTRAL, sk: EU_CENTRAL, hu: EU_CENTRAL, se: EU_CENTRAL, no: EU_CENTRAL, dk: EU_CENTRAL, hr: EU_CENTRAL, si: EU_CENTRAL, rs: EU_CENTRAL,
  ba: EU_CENTRAL, lu: EU_CENTRAL, al: EU_CENTRAL, mk: EU_CENTRAL, dz: [1, 1, 1], tn: [1, 1, 1], ng: [1, 1, 1],
  gr: EU_EAST, ro: EU_EAST, bg: EU_EAST, fi: EU_EAST, ua: EU_EAST, lt: EU_EAST, lv: EU_EAST, ee: EU_EAST, cy: EU_EAST, md: EU_EAST,
  il: EU_EAST, eg: EU_EAST, lb: EU_EAST, jo: [2, 3, 3], sy: [2, 3, 3], za: [2, 2, 2], ps: EU_EAST,
  tr: GULF, sa: GULF, qa: GULF, kw: GULF, bh: GULF, iq: GULF, ke: GULF, by: GULF, ru: GULF,
  ae: [4, 4, 4], om: [4, 4, 4], ir: [3.5, 4.5, 3.5], pk: [5, 5, 5], in: [5.5, 5.5, 5.5], lk: [5.5, 5.5, 5.5], np: [5.75, 5.75, 5.75], bd: [6, 6, 6],
  th: [7, 7, 7], vn: [7, 7, 7], id: [7, 9, 7], cn: [8, 8, 8], hk: [8, 8, 8], tw: [8, 8, 8], sg: [8, 8, 8], my: [8, 8, 8], ph: [8, 8, 8],
  jp: [9, 9, 9], kr: [9, 9, 9], au: [8, 11, 10], nz: [12, 13, 12],
};

/**
 * A UTC stamp written at the usual offset of the site's country (by its top-level domain) when every
 * offset that country uses puts it on the same day; otherwise the stamp unchanged.
 * localDayAtHost('2020-08-25T00:23:33Z', 'https://ici.radio-canada.ca/x') === '2020-08-24T19:23:33-05:00'
 */
export function localDayAtHost(stamp: IsoDate, url: string | undefined | null): IsoDate {
  if (!url || !/T.*(?:Z|\+00:00)$/.test(stamp)) return stamp;
  let tld: string;
  try {
    tld = new URL(url).hostname.toLowerCase().split('.').pop() ?? '';
  } catch {
    return stamp;
  }
  const range = TLD_OFFSETS[tld];
  if (!range) return stamp;
  const [lo, hi, usual] = range;
  const a = atOffset(stamp, lo);
  const b = atOffset(stamp, hi);
  const c = atOffset(stamp, usual);
  if (!a || !b || !c || a.slice(0, 10) !== b.slice(0, 10) || c.slice(0, 10) === stamp.slice(0, 10)) return stamp;
  return c;
}
