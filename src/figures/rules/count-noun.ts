import { CARDINAL_WORDS, ORDINAL_WORDS } from "../../core/number-words.js";
import { TokenKind } from "../../core/tokens.js";
import type { FigureRule } from "../context.js";
import { afterLabel, amountFields, gluedHyphen, onLine, readNounPhrase } from "../rule-helpers.js";

/**
 * Words after a hyphen that describe rather than name what is counted: `a
 * 10,000-strong crowd`, `20-odd`, `a 6.1-magnitude quake` (a reading on a scale).
 */
const NOT_COUNTED: ReadonlySet<string> = new Set(["strong", "odd", "plus", "something", "ish", "magnitude"]);

/**
 * Words before a number that make it a reading on a scale, not a count of
 * what follows: `a magnitude 5.9 earthquake`, `Magnitude 6.2 Quake Hits …`.
 */
const SCALE_READINGS: ReadonlySet<string> = new Set(["magnitude"]);

/**
 * Comparative words between a number and its noun that say the things are
 * added or taken away (`12 more performances`, `30 fewer accidents`). They
 * end a noun phrase elsewhere (`more than`), so they are read here, and stay
 * in the span. (`40 additional teachers`, `12 new buses` are read as any
 * adjective is.)
 */
const COUNT_COMPARATIVES: ReadonlySet<string> = new Set(["more", "fewer", "less"]);

/**
 * Counts: a number (or range) and the things it counts, with the head noun
 * as `noun`: `13,333 families`, `46 wanted individuals`, `twelve regions`,
 * `six million people`, `three or four pages`, `12 more performances`, and
 * hyphenated compounds such as `a 28-point plan` (noun `point`). Years, the bare word `one`, labels
 * (`Article 5`) and magnitudes (`Magnitude 5.9 Earthquake Hits`) are not counts.
 *
 * @example `more than 4,100 legal entities` (seed 002) → count 4100, noun `entities`, approx over.
 *
 * @category Figures
 */
export const countNounRule: FigureRule = {
  name: "count-noun",
  order: 120,
  startsWith: { numbers: true, after: { words: true } },
  read(ctx, i) {
    const a = ctx.amountAt(i);
    if (a === undefined) return undefined;
    // A year-like number before a noun ("1800 workers") is a count unless the
    // date detector claimed it (then its tokens are blocked and we never get here).
    if (a.value !== null && a.first.one) return undefined;
    if (afterLabel(ctx, a.start, true) || SCALE_READINGS.has(ctx.lower(a.start - 1))) return undefined;
    // "one in two families" is a ratio, not a count of families.
    if (ctx.lower(a.start - 1) === "in" && (ctx.lower(a.start - 2) === "one" || ctx.lower(a.start - 2) === "1")) return undefined;
    const t = ctx.tokens;
    const j = a.next;
    if (j >= t.count || !onLine(t, j)) return undefined;
    if (gluedHyphen(t, j) && t.kind[j + 1] === TokenKind.Word) {
      const w = ctx.lower(j + 1);
      if (CARDINAL_WORDS.has(w) || ORDINAL_WORDS.has(w) || NOT_COUNTED.has(w)) return undefined;
      let e = j + 2;
      while (gluedHyphen(t, e) && t.kind[e + 1] === TokenKind.Word) e += 2;
      // "a 28-point plan": one compound modifier; "two-thirds" was read as a fraction already.
      if (e !== j + 2) return undefined;
      return { start: a.start, end: e, kind: "count", ...amountFields(a), noun: w };
    }
    // "some 3,000 more classrooms": the noun after a comparative.
    const k = COUNT_COMPARATIVES.has(ctx.lower(j)) && t.kind[j] === TokenKind.Word && !ctx.blocked(j) ? j + 1 : j;
    const np = readNounPhrase(ctx, k, a.value === 1 && !a.first.words);
    if (np === undefined) return undefined;
    return { start: a.start, end: np.end, kind: "count", ...amountFields(a), noun: np.noun };
  },
};
