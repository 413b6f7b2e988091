import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureMatch, FigureRule } from "../context.js";
import { gluedHyphen, onLine, readNounPhrase } from "../rule-helpers.js";
import { VAGUE_SCALES } from "../words.js";

/** Vague scales that need "of" to be a figure: "test scores", "tens" alone are not. */
const NEEDS_OF: ReadonlySet<string> = new Set(["dozens", "scores", "tens"]);

/** Scale words that a vague quantifier before them leaves without a value: `several thousand`, `a few hundred`. */
const QUANTIFIED_SCALES: ReadonlySet<string> = new Set(["dozen", "hundred", "thousand", "million", "billion", "trillion", ...VAGUE_SCALES]);

/**
 * Where the scale words after a vague quantifier at token `i` end:
 * `several thousand`, `a few hundred`, `several hundred thousand`, `many
 * thousands`; else -1. `many` takes a plural scale only (`many thousands
 * of`), as `many million` is no English. A hyphen glued after the scale
 * makes a compound modifier (`several million-dollar homes`): no figure.
 */
function quantifiedScaleEnd(ctx: FigureContext, i: number, w: string): number {
  const t = ctx.tokens;
  let j = i + 1;
  if (w === "a") {
    if (ctx.lower(j) !== "few" || !onLine(t, j)) return -1;
    j++;
  }
  const first = ctx.lower(j);
  if (!onLine(t, j) || !QUANTIFIED_SCALES.has(first) || (w === "many" && !VAGUE_SCALES.has(first))) return -1;
  j++;
  // "several hundred thousand": at most one more scale word.
  if (QUANTIFIED_SCALES.has(ctx.lower(j)) && onLine(t, j)) j++;
  if (j < t.count && gluedHyphen(t, j)) return -1;
  return j;
}

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
 * noun), `thousands` alone (a count), `multi-million tons` (a quantity);
 * and a scale after a vague quantifier, which gives no value either:
 * `several thousand people`, `a few hundred meters`, `many thousands of
 * viewers` (the quantifier in the span).
 *
 * @example `hundreds of millions of tenge` (seed 003) → money null KZT, approx about.
 *
 * @category Figures
 */
export const vagueScaleRule: FigureRule = {
  name: "vague-scale",
  order: 10,
  startsWith: { words: [...VAGUE_SCALES, "multi", "multimillion", "multibillion", "several", "many", "a"] },
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
    if (w === "several" || w === "many" || w === "a") {
      const j = quantifiedScaleEnd(ctx, i, w);
      if (j < 0) return undefined;
      if (ctx.lower(j) === "of" && onLine(t, j + 1)) {
        const m = tail(ctx, i, j + 1, true);
        if (m !== undefined) return m;
        const np = readNounPhrase(ctx, j + 1, false);
        if (np !== undefined) return { start: i, end: np.end, kind: "count", value: null, approx: "about", noun: np.noun };
      }
      const m = tail(ctx, i, j, true);
      if (m !== undefined) return m;
      // "several thousand people": the counted noun right after the scale.
      const np = onLine(t, j) ? readNounPhrase(ctx, j, false) : undefined;
      if (np !== undefined) return { start: i, end: np.end, kind: "count", value: null, approx: "about", noun: np.noun };
      return { start: i, end: j, kind: "count", value: null, approx: "about" };
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
