import { CARDINAL_WORDS } from "../../core/number-words.js";
import { addMonthsToDay } from "../calendar.js";
import { readCount, relativeMatch } from "../read.js";
import { NUMBER_ANCHOR, type DateRule, type DayRange } from "../rule.js";
import { UNIT_SHAPES, UNIT_WORDS, type DateUnit } from "../tables.js";
import type { DateGrain } from "../types.js";
import { periodOf } from "../units.js";

/**
 * The period `count` units from `anchor` (negative: before), in the unit's
 * own calendar grain: days give a day, weeks the Monday–Sunday week, months
 * a month, years (and decades, centuries) a year. SPEC.md sets the rule with
 * `five years ago` (the year, reference year − 5) and `last week` (the
 * Monday–Sunday week before); `two weeks ago` follows it.
 */
function shifted(unit: DateUnit, anchor: number, count: number): DayRange {
  switch (unit) {
    case "day":
      return { start: anchor + count, end: anchor + count };
    case "week":
      return periodOf("week", anchor, count);
    case "month":
      return periodOf("month", addMonthsToDay(anchor, count), 0);
    case "quarter":
      return periodOf("quarter", addMonthsToDay(anchor, 3 * count), 0);
    case "year":
      return periodOf("year", anchor, count);
    case "decade":
      return periodOf("year", anchor, 10 * count);
    case "century":
      return periodOf("year", anchor, 100 * count);
  }
}

function grainOf(unit: DateUnit): DateGrain {
  if (unit === "decade" || unit === "century") return "year";
  return unit;
}

/**
 * Offsets from the reference date or from the date before: `Eight days
 * ago`, `five years ago` (the year), `two weeks from now`, and the
 * counts from a day named after them (`two days after tomorrow`), and the
 * back-references `A year later`, `two days later`, `three months
 * earlier`, counted from the nearest date before them. Vague counts (`a
 * few days ago`, `several years later`) are not dates.
 *
 * @category Dates
 */
export const timeAgoRule: DateRule = {
  name: "time-ago",
  digits: [1, 2, 3, 4],
  anchors: [NUMBER_ANCHOR, ...CARDINAL_WORDS.keys(), "a", "an"],
  keys: [...UNIT_WORDS.keys()],
  match(view, i) {
    // Most numbers and most `a`s are not followed by a unit: rule them out first.
    if (!view.hasShape(i + 1, UNIT_SHAPES) && !view.hasShape(i + 2, UNIT_SHAPES) && !view.hasShape(i + 3, UNIT_SHAPES)) return undefined;
    if (view.is(i, "few") || view.is(i + 1, "few") || view.is(i + 1, "couple")) return undefined;
    const count = readCount(view, i);
    if (count === undefined || !view.hasShape(count.next, UNIT_SHAPES)) return undefined;
    const unit = UNIT_WORDS.get(view.lower(count.next));
    if (unit === undefined || view.lineBefore(count.next)) return undefined;
    const n = count.value;
    const after = view.lower(count.next + 1);
    const end = count.next + 2;
    if (after === "ago") {
      return relativeMatch(i, end, grainOf(unit), (env) => (env.reference === null ? null : shifted(unit, env.reference, -n)));
    }
    if (after === "from" && view.is(count.next + 2, "now")) {
      return relativeMatch(i, end + 1, grainOf(unit), (env) => (env.reference === null ? null : shifted(unit, env.reference, n)));
    }
    if ((after === "before" || after === "after") && !view.lineBefore(end)) {
      // `two days after tomorrow`, `a week before yesterday`: counted from a date that follows.
      const base = view.matchAt(end);
      if (base === undefined || base.grain !== "day" || base.kind !== "point") return undefined;
      const sign = after === "after" ? 1 : -1;
      // Counted from a day, days and weeks stay a day (`2 weeks after yesterday`).
      const exact = unit === "day" || unit === "week";
      const days = unit === "week" ? 7 * n : n;
      return relativeMatch(i, base.next, exact ? "day" : grainOf(unit), (env) => {
        const r = base.resolve(env);
        if (r === null) return null;
        return exact ? { start: r.start + sign * days, end: r.start + sign * days } : shifted(unit, r.start, sign * n);
      });
    }
    if (after === "later" || after === "earlier") {
      // `A year later` at the end of a clause, not `a year later than planned`.
      if (view.is(end, "than")) return undefined;
      const sign = after === "later" ? 1 : -1;
      return relativeMatch(i, end, grainOf(unit), (env) => {
        const anchor = env.previousAt(grainOf(unit))?.start ?? env.reference;
        if (anchor === null) return null;
        return shifted(unit, anchor, sign * n);
      });
    }
    return undefined;
  },
};
