import { describe, expect, it } from "vitest";
import { detectBrief } from "./test-support.js";

describe("the range refiner", () => {
  it("joins two month names with a word as well as with a dash", () => {
    expect(detectBrief("January to May 2025 was dry")).toEqual(["January to May 2025 2025-01-01..2025-05-31 month range"]);
    expect(detectBrief("Exports rose March through June 2024.")).toEqual(["March through June 2024 2024-03-01..2024-06-30 month range"]);
    // A verb is no month.
    expect(detectBrief("They will march to Moscow", "2026-11-18")).toEqual([]);
  });

  it("places two weekdays that run backwards as one period, by the bias", () => {
    // On Wednesday 18 November, `Monday to Friday` leaning to the past is the
    // last whole one: Monday the 9th to Friday the 13th.
    expect(detectBrief("The office was shut Monday to Friday.", "2026-11-18")).toEqual(["Monday to Friday 2026-11-09..2026-11-13 day range relative"]);
    expect(detectBrief("from Friday to Monday", "2026-11-18")).toEqual(["from Friday to Monday 2026-11-13..2026-11-16 day range relative"]);
  });

  it("does not join a date counted from the reference to a date of another kind by a bare `to`", () => {
    expect(detectBrief("The licence was extended last Friday to 2031.", "2026-11-18")).toEqual([
      "last Friday 2026-11-13..2026-11-13 day relative",
      "2031 2031-01-01..2031-12-31 year",
    ]);
    // With `from` the two ends are a range whatever their kinds.
    expect(detectBrief("from last year to 2027", "2026-11-18")).toEqual(["from last year to 2027 2025-01-01..2027-12-31 year range relative"]);
  });
});
