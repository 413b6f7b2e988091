import { ORDINAL_WORDS } from "../../core/number-words.js";
import { dayFromCivil, isValidCivil } from "../calendar.js";
import { clockColonAt, fixedMatch, isGluedSeparator, pairsWithOpener, rangeOpenerAt, readDay, readMonth, readYear, readYearPhrase, relativeMatch, resolveYear } from "../read.js";
import { dayRange, placeDaysOfMonth } from "../resolve.js";
import { NUMBER_ANCHOR, type DateMatch, type DateRule, type TokenView } from "../rule.js";
import { AMBIGUOUS_MONTH_WORDS, MONTH_WORDS } from "../tables.js";

/**
 * Dates that start with the day: `12 December 2025` (the page date line),
 * `10 August`, `3rd Feb 82`, `31st March, 2016`, `12th of July`,
 * `10-August-2012`, `Twenty-fourth of May`, `10 - 22 August 2012`, and
 * `between 12 and 16 January` / `from 12 to 16 May` with their opener.
 *
 * @category Dates
 */
export const dayMonthRule: DateRule = {
  name: "day-month",
  digits: [1, 2],
  anchors: [NUMBER_ANCHOR, ...ORDINAL_WORDS.keys(), "twenty", "thirty", "between", "from"],
  keys: [...MONTH_WORDS.keys()],
  match(view, first) {
    // `between 12 and 16 January`, `from 12 to 16 May`: the opener belongs
    // to the day range; a single day after it is read from the day.
    const opener = rangeOpenerAt(view, first);
    const i = opener === undefined ? first : first + 1;
    if (view.isNumber(i) && view.length(i) > 2) return undefined;
    const d = readDay(view, i);
    if (d === undefined) return undefined;
    let j = d.next;
    let lastDay: number | undefined;
    // `10 - 22 August`, `Eighth to eleventh May`
    const joined = opener === undefined ? view.isDash(j) || view.is(j, "to") : pairsWithOpener(opener, view, j);
    if (joined && !view.lineBefore(j)) {
      const d2 = readDay(view, j + 1);
      if (d2 !== undefined && d2.value > d.value) {
        const m2 = monthAt(view, d2.next);
        if (m2 !== undefined) {
          lastDay = d2.value;
          j = d2.next;
        }
      }
    }
    if (opener !== undefined && lastDay === undefined) return undefined;
    const m = monthAt(view, j);
    if (m === undefined) return undefined;
    const month = m.value;
    const ordinal = d.next > i + 1 || view.isWord(i);
    // A lowercase `may`/`march` after a bare number needs a year to be a
    // month (`the 5 may be enough`); `5 May` and `09-JAN-2017` do not.
    const weakMonth = !ordinal && AMBIGUOUS_MONTH_WORDS.has(view.lower(m.at)) && view.lowercase(m.at);
    const k = m.next;
    let yearAt = k;
    if ((view.isPunct(k, ",") || isGluedSeparator(view, k)) && !view.lineBefore(k + 1)) yearAt = k + 1;
    // A two-digit year only where nothing else could follow (`3 Aug 96`).
    const shortYear = view.length(yearAt) === 2 && !view.isWord(yearAt + 1) && !view.isNumber(yearAt + 1) && !view.isPunct(yearAt + 1, "%:");
    const y = view.lineBefore(yearAt) && yearAt > k ? undefined : readYear(view, yearAt, shortYear);
    if (y !== undefined && !clockColonAt(view, y.next)) {
      return fixed(first, y.next, y.value, month, d.value, lastDay);
    }
    if (weakMonth) return undefined;
    const phrase = readYearPhrase(view, k);
    if (phrase !== undefined && view.is(k, "of")) {
      const spec = phrase.value;
      if (spec.type === "year") return fixed(first, phrase.next, spec.year, month, d.value, lastDay);
      const from = d.value;
      const to = lastDay ?? d.value;
      return relativeMatch(first, phrase.next, "day", (env) => {
        const yr = resolveYear(spec, env);
        if (yr === null || !isValidCivil(yr, month, from) || !isValidCivil(yr, month, to)) return null;
        return { start: dayFromCivil(yr, month, from), end: dayFromCivil(yr, month, to) };
      });
    }
    if (!isValidCivil(2024, month, d.value)) return undefined;
    const from = d.value;
    const to = lastDay ?? d.value;
    return relativeMatch(first, k, "day", (env) => placeDaysOfMonth(env.reference, env.bias, month, from, to), {
      ...(lastDay !== undefined ? { kind: "range" as const } : {}),
      withYear: (year) => fixed(first, k, year, month, from, lastDay),
    });
  },
};

/** The month after a day: `December`, `of July`, glued `Sep` (`15Sep`), `-August-`. */
function monthAt(view: TokenView, j: number): { value: number; next: number; at: number } | undefined {
  if (view.lineBefore(j)) return undefined;
  let at = j;
  if (view.is(j, "of")) at = j + 1;
  else if (isGluedSeparator(view, j)) at = j + 1;
  const m = readMonth(view, at);
  return m === undefined ? undefined : { value: m.value, next: m.next, at };
}


function fixed(first: number, next: number, year: number, month: number, day: number, lastDay: number | undefined): DateMatch | undefined {
  if (!isValidCivil(year, month, day)) return undefined;
  if (lastDay !== undefined) {
    if (!isValidCivil(year, month, lastDay)) return undefined;
    return fixedMatch(first, next, "day", { start: dayFromCivil(year, month, day), end: dayFromCivil(year, month, lastDay) }, { kind: "range", year });
  }
  return fixedMatch(first, next, "day", dayRange(dayFromCivil(year, month, day)), { year });
}
