import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("year ranges joined by a dash", () => {
  it("reads a list item's period as one range", () => {
    expect(detectBrief("  • 2006-2013 – Growth: Economic expansion")).toEqual(["2006-2013 2006-01-01..2013-12-31 year range"]);
  });

  it("accepts an en dash and a year range used as a modifier", () => {
    expect(detectBrief("an Anti-Drug Strategy for 2026–2030 and")).toEqual(["2026–2030 2026-01-01..2030-12-31 year range"]);
    expect(detectBrief("as part of the 2026-2027 strategy")).toEqual(["2026-2027 2026-01-01..2027-12-31 year range"]);
  });

  it("reads the short form of seasons and fiscal years", () => {
    expect(detectBrief("up from 1500 tonnes in 2024-25.")).toEqual(["2024-25 2024-01-01..2025-12-31 year range"]);
    expect(detectBrief("the 1999-00 season")).toEqual(["1999-00 1999-01-01..2000-12-31 year range"]);
    expect(detectBrief("2024-99")).toEqual([]);
  });

  it("rejects a second number that does not come after the first", () => {
    expect(detectBrief("2012-1400")).toEqual([]);
    expect(detectBrief("2200-25")).toEqual([]);
  });

  it("reads consecutive years joined by a slash", () => {
    expect(detectBrief("the 2024/25 season")).toEqual(["2024/25 2024-01-01..2025-12-31 year range"]);
    expect(detectBrief("in the 2023/2024 school year")).toEqual(["2023/2024 2023-01-01..2024-12-31 year range"]);
    expect(detectBrief("decree 2012/15 of the ministry")).toEqual([]);
  });
});
