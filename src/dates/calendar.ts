/**
 * Calendar arithmetic on plain integers: a day is its number of days since
 * 1970-01-01 in the proleptic Gregorian calendar. No `Date`, no time zone, so
 * results never depend on the machine's zone, and BC years (astronomical
 * numbering: 1 BC is year 0, 700 BC is year -699) work like any other.
 *
 * The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

/** A calendar day as a day number (days since 1970-01-01). */
export type Day = number;

/** A year, month (1–12) and day (1–31). */
export interface Civil {
  /** Astronomical year: 0 is 1 BC. */
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** The day number of a calendar date. Month and day must be in range. */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number. */
export function civilFromDay(d: Day): Civil {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** How many days month `month` (1–12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/** Whether year/month/day names a real calendar date. */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(d: Day): number {
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week holding `d`. */
export function startOfWeek(d: Day): Day {
  return d - (isoWeekday(d) - 1);
}

/** The first day of the month `months` months after the month holding `d` (negative: before). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  return { year: y, month: index - y * 12 + 1 };
}

/**
 * Shifts a calendar date by whole months, clamping the day to the target
 * month's length (Jan 31 + 1 month = Feb 28/29), as date-fns' addMonths does.
 */
export function addMonthsToDay(d: Day, months: number): Day {
  const c = civilFromDay(d);
  const t = addMonths(c.year, c.month, months);
  return dayFromCivil(t.year, t.month, Math.min(c.day, daysInMonth(t.year, t.month)));
}

/** Last day of a month. */
export function endOfMonth(year: number, month: number): Day {
  return dayFromCivil(year, month, daysInMonth(year, month));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * The ISO `YYYY-MM-DD` form of a day. Years below 0 are written with a minus
 * sign and at least four digits (`-0699-01-01`), as SPEC.md asks.
 */
export function formatDay(d: Day): string {
  // A page names the same few days again and again (its date, the years it
  // discusses): a small cache of the last strings made spares rebuilding them.
  const slot = d & (FORMAT_CACHE - 1);
  const cached = formattedText[slot]!;
  if (formattedDay[slot] === d && cached !== "") return cached;
  const text = formatDayUncached(d);
  formattedDay[slot] = d;
  formattedText[slot] = text;
  return text;
}

const FORMAT_CACHE = 256;
/** The day whose string each slot holds (an empty string: none yet). */
const formattedDay = new Int32Array(FORMAT_CACHE);
const formattedText: string[] = new Array<string>(FORMAT_CACHE).fill("");

function formatDayUncached(d: Day): string {
  const c = civilFromDay(d);
  // The common case without padStart: a four-digit year.
  if (c.year >= 1000 && c.year <= 9999) {
    return `${c.year}-${c.month < 10 ? "0" : ""}${c.month}-${c.day < 10 ? "0" : ""}${c.day}`;
  }
  const y = c.year < 0 ? `-${pad(-c.year, 4)}` : pad(c.year, 4);
  return `${y}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/** Reads `YYYY-MM-DD` (the date part of an ISO string) into a day, or `undefined`. */
export function parseIsoDay(s: string): Day | undefined {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || !isValidCivil(y, m, d)) return undefined;
  return dayFromCivil(y, m, d);
}
