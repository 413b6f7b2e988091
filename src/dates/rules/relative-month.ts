import { civilFromDay, dayFromCivil, isValidCivil } from "../calendar.js";
import { readDay, readMonth, relativeMatch } from "../read.js";
import { dayRange, monthRange } from "../resolve.js";
import type { DateRule } from "../rule.js";
import { MONTH_WORDS } from "../tables.js";

/**
 * Which way a modifier points from the reference month: `last` and `this
 * past` to the latest such month before it, `next`, `coming` and `this
 * coming` to the first one after it, `this` to the one of the reference year.
 */
const MONTH_MODIFIERS: ReadonlyMap<string, "last" | "this" | "next"> = new Map([
  ["last", "last"], ["past", "last"], ["this", "this"], ["next", "next"], ["coming", "next"],
]);

/**
 * A month named with a direction: `last December`, `next January`, `this
 * March`, `this past May`, `next March 3`. Unlike a bare month, which
 * the bias places, the modifier decides the year: in November 2025 `last
 * November` is November 2024 and `next November` November 2026. The
 * modifier is part of the mention.
 *
 * @category Dates
 */
export const relativeMonthRule: DateRule = {
  name: "relative-month",
  anchors: [...MONTH_MODIFIERS.keys()],
  keys: [...MONTH_WORDS.keys()],
  match(view, i) {
    let direction = MONTH_MODIFIERS.get(view.lower(i));
    if (direction === undefined) return undefined;
    let at = i + 1;
    // `this past May`, `this coming March`
    if (direction === "this" && (view.is(at, "past") || view.is(at, "coming"))) {
      direction = view.is(at, "past") ? "last" : "next";
      at++;
    }
    if (view.lineBefore(at)) return undefined;
    const m = readMonth(view, at);
    // `next may be`, `last march on the capital`: lowercase verbs and nouns.
    if (m === undefined || !view.capitalized(at)) return undefined;
    // `next March 3` (a day, not `next March 2026`, which names its own year)
    const d = view.isNumber(m.next) && !view.lineBefore(m.next) && view.length(m.next) <= 2 ? readDay(view, m.next) : undefined;
    if (view.isNumber(m.next) && d === undefined) return undefined;
    const month = m.value;
    const dir = direction;
    return relativeMatch(i, d?.next ?? m.next, d === undefined ? "month" : "day", (env) => {
      if (env.reference === null) return null;
      const ref = civilFromDay(env.reference);
      let year = ref.year;
      if (dir === "last" && month >= ref.month) year--;
      if (dir === "next" && month <= ref.month) year++;
      if (d === undefined) return monthRange(year, month);
      return isValidCivil(year, month, d.value) ? dayRange(dayFromCivil(year, month, d.value)) : null;
    });
  },
};
