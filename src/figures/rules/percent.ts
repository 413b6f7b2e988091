import { TokenKind } from "../../core/tokens.js";
import type { FigureRule } from "../context.js";
import { amountFields, onLine, punctIs } from "../rule-helpers.js";
import { PERCENT_WORDS } from "../words.js";

/**
 * Percents: `4.1%`, `40.7 percent`, `14-15%` (a range), `100 percentage`,
 * `twenty per cent`. `percentage points` is a unit, read by the quantity
 * rule instead.
 *
 * @example `approximately 40.7 percent` (seed 002) → percent 40.7, approx about.
 *
 * @category Figures
 */
export const percentRule: FigureRule = {
  name: "percent",
  order: 80,
  startsWith: { numbers: true, after: { words: true, marks: ["%", "％"] } },
  read(ctx, i) {
    const a = ctx.amountAt(i);
    if (a === undefined) return undefined;
    const t = ctx.tokens;
    const j = a.next;
    if (j >= t.count || !onLine(t, j) || ctx.blocked(j)) return undefined;
    let end = -1;
    if (punctIs(t, j, 0x25) || punctIs(t, j, 0xff05)) end = j + 1;
    else if (t.kind[j] === TokenKind.Word) {
      const w = ctx.lower(j);
      if (PERCENT_WORDS.has(w)) {
        const n = ctx.lower(j + 1);
        if (n === "point" || n === "points") return undefined;
        end = j + 1;
      } else if (w === "per" && ctx.lower(j + 1) === "cent" && onLine(t, j + 1)) {
        end = j + 2;
      }
    }
    if (end < 0) return undefined;
    return { start: a.start, end, kind: "percent", ...amountFields(a) };
  },
};
