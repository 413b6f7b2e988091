import { ORDINAL_WORDS, readWordNumber } from "../core/number-words.js";
import { civilFromDay } from "./calendar.js";
import type { DateMatch, DayRange, ResolveEnv, TokenView } from "./rule.js";
import { ERA_WORDS, MONTH_SHAPES, MONTH_WORDS, RELATIVE_WORDS } from "./tables.js";
import type { DateGrain } from "./types.js";

/**
 * Small readers the rules share: a year, a day of the month, an ordinal, a
 * year phrase (`2025`, `of this year`, `of the same year`). Each takes a
 * token index and returns what it read with the index after it.
 */

/** Ordinal suffixes glued to a number: `4th`, `21st`, `2nd`, `3rd`. */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** A value read at a token, and the index after it. */
export interface Read<T> {
  /** What was read. */
  value: T;
  /** Index of the first token after it. */
  next: number;
}

/** Lowest and highest year a bare four-digit number may stand for (SPEC.md: 1000–2099). */
export const MIN_BARE_YEAR = 1000;
/** See {@link MIN_BARE_YEAR}. */
export const MAX_BARE_YEAR = 2099;

/** Skips a glued ordinal suffix after token i (`4` `th`). */
function afterOrdinalSuffix(view: TokenView, i: number): number {
  if (view.isWord(i + 1) && view.glued(i + 1) && ORDINAL_SUFFIXES.has(view.lower(i + 1))) return i + 2;
  return i + 1;
}

/**
 * Reads an ordinal at i: `7th`, `21st`, `first`, `twenty-fourth`. With
 * `bareNumber`, a plain number counts too (`12 December`).
 */
export function readOrdinal(view: TokenView, i: number, bareNumber: boolean): Read<number> | undefined {
  if (view.isNumber(i)) {
    const v = view.int(i);
    if (v < 0 || view.length(i) > 2) return undefined;
    const next = afterOrdinalSuffix(view, i);
    if (next === i + 1 && !bareNumber) return undefined;
    return { value: v, next };
  }
  if (!view.isWord(i)) return undefined;
  const w = view.lower(i);
  const ord = ORDINAL_WORDS.get(w);
  if (ord !== undefined) return { value: ord, next: i + 1 };
  // twenty-first … thirty-first
  if ((w === "twenty" || w === "thirty") && view.isDash(i + 1) && view.glued(i + 1) && view.glued(i + 2)) {
    const unit = ORDINAL_WORDS.get(view.lower(i + 2));
    if (unit !== undefined && unit <= 9) return { value: (w === "twenty" ? 20 : 30) + unit, next: i + 3 };
  }
  return undefined;
}

/** Reads a day of the month (1–31) at i: `4`, `04`, `4th`, `fourth`. */
export function readDay(view: TokenView, i: number): Read<number> | undefined {
  const r = readOrdinal(view, i, true);
  if (r === undefined || r.value < 1 || r.value > 31) return undefined;
  return r;
}

/**
 * Reads a year at i: four digits from 1000 (`2025`), or a number with an era
 * (`345 BC`, `8 AD`, `2555 BE` for the Buddhist era). With `short`, two
 * digits also count (`3 Aug 96`, `21-APR-16`): 00–49 → 2000s, 50–99 → 1900s.
 */
export function readYear(view: TokenView, i: number, short = false): Read<number> | undefined {
  const v = view.int(i);
  if (v < 0) return undefined;
  const len = view.length(i);
  const eraWord = view.isWord(i + 1) ? view.lower(i + 1) : "";
  const era = ERA_WORDS.get(eraWord);
  if (era !== undefined && len <= 4 && v > 0) {
    // BC years are astronomical: 1 BC is year 0, 345 BC is -344.
    return { value: era === "bc" ? 1 - v : v, next: i + 2 };
  }
  if (eraWord === "be" && len === 4) return { value: v - 543, next: i + 2 };
  if (len === 4 && v >= MIN_BARE_YEAR) return { value: v, next: i + 1 };
  if (short && len === 2) return { value: v < 50 ? 2000 + v : 1900 + v, next: i + 1 };
  return undefined;
}

/**
 * A year as a phrase states it: a number, relative to the reference
 * (`this year`, `last year`), or relative to the mention before it
 * (`that year`, `the same year`, `the previous year`).
 */
export type YearSpec =
  | { readonly type: "year"; readonly year: number }
  | { readonly type: "ref"; readonly offset: number }
  | { readonly type: "back"; readonly offset: number };

/** Words for the year before/after the one just mentioned: `the previous year`, `the following year`. */
const BACK_OFFSET_WORDS: ReadonlyMap<string, number> = new Map([
  ["same", 0], ["previous", -1], ["prior", -1], ["preceding", -1], ["following", 1], ["next", 1],
]);

/**
 * Reads a year phrase at i, with an optional `of` before it: `2025`,
 * `of 2024`, `this year`, `of last year`, `that year`, `of the same year`.
 */
export function readYearPhrase(view: TokenView, i: number): Read<YearSpec> | undefined {
  let j = i;
  if (view.is(j, "of")) j++;
  const y = readYear(view, j);
  if (y !== undefined) return { value: { type: "year", year: y.value }, next: y.next };
  const w = view.lower(j);
  if (w === "that" && view.is(j + 1, "same") && view.base(j + 2) === "year") {
    return { value: { type: "back", offset: 0 }, next: j + 3 };
  }
  if (w === "that" && view.base(j + 1) === "year") return { value: { type: "back", offset: 0 }, next: j + 2 };
  if (w === "the") {
    const off = BACK_OFFSET_WORDS.get(view.lower(j + 1));
    if (off !== undefined && view.base(j + 2) === "year") return { value: { type: "back", offset: off }, next: j + 3 };
    return undefined;
  }
  const rel = RELATIVE_WORDS.get(w);
  if (rel !== undefined && view.base(j + 1) === "year") return { value: { type: "ref", offset: rel }, next: j + 2 };
  return undefined;
}

/**
 * Reads `the year` at i as the reference year (`the end of the year`, `the
 * second half of the year`); not `the year-long …`.
 */
export function readTheYear(view: TokenView, i: number): Read<YearSpec> | undefined {
  if (!view.is(i, "the") || view.lower(i + 1) !== "year" || (view.isDash(i + 2) && view.glued(i + 2))) return undefined;
  return { value: { type: "ref", offset: 0 }, next: i + 2 };
}

/**
 * The year a phrase stands for: a back-reference takes the year the mention
 * before it starts in (or the reference when there is none).
 */
export function resolveYear(spec: YearSpec, env: ResolveEnv): number | null {
  if (spec.type === "year") return spec.year;
  const previous = spec.type === "back" ? env.previousAt("year") : null;
  if (previous !== null) return civilFromDay(previous.start).year + spec.offset;
  if (env.reference === null) return null;
  return civilFromDay(env.reference).year + spec.offset;
}

/** Reads a cardinal at i: digits (`5`), words (`five`, `twenty-five`), `a`/`an` (1), `a few` (3), `a couple of` (2). */
export function readCount(view: TokenView, i: number): Read<number> | undefined {
  const v = view.int(i);
  if (v >= 0) return v > 0 && view.length(i) <= 4 ? { value: v, next: i + 1 } : undefined;
  if (!view.isWord(i)) return undefined;
  const w = view.lower(i);
  if (w === "a" || w === "an" || w === "one") {
    if (view.is(i + 1, "few")) return { value: 3, next: i + 2 };
    if (view.is(i + 1, "couple")) return { value: 2, next: view.is(i + 2, "of") ? i + 3 : i + 2 };
    return { value: 1, next: i + 1 };
  }
  if (w === "few" || w === "several") return { value: 3, next: i + 1 };
  const n = readWordNumber(view.tokens, i);
  if (n === undefined || n.value <= 0) return undefined;
  return { value: n.value, next: n.next };
}

/** Builds a match with a fixed value (an absolute date). */
export function fixedMatch(
  first: number,
  next: number,
  grain: DateGrain,
  range: DayRange,
  extra?: { kind?: "point" | "range"; year?: number; withYear?: (year: number) => DateMatch | undefined },
): DateMatch {
  const m: DateMatch = {
    first,
    next,
    grain,
    kind: extra?.kind ?? "point",
    relative: false,
    resolve: () => range,
    ...(extra?.year !== undefined ? { year: extra.year } : {}),
    ...(extra?.withYear !== undefined ? { withYear: extra.withYear } : {}),
  };
  return m;
}

/** Builds a match whose value needs the reference date or an earlier mention. */
export function relativeMatch(
  first: number,
  next: number,
  grain: DateGrain,
  resolve: (env: ResolveEnv) => DayRange | null,
  extra?: { kind?: "point" | "range"; withYear?: (year: number) => DateMatch | undefined },
): DateMatch {
  return {
    first,
    next,
    grain,
    kind: extra?.kind ?? "point",
    relative: true,
    resolve,
    ...(extra?.withYear !== undefined ? { withYear: extra.withYear } : {}),
  };
}

/** A match for something stated with a year phrase: fixed when the year is a number, relative otherwise. */
export function yearSpecMatch(
  first: number,
  next: number,
  grain: DateGrain,
  spec: YearSpec,
  build: (year: number) => DayRange | undefined,
): DateMatch | undefined {
  if (spec.type === "year") {
    const r = build(spec.year);
    return r === undefined ? undefined : fixedMatch(first, next, grain, r, { year: spec.year });
  }
  return relativeMatch(first, next, grain, (env) => {
    const y = resolveYear(spec, env);
    return y === null ? null : (build(y) ?? null);
  });
}

/**
 * Reads a month name at i (`December`, `Dec`, `Dec.`, `SEPT`), or undefined.
 * The glued period after an abbreviation is part of it.
 */
export function readMonth(view: TokenView, i: number): Read<number> | undefined {
  if (!view.hasShape(i, MONTH_SHAPES)) return undefined;
  const w = view.lower(i);
  const month = MONTH_WORDS.get(w);
  if (month === undefined) return undefined;
  const abbreviated = w.length <= 4 && w !== "june" && w !== "july" && w !== "may";
  if (abbreviated && view.isPunct(i + 1, ".") && view.glued(i + 1)) return { value: month, next: i + 2 };
  return { value: month, next: i + 1 };
}

/** Whether token i is a date separator glued on both sides: `10-August-2012`, `August/10`. */
export function isGluedSeparator(view: TokenView, i: number): boolean {
  return (view.isDash(i) || view.isPunct(i, "/.")) && view.glued(i) && view.glued(i + 1);
}

/**
 * The word at i when it opens a range whose first end follows it on the
 * same line: `between` (`between January 12 and 16`) or `from` (`from 12 to
 * 16 May`). Rules that read a range with its opener anchor there too.
 */
export function rangeOpenerAt(view: TokenView, i: number): "between" | "from" | undefined {
  if (view.lineBefore(i + 1)) return undefined;
  return view.is(i, "between") ? "between" : view.is(i, "from") ? "from" : undefined;
}

/** Whether the joiner at `joiner` pairs with the opener: `between … and`, `from … to`. */
export function pairsWithOpener(opener: "between" | "from" | undefined, view: TokenView, joiner: number): boolean {
  return (opener === "between" && view.is(joiner, "and")) || (opener === "from" && view.is(joiner, "to"));
}

/**
 * Whether token k is a colon that glues a clock time or a ratio to the
 * number before it (`2021:30`): that number is then no year or day. A
 * colon followed by a space ends a label instead: `April 28, 2021: Clashes
 * over a water point…` (a timeline's date-led line).
 */
export function clockColonAt(view: TokenView, k: number): boolean {
  return view.isPunct(k, ":") && view.glued(k) && view.isNumber(k + 1) && view.glued(k + 1);
}

/**
 * The year written at token i after a first year `from`: four digits as
 * written, or two digits as the next year ending so (`2024–25` → 2025,
 * `1999/00` → 2000); −1 for anything else. Shared by year ranges and
 * two-year winters.
 */
export function readSecondYear(view: TokenView, i: number, from: number): number {
  const v = view.int(i);
  if (v < 0) return -1;
  const len = view.length(i);
  if (len === 4) return v;
  if (len !== 2) return -1;
  const to = from - (from % 100) + v;
  return to <= from ? to + 100 : to;
}
