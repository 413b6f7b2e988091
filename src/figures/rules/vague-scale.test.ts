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
  it("reads a scale after several, a few or many as vague, the quantifier in the span", () => {
    expect(extract("Several hundred miners walked out, a few thousand tonnes of coal piled up and several billion tenge went missing.")).toMatchObject([
      { text: "Several hundred miners", kind: "count", value: null, approx: "about", noun: "miners" },
      { text: "a few thousand tonnes", kind: "quantity", value: null, approx: "about", unit: "tonne" },
      { text: "several billion tenge", kind: "money", value: null, approx: "about", currency: "KZT" },
    ]);
    expect(extract("Many thousands of pilgrims came, and a few dozen stayed.")).toMatchObject([
      { text: "Many thousands of pilgrims", kind: "count", value: null, approx: "about", noun: "pilgrims" },
      { text: "a few dozen", kind: "count", value: null, approx: "about" },
    ]);
  });
  it("reads no vague scale in a compound modifier or without a scale word", () => {
    expect(extract("They sold several million-dollar villas to a few buyers, many weeks later.")).toEqual([]);
  });
});
