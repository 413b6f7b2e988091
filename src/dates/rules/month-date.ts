import { dayFromCivil, isValidCivil } from "../calendar.js";
import {
  clockColonAt,
  pairsWithOpener,
  rangeOpenerAt,
  fixedMatch,
  isGluedSeparator,
  readDay,
  readMonth,
  readYear,
  readYearPhrase,
  relativeMatch,
  resolveYear,
  type YearSpec,
} from "../read.js";
import { dayRange, monthRange, placeDaysOfMonth, placeInYear } from "../resolve.js";
import { yearRightContextOk } from "../year-context.js";
import type { DateMatch, DateRule, TokenView } from "../rule.js";
import { AMBIGUOUS_MONTH_WORDS, COUNT_NOUNS, MONTH_WORDS } from "../tables.js";

/**
 * Dates that start with the month: `April 15, 2024`, `February 4, 2019`,
 * `July 14`, `June 2021`, `May of 2024`, `March this year`, `September of
 * last year`, `December that year`, `March 19 of the same year`, `August 10
 * - 22, 2012`, `between January 12 and 16` and `from May 3 to 5` (the opener
 * belongs to the range), and a month alone where a preposition or a range
 * says it is one (`In April`, `From September`, `January to May 2025`). `may` and `march` in lowercase are verbs, and
 * `the January Events` is a name, so neither is a date.
 *
 * @category Dates
 */
export const monthDateRule: DateRule = {
  name: "month-date",
  anchors: [...MONTH_WORDS.keys(), "between", "from"],
  keys: [...MONTH_WORDS.keys()],
  match(view, i) {
    // `between January 12 and 16`, `from May 3 to 5`: the opener belongs to
    // the day range; anything else after it is read from the month.
    const opener = rangeOpenerAt(view, i);
    if (opener !== undefined) return readMonthFirst(view, i + 1, { opener, at: i });
    return readMonthFirst(view, i, undefined);
  },
};

/** Where a range opener stands before the month: its word and token. */
interface Opener {
  readonly opener: "between" | "from";
  readonly at: number;
}

/** A date read from the month at i; with an opener, only a day range its joiner pairs with. */
function readMonthFirst(view: TokenView, i: number, opener: Opener | undefined): DateMatch | undefined {
  const m = readMonth(view, i);
  if (m === undefined) return undefined;
  const month = m.value;
  const j = m.next;
  // Month day [, year] — the day may follow a glued `-` or `/` (`August-10`).
  let dayAt = j;
  if (isGluedSeparator(view, j)) dayAt = j + 1;
  else if (view.isPunct(j, ",") && view.isNumber(j + 1) && view.length(j + 1) <= 2) dayAt = j + 1; // `March, 6th 2016`
  const d = dayAfterMonth(view, dayAt);
  // A lowercase `may` or `march` is a verb unless a full date follows
  // (`they may 5 times` is not May 5).
  const weak = view.lowercase(i) && AMBIGUOUS_MONTH_WORDS.has(view.lower(i));
  if (d !== undefined) {
    const date = monthDay(view, i, month, d.value, d.next, opener);
    return weak && date?.year === undefined ? undefined : date;
  }
  return opener === undefined ? monthOnly(view, i, month, j) : undefined;
}

/** A day of the month after the month name: `15`, `6th`, `eighth`; not `5%` or `10:30`. */
function dayAfterMonth(view: TokenView, i: number): { value: number; next: number } | undefined {
  if (view.lineBefore(i)) return undefined;
  if (view.isNumber(i)) {
    if (view.length(i) > 2) return undefined;
    // `5%`; `10:30` is a clock time, but `January 14: The ministers…` (a
    // timeline's date-led line) is the 14th.
    if ((view.glued(i + 1) && view.isPunct(i + 1, "%")) || clockColonAt(view, i + 1)) return undefined;
  }
  return readDay(view, i);
}

/**
 * `April 15`, then an optional day range and year. With an opener (`between
 * January 12 and 16`), only a day range whose joiner pairs with it, and the
 * mention starts at the opener.
 */
function monthDay(view: TokenView, monthAt: number, month: number, day: number, after: number, opener: Opener | undefined): DateMatch | undefined {
  let j = after;
  let lastDay: number | undefined;
  // `August 10 - 22, 2012`, `May eighth - tenth, 2010`
  const joined = opener === undefined ? view.isDash(j) || view.is(j, "to") : pairsWithOpener(opener.opener, view, j);
  if (joined && !view.lineBefore(j)) {
    const d2 = readDay(view, j + 1);
    if (d2 !== undefined && d2.value > day && !countsAfter(view, d2.next)) {
      lastDay = d2.value;
      j = d2.next;
    }
  }
  if (opener !== undefined && lastDay === undefined) return undefined;
  const first = opener === undefined ? monthAt : opener.at;
  // Year: `, 2024`, ` 2024`, `/2012`, `-2012`, `, 96`
  let yearAt = j;
  if ((view.isPunct(j, ",") || isGluedSeparator(view, j)) && !view.lineBefore(j + 1)) yearAt = j + 1;
  const y = view.lineBefore(yearAt) && yearAt !== j ? undefined : readYear(view, yearAt, shortYearAllowed(view, yearAt));
  if (y !== undefined && !clockColonAt(view, y.next)) {
    return dayMatch(first, y.next, y.value, month, day, lastDay);
  }
  // `Oct 26 11:00:09 2023`, `Oct 26, 10:00 - 11:00:09 EDT 2023`: a
  // timestamp (ctime, server logs) puts the year after the clock time.
  const stamped = yearAfterClock(view, j);
  if (stamped !== undefined) return dayMatch(first, stamped.next, stamped.value, month, day, lastDay);
  if (lastDay !== undefined) {
    // A day range without a year.
    const from = day;
    const to = lastDay;
    return relativeMatch(first, j, "day", (env) => placeDaysOfMonth(env.reference, env.bias, month, from, to), {
      kind: "range",
      withYear: (year) => dayMatch(first, j, year, month, from, to),
    });
  }
  // `March 19 of the same year`, `January 1 of this year`
  const phrase = readYearPhrase(view, j);
  if (phrase !== undefined && view.is(j, "of")) return dayWithSpec(first, phrase.next, month, day, phrase.value);
  if (!isValidCivil(2024, month, day)) return undefined;
  const end = j;
  return relativeMatch(first, end, "day", (env) => placeDaysOfMonth(env.reference, env.bias, month, day, day), {
    withYear: (year) => dayMatch(first, end, year, month, day, undefined),
  });
}

/**
 * Whether the word at i makes the number before it a count or a clock time
 * rather than the last day of a range: `July 3 - 5 people`, `May 3-5pm`,
 * `June 1 - 4 p.m.`. Any other word may follow a day range (`on September
 * 10–12 to inspect`, `May 3-5 and`).
 */
function countsAfter(view: TokenView, i: number): boolean {
  if (!view.isWord(i)) return false;
  if (view.glued(i)) return true;
  const w = view.lower(i);
  return COUNT_NOUNS.has(w) || CLOCK_WORDS.has(w);
}

/** Words that make a number before them a clock time. */
const CLOCK_WORDS: ReadonlySet<string> = new Set(["am", "pm", "a", "p", "o'clock", "o’clock", "h", "hrs"]);

/** A clock time `11:00` or `11:00:09` at i (hours 0–23, two-digit minutes and seconds); the index after it. */
function readClock(view: TokenView, i: number): number | undefined {
  const h = view.int(i);
  if (h < 0 || h > 23 || view.length(i) > 2) return undefined;
  let j = i + 1;
  for (let parts = 0; parts < 2; parts++) {
    if (!view.isPunct(j, ":") || !view.glued(j) || !view.glued(j + 1) || view.length(j + 1) !== 2 || view.int(j + 1) > 59 || view.int(j + 1) < 0) break;
    j += 2;
  }
  return j === i + 1 ? undefined : j;
}

/**
 * A four-digit year after a clock time (or a clock range) and an optional
 * upper-case zone (`11:00:09 2023`, `, 10:00 - 11:00:09 EDT 2023`), all on
 * one line; the year and the index after it.
 */
function yearAfterClock(view: TokenView, i: number): { value: number; next: number } | undefined {
  let j = view.isPunct(i, ",") ? i + 1 : i;
  if (!view.isNumber(j) || view.lineBefore(j)) return undefined;
  let k = readClock(view, j);
  if (k === undefined) return undefined;
  if (view.isDash(k) && !view.lineBefore(k)) {
    const k2 = readClock(view, k + 1);
    if (k2 !== undefined) k = k2;
  }
  if (isZone(view, k)) k++;
  if (view.length(k) !== 4 || view.lineBefore(k)) return undefined;
  const y = readYear(view, k);
  if (y === undefined || view.isPunct(y.next, ":") || !yearRightContextOk(view, k, y.next)) return undefined;
  j = y.next;
  return { value: y.value, next: j };
}

/** A time-zone abbreviation: an upper-case word of 2–5 ASCII letters (`EDT`, `UTC`). */
function isZone(view: TokenView, i: number): boolean {
  const len = view.length(i);
  if (!view.isWord(i) || len < 2 || len > 5 || view.lineBefore(i)) return false;
  const text = view.text(i);
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** A two-digit year is only read where nothing else could follow: `Aug 9, 96`, not `July 14 12 people`. */
function shortYearAllowed(view: TokenView, i: number): boolean {
  return view.length(i) === 2 && !view.isWord(i + 1) && !view.isNumber(i + 1);
}


function dayMatch(first: number, next: number, year: number, month: number, day: number, lastDay: number | undefined): DateMatch | undefined {
  if (!isValidCivil(year, month, day)) return undefined;
  if (lastDay !== undefined) {
    if (!isValidCivil(year, month, lastDay)) return undefined;
    return fixedMatch(first, next, "day", { start: dayFromCivil(year, month, day), end: dayFromCivil(year, month, lastDay) }, { kind: "range", year });
  }
  return fixedMatch(first, next, "day", dayRange(dayFromCivil(year, month, day)), { year });
}

function dayWithSpec(first: number, next: number, month: number, day: number, spec: YearSpec): DateMatch | undefined {
  if (spec.type === "year") return dayMatch(first, next, spec.year, month, day, undefined);
  return relativeMatch(first, next, "day", (env) => {
    const y = resolveYear(spec, env);
    if (y === null || !isValidCivil(y, month, day)) return null;
    return dayRange(dayFromCivil(y, month, day));
  });
}

/** Prepositions after which a month name alone is a month: `In April`, `From September`, `by March`. */
const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "during", "since", "by", "until", "till", "from", "before", "after", "through", "throughout", "between", "of", "on", "last", "next", "this", "early", "late", "mid", "and", "or", "to", "into", "for",
]);

/** `June 2021`, `May of 2024`, `March this year`, or a month alone. */
function monthOnly(view: TokenView, first: number, month: number, after: number): DateMatch | undefined {
  let yearAt = after;
  if ((view.isPunct(after, ",") && !view.lineBefore(after + 1)) || isGluedSeparator(view, after)) yearAt = after + 1;
  const y = readYear(view, yearAt);
  if (y !== undefined && !clockColonAt(view, y.next)) {
    // `June 2021`; with a glued `/` only a full year (`Aug/2012`).
    return fixedMatch(first, y.next, "month", monthRange(y.value, month), { year: y.value });
  }
  const phrase = readYearPhrase(view, after);
  if (phrase !== undefined) {
    const spec = phrase.value;
    if (spec.type === "year") return fixedMatch(first, phrase.next, "month", monthRange(spec.year, month), { year: spec.year });
    return relativeMatch(first, phrase.next, "month", (env) => {
      const yr = resolveYear(spec, env);
      return yr === null ? null : monthRange(yr, month);
    });
  }
  // A month alone: capitalised, after a preposition (or joined to a month
  // before it: `in February and March`), and not the first word of a name.
  if (!view.capitalized(first)) return undefined;
  const before = view.lower(first - 1);
  const joined = (before === "and" || before === "or" || before === "to") && MONTH_WORDS.has(view.lower(first - 2));
  // Either end of a dashed month range (`in January–April`, `the Jan-Mar
  // quarter`): two capitalised months joined by a dash are a date wherever
  // they stand; the range refiner joins them and places them by the bias.
  const dashed = monthRangeEnd(view, first, after);
  // `the driest September since records began`, `the hottest July on
  // record`: a superlative picks out one month, placed by the bias.
  const superlative = view.is(first - 2, "the") && isSuperlative(before) && !view.lineBefore(first - 1);
  if (!MONTH_PREPOSITIONS.has(before) && !joined && !dashed && !superlative) return undefined;
  if ((before === "and" || before === "or" || before === "to") && !joined) return undefined;
  // `the January Events`: a capitalised word after it makes a name.
  if (view.capitalized(after) && !view.lineBefore(after) && before === "the") return undefined;
  return relativeMatch(first, after, "month", (env) => (env.reference === null ? null : (placeInYear(env.reference, env.bias, month, undefined) ?? null)), {
    withYear: (year) => fixedMatch(first, after, "month", monthRange(year, month), { year }),
  });
}

/** Whether a lower-case word is a superlative adjective: `driest`, `hottest`, `wettest`, `coldest`, `busiest`. */
function isSuperlative(word: string): boolean {
  return word.length >= 6 && word.endsWith("est") && !NOT_SUPERLATIVES.has(word);
}

/** Words in `-est` that are no superlative: `the West January…` is not a month. */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set(["harvest", "interest", "protest", "request", "contest", "conquest", "forest", "honest", "modest", "manifest", "suggest", "invest", "arrest"]);

/** Words that join two month names into a range: `January to May`. */
const MONTH_JOINERS: ReadonlySet<string> = new Set(["to", "through", "thru", "until", "till"]);

/**
 * Whether the month at `first` (ending before `after`) is one end of a
 * dashed range of capitalised month names on one line: `January–April`,
 * `Jan.-Mar.`, `January – May`, or the first end of `January to May`.
 */
function monthRangeEnd(view: TokenView, first: number, after: number): boolean {
  // The first end, before a dash or a joining word: `January–April`,
  // `January to May 2025`, `March through June`.
  if ((view.isDash(after) || MONTH_JOINERS.has(view.lower(after))) && !view.lineBefore(after) && !view.lineBefore(after + 1)) {
    const m = readMonth(view, after + 1);
    if (m !== undefined && view.capitalized(after + 1)) return true;
  }
  const dash = first - 1;
  if (!view.isDash(dash) || view.lineBefore(first) || view.lineBefore(dash)) return false;
  const start = view.isPunct(dash - 1, ".") && view.glued(dash - 1) ? dash - 2 : dash - 1;
  const m = readMonth(view, start);
  return m !== undefined && m.next === dash && view.capitalized(start);
}
