import { describe, expect, it } from "vitest";
import { detectDates } from "./detect-dates.js";
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

  it("takes the nearer of the two periods with bias nearest", () => {
    const nearest = (referenceDate: string) => detectDates("Monday to Friday", { referenceDate, bias: "nearest" }).map((d) => [d.start, d.end]);
    // Sunday 22 November: the next Monday–Friday starts tomorrow, the last one ended two days ago.
    expect(nearest("2026-11-22")).toEqual([["2026-11-23", "2026-11-27"]]);
    // Saturday 21 November: the last one ended yesterday, the next starts in two days.
    expect(nearest("2026-11-21")).toEqual([["2026-11-16", "2026-11-20"]]);
    // Wednesday 18 November: the ends do not run backwards; it is this week's.
    expect(nearest("2026-11-18")).toEqual([["2026-11-16", "2026-11-20"]]);
    // Leaning either way, the bias decides alone.
    expect(detectDates("Monday to Friday", { referenceDate: "2026-11-22", bias: "past" }).map((d) => d.start)).toEqual(["2026-11-16"]);
    expect(detectDates("Monday to Friday", { referenceDate: "2026-11-18", bias: "future" }).map((d) => d.start)).toEqual(["2026-11-23"]);
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
