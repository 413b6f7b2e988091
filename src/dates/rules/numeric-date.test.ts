import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("all-digit dates", () => {
  it("reads ISO dates, with or without a time", () => {
    expect(detectBrief("The date is '2014-04-18'")).toEqual(["2014-04-18 2014-04-18..2014-04-18 day"]);
    expect(detectBrief("1994-11-05T13:15:30Z")).toEqual(["1994-11-05 1994-11-05..1994-11-05 day"]);
  });

  it("reads US month-first dates and day-first ones when the first number cannot be a month", () => {
    expect(detectBrief("8/10/2012")).toEqual(["8/10/2012 2012-08-10..2012-08-10 day"]);
    expect(detectBrief("25/05/2015")).toEqual(["25/05/2015 2015-05-25..2015-05-25 day"]);
    expect(detectBrief("2015.05.25")).toEqual(["2015.05.25 2015-05-25..2015-05-25 day"]);
  });

  it("reads month/year", () => {
    expect(detectBrief("Published: 06/2004")).toEqual(["06/2004 2004-06-01..2004-06-30 month"]);
  });

  it("rejects impossible dates, number runs, versions and fractions", () => {
    for (const text of ["2014-02-30", "8/32/2014", "1-2-3", "80-32-89-89", "Version: 1.1.30", "24/7", "6-3, 7-6(4)"]) {
      expect(detectBrief(text)).toEqual([]);
    }
  });
});
