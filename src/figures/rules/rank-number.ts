import { TokenKind } from "../../core/tokens.js";
import type { FigureRule } from "../context.js";
import { afterLabel, drop, punctIs, touching, onLine } from "../rule-helpers.js";
import { RANK_WORDS } from "../words.js";

/**
 * Ranks and numbers introduced by `No.`: `world No. 1`, `no. 30`, `#1`.
 * The number keeps its label in the span and is a `number` figure.
 *
 * @example `no. 30` (seed 002) → number 30.
 *
 * @category Figures
 */
export const rankNumberRule: FigureRule = {
  name: "rank-number",
  order: 50,
  startsWith: { words: [...RANK_WORDS] },
  read(ctx, i) {
    const t = ctx.tokens;
    let j: number;
    if (punctIs(t, i, 0x23)) {
      j = i + 1;
      if (!touching(t, j)) return undefined;
    } else if (t.kind[i] === TokenKind.Word && RANK_WORDS.has(ctx.lower(i))) {
      if (!punctIs(t, i + 1, 0x2e) || !touching(t, i + 1)) return undefined;
      j = i + 2;
    } else return undefined;
    // "Decree No. 1102", "Resolution No. 5": a document number is a code, not a rank.
    if (afterLabel(ctx, i) && j < t.count && t.kind[j] === TokenKind.Number) return drop(i, j + 1);
    if (j >= t.count || t.kind[j] !== TokenKind.Number || !onLine(t, j) || ctx.blocked(j)) return undefined;
    // Read the digits themselves: the number reader treats "No.30" as a code.
    const s = ctx.raw(j);
    const value = Number(s.replaceAll(",", ""));
    if (!Number.isFinite(value)) return undefined;
    return { start: i, end: j + 1, kind: "number", value };
  },
};
