import { MAX_BARE_YEAR, MIN_BARE_YEAR, fixedMatch } from "../read.js";
import { yearRange } from "../resolve.js";
import { NUMBER_ANCHOR, type DateRule } from "../rule.js";

/**
 * Fiscal and financial years: `fiscal year 2024`, `financial year 2025`,
 * `fiscal 2024`, `FY2024`, `FY 2025`, `FY24`. The whole phrase is the
 * mention. Its value is the calendar year: a page rarely says when the
 * fiscal year starts, and across Central Asia it is the calendar year.
 *
 * @category Dates
 */
export const fiscalYearRule: DateRule = {
  name: "fiscal-year",
  anchors: ["fiscal", "financial", "fy"],
  keys: [NUMBER_ANCHOR],
  match(view, i) {
    let j = i + 1;
    if (view.is(i, "fy")) {
      // `FY` in capitals only: a lowercase `fy` is not an abbreviation.
      if (view.text(i) !== "FY") return undefined;
      if (view.isNumber(j) && view.glued(j) && view.length(j) === 2) {
        const year = 2000 + view.int(j);
        return fixedMatch(i, j + 1, "year", yearRange(year), { year });
      }
    } else if (view.base(j) === "year") {
      j++;
    } else if (view.is(i, "financial")) {
      // `financial 2024` is not a phrase; `fiscal 2024` is.
      return undefined;
    }
    if (!view.isNumber(j) || view.length(j) !== 4 || view.lineBefore(j)) return undefined;
    const year = view.int(j);
    if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) return undefined;
    return fixedMatch(i, j + 1, "year", yearRange(year), { year });
  },
};
