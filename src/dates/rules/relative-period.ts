import { relativeMatch } from "../read.js";
import type { DateRule } from "../rule.js";
import type { DateUnit } from "../tables.js";
import { periodOf } from "../units.js";

/** Singular unit words a relative period may name (plural `the next weeks` is a duration). */
const PERIOD_UNITS: ReadonlyMap<string, DateUnit> = new Map([
  ["week", "week"], ["month", "month"], ["quarter", "quarter"], ["qtr", "quarter"], ["year", "year"],
]);

/** `last`/`this`/`next` and synonyms → offset. `previous`, `following` and `next` after `the` are back-references. */
const OFFSETS: ReadonlyMap<string, number> = new Map([
  ["last", -1], ["past", -1], ["previous", -1], ["this", 0], ["current", 0], ["next", 1], ["coming", 1],
]);

/**
 * Periods relative to the reference date: `last week` (the Monday–Sunday
 * week before), `this week`, `next year`, `last month`, `this quarter`; and
 * `this weekend` (Saturday and Sunday of the reference week); and
 * the part of the current period up to or after the reference: `earlier
 * this year` (1 January to the reference date), `later this month`.
 * `the previous year` and `the next day` look back to the date before them
 * and belong to the back-reference rule.
 *
 * @category Dates
 */
export const relativePeriodRule: DateRule = {
  name: "relative-period",
  anchors: [...OFFSETS.keys(), "earlier", "later"],
  keys: [...PERIOD_UNITS.keys(), "weekend"],
  match(view, i) {
    const w = view.lower(i);
    if (w === "earlier" || w === "later") {
      if (!view.is(i + 1, "this")) return undefined;
      const unit = PERIOD_UNITS.get(view.base(i + 2));
      if (unit === undefined || view.glued(i + 3) && view.isDash(i + 3)) return undefined;
      const earlier = w === "earlier";
      return relativeMatch(i, i + 3, unit, (env) => {
        if (env.reference === null) return null;
        const p = periodOf(unit, env.reference, 0);
        return earlier ? { start: p.start, end: env.reference } : { start: env.reference, end: p.end };
      });
    }
    const offset = OFFSETS.get(w);
    if (offset === undefined) return undefined;
    const before = view.lower(i - 1);
    if (before === "the" && w !== "past" && w !== "this") return undefined;
    if (view.base(i + 1) === "weekend" && !view.lineBefore(i + 1) && w !== "previous") {
      // `this weekend` is the Saturday and Sunday of the reference week.
      return relativeMatch(i, i + 2, "day", (env) => {
        if (env.reference === null) return null;
        const week = periodOf("week", env.reference, offset);
        return { start: week.start + 5, end: week.end };
      });
    }
    const unit = PERIOD_UNITS.get(view.base(i + 1));
    if (unit === undefined || view.lineBefore(i + 1)) return undefined;
    // `this year-end`, `next year-long`: a compound, not a period.
    if (view.isDash(i + 2) && view.glued(i + 2)) return undefined;
    return relativeMatch(i, i + 2, unit, (env) => (env.reference === null ? null : periodOf(unit, env.reference, offset)));
  },
};
