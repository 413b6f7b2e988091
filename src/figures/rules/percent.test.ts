import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { percentRule } from "./percent.js";

const { extract } = createFigureExtractor({ rules: [percentRule] });

describe("percentRule", () => {
  it("reads a percent sign after the number", () => {
    expect(extract("GDP grew by 4.1% last year.")).toMatchObject([{ text: "4.1%", kind: "percent", value: 4.1 }]);
  });
  it("reads the word percent and keeps the approximation word in the span", () => {
    expect(extract("approximately 40.7 percent (about 1,700 companies)")[0]).toMatchObject({
      text: "approximately 40.7 percent",
      value: 40.7,
      approx: "about",
    });
  });
  it("reads 14-15% as a range with no single value", () => {
    expect(extract("growth of 14-15% in steel")[0]).toMatchObject({ text: "14-15%", value: null, min: 14, max: 15 });
  });
  it("gives each end of from 49.5% to 11.1% its own figure", () => {
    expect(extract("fell from 49.5% to 11.1%").map((f) => f.text)).toEqual(["49.5%", "11.1%"]);
  });
  it("leaves percentage points to the quantity rule", () => {
    expect(extract("up 2.5 percentage points")).toEqual([]);
  });
});
