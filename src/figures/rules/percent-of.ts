import { TokenKind } from "../../core/tokens.js";
import type { FigureRule } from "../context.js";
import { onLine } from "../rule-helpers.js";
import { PERCENT_WORDS } from "../words.js";

/**
 * A percent word that leads its number: `percent of 10`, `per cent of
 * twenty-two` (Recognizers-Text's phrasing). Only when no number stands
 * before the percent word, which the percent rule would have read.
 *
 * @example `per cent of 210` → percent 210.
 *
 * @category Figures
 */
export const percentOfRule: FigureRule = {
  name: "percent-of",
  order: 70,
  startsWith: { words: [...PERCENT_WORDS, "per"] },
  read(ctx, i) {
    const t = ctx.tokens;
    if (t.kind[i] !== TokenKind.Word) return undefined;
    let j = i;
    const w = ctx.lower(i);
    if (w === "per" && ctx.lower(i + 1) === "cent") j = i + 1;
    else if (!PERCENT_WORDS.has(w)) return undefined;
    if (i > 0 && (t.kind[i - 1] === TokenKind.Number || ctx.numberAt(i - 1) !== undefined)) return undefined;
    if (ctx.lower(j + 1) !== "of" || !onLine(t, j + 2)) return undefined;
    const n = ctx.numberAt(j + 2);
    if (n === undefined || n.yearLike) return undefined;
    return { start: i, end: n.next, kind: "percent", value: n.value };
  },
};
