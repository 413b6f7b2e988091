import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("dates that start with the day", () => {
  it("reads the page date line", () => {
    expect(detectBrief("  • TMT/USD = 0.28571 0%\n12 December 2025\n\nEmbezzlement Scandal")).toEqual(["12 December 2025 2025-12-12..2025-12-12 day"]);
  });

  it("reads ordinals, `of`, abbreviations and two-digit years", () => {
    expect(detectBrief("31st March, 2016")).toEqual(["31st March, 2016 2016-03-31..2016-03-31 day"]);
    expect(detectBrief("the 12th of July", "2012-08-10")).toEqual(["12th of July 2012-07-12..2012-07-12 day relative"]);
    expect(detectBrief("3rd Feb 82")).toEqual(["3rd Feb 82 1982-02-03..1982-02-03 day"]);
    expect(detectBrief("Twenty-fourth of May", "2012-08-10")).toEqual(["Twenty-fourth of May 2012-05-24..2012-05-24 day relative"]);
  });

  it("reads a day range and separators", () => {
    expect(detectBrief("10 - 22 August 2012")).toEqual(["10 - 22 August 2012 2012-08-10..2012-08-22 day range"]);
    expect(detectBrief("09-JAN-2017")).toEqual(["09-JAN-2017 2017-01-09..2017-01-09 day"]);
  });

  it("reads `between … and` and `from … to` day ranges with their opener", () => {
    expect(detectBrief("between 3 and 5 May there were", "2025-06-02")).toEqual(["between 3 and 5 May 2025-05-03..2025-05-05 day range relative"]);
    expect(detectBrief("held from 12 to 16 January 2025")).toEqual(["from 12 to 16 January 2025 2025-01-12..2025-01-16 day range"]);
    // Without a pairing joiner the opener stays out.
    expect(detectBrief("from 12-16 January 2025")).toEqual(["12-16 January 2025 2025-01-12..2025-01-16 day range"]);
    expect(detectBrief("from 5 May 2025")).toEqual(["5 May 2025 2025-05-05..2025-05-05 day"]);
  });

  it("does not read a number before a lowercase verb `may`", () => {
    expect(detectBrief("the 5 may be enough")).toEqual([]);
  });
});
