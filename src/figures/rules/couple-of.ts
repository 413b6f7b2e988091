import type { FigureRule } from "../context.js";
import { onLine, readNounPhrase } from "../rule-helpers.js";

/**
 * `a couple of months` (duration 2, about) and `a couple of days`; with a
 * noun, `a couple of weeks`… or `a couple of people` (count 2, about).
 *
 * @example `a couple of months` (seed 002) → duration 2 month, approx about.
 *
 * @category Figures
 */
export const coupleOfRule: FigureRule = {
  name: "couple-of",
  order: 20,
  startsWith: { words: ["a", "couple"] },
  read(ctx, i) {
    const t = ctx.tokens;
    let j = i;
    if (ctx.lower(j) === "a") j++;
    if (ctx.lower(j) !== "couple" || ctx.lower(j + 1) !== "of" || !onLine(t, j) || !onLine(t, j + 2)) return undefined;
    const k = j + 2;
    const u = ctx.unitAt(k);
    if (u !== undefined) {
      const kind = u.value.dimension === "time" ? "duration" : "quantity";
      return { start: i, end: u.next, kind, value: 2 * u.value.factor, unit: u.value.id, approx: "about" };
    }
    const np = readNounPhrase(ctx, k, false);
    if (np === undefined) return undefined;
    return { start: i, end: np.end, kind: "count", value: 2, approx: "about", noun: np.noun };
  },
};
