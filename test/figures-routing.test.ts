import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FigureRule } from "../src/figures/context.js";
import { createFigureExtractor, extractFigures } from "../src/figures/extract-figures.js";
import { DEFAULT_FIGURE_RULES } from "../src/figures/rules/index.js";
import { RUNS } from "./support/arbitraries.js";
import { loadSeeds } from "./support/shared.js";

/**
 * Number rules that declare what follows their amount (`startsWith.after`) are
 * asked only when it does. The routing must only save work: without it every
 * rule is asked, and the figures must be the same.
 */
const unrouted: readonly FigureRule[] = DEFAULT_FIGURE_RULES.map((rule) => {
  if (rule.startsWith?.after === undefined) return rule;
  const { after: _after, ...startsWith } = rule.startsWith;
  return { name: rule.name, read: rule.read, startsWith };
});
const plain = createFigureExtractor({ rules: unrouted });

/** What follows a number: words, units, currencies, marks, digits, hyphens, brackets. */
const pieces = fc.constantFrom(
  " ", " ", " ", "\n", "-", "–", "%", "％", "(", ")", "[", "]", "{", "}", "<", ">", "/", "^", "+", ".", ",", "$", "₸", "€", "£", "°", "°C",
  "1", "7", "12", "2,264", "3.5", "2006", "2013", "1/4", "e", "km", "km2", "m²", "kV", "kg", "tons", "tonnes", "day", "years", "decade",
  "KZT", "USD", "RMB", "tenge", "som", "cent", "cents", "dollars", "percent", "per", "cent", "points", "times", "fold", "and", "or",
  "to", "from", "between", "a", "an", "half", "three", "twenty", "million", "bn", "families", "new", "old", "ago", "of", "the",
);
const numbery = fc.array(pieces, { maxLength: 50 }).map((a) => a.join(""));

describe("routing number rules by what follows the amount", () => {
  it("finds the same figures as asking every rule, on numbers followed by anything", () => {
    fc.assert(
      fc.property(numbery, (text) => {
        expect(extractFigures(text)).toEqual(plain.extract(text));
      }),
      { numRuns: Math.max(RUNS, 2000) },
    );
  });
  it("finds the same figures as asking every rule on the seed pages", () => {
    for (const seed of loadSeeds()) expect(extractFigures(seed.text)).toEqual(plain.extract(seed.text));
  });
  it("asks a routed custom rule only when its follower is there", () => {
    const asked: string[] = [];
    const knots: FigureRule = {
      name: "knots",
      startsWith: { numbers: true, after: { words: true } },
      read(ctx, i) {
        asked.push(ctx.raw(i));
        const a = ctx.amountAt(i);
        if (a === undefined || ctx.lower(a.next) !== "knots") return undefined;
        return { start: a.start, end: a.next + 1, kind: "quantity", value: a.value, unit: "knot" };
      },
    };
    const { extract } = createFigureExtractor({ rules: [knots, ...DEFAULT_FIGURE_RULES] });
    expect(extract("gusts of 40 knots, 12%, 7 8").map((f) => [f.text, f.kind])).toEqual([
      ["40 knots", "quantity"],
      ["12%", "percent"],
      ["7", "number"],
      ["8", "number"],
    ]);
    // "12" is followed by a mark, "7" by digits and "8" by nothing: only "40" was a word's number.
    expect(asked).toEqual(["40"]);
  });
  it("still asks a custom rule without `after` at every number", () => {
    const asked: string[] = [];
    const spy: FigureRule = {
      name: "spy",
      startsWith: { numbers: true },
      read(ctx, i) {
        asked.push(ctx.raw(i));
        return undefined;
      },
    };
    createFigureExtractor({ rules: [spy, ...DEFAULT_FIGURE_RULES] }).extract("12%, 7 8");
    expect(asked).toEqual(["12", "7", "8"]);
  });
  it("routes by the tables: a custom unit written with a mark reaches the quantity rule", () => {
    const units = [{ id: "permille", dimension: "ratio" as const, names: [], abbreviations: ["‰"] }];
    expect(createFigureExtractor({ units }).extract("a rate of 4 ‰")).toMatchObject([{ text: "4 ‰", kind: "quantity", unit: "permille" }]);
  });
});
