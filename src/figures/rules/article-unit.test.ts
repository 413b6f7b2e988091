import { describe, expect, it } from "vitest";
import { createFigureExtractor, extractFigures } from "../extract-figures.js";
import { articleUnitRule } from "./article-unit.js";

const { extract } = createFigureExtractor({ rules: [articleUnitRule] });

describe("articleUnitRule", () => {
  it("reads a decade and a century as spans of years", () => {
    expect(extract("The mine lay idle for a decade; the bridge stood for a century.")).toMatchObject([
      { text: "a decade", kind: "duration", value: 10, unit: "year" },
      { text: "a century", kind: "duration", value: 100, unit: "year" },
    ]);
  });
  it("reads half a century, and takes approximation words in front", () => {
    expect(extractFigures("talks went on for more than a decade, nearly half a century after the war")).toMatchObject([
      { text: "more than a decade", kind: "duration", value: 10, unit: "year", approx: "over" },
      { text: "nearly half a century", kind: "duration", value: 50, unit: "year", approx: "nearly" },
    ]);
  });
  it("leaves a year, a month, a decade ago and a decade-long dispute alone", () => {
    expect(extract("a year of drought, a month later, a decade ago, a decade-long dispute")).toEqual([]);
  });
  it("counts decades in years with a number", () => {
    expect(extractFigures("after three decades of reform")).toMatchObject([{ text: "three decades", kind: "duration", value: 30, unit: "year" }]);
  });
});
