import type { FigureRule } from "../context.js";
import { amountFields, gluedHyphen, onLine } from "../rule-helpers.js";

/**
 * Multipliers written with a number: `3.5 times`, `three times more`,
 * `a 10-fold rise`.
 *
 * @example `3.5 times` (seed 002) → multiplier 3.5.
 *
 * @category Figures
 */
export const multiplierTimesRule: FigureRule = {
  name: "multiplier-times",
  order: 110,
  startsWith: { numbers: true, after: { words: true } },
  read(ctx, i) {
    const a = ctx.amountAt(i);
    if (a === undefined || a.first.one) return undefined;
    const t = ctx.tokens;
    const j = a.next;
    if (j >= t.count || !onLine(t, j)) return undefined;
    if (ctx.lower(j) === "times") return { start: a.start, end: j + 1, kind: "multiplier", ...amountFields(a) };
    if (gluedHyphen(t, j) && ctx.lower(j + 1) === "fold") return { start: a.start, end: j + 2, kind: "multiplier", ...amountFields(a) };
    return undefined;
  },
};
