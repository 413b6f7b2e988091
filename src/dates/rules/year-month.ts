import { dayFromCivil, isValidCivil } from "../calendar.js";
import { fixedMatch, isGluedSeparator, readDay, readMonth } from "../read.js";
import { dayRange, monthRange } from "../resolve.js";
import { NUMBER_ANCHOR, type DateRule } from "../rule.js";
import { MONTH_WORDS } from "../tables.js";
import { yearLeftContextOk } from "../year-context.js";

/**
 * Dates that start with the year and name the month: `2024 August`,
 * `2023 Sept`, `2018 March 18`, `2012/Aug/10`.
 *
 * @category Dates
 */
export const yearMonthRule: DateRule = {
  name: "year-month",
  digits: [4],
  anchors: [NUMBER_ANCHOR],
  // Every match names its month right after the year: most years have none near.
  keys: [...MONTH_WORDS.keys()],
  match(view, i) {
    if (view.length(i) !== 4) return undefined;
    const year = view.int(i);
    if (year < 1000 || year > 2099 || !yearLeftContextOk(view, i)) return undefined;
    const sep = isGluedSeparator(view, i + 1);
    const at = sep ? i + 2 : i + 1;
    if (!sep && (view.glued(at) || view.lineBefore(at))) return undefined;
    const m = readMonth(view, at);
    if (m === undefined) return undefined;
    // A lowercase `may` after a year is a verb: `in 2024 may`.
    if (!sep && !view.capitalized(at) && view.is(at, "may")) return undefined;
    const dayAt = sep ? (isGluedSeparator(view, m.next) ? m.next + 1 : -1) : m.next;
    const d = dayAt >= 0 && !view.lineBefore(dayAt) && view.isNumber(dayAt) ? readDay(view, dayAt) : undefined;
    if (d !== undefined && isValidCivil(year, m.value, d.value) && !view.isWord(d.next)) {
      return fixedMatch(i, d.next, "day", dayRange(dayFromCivil(year, m.value, d.value)), { year });
    }
    if (sep) return undefined;
    // `2024 August` only when the month does not start a new clause (`In 2024 May saw`).
    if (view.isWord(m.next) && view.lowercase(m.next)) return undefined;
    return fixedMatch(i, m.next, "month", monthRange(year, m.value), { year });
  },
};
