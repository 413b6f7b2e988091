import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { vagueScaleRule } from "./vague-scale.js";

const { extract } = createFigureExtractor({ rules: [vagueScaleRule] });

describe("vagueScaleRule", () => {
  it("reads hundreds of millions of tenge as money with no value", () => {
    expect(extract("cost hundreds of millions of tenge")).toMatchObject([
      { text: "hundreds of millions of tenge", kind: "money", value: null, currency: "KZT", approx: "about" },
    ]);
  });
  it("reads millions of viewers as a count of viewers", () => {
    expect(extract("watched by millions of viewers")[0]).toMatchObject({ kind: "count", value: null, noun: "viewers" });
  });
  it("reads thousands alone as a count", () => {
    expect(extract("leaving thousands homeless")[0]).toMatchObject({ text: "thousands", kind: "count", value: null });
  });
  it("reads multi-million tons as a vague quantity", () => {
    expect(extract("multi-million tons of ore")[0]).toMatchObject({ kind: "quantity", unit: "tonne", value: null });
  });
  it("needs of after scores", () => {
    expect(extract("test scores rose")).toEqual([]);
  });
});
