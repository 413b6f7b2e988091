import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("fiscal years", () => {
  it("reads the whole phrase as the calendar year", () => {
    expect(detectBrief("the deficit in fiscal year 2023 narrowed")).toEqual(["fiscal year 2023 2023-01-01..2023-12-31 year"]);
    expect(detectBrief("its financial year 2026 budget")).toEqual(["financial year 2026 2026-01-01..2026-12-31 year"]);
    expect(detectBrief("revenue for fiscal 2022 rose")).toEqual(["fiscal 2022 2022-01-01..2022-12-31 year"]);
    expect(detectBrief("FY2024 results and FY 2025 guidance, FY25 capex")).toEqual([
      "FY2024 2024-01-01..2024-12-31 year",
      "FY 2025 2025-01-01..2025-12-31 year",
      "FY25 2025-01-01..2025-12-31 year",
    ]);
  });

  it("leaves other uses of the words alone", () => {
    expect(detectBrief("fiscal policy since 2019")).toEqual(["2019 2019-01-01..2019-12-31 year"]);
    expect(detectBrief("financial 2024 results")).toEqual(["2024 2024-01-01..2024-12-31 year"]);
    expect(detectBrief("fy 12 items")).toEqual([]);
  });
});
