import { describe, expect, it } from "vitest";
import {
  addMonthsToDay,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatDay,
  isoWeekday,
  isValidCivil,
  parseIsoDay,
  startOfWeek,
} from "./calendar.js";

describe("calendar arithmetic on day numbers", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(2000, 3, 1)).toBe(11017);
  });

  it("round-trips every day of four centuries, BC included", () => {
    const bad: number[] = [];
    for (const [from, to] of [
      [-401, -1],
      [1900, 2100],
    ] as const) {
      for (let d = dayFromCivil(from, 1, 1); d < dayFromCivil(to, 1, 1); d += 1) {
        const c = civilFromDay(d);
        if (dayFromCivil(c.year, c.month, c.day) !== d || !isValidCivil(c.year, c.month, c.day)) bad.push(d);
      }
    }
    expect(bad).toEqual([]);
  });

  it("agrees with Date.UTC on modern dates", () => {
    for (const [y, m, d] of [
      [2024, 2, 29],
      [2025, 12, 16],
      [1996, 7, 1],
    ] as const) {
      expect(dayFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
  });

  it("knows leap years and month lengths", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isValidCivil(2022, 2, 29)).toBe(false);
    expect(isValidCivil(2022, 6, 31)).toBe(false);
  });

  it("reads weekdays with Monday as 1 and Sunday as 7", () => {
    expect(isoWeekday(dayFromCivil(2024, 4, 4))).toBe(4); // Thursday, April 4 (004)
    expect(isoWeekday(dayFromCivil(2025, 12, 14))).toBe(7);
    expect(formatDay(startOfWeek(dayFromCivil(2025, 12, 16)))).toBe("2025-12-15");
  });

  it("writes BC years as negative astronomical years with four digits", () => {
    expect(formatDay(dayFromCivil(-699, 1, 1))).toBe("-0699-01-01");
    expect(formatDay(dayFromCivil(201, 1, 1))).toBe("0201-01-01");
  });

  it("clamps the day when adding months", () => {
    expect(formatDay(addMonthsToDay(dayFromCivil(2024, 1, 31), 1))).toBe("2024-02-29");
    expect(formatDay(addMonthsToDay(dayFromCivil(2024, 3, 15), -3))).toBe("2023-12-15");
  });

  it("parses the date part of ISO strings and rejects impossible ones", () => {
    expect(parseIsoDay("2025-12-16")).toBe(dayFromCivil(2025, 12, 16));
    expect(parseIsoDay("2025-02-30")).toBeUndefined();
  });
});
