import { dayFromCivil, isValidCivil } from "../calendar.js";
import { fixedMatch, MAX_BARE_YEAR, MIN_BARE_YEAR } from "../read.js";
import { dayRange, monthRange } from "../resolve.js";
import { NUMBER_ANCHOR, type DateMatch, type DateRule, type TokenView } from "../rule.js";

/**
 * All-digit dates: ISO `2014-04-18` (also with a time after it,
 * `1994-11-05T13:15:30Z`), `2012/8/10`, `2015.05.25`, US `8/10/2012` and
 * `05-25-2015`, day-first `25/05/2015` (when the first number cannot be a
 * month), and month-year `9/2012`, `04/2016`. Impossible dates
 * (`2014-02-30`, `8/32/2014`) and number runs (`1-2-3`, `80-32-89-89`) are
 * not dates. Two-part dates without a year (`8/10`) are not read: in news
 * they are far more often scores, fractions or `24/7`.
 *
 * @category Dates
 */
export const numericDateRule: DateRule = {
  name: "numeric-date",
  digits: [1, 2, 4],
  anchors: [NUMBER_ANCHOR],
  match(view, i) {
    // Cheap exit for the common case: a number not followed by a glued separator.
    if (!view.isPunct(i + 1, "/-.") || !view.glued(i + 1)) return undefined;
    // Left edge: not in the middle of a longer run (`1/2/3/2015`).
    if (view.glued(i) && (view.isNumber(i - 1) || view.isWord(i - 1) || (view.isPunct(i - 1, "/-.") && view.isNumber(i - 2) && view.glued(i - 1)))) return undefined;
    const parts = readParts(view, i);
    if (parts === undefined) return undefined;
    const { values, lengths, next, dotted } = parts;
    if (values.length === 3) {
      const [a, b, c] = values as [number, number, number];
      const [la, , lc] = lengths as [number, number, number];
      if (la === 4) {
        // Year first: y-m-d, or y-d-m when the middle cannot be a month (casual swap).
        if (isValidCivil(a, b, c)) return day(i, next, a, b, c);
        if (b > 12 && c <= 12 && isValidCivil(a, c, b)) return day(i, next, a, c, b);
        return undefined;
      }
      if (lc === 4 && la <= 2) {
        // Month first as US pages write it; day first when the first cannot be a month.
        if (a <= 12 && isValidCivil(c, a, b)) return day(i, next, c, a, b);
        if (a > 12 && isValidCivil(c, b, a)) return day(i, next, c, b, a);
        return undefined;
      }
      return undefined;
    }
    // month/year: `9/2012`, `04/2016` — slashes only (`2012-14` is a range, `3.2012` a decimal).
    const [a, b] = values as [number, number];
    const [la, lb] = lengths as [number, number];
    if (dotted || !view.isPunct(i + 1, "/")) return undefined;
    if (la <= 2 && lb === 4 && a >= 1 && a <= 12 && b >= MIN_BARE_YEAR && b <= MAX_BARE_YEAR) {
      return fixedMatch(i, next, "month", monthRange(b, a), { year: b });
    }
    return undefined;
  },
};

function day(first: number, next: number, year: number, month: number, d: number): DateMatch {
  return fixedMatch(first, next, "day", dayRange(dayFromCivil(year, month, d)), { year });
}

/**
 * Reads 2 or 3 numbers joined by one kind of glued separator (`/`, `-`,
 * `.`). The tokenizer reads `2015.05` as one decimal, so a dotted date
 * arrives as `2015.05` `.` `25` and is split here.
 */
function readParts(view: TokenView, i: number): { values: number[]; lengths: number[]; next: number; dotted: boolean } | undefined {
  const values: number[] = [];
  const lengths: number[] = [];
  let dotted = false;
  const first = view.text(i);
  const dot = first.indexOf(".");
  if (dot > 0) {
    // `2015.05` `.` `25` or `05.25` `.` `2015`
    if (first.includes(",")) return undefined;
    dotted = true;
    values.push(Number(first.slice(0, dot)), Number(first.slice(dot + 1)));
    lengths.push(dot, first.length - dot - 1);
    if (!(view.isPunct(i + 1, ".") && view.glued(i + 1) && view.glued(i + 2) && view.int(i + 2) >= 0)) return undefined;
    values.push(view.int(i + 2));
    lengths.push(view.length(i + 2));
    return finish(view, i + 3, values, lengths, dotted);
  }
  const v0 = view.int(i);
  if (v0 < 0) return undefined;
  values.push(v0);
  lengths.push(view.length(i));
  let j = i + 1;
  let sep = "";
  while (values.length < 3 && view.glued(j) && view.glued(j + 1) && (view.isPunct(j, "/") || view.isPunct(j, "-"))) {
    const s = view.text(j);
    if (sep !== "" && s !== sep) return undefined;
    sep = s;
    const v = view.int(j + 1);
    if (v < 0) return undefined;
    values.push(v);
    lengths.push(view.length(j + 1));
    j += 2;
  }
  if (values.length < 2) return undefined;
  return finish(view, j, values, lengths, dotted);
}

function finish(view: TokenView, next: number, values: number[], lengths: number[], dotted: boolean) {
  // Right edge: a further `/7` or `-89` means a longer code, not a date. A
  // glued `T` starts an ISO time (`T13:15:30Z`), which the date leaves out.
  // A clock time glued on (`05/31/2024-14:15`, `05/31/2024.14:15`) is not part of the code.
  const time = view.glued(next) && view.isPunct(next, "-.:") && view.isNumber(next + 1) && view.isPunct(next + 2, ":");
  if (!time && view.glued(next) && view.isPunct(next, "/-") && view.isNumber(next + 1) && view.glued(next + 1)) return undefined;
  if (view.glued(next) && view.isNumber(next)) return undefined;
  if (view.glued(next) && view.isWord(next) && !(view.text(next).charCodeAt(0) === 0x54)) return undefined;
  return { values, lengths, next, dotted };
}
