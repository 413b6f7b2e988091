import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("thirds of years and months", () => {
  it("reads early, mid and late years as thirds, without `the`", () => {
    expect(detectBrief("By mid-2024, Azerbaijan had spent")).toEqual(["mid-2024 2024-05-01..2024-08-31 month"]);
    expect(detectBrief("expected to be completed by the end of 2028.")).toEqual(["end of 2028 2028-09-01..2028-12-31 month"]);
    expect(detectBrief("At the start of 2025, there were reports")).toEqual(["start of 2025 2025-01-01..2025-04-30 month"]);
    expect(detectBrief("late 2024")).toEqual(["late 2024 2024-09-01..2024-12-31 month"]);
  });

  it("reads thirds of months as days", () => {
    expect(detectBrief("At the end of June, a court in the Turkestan Region", "2025-12-08")).toEqual(["end of June 2025-06-21..2025-06-30 day relative"]);
    expect(detectBrief("until mid-November 2024")).toEqual(["mid-November 2024 2024-11-11..2024-11-20 day"]);
    expect(detectBrief("Early this month, he reached the quarterfinals", "2025-12-16")).toEqual(["Early this month 2025-12-01..2025-12-10 day relative"]);
  });

  it("leaves decades to the decade rule", () => {
    expect(detectBrief("since the early 2000s.")).toEqual(["early 2000s 2000-01-01..2003-12-31 decade"]);
  });
});
