import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { multiplierWordRule } from "./multiplier-word.js";

const { extract } = createFigureExtractor({ rules: [multiplierWordRule] });

describe("multiplierWordRule", () => {
  it("reads doubled and tripled", () => {
    expect(extract("Per capita consumption doubled, and exports tripled.").map((f) => f.value)).toEqual([2, 3]);
  });
  it("reads double as a verb, with its bound word", () => {
    expect(extract("lead processing will more than double, and")[0]).toMatchObject({ text: "more than double", value: 2, approx: "over" });
  });
  it("does not read double as an adjective", () => {
    expect(extract("double taxation and a double-digit rise")).toEqual([]);
  });
});
