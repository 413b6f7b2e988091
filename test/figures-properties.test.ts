import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/figures/extract-figures.js";
import type { Figure } from "../src/figures/types.js";
import { loadSeeds } from "./support/shared.js";

/** Text made of the pieces figures are made of, so the generator reaches the rules. */
const pieces = fc.constantFrom(
  " ", "\n", "\u00a0", ",", ".", "-", "–", "%", "$", "₸", "(", ")", "[", "]", "/", ":", "=", '"', "1", "2,264", "14", "15",
  "3.5", "1.5", "2023", "million", "billion", "bn", "k", "M", "KZT", "USD", "tenge", "manat", "tons", "years", "year", "-old",
  "old", "from", "to", "or", "and", "between", "more than", "over", "about", "some", "per", "day", "annually", "times",
  "doubled", "double", "twenty", "five", "one", "a", "hundreds", "of", "people", "families", "No", "#", "percent", "points",
  "percentage", "ago", "half", "third", "dozen", "over three", "e", "^", "caption", "Viewing results", "KZT/USD = 0.00192 -0%",
);
const newsy = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(""));

function wellFormed(text: string, figures: readonly Figure[]): void {
  let last = -1;
  for (const f of figures) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    expect(f.span.start).toBeGreaterThan(last - 1);
    expect(f.span.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    if (f.equivalent !== undefined) {
      expect(f.equivalent.span.start).toBeGreaterThanOrEqual(f.span.start);
      expect(f.equivalent.span.end).toBeLessThanOrEqual(f.span.end);
    }
    if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
    last = f.span.end;
  }
}

describe("extractFigures properties", () => {
  it("never throws and keeps every span inside the text, sorted and apart", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), newsy), (text) => {
        wellFormed(text, extractFigures(text));
      }),
      { numRuns: 1500 },
    );
  });
  it("gives the same result twice", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(extractFigures(text)).toEqual(extractFigures(text));
      }),
      { numRuns: 300 },
    );
  });
  it("keeps the seed pages well formed", () => {
    for (const seed of loadSeeds()) wellFormed(seed.text, extractFigures(seed.text));
  });
});

describe("extractFigures on hostile input", () => {
  const cases: [string, string][] = [
    ["a megabyte of digits", "7".repeat(1 << 20)],
    ["1,000 repeated", "1,000 ".repeat(150_000)],
    ["dashes between numbers", "1-".repeat(200_000)],
    ["words that start figures", "more than hundreds of ".repeat(40_000)],
    ["a megabyte with no line break of from-to", "from 5 to ".repeat(100_000)],
    ["brackets", "$5 (".repeat(150_000)],
  ];
  for (const [name, text] of cases) {
    it(`stays linear on ${name}`, () => {
      const t0 = performance.now();
      const figures = extractFigures(text);
      const ms = performance.now() - t0;
      // Checked in plain code: a hundred thousand expect() calls would dwarf the extraction.
      let last = 0;
      let bad = 0;
      for (const f of figures) {
        if (f.span.start < last || f.span.end > text.length || text.slice(f.span.start, f.span.end) !== f.text) bad++;
        if (f.value !== null && !Number.isFinite(f.value)) bad++;
        last = f.span.end;
      }
      expect(bad).toBe(0);
      // A linear pass reads a megabyte in about a second on a loaded machine; quadratic work would take hours.
      expect(ms).toBeLessThan(10_000);
    });
  }
});
