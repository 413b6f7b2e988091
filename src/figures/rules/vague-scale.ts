import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureMatch, FigureRule } from "../context.js";
import { gluedHyphen, onLine, readNounPhrase } from "../rule-helpers.js";
import { VAGUE_SCALES } from "../words.js";

/** Vague scales that need "of" to be a figure: "test scores", "tens" alone are not. */
const NEEDS_OF: ReadonlySet<string> = new Set(["dozens", "scores", "tens"]);

/** What follows a vague scale: money, a unit, a counted noun, or nothing. */
function tail(ctx: FigureContext, start: number, j: number, needsOf: boolean): FigureMatch | undefined {
  const t = ctx.tokens;
  const base = { start, value: null, approx: "about" } as const;
  if (j < t.count && onLine(t, j)) {
    const cur = ctx.currencyNameAt(j);
    if (cur !== undefined) return { ...base, end: cur.next, kind: "money", ...(cur.value.code === null ? {} : { currency: cur.value.code }) };
    const u = ctx.unitAt(j);
    if (u !== undefined) return { ...base, end: u.next, kind: u.value.dimension === "time" ? "duration" : "quantity", unit: u.value.id };
  }
  if (needsOf) return undefined;
  return { ...base, end: j, kind: "count" };
}

/**
 * Vague scales: `billions of tenge` and `hundreds of millions of tenge`
 * (money, value null, approx about), `millions of viewers` (a count with a
 * noun), `thousands` alone (a count), `multi-million tons` (a quantity).
 *
 * @example `hundreds of millions of tenge` (seed 003) → money null KZT, approx about.
 *
 * @category Figures
 */
export const vagueScaleRule: FigureRule = {
  name: "vague-scale",
  order: 10,
  startsWith: { words: [...VAGUE_SCALES, "multi", "multimillion", "multibillion"] },
  read(ctx, i) {
    const t = ctx.tokens;
    if (t.kind[i] !== TokenKind.Word) return undefined;
    const w = ctx.lower(i);
    // "multi-million tons", "multimillion-dollar"
    if (w === "multi" || w === "multimillion" || w === "multibillion") {
      let j = i + 1;
      if (w === "multi") {
        if (!gluedHyphen(t, j)) return undefined;
        const s = ctx.lower(j + 1);
        if (s !== "million" || !onLine(t, j + 1)) {
          if (s !== "billion") return undefined;
        }
        j += 2;
      }
      if (gluedHyphen(t, j)) j++;
      return tail(ctx, i, j, true);
    }
    if (!VAGUE_SCALES.has(w)) return undefined;
    // "5 millions" is a number; the vague scale stands alone.
    if (i > 0 && (t.kind[i - 1] === TokenKind.Number || ctx.numberAt(i - 1) !== undefined)) return undefined;
    let j = i + 1;
    while (ctx.lower(j) === "of" && VAGUE_SCALES.has(ctx.lower(j + 1)) && onLine(t, j + 1)) j += 2;
    if (ctx.lower(j) === "of" && onLine(t, j + 1)) {
      const m = tail(ctx, i, j + 1, true);
      if (m !== undefined) return m;
      const np = readNounPhrase(ctx, j + 1, false);
      if (np !== undefined) return { start: i, end: np.end, kind: "count", value: null, approx: "about", noun: np.noun };
    }
    return tail(ctx, i, j, NEEDS_OF.has(w));
  },
};
