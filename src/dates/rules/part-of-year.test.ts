import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("halves, quarters and runs of months", () => {
  it("reads halves and quarters of a stated year", () => {
    expect(detectBrief("In the first half of 2025, domestic steel demand")).toEqual(["first half of 2025 2025-01-01..2025-06-30 half"]);
    expect(detectBrief("In the first quarter of 2025, trade turnover")).toEqual(["first quarter of 2025 2025-01-01..2025-03-31 quarter"]);
    expect(detectBrief("Q3 2024 results and H2 2025 plans")).toEqual([
      "Q3 2024 2024-07-01..2024-09-30 quarter",
      "H2 2025 2025-07-01..2025-12-31 half",
    ]);
  });

  it("reads parts of this year against the reference", () => {
    expect(detectBrief("beginning in the second half of this year.", "2025-12-12")).toEqual(["second half of this year 2025-07-01..2025-12-31 half relative"]);
  });

  it("reads runs of months from January", () => {
    expect(detectBrief("In the first six months of 2025, the company lost")).toEqual(["first six months of 2025 2025-01-01..2025-06-30 half"]);
    expect(detectBrief("14 were recorded in the first four months of this year alone", "2025-12-08")).toEqual([
      "first four months of this year 2025-01-01..2025-04-30 month relative",
    ]);
  });

  it("reads runs of quarters from January or back from December", () => {
    expect(detectBrief("in the first three quarters of 2024, sales")).toEqual(["first three quarters of 2024 2024-01-01..2024-09-30 quarter"]);
    expect(detectBrief("the last two quarters of 2023")).toEqual(["last two quarters of 2023 2023-07-01..2023-12-31 quarter"]);
  });

  it("reads `of the year` as the reference year, as `the end of the year` is", () => {
    expect(detectBrief("in the second half of the year, output rose", "2025-11-13")).toEqual(["second half of the year 2025-07-01..2025-12-31 half relative"]);
    expect(detectBrief("the first quarter of the year", "2025-11-13")).toEqual(["first quarter of the year 2025-01-01..2025-03-31 quarter relative"]);
  });

  it("places a quarter without a year by the bias", () => {
    // Reference 2026-05-20: the latest third quarter that has begun is 2025's.
    expect(detectBrief("Exports fell in the third quarter, the ministry said.", "2026-05-20")).toEqual(["third quarter 2025-07-01..2025-09-30 quarter relative"]);
    expect(detectBrief("Exports fell in the second quarter.", "2026-05-20")).toEqual(["second quarter 2026-04-01..2026-06-30 quarter relative"]);
    expect(detectBrief("Exports will rise in the third quarter.", "2026-05-20", "future")).toEqual(["third quarter 2026-07-01..2026-09-30 quarter relative"]);
    expect(detectBrief("in the third quarter of the match")).toEqual([]);
  });

  it("does not read a part without a year", () => {
    expect(detectBrief("the second half")).toEqual([]);
    expect(detectBrief("for the second consecutive year")).toEqual([]);
  });

  it("reads a run of months of `the year` as the reference year's", () => {
    expect(detectBrief("Ports handled 14 million tonnes in the first eight months of the year.", "2026-10-14")).toEqual([
      "first eight months of the year 2026-01-01..2026-08-31 month relative",
    ]);
  });
});
