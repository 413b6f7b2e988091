import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureMatch, FigureRule } from "../context.js";
import type { Amount } from "../read-number.js";
import type { UnitEntry } from "../lexicon.js";
import { amountFields, drop, gluedHyphen, onLine, punctIs, touching } from "../rule-helpers.js";

/** Brackets that may hold a unit: `20 (kg)`, `20 [kg]`. */
const OPEN_CLOSE: ReadonlyMap<number, number> = new Map([[0x28, 0x29], [0x5b, 0x5d], [0x7b, 0x7d], [0x3c, 0x3e]]);

interface UnitHit {
  unit: UnitEntry;
  end: number;
  hyphen: boolean;
}

function unitAfter(ctx: FigureContext, a: Amount): UnitHit | undefined {
  const t = ctx.tokens;
  const j = a.next;
  if (j >= t.count || !onLine(t, j)) return undefined;
  // "44-day", "2.5-mile", "three-ton"
  if (gluedHyphen(t, j)) {
    const u = ctx.unitAt(j + 1);
    if (u !== undefined && t.kind[j + 1] === TokenKind.Word) return { unit: u.value, end: u.next, hyphen: true };
    return undefined;
  }
  const u = ctx.unitAt(j) ?? afterComparative(ctx, j);
  if (u !== undefined) {
    // "24703m212" is a code: an abbreviation must not run into more letters or digits.
    if (u.next < t.count && touching(t, u.next) && t.kind[u.next] !== TokenKind.Punct) return undefined;
    return { unit: u.value, end: u.next, hyphen: false };
  }
  const close = OPEN_CLOSE.get(t.kind[j] === TokenKind.Punct ? t.text.charCodeAt(t.start[j]!) : -1);
  if (close !== undefined && t.end[j]! - t.start[j]! === 1) {
    const b = ctx.unitAt(j + 1);
    if (b !== undefined && punctIs(t, b.next, close) && onLine(t, b.next)) return { unit: b.value, end: b.next + 1, hyphen: false };
  }
  return undefined;
}

/** Comparatives between a number and its unit: `five more years`, `two fewer days`. */
const UNIT_COMPARATIVES: ReadonlySet<string> = new Set(["more", "fewer", "less", "additional", "extra"]);

/**
 * A unit name after a comparative at token `j`: `for five more years`, `10
 * more hectares`, `two extra weeks`. The comparative stays in the span. Only
 * a unit written as a word of three letters or more (`3 more m` reads
 * nothing).
 */
function afterComparative(ctx: FigureContext, j: number): ReturnType<FigureContext["unitAt"]> {
  const t = ctx.tokens;
  if (t.kind[j] !== TokenKind.Word || !UNIT_COMPARATIVES.has(ctx.lower(j)) || !onLine(t, j + 1) || (t.flags[j + 1]! & 3) === 0) return undefined;
  if (t.kind[j + 1] !== TokenKind.Word || t.end[j + 1]! - t.start[j + 1]! < 3) return undefined;
  return ctx.unitAt(j + 1);
}

/**
 * Quantities and durations: a number (or range) with a unit from the unit
 * table: `20,000 tons`, `25 million tonnes`, `1,000 hectares`, `30 feet`,
 * `273,300 twenty-foot equivalent units`, `24 years`, `the 44-day war`,
 * ages (`28-year-old`, `twelve years old`, `20-24 years old`), amounts
 * added (`five more years`, `10 additional hectares`) and `110- and 220-kV`. A duration followed by `ago` is a date (`five years
 * ago`), and so is `the first six months of 2025`: both are consumed and
 * not reported.
 *
 * @example `some 20 kilometers` (seed 003) → quantity 20 kilometer, approx about.
 *
 * @category Figures
 */
export const unitQuantityRule: FigureRule = {
  name: "unit-quantity",
  order: 100,
  startsWith: { numbers: true, after: { words: true, units: true, marks: ["-", "(", "[", "{", "<"] } },
  read(ctx, i) {
    const t = ctx.tokens;
    // "110- and 220-kV": the first number borrows the unit of the second.
    const shared = sharedUnit(ctx, i);
    if (shared !== undefined) return shared;
    const a = ctx.amountAt(i);
    if (a === undefined) return undefined;
    const hit = unitAfter(ctx, a);
    if (hit === undefined) return undefined;
    const time = hit.unit.dimension === "time";
    if (a.first.one && a.value !== null && time) return undefined;
    let end = hit.end;
    if (time) {
      const w = ctx.lower(end);
      // A relative date, not a duration.
      if (w === "ago" && onLine(t, end)) return drop(a.start, end + 1);
      // "the first six months of 2025" is a date range.
      if (w === "of" && onLine(t, end + 1) && (ctx.blocked(end + 1) || isYearAt(ctx, end + 1))) return drop(a.start, end);
      // Ages: "28-year-old", "twelve years old", "five-year-old".
      if (hit.unit.id === "year") {
        if (gluedHyphen(t, end) && ctx.lower(end + 1) === "old") end += 2;
        else if (!hit.hyphen && w === "old" && onLine(t, end)) end += 1;
      }
    }
    const match: FigureMatch = {
      start: a.start,
      end,
      kind: time ? "duration" : "quantity",
      ...amountFields(a, hit.unit.factor),
      unit: hit.unit.id,
      ...(hit.unit.per === undefined ? {} : { per: hit.unit.per }),
    };
    return match;
  },
};

function isYearAt(ctx: FigureContext, i: number): boolean {
  const w = ctx.lower(i);
  if (w === "this" || w === "last" || w === "next" || w === "the") return ctx.lower(i + 1) === "year" || ctx.lower(i + 2) === "year";
  const n = ctx.numberAt(i);
  return n !== undefined && n.yearLike;
}

function sharedUnit(ctx: FigureContext, i: number): FigureMatch | undefined {
  const t = ctx.tokens;
  if (t.kind[i] !== TokenKind.Number) return undefined;
  const n = ctx.numberAt(i);
  if (n === undefined || n.next !== i + 1) return undefined;
  const h = n.next;
  if (!(punctIs(t, h, 0x2d) && touching(t, h) && !touching(t, h + 1))) return undefined;
  const w = ctx.lower(h + 1);
  if (w !== "and" && w !== "or" && w !== "to") return undefined;
  const second = ctx.numberAt(h + 2);
  if (second === undefined || !onLine(t, h + 2)) return undefined;
  const a: Amount = { start: h + 2, next: second.next, value: second.value, first: second, last: second };
  const hit = unitAfter(ctx, a);
  if (hit === undefined) return undefined;
  return { start: i, end: i + 1, kind: hit.unit.dimension === "time" ? "duration" : "quantity", value: n.value * hit.unit.factor, unit: hit.unit.id };
}
