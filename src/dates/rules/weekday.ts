import { civilFromDay, dayFromCivil, daysInMonth, isoWeekday, startOfWeek } from "../calendar.js";
import { fixedMatch, readMonth, readYear, relativeMatch } from "../read.js";
import { chooseOccurrence, placeWeekday } from "../resolve.js";
import type { DateMatch, DateRule, TokenView } from "../rule.js";
import { SHORT_WEEKDAY_WORDS, WEEKDAY_WORDS } from "../tables.js";

/** `last Friday`, `this Friday`, `next Friday`. */
const WEEKDAY_MODIFIERS: ReadonlyMap<string, "last" | "this" | "next"> = new Map([
  ["last", "last"], ["past", "last"], ["this", "this"], ["next", "next"], ["coming", "this"],
]);

/** `the first … the fifth`, `the last` weekday of a month: 1–5, or −1 for the last. */
const WEEKDAY_RANKS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["last", -1],
]);

/**
 * Weekdays. Next to a date, the weekday picks the year (`Thursday, April 4`
 * in a page of December 2025 is 2024-04-04, the nearest year in which April
 * 4 is a Thursday). Alone (`on Sunday`, `Monday`) it is placed by the bias;
 * `last Friday` is the one before the reference day, `this Friday` the one
 * on or after it, `next Friday` the one in the following week, and `Friday
 * of next week` / `Tuesday, next week` name the week; `last weekday` and
 * `next weekday` are the working day before or after the reference day;
 * `the last Sunday of May`, `the first Monday of March 2027` are that day of
 * the month.
 * Abbreviations that are
 * words (`sat`, `sun`, `wed`) count only before a date.
 *
 * @category Dates
 */
export const weekdayRule: DateRule = {
  name: "weekday",
  anchors: [...WEEKDAY_WORDS.keys(), ...WEEKDAY_MODIFIERS.keys(), ...WEEKDAY_RANKS.keys()],
  keys: [...WEEKDAY_WORDS.keys(), "weekday"],
  match(view, i) {
    // `the last Sunday of May`, `the first Monday of March 2027`: a day of
    // that month, not a day counted from the reference.
    const rank = WEEKDAY_RANKS.get(view.lower(i));
    if (rank !== undefined && view.is(i - 1, "the")) {
      const ranked = rankedWeekday(view, i, rank);
      if (ranked !== undefined || rank !== -1) return ranked;
    }
    const modifier = WEEKDAY_MODIFIERS.get(view.lower(i));
    const at = modifier === undefined ? i : i + 1;
    if (modifier !== undefined && view.lineBefore(at)) return undefined;
    const word = view.lower(at);
    if (word === "weekday") {
      // `the last weekday of the month` is another phrase.
      if ((modifier !== "last" && modifier !== "next") || view.is(i - 1, "the") || view.is(at + 1, "of")) return undefined;
      return workingDay(i, at + 1, modifier);
    }
    const weekday = WEEKDAY_WORDS.get(word);
    if (weekday === undefined) return undefined;
    let j = at + 1;
    // `Sun.`, `Tue,`
    if (view.isPunct(j, ".") && view.glued(j) && SHORT_WEEKDAY_WORDS.has(word)) j++;
    if (modifier === undefined) {
      const k = view.isPunct(j, ",") ? j + 1 : j;
      const date = k < view.count && !view.lineBefore(k) ? view.matchAt(k) : undefined;
      if (date !== undefined && date.grain === "day" && date.kind === "point") return withDate(i, date, weekday);
    }
    if (SHORT_WEEKDAY_WORDS.has(word) && !view.capitalized(at)) return undefined;
    if (SHORT_WEEKDAY_WORDS.has(word) && modifier === undefined) return undefined;
    // `Friday next week`, `Tuesday of next week`, `on Tuesday, next week`
    const week = modifier === undefined ? readWeekPhrase(view, j) : undefined;
    if (week !== undefined) {
      return relativeMatch(i, week.next, "day", (env) =>
        env.reference === null ? null : day(startOfWeek(env.reference) + 7 * week.offset + weekday - 1),
      );
    }
    return relativeMatch(i, j, "day", (env) => {
      const ref = env.reference;
      if (ref === null) return null;
      const back = (isoWeekday(ref) - weekday + 7) % 7;
      const ahead = (weekday - isoWeekday(ref) + 7) % 7;
      if (modifier === "last") return day(ref - (back === 0 ? 7 : back));
      if (modifier === "this") return day(ref + ahead);
      if (modifier === "next") return day(startOfWeek(ref) + 7 + weekday - 1);
      return day(placeWeekday(ref, env.bias, weekday));
    });
  },
};

/** The `rank`-th weekday `weekday` (1 = Monday) of a month, or undefined when the month has none. */
function nthWeekday(year: number, month: number, weekday: number, rank: number): number | undefined {
  if (rank > 0) {
    const first = dayFromCivil(year, month, 1);
    const d = first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (rank - 1);
    return d < first + daysInMonth(year, month) ? d : undefined;
  }
  const last = dayFromCivil(year, month, daysInMonth(year, month));
  return last - ((isoWeekday(last) - weekday + 7) % 7);
}

/**
 * `the last Sunday of May`, `the second Tuesday of March 2027`: that day of
 * the month, in the year given or placed by the bias. Without `of <month>`
 * nothing (`the last Sunday`, `the first Monday after…` are other phrases).
 */
function rankedWeekday(view: TokenView, i: number, rank: number): DateMatch | undefined {
  const weekday = WEEKDAY_WORDS.get(view.lower(i + 1));
  if (weekday === undefined || SHORT_WEEKDAY_WORDS.has(view.lower(i + 1)) || !view.is(i + 2, "of") || view.lineBefore(i + 3)) return undefined;
  const m = readMonth(view, i + 3);
  if (m === undefined || !view.capitalized(i + 3)) return undefined;
  const month = m.value;
  const y = view.lineBefore(m.next) ? undefined : readYear(view, m.next);
  if (y !== undefined) {
    const d = nthWeekday(y.value, month, weekday, rank);
    return d === undefined ? undefined : fixedMatch(i, y.next, "day", day(d), { year: y.value });
  }
  return relativeMatch(i, m.next, "day", (env) => {
    if (env.reference === null) return null;
    return (
      chooseOccurrence(env.reference, env.bias, civilFromDay(env.reference).year, (year) => {
        const d = nthWeekday(year, month, weekday, rank);
        return d === undefined ? undefined : day(d);
      }) ?? null
    );
  });
}

/**
 * `last weekday`, `next weekday`: the working day (Monday–Friday) before or
 * after the reference day.
 */
function workingDay(first: number, next: number, modifier: "last" | "next"): DateMatch {
  const step = modifier === "last" ? -1 : 1;
  return relativeMatch(first, next, "day", (env) => {
    if (env.reference === null) return null;
    let d = env.reference + step;
    while (isoWeekday(d) > 5) d += step;
    return day(d);
  });
}

function day(d: number) {
  return { start: d, end: d };
}

/** `next week`, `of last week`, `, this week` after a weekday → week offset. */
function readWeekPhrase(view: TokenView, j: number): { offset: number; next: number } | undefined {
  let k = j;
  if (view.is(k, "of") || view.isPunct(k, ",")) k++;
  const w = view.lower(k);
  const offset = w === "next" ? 1 : w === "last" ? -1 : w === "this" ? 0 : undefined;
  if (offset === undefined || !view.is(k + 1, "week") || view.lineBefore(k)) return undefined;
  return { offset, next: k + 2 };
}

/** A weekday before a date: the span starts at the weekday; a yearless date takes the year the weekday fits. */
function withDate(first: number, date: DateMatch, weekday: number): DateMatch {
  if (!date.relative || date.withYear === undefined) {
    return { ...date, first };
  }
  const rebuild = date.withYear;
  return relativeMatch(first, date.next, "day", (env) => {
    const ref = env.reference;
    if (ref === null) return null;
    const refYear = civilFromDay(ref).year;
    let best: { start: number; end: number } | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let y = refYear - 11; y <= refYear + 11; y++) {
      const m = rebuild(y);
      const r = m?.resolve(env) ?? null;
      if (r === null || isoWeekday(r.start) !== weekday) continue;
      const dist = Math.abs(r.start - ref);
      if (dist < bestDistance) {
        best = r;
        bestDistance = dist;
      }
    }
    // No year fits (a wrong weekday): fall back to the date as the bias places it.
    return best ?? date.resolve(env);
  });
}
