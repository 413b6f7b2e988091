import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("offsets from the reference or the date before", () => {
  it("counts days ago as a day and years ago as a year", () => {
    expect(detectBrief("Eight days ago, a scandal shook Kazakhstani society", "2024-12-02")).toEqual(["Eight days ago 2024-11-24..2024-11-24 day relative"]);
    expect(detectBrief("the program was launched five years ago, its most", "2025-12-12")).toEqual(["five years ago 2020-01-01..2020-12-31 year relative"]);
  });

  it("counts weeks ago as the Monday–Sunday week, like `last week`", () => {
    // 2026-03-18 is a Wednesday; 14 days before is Wednesday 2026-03-04.
    expect(detectBrief("Two weeks ago the regulator fined the operator", "2026-03-18")).toEqual(["Two weeks ago 2026-03-02..2026-03-08 week relative"]);
    expect(detectBrief("a week ago", "2026-03-18")).toEqual(["a week ago 2026-03-09..2026-03-15 week relative"]);
  });

  it("counts `A year later` from the date before it", () => {
    expect(detectBrief("a contract awarded to Tractebel in 1996 to run Almaty's grid. A year later, the Belgian company", "2025-12-12")).toEqual([
      "1996 1996-01-01..1996-12-31 year",
      "A year later 1997-01-01..1997-12-31 year relative",
    ]);
  });

  it("counts from a day named after it", () => {
    expect(detectBrief("2 days after tomorrow", "2012-08-10")).toEqual(["2 days after tomorrow 2012-08-13..2012-08-13 day relative"]);
  });

  it("does not read vague counts or durations", () => {
    expect(detectBrief("“A few days ago, I visited", "2025-12-12")).toEqual([]);
    expect(detectBrief("was sentenced to 24 years in prison for 3.5 years", "2025-12-12")).toEqual([]);
    expect(detectBrief("the worst to hit Kazakhstan in 80 years", "2025-12-12")).toEqual([]);
  });
});
