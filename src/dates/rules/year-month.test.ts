import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("dates that start with the year", () => {
  it("reads year month and year month day", () => {
    expect(detectBrief("2024 August")).toEqual(["2024 August 2024-08-01..2024-08-31 month"]);
    expect(detectBrief("The Deadline is 2018 March 18")).toEqual(["2018 March 18 2018-03-18..2018-03-18 day"]);
    expect(detectBrief("2012/Aug/10")).toEqual(["2012/Aug/10 2012-08-10..2012-08-10 day"]);
  });

  it("leaves a year followed by a lowercase `may` to the bare-year rule", () => {
    expect(detectBrief("in 2024 may rise")).toEqual(["2024 2024-01-01..2024-12-31 year"]);
  });
});
