import {
  addMonths,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  endOfMonth,
  isoWeekday,
  isValidCivil,
  type Day,
} from "./calendar.js";
import type { DayRange } from "./rule.js";
import type { DateBias } from "./types.js";

/**
 * Helpers that turn what a mention says into a day range: whole years,
 * months, thirds, seasons, and the choice of a year for a date that states
 * none (the bias).
 */

/** The whole of `year`. */
export function yearRange(year: number): DayRange {
  return { start: dayFromCivil(year, 1, 1), end: dayFromCivil(year, 12, 31) };
}

/** The whole of a month. */
export function monthRange(year: number, month: number): DayRange {
  return { start: dayFromCivil(year, month, 1), end: endOfMonth(year, month) };
}

/** `count` months starting with `month` of `year` (may run into the next year). */
export function monthsRange(year: number, month: number, count: number): DayRange {
  const last = addMonths(year, month, count - 1);
  return { start: dayFromCivil(year, month, 1), end: endOfMonth(last.year, last.month) };
}

/** One day. */
export function dayRange(d: Day): DayRange {
  return { start: d, end: d };
}

/**
 * Third `third` (0, 1, 2) of a year: January–April, May–August,
 * September–December (`early`, `mid`, `late 2024`).
 */
export function yearThird(year: number, third: 0 | 1 | 2): DayRange {
  return monthsRange(year, 1 + third * 4, 4);
}

/** Third of a month: days 1–10, 11–20, 21–end (`early June`, `end of June`). */
export function monthThird(year: number, month: number, third: 0 | 1 | 2): DayRange {
  const from = 1 + third * 10;
  const to = third === 2 ? daysInMonth(year, month) : from + 9;
  return { start: dayFromCivil(year, month, from), end: dayFromCivil(year, month, to) };
}

/** How far `ref` lies from a range, in days (0 inside it). */
function distance(r: DayRange, ref: Day): number {
  if (ref < r.start) return r.start - ref;
  if (ref > r.end) return ref - r.end;
  return 0;
}

/**
 * Chooses one occurrence of something that repeats (a month every year, a
 * weekday every week) by the bias: `past` takes the latest that starts on or
 * before `ref`, `future` the earliest that ends on or after it, `nearest` the
 * closest (ties go to the past). `occurrence(k)` gives occurrence `k`, or
 * `undefined` when it does not exist (February 29 in most years); `k0` is
 * the occurrence around `ref`.
 */
export function chooseOccurrence(
  ref: Day,
  bias: DateBias,
  k0: number,
  occurrence: (k: number) => DayRange | undefined,
): DayRange | undefined {
  // Feb 29 recurs every four (at most eight) years, so look that far.
  const SPAN = 8;
  let best: DayRange | undefined;
  if (bias === "past") {
    for (let k = k0 + 1; k >= k0 - SPAN; k--) {
      const r = occurrence(k);
      if (r !== undefined && r.start <= ref) return r;
    }
    return undefined;
  }
  if (bias === "future") {
    for (let k = k0 - 1; k <= k0 + SPAN; k++) {
      const r = occurrence(k);
      if (r !== undefined && r.end >= ref) return r;
    }
    return undefined;
  }
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let k = k0 - SPAN; k <= k0 + SPAN; k++) {
    const r = occurrence(k);
    if (r === undefined) continue;
    const d = distance(r, ref);
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}

/** A day or month without a year, placed by the bias around `ref`. */
export function placeInYear(
  ref: Day,
  bias: DateBias,
  month: number,
  day: number | undefined,
  build?: (year: number) => DayRange | undefined,
): DayRange | undefined {
  const refYear = civilFromDay(ref).year;
  return chooseOccurrence(ref, bias, refYear, (year) => {
    if (build !== undefined) return build(year);
    if (day === undefined) return monthRange(year, month);
    return isValidCivil(year, month, day) ? dayRange(dayFromCivil(year, month, day)) : undefined;
  });
}

/**
 * {@link chooseOccurrence} for a period that repeats (`January 12–16`,
 * `January–April` without a year): leaning to the past, the whole period
 * must lie on or before `ref` (SPEC: the year "that puts it on or before the
 * reference date"), so `April 10–15` on a page of 13 April is last year's,
 * a period reported, not one still running. When no occurrence has ended,
 * the usual choice.
 */
export function choosePeriodOccurrence(
  ref: Day,
  bias: DateBias,
  k0: number,
  occurrence: (k: number) => DayRange | undefined,
): DayRange | undefined {
  if (bias === "past") {
    const ended = chooseOccurrence(ref, "past", k0, (k) => {
      const r = occurrence(k);
      return r !== undefined && r.end <= ref ? r : undefined;
    });
    if (ended !== undefined) return ended;
  }
  return chooseOccurrence(ref, bias, k0, occurrence);
}

/**
 * Days `from`–`to` of `month` in the year the bias chooses around
 * `reference` (`July 14`, `January 12–16`, `12-16 January` without a year);
 * a range lies wholly on or before the reference when leaning to the past.
 * `null` without a reference.
 */
export function placeDaysOfMonth(reference: Day | null, bias: DateBias, month: number, from: number, to: number): DayRange | null {
  if (reference === null) return null;
  const r = choosePeriodOccurrence(reference, bias, civilFromDay(reference).year, (year) =>
    isValidCivil(year, month, from) && isValidCivil(year, month, to)
      ? { start: dayFromCivil(year, month, from), end: dayFromCivil(year, month, to) }
      : undefined,
  );
  return r ?? null;
}

/** The weekday `weekday` chosen by the bias around `ref` (the reference day itself counts). */
export function placeWeekday(ref: Day, bias: DateBias, weekday: number): Day {
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(ref) + 7) % 7;
  if (bias === "past") return ref - back;
  if (bias === "future") return ref + ahead;
  return back <= ahead ? ref - back : ref + ahead;
}
