import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { coupleOfRule } from "./couple-of.js";

const { extract } = createFigureExtractor({ rules: [coupleOfRule] });

describe("coupleOfRule", () => {
  it("reads a couple of months as about two months", () => {
    expect(extract("in a couple of months")).toMatchObject([{ text: "a couple of months", kind: "duration", value: 2, unit: "month", approx: "about" }]);
  });
  it("reads a couple of people as a count", () => {
    expect(extract("a couple of friends came")[0]).toMatchObject({ kind: "count", value: 2, noun: "friends" });
  });
});
