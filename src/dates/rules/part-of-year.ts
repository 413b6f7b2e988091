import { ORDINAL_WORDS } from "../../core/number-words.js";
import { readCount, readOrdinal, readTheYear, readYearPhrase, relativeMatch, yearSpecMatch } from "../read.js";
import { chooseOccurrence, monthsRange } from "../resolve.js";
import { civilFromDay } from "../calendar.js";
import type { DateGrain } from "../types.js";
import { NUMBER_ANCHOR, type DateRule, type TokenView } from "../rule.js";
import { PART_WORDS } from "../tables.js";

/** `Q1`–`Q4` and `H1`–`H2`: the letter, then a glued digit (the tokenizer splits them). */
const SHORT_PARTS: ReadonlyMap<string, { count: number; months: number; grain: DateGrain }> = new Map([
  ["q", { count: 4, months: 3, grain: "quarter" }],
  ["h", { count: 2, months: 6, grain: "half" }],
]);

/** The grain of a run of whole months from January: 3 a quarter, 6 a half, 12 a year, else months. */
function grainOfMonths(count: number): DateGrain {
  if (count === 3) return "quarter";
  if (count === 6) return "half";
  if (count === 12) return "year";
  return "month";
}

/**
 * Halves, quarters and runs of months of a year: `first half of 2025`,
 * `second half of this year`, `first quarter of 2025`, `Q1 2025`, `H1 2025`,
 * `first six months of 2025` (a half), `first four months of this year`
 * (January–April), `last three months of 2024`. A quarter named without a
 * year after `the` (`in the third quarter`) is the latest such quarter by
 * the bias, as a month without a year is; a half without a year (`the
 * second half`) is not a date, since in news it is as often a match's.
 *
 * @category Dates
 */
export const partOfYearRule: DateRule = {
  name: "part-of-year",
  digits: [1],
  anchors: [...ORDINAL_WORDS.keys(), "last", "final", "q", "h", NUMBER_ANCHOR],
  // Every match names its part (`half`, `quarter`, `months`) or is `Q1`/`H1`:
  // numbers and `first`s without one near are not tried.
  keys: [...PART_WORDS.keys(), "quarters", "months", "month", ...SHORT_PARTS.keys()],
  match(view, i) {
    const w = view.lower(i);
    const short = SHORT_PARTS.get(w);
    if (short !== undefined) {
      // `Q1 2025`, `Q3 of 2024`, `H1 2025`
      const index = view.glued(i + 1) ? view.int(i + 1) : -1;
      if (index < 1 || index > short.count || view.length(i + 1) !== 1 || !view.capitalized(i)) return undefined;
      const phrase = readYearPhrase(view, i + 2);
      if (phrase === undefined || view.lineBefore(i + 2) || view.glued(i + 2)) return undefined;
      const startMonth = 1 + (index - 1) * short.months;
      return yearSpecMatch(i, phrase.next, short.grain, phrase.value, (y) => monthsRange(y, startMonth, short.months));
    }
    const fromEnd = w === "last" || w === "final";
    const ord = fromEnd ? { value: 1, next: i + 1 } : readOrdinal(view, i, false);
    if (ord === undefined) return undefined;
    return readPart(view, i, ord.value, ord.next, fromEnd) ?? yearlessQuarter(view, i, ord.value, ord.next, fromEnd);
  },
};

function readPart(view: TokenView, first: number, index: number, j: number, fromEnd: boolean) {
  const part = PART_WORDS.get(view.lower(j));
  if (part !== undefined) {
    if (index < 1 || index > part.perYear) return undefined;
    // `of the year` is the reference year, as in `the end of the year`.
    const phrase = (view.is(j + 1, "of") ? readTheYear(view, j + 2) : undefined) ?? readYearPhrase(view, j + 1);
    if (phrase === undefined || !view.is(j + 1, "of")) return undefined;
    const months = 12 / part.perYear;
    const k = fromEnd ? part.perYear : index;
    const startMonth = 1 + (k - 1) * months;
    return yearSpecMatch(first, phrase.next, part.grain, phrase.value, (y) => monthsRange(y, startMonth, months));
  }
  // `first six months of 2025`, `last three months of 2024`
  if (index !== 1) return undefined;
  // and `first three quarters of 2025` (January–September, grain quarter)
  const count = readCount(view, j);
  if (count === undefined || count.value < 1 || count.value > 12) return undefined;
  const unit = view.lower(count.next);
  const quarters = unit === "quarters" && count.value <= 4;
  if (!quarters && unit !== "months" && !(unit === "month" && count.value === 1)) return undefined;
  if (!view.is(count.next + 1, "of")) return undefined;
  // `of 2025`, `of last year`, and `of the year` (the reference year).
  const phrase = readTheYear(view, count.next + 2) ?? readYearPhrase(view, count.next + 1);
  if (phrase === undefined) return undefined;
  const n = quarters ? 3 * count.value : count.value;
  const startMonth = fromEnd ? 13 - n : 1;
  return yearSpecMatch(first, phrase.next, quarters ? "quarter" : grainOfMonths(n), phrase.value, (y) => monthsRange(y, startMonth, n));
}

/**
 * `the third quarter` with no year: relative, placed by the bias around the
 * reference date. Not `the third quarter of the match` (an `of` that no year
 * follows) and not `last quarter` (the previous quarter, read elsewhere).
 */
function yearlessQuarter(view: TokenView, first: number, index: number, j: number, fromEnd: boolean) {
  if (fromEnd || index < 1 || index > 4 || !view.is(first - 1, "the") || view.lower(j) !== "quarter") return undefined;
  // Not `the third quarter-final` either.
  if (view.is(j + 1, "of") || (view.isDash(j + 1) && view.glued(j + 1))) return undefined;
  const startMonth = 1 + (index - 1) * 3;
  return relativeMatch(first, j + 1, "quarter", (env) => {
    if (env.reference === null) return null;
    const year = civilFromDay(env.reference).year;
    return chooseOccurrence(env.reference, env.bias, year, (y) => monthsRange(y, startMonth, 3)) ?? null;
  });
}
