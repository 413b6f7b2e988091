import { describe, expect, it } from "vitest";
import { createFigureExtractor, extractFigures } from "../extract-figures.js";
import { clockTimeRule } from "./clock-time.js";

const { extract } = createFigureExtractor({ rules: [clockTimeRule] });

describe("clockTimeRule", () => {
  it("consumes an hour with a.m. or p.m. and reports nothing", () => {
    expect(extract("The clinic opens at 8 a.m. and shuts at 10 p.m.")).toEqual([]);
  });
  it("reads am, pm and o'clock in any case, and a range of hours", () => {
    const text = "Lessons run from 9-11 AM, resume at 2 pm and end at four o'clock.";
    expect(extractFigures(text)).toEqual([]);
  });
  it("keeps the figures around a clock time", () => {
    expect(extractFigures("By 7 a.m. some 300 people had queued for 2 hours.").map((f) => f.text)).toEqual(["some 300 people", "2 hours"]);
  });
  it("leaves a number that is no hour of the day", () => {
    expect(extractFigures("a score of 45 a.m. readers").map((f) => f.text)).toEqual(["45"]);
  });
  it("reads lower-case am or pm as an hour only after a word that sets a time", () => {
    expect(extractFigures("Talks resumed at 3 pm.")).toEqual([]);
    // Without such a word it may be two picometers: the number stays a figure.
    expect(extractFigures("a wavelength of 2 pm")).toMatchObject([{ value: 2 }]);
  });
});
