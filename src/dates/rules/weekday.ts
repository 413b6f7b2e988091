import { civilFromDay, isoWeekday, startOfWeek } from "../calendar.js";
import { relativeMatch } from "../read.js";
import { placeWeekday } from "../resolve.js";
import type { DateMatch, DateRule, TokenView } from "../rule.js";
import { SHORT_WEEKDAY_WORDS, WEEKDAY_WORDS } from "../tables.js";

/** `last Friday`, `this Friday`, `next Friday`. */
const WEEKDAY_MODIFIERS: ReadonlyMap<string, "last" | "this" | "next"> = new Map([
  ["last", "last"], ["past", "last"], ["this", "this"], ["next", "next"], ["coming", "this"],
]);

/**
 * Weekdays. Next to a date, the weekday picks the year (`Thursday, April 4`
 * in a page of December 2025 is 2024-04-04, the nearest year in which April
 * 4 is a Thursday). Alone (`on Sunday`, `Monday`) it is placed by the bias;
 * `last Friday` is the one before the reference day, `this Friday` the one
 * on or after it, `next Friday` the one in the following week, and `Friday
 * of next week` / `Tuesday, next week` name the week; `last weekday` and
 * `next weekday` are the working day before or after the reference day.
 * Abbreviations that are
 * words (`sat`, `sun`, `wed`) count only before a date.
 *
 * @category Dates
 */
export const weekdayRule: DateRule = {
  name: "weekday",
  anchors: [...WEEKDAY_WORDS.keys(), ...WEEKDAY_MODIFIERS.keys()],
  keys: [...WEEKDAY_WORDS.keys(), "weekday"],
  match(view, i) {
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
