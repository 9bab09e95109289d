/**
 * Vietnamese lunisolar calendar (âm lịch) → Gregorian, after Hồ Ngọc Đức's published algorithm
 * ("Âm lịch Việt Nam", astronomical new moons and solar terms after Meeus).
 *
 * Vietnam computes its lunar calendar for UTC+7, China for UTC+8; the two differ in some years
 * (Tết 1985, 2007), which is why a Chinese-calendar library is not a substitute.
 */
import { fromEpochDay, localDate, toEpochDay, type LocalDate } from "./local-date.ts";

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap?: boolean;
}

/** Hours east of UTC used by the official Vietnamese lunar calendar. */
export const VIETNAM_LUNAR_UTC_OFFSET = 7;

const JDN_OF_EPOCH_DAY_0 = 2_440_588; // Julian Day Number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const JDN_OF_NEW_MOON_0 = 2_415_021.076998695; // new moon of 1900-01-01, k = 0
const DEGREE = Math.PI / 180;

/** Julian day (fractional) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEGREE);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // Sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // Moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // Moon's argument of latitude
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(DEGREE * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DEGREE * 2 * F) - 0.0051 * Math.sin(DEGREE * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DEGREE * (M - Mpr)) + 0.0004 * Math.sin(DEGREE * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DEGREE * (2 * F - M)) - 0.0006 * Math.sin(DEGREE * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DEGREE * (2 * F - Mpr)) + 0.0005 * Math.sin(DEGREE * (2 * Mpr + M));
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + C1 - deltaT;
}

/** Sun's apparent longitude in radians, [0, 2π), at Julian day `jd` (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEGREE * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DEGREE * 2 * M) + 0.00029 * Math.sin(DEGREE * 3 * M);
  const L = (L0 + DL) * DEGREE;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Which of the 12 major solar-term sectors (0–11) the sun is in at the start of local day `jdn`. */
function solarTermSector(jdn: number, utcOffset: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - utcOffset / 24) / Math.PI) * 6);
}

/** Local Julian Day Number on which the k-th new moon falls. */
function newMoonDay(k: number, utcOffset: number): number {
  return Math.floor(newMoon(k) + 0.5 + utcOffset / 24);
}

function toJdn(date: LocalDate): number {
  return toEpochDay(date) + JDN_OF_EPOCH_DAY_0;
}

/** First day of the 11th lunar month, the one holding the winter solstice, of Gregorian year `year`. */
function month11Start(year: number, utcOffset: number): number {
  const k = Math.floor((toJdn(localDate(year, 12, 31)) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, utcOffset);
  // Sector ≥ 9 means the sun has passed 270° (the solstice) by that new moon, so month 11 began
  // one lunation earlier.
  return solarTermSector(start, utcOffset) >= 9 ? newMoonDay(k - 1, utcOffset) : start;
}

/** Position after month 11 of the leap month: the first month with no major solar term. */
function leapMonthOffset(month11: number, utcOffset: number): number {
  const k = Math.floor((month11 - JDN_OF_NEW_MOON_0) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = solarTermSector(newMoonDay(k + i, utcOffset), utcOffset);
  let previous: number;
  do {
    previous = sector;
    i++;
    sector = solarTermSector(newMoonDay(k + i, utcOffset), utcOffset);
  } while (sector !== previous && i < 14);
  return i - 1;
}

export function lunarToSolar(lunar: LunarDate, utcOffset: number = VIETNAM_LUNAR_UTC_OFFSET): LocalDate {
  const { year, month, day, leap = false } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Lunar month must be 1–12, got ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`Lunar day must be 1–30, got ${day}`);

  // A lunar year runs inside the interval between two "month 11" starts; months 11 and 12
  // belong to the interval that begins in the same Gregorian year.
  const a11 = month11Start(month < 11 ? year - 1 : year, utcOffset);
  const b11 = month11Start(month < 11 ? year : year + 1, utcOffset);
  const k = Math.floor(0.5 + (a11 - JDN_OF_NEW_MOON_0) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;

  // Thirteen lunations between the two solstice months: this lunar year has a leap month.
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, utcOffset);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }

  const monthStart = newMoonDay(k + offset, utcOffset);
  if (day > newMoonDay(k + offset + 1, utcOffset) - monthStart) {
    throw new RangeError(`Lunar month ${month}${leap ? " (leap)" : ""} of ${year} has fewer than ${day} days`);
  }
  return fromEpochDay(monthStart + day - 1 - JDN_OF_EPOCH_DAY_0);
}
