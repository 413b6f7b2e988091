import { MAX_BARE_YEAR, MIN_BARE_YEAR, fixedMatch, readSecondYear } from "../read.js";
import { dayFromCivil } from "../calendar.js";
import { NUMBER_ANCHOR, type DateRule } from "../rule.js";
import { yearLeftContextOk, yearRightContextOk } from "../year-context.js";

/**
 * Two years joined by a dash: `2006-2013`, `2026–2030`, `the 2026-2027
 * strategy`, and the short form news uses for seasons and fiscal years,
 * `2024-25`, `1999-00`; and two consecutive years joined by a slash,
 * `2024/25`, `2023/2024`. The second must come after the first (within a
 * century; within twenty years for the short form), so codes such as
 * `2012-1400` are not ranges.
 *
 * @category Dates
 */
export const yearRangeRule: DateRule = {
  name: "year-range",
  digits: [4],
  anchors: [NUMBER_ANCHOR],
  match(view, i) {
    if (view.length(i) !== 4) return undefined;
    const from = view.int(i);
    if (from < MIN_BARE_YEAR || from > MAX_BARE_YEAR) return undefined;
    // A slash joins only consecutive years, glued: `2024/25`, `2023/2024`
    // (a season, a school or fiscal year).
    const slash = view.isPunct(i + 1, "/");
    if (slash ? !(view.glued(i + 1) && view.glued(i + 2)) : !view.isDash(i + 1) || view.lineBefore(i + 1)) return undefined;
    // A dash glued on one side only is not a joiner (`2006 -2013`).
    if (view.glued(i + 1) !== view.glued(i + 2)) return undefined;
    // `2024-25`: the last two digits of a year shortly after the first.
    const short = view.length(i + 2) === 2;
    const to = readSecondYear(view, i + 2, from);
    if (to <= from || to - from > (short ? 20 : 100) || (!short && to > MAX_BARE_YEAR)) return undefined;
    if (slash && to !== from + 1) return undefined;
    if (!yearLeftContextOk(view, i) || !yearRightContextOk(view, i + 2, i + 3)) return undefined;
    return fixedMatch(i, i + 3, "year", { start: dayFromCivil(from, 1, 1), end: dayFromCivil(to, 12, 31) }, { kind: "range" });
  },
};
