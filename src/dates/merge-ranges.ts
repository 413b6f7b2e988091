import { civilFromDay } from "./calendar.js";
import { choosePeriodOccurrence } from "./resolve.js";
import type { DateMatch, DayRange, ResolveEnv, TokenView } from "./rule.js";
import { GRAIN_RANK } from "./tables.js";
import type { DateGrain } from "./types.js";

/**
 * The range refiner: two mentions joined by `to`, `through`, `until` or a
 * dash (`from 2006 to 2021`, `10 August - 12 September`), or by `and` after
 * `between` (`between January and May 2025`, `between the 7th century BC and
 * the 3rd century AD`), become one `range` mention. A first end without a
 * year borrows the second end's year. Ends that would run backwards stay two
 * mentions. Runs once over the matches, so it is linear.
 */

/** Words that join the two ends of a range. */
const RANGE_JOINERS: ReadonlySet<string> = new Set(["to", "through", "thru", "until", "till", "til"]);

function finer(a: DateGrain, b: DateGrain): DateGrain {
  return GRAIN_RANK[a] <= GRAIN_RANK[b] ? a : b;
}

/** Days from a period to a day: 0 when it holds the day. */
function distance(r: DayRange, day: number): number {
  return day < r.start ? r.start - day : day > r.end ? day - r.end : 0;
}

const NO_ENV: ResolveEnv = { reference: null, bias: "past", previous: null, previousAt: () => null };

/** The fixed value of a match that needs no reference, or undefined. */
function fixedValue(m: DateMatch): DayRange | undefined {
  if (m.relative) return undefined;
  return m.resolve(NO_ENV) ?? undefined;
}

/** The value of a match rebuilt with a year, or undefined. */
function fixedOf(m: DateMatch | undefined): DayRange | undefined {
  return m === undefined ? undefined : fixedValue(m);
}

/** Joins matches into ranges where the text between them says so. */
export function mergeRanges(view: TokenView, matches: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  let k = 0;
  while (k < matches.length) {
    const a = matches[k]!;
    const b = matches[k + 1];
    const merged = b === undefined ? undefined : tryMerge(view, a, b);
    if (merged !== undefined) {
      out.push(merged);
      k += 2;
    } else {
      out.push(a);
      k += 1;
    }
  }
  return out;
}

function tryMerge(view: TokenView, a0: DateMatch, b0: DateMatch): DateMatch | undefined {
  if (a0.kind === "range" || b0.kind === "range") return undefined;
  // Most neighbours are far apart: look at the gap first.
  let j = a0.next;
  if (j >= b0.first || b0.first - j > 2 || view.lineBefore(j)) return undefined;
  // What stands before the first end: `between`, `from`, optionally with `the`.
  let first = a0.first;
  let p = a0.first - 1;
  if (view.is(p, "the") && !view.lineBefore(a0.first)) p--;
  const between = view.is(p, "between");
  if ((between || view.is(p, "from")) && !view.lineBefore(p + 1)) first = p;
  // The joiner, with an optional `the` after `and`.
  if (view.isDash(j) || (view.isWord(j) && RANGE_JOINERS.has(view.lower(j))) || (between && view.is(j, "and"))) j++;
  else return undefined;
  if (view.is(j, "the")) j++;
  if (j !== b0.first || view.lineBefore(b0.first)) return undefined;

  let a: DateMatch | undefined = a0;
  let b: DateMatch | undefined = b0;
  // A yearless end borrows the other end's year: `between January and May
  // 2025`, `10 August 2013 - 12 September`.
  if (a.withYear !== undefined && b.year !== undefined && a.year === undefined) a = a.withYear(b.year);
  else if (b.withYear !== undefined && a.year !== undefined && b.year === undefined) b = b.withYear(a.year);
  if (a === undefined || b === undefined) return undefined;
  // Without `from` or `between`, a bare `to` after a date counted from the
  // reference names where something goes, not where a period ends: `was
  // extended last Friday to 2031`, `moved yesterday to 2027`. Ends of one
  // kind still join (`Monday to Friday`, `2006 to 2013`, `January to May 2025`).
  if (first === a0.first && a.relative !== b.relative) return undefined;
  const grain = finer(a.grain, b.grain);
  const relative = a.relative || b.relative;
  if (!relative) {
    const ra = fixedValue(a);
    const rb = fixedValue(b);
    if (ra === undefined || rb === undefined || ra.start > rb.start || ra.end > rb.end) return undefined;
    return { first, next: b.next, grain, kind: "range", relative: false, resolve: () => ({ start: ra.start, end: rb.end }) };
  }
  // Two ends without a year (`January–April`, `September 10 - October 2`,
  // `November–February`) are one yearless period: it is placed by the bias
  // as a whole, the second end running into the next year when it comes
  // before the first in the calendar. Leaning to the past, the whole period
  // must lie on or before the reference: `January–November` on a page of 21
  // January 2026 is 2025's (see choosePeriodOccurrence).
  const aYear = a.withYear;
  const bYear = b.withYear;
  if (aYear !== undefined && bYear !== undefined && a.year === undefined && b.year === undefined) {
    const occurrence = (y: number): DayRange | undefined => {
      const ra = fixedOf(aYear(y));
      let rb = fixedOf(bYear(y));
      if (ra === undefined) return undefined;
      if (rb !== undefined && rb.start < ra.start) rb = fixedOf(bYear(y + 1));
      if (rb === undefined || rb.end < ra.start || rb.end - ra.start > 366) return undefined;
      return { start: ra.start, end: rb.end };
    };
    return {
      first,
      next: b.next,
      grain,
      kind: "range",
      relative: true,
      resolve: (env) => {
        if (env.reference === null) return null;
        const ref = env.reference;
        return choosePeriodOccurrence(ref, env.bias, civilFromDay(ref).year, occurrence) ?? null;
      },
    };
  }
  // Relative ends (`Monday to Friday`, `today - next friday`) join only with
  // a dash or a joiner word, and resolve at once.
  const ra0 = a;
  const rb0 = b;
  return {
    first,
    next: b.next,
    grain,
    kind: "range",
    relative: true,
    resolve: (env) => {
      let ra = ra0.resolve(env);
      let rb = rb0.resolve(env);
      if (ra === null || rb === null) return null;
      // Ends placed apart that run backwards (`Monday to Friday` on a
      // Wednesday: Monday the 16th, Friday the 13th) are one period placed
      // by the bias: leaning to the past, the first end is counted back from
      // the second (Monday the 9th to Friday the 13th); to the future, the
      // second end forward from the first; `nearest` takes whichever of the
      // two lies nearer the reference (the past one on a tie).
      if (rb.end < ra.start) {
        const back = env.bias === "future" ? null : ra0.resolve({ ...env, reference: rb.start, bias: "past" });
        const ahead = env.bias === "past" ? null : rb0.resolve({ ...env, reference: ra.end, bias: "future" });
        const past = back === null ? undefined : { start: back.start, end: rb.end };
        const future = ahead === null ? undefined : { start: ra.start, end: ahead.end };
        const day = env.reference;
        const nearer = future !== undefined && (past === undefined || (day !== null && distance(future, day) < distance(past, day)));
        return (nearer ? future : past) ?? { start: rb.start, end: ra.end };
      }
      return { start: Math.min(ra.start, rb.start), end: Math.max(ra.end, rb.end) };
    },
  };
}
