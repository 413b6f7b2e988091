import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("periods relative to the reference", () => {
  it("reads weeks Monday to Sunday", () => {
    // 2025-12-16 is a Tuesday.
    expect(detectBrief("was officially introduced last week, with", "2025-12-16")).toEqual(["last week 2025-12-08..2025-12-14 week relative"]);
    expect(detectBrief("this week", "2025-12-16")).toEqual(["this week 2025-12-15..2025-12-21 week relative"]);
    expect(detectBrief("this weekend", "2025-12-16")).toEqual(["this weekend 2025-12-20..2025-12-21 day relative"]);
  });

  it("reads months and years, and keeps a possessive out of the span", () => {
    expect(detectBrief("in Central Asia last month, a move", "2025-12-16")).toEqual(["last month 2025-11-01..2025-11-30 month relative"]);
    expect(detectBrief("a tune-up for this year’s Wimbledon", "2025-12-16")).toEqual(["this year 2025-01-01..2025-12-31 year relative"]);
    expect(detectBrief("Next year, several additional films", "2025-12-12")).toEqual(["Next year 2026-01-01..2026-12-31 year relative"]);
  });

  it("reads `earlier this year` as 1 January to the reference date", () => {
    expect(detectBrief("who had enlisted earlier this year.", "2025-12-16")).toEqual(["earlier this year 2025-01-01..2025-12-16 year relative"]);
  });

  it("does not read plural durations or compounds", () => {
    expect(detectBrief("prepare for the next weeks of competition", "2025-12-16")).toEqual([]);
    expect(detectBrief("this year-end review", "2025-12-16")).toEqual([]);
  });
});
