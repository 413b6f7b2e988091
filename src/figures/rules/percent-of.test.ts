import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { percentOfRule } from "./percent-of.js";

const { extract } = createFigureExtractor({ rules: [percentOfRule] });

describe("percentOfRule", () => {
  it("reads a percent word that leads its number", () => {
    expect(extract("per cent of twenty-two")).toMatchObject([{ text: "per cent of twenty-two", kind: "percent", value: 22 }]);
  });
  it("does not read an ordinary percent phrase without a number after of", () => {
    expect(extract("the percent of households")).toEqual([]);
  });
});
