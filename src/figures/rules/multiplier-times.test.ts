import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { multiplierTimesRule } from "./multiplier-times.js";

const { extract } = createFigureExtractor({ rules: [multiplierTimesRule] });

describe("multiplierTimesRule", () => {
  it("reads a number of times", () => {
    expect(extract("grew 3.5 times over the decade")).toMatchObject([{ text: "3.5 times", kind: "multiplier", value: 3.5 }]);
  });
  it("reads a hyphenated fold", () => {
    expect(extract("a 10-fold rise")[0]).toMatchObject({ text: "10-fold", value: 10 });
  });
  it("does not read one time as a multiplier", () => {
    expect(extract("one times nothing")).toEqual([]);
  });
});
