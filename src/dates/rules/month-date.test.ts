import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("dates that start with the month", () => {
  it("reads month day, year", () => {
    expect(detectBrief("signed by President Kassym-Jomart Tokayev on April 15, 2024, amending")).toEqual(["April 15, 2024 2024-04-15..2024-04-15 day"]);
  });

  it("reads month year and month of year", () => {
    expect(detectBrief("Established in June 2021, the fund")).toEqual(["June 2021 2021-06-01..2021-06-30 month"]);
    expect(detectBrief("a career-high 17 in May of 2024.")).toEqual(["May of 2024 2024-05-01..2024-05-31 month"]);
  });

  it("places a day without a year on or before the reference date", () => {
    expect(detectBrief("On July 14, she requested the court", "2025-12-12")).toEqual(["July 14 2025-07-14..2025-07-14 day relative"]);
    expect(detectBrief("On December 20, she", "2025-12-12")).toEqual(["December 20 2024-12-20..2024-12-20 day relative"]);
    expect(detectBrief("On December 20, she", "2025-12-12", "future")).toEqual(["December 20 2025-12-20..2025-12-20 day relative"]);
  });

  it("reads a month with a year phrase relative to the reference or to the date before", () => {
    expect(detectBrief("as low as 82 in March this year", "2025-12-16")).toEqual(["March this year 2025-03-01..2025-03-31 month relative"]);
    expect(detectBrief("In September of last year, a", "2025-12-08")).toEqual(["September of last year 2024-09-01..2024-09-30 month relative"]);
    expect(detectBrief("By 2022, profits rose, but in December that year, the", "2025-12-07")).toEqual([
      "2022 2022-01-01..2022-12-31 year",
      "December that year 2022-12-01..2022-12-31 month relative",
    ]);
    expect(detectBrief("the night of February 4, 2019, … and on March 19 of the same year, Nazarbayev resigned", "2024-12-02")).toEqual([
      "February 4, 2019 2019-02-04..2019-02-04 day",
      "March 19 of the same year 2019-03-19..2019-03-19 day relative",
    ]);
  });

  it("reads a month alone only after a preposition", () => {
    expect(detectBrief("In April, Uzbekistan’s sales of gold dropped", "2025-12-08")).toEqual(["April 2025-04-01..2025-04-30 month relative"]);
    expect(detectBrief("gold exports in February and March.", "2025-12-08")).toEqual([
      "February 2025-02-01..2025-02-28 month relative",
      "March 2025-03-01..2025-03-31 month relative",
    ]);
  });

  it("reads a month picked out by a superlative, placed by the bias", () => {
    expect(detectBrief("It was the driest September since records began in 1936.", "2026-10-28")).toEqual([
      "September 2026-09-01..2026-09-30 month relative",
      "1936 1936-01-01..1936-12-31 year",
    ]);
    expect(detectBrief("after the harvest January brought snow", "2026-10-28")).toEqual([]);
  });

  it("does not read verbs, names or a bare capitalised month", () => {
    expect(detectBrief("I may by here. May the force be with you. Theresa may become PM soon.")).toEqual([]);
    expect(detectBrief("demonstrators march on the square")).toEqual([]);
    expect(detectBrief("prices may 5 times exceed it", "2025-12-12")).toEqual([]);
    expect(detectBrief("shaken by the January Events - the failed coup")).toEqual([]);
  });

  it("rejects impossible dates without leaving their year behind", () => {
    expect(detectBrief("February 29, 2022")).toEqual([]);
    expect(detectBrief("June 10 - 31, 2022")).toEqual([]);
  });

  it("reads a day range within a month", () => {
    expect(detectBrief("August 10 - 22, 2012")).toEqual(["August 10 - 22, 2012 2012-08-10..2012-08-22 day range"]);
  });

  it("reads a day range within a month whatever word follows it, but not a count or a clock time", () => {
    expect(detectBrief("a delegation visited Dushanbe on September 10–12 to inspect the terminal", "2025-11-18")).toEqual([
      "September 10–12 2025-09-10..2025-09-12 day range relative",
    ]);
    expect(detectBrief("The fair runs May 3-5 and draws crowds", "2025-06-02")).toEqual(["May 3-5 2025-05-03..2025-05-05 day range relative"]);
    expect(detectBrief("On July 3 - 5 people were hurt", "2025-12-12")).toEqual(["July 3 2025-07-03..2025-07-03 day relative"]);
    expect(detectBrief("On May 3-5pm the office is shut", "2025-12-12")).toEqual(["May 3 2025-05-03..2025-05-03 day relative"]);
  });

  it("reads the date that leads a timeline line, but not a clock time", () => {
    expect(detectBrief("The main steps so far:\n\nJanuary 14: The ministers approve the study.\n\nSeptember 28: A panel approves the design. Two days later they register a company.", "2026-11-10")).toEqual([
      "January 14 2026-01-14..2026-01-14 day relative",
      "September 28 2026-09-28..2026-09-28 day relative",
      "Two days later 2026-09-30..2026-09-30 day relative",
    ]);
    expect(detectBrief("the January 14:30 deadline", "2026-11-10")).toEqual([]);
  });

  it("reads `between … and` and `from … to` day ranges with their opener, placed as one range", () => {
    expect(detectBrief("during an inspection between January 12 and 16, documents show", "2026-04-13")).toEqual([
      "between January 12 and 16 2026-01-12..2026-01-16 day range relative",
    ]);
    // Bias past applies to the whole range: it must end by the reference.
    expect(detectBrief("the talks ran from April 10 to 15", "2026-04-13")).toEqual(["from April 10 to 15 2025-04-10..2025-04-15 day range relative"]);
    expect(detectBrief("between May 3 and 5, 2024")).toEqual(["between May 3 and 5, 2024 2024-05-03..2024-05-05 day range"]);
    // The opener must pair with the joiner, and `and` alone joins no days.
    expect(detectBrief("from May 3 and 5", "2025-06-02")).toEqual(["May 3 2025-05-03..2025-05-03 day relative"]);
    expect(detectBrief("on May 3 and 5 people", "2025-06-02")).toEqual(["May 3 2025-05-03..2025-05-03 day relative"]);
    expect(detectBrief("between January 12 and 16 people", "2026-04-13")).toEqual(["January 12 2026-01-12..2026-01-12 day relative"]);
  });

  it("reads a dashed month range without a year as one range placed by the bias", () => {
    expect(detectBrief("gas exports reached 9.8 bcm in January–April, which", "2025-06-02")).toEqual(["January–April 2025-01-01..2025-04-30 month range relative"]);
    // Leaning to the past, the whole period lies on or before the reference:
    // in mid-March, a January–May that "was lower" is last year's.
    expect(detectBrief("output in January–May was lower", "2025-03-15")).toEqual(["January–May 2024-01-01..2024-05-31 month range relative"]);
    expect(detectBrief("output in January–May was lower", "2025-03-15", "nearest")).toEqual(["January–May 2025-01-01..2025-05-31 month range relative"]);
    expect(detectBrief("heating during November–February costs more", "2025-06-02")).toEqual(["November–February 2024-11-01..2025-02-28 month range relative"]);
    expect(detectBrief("the Jan.-Mar. quarter", "2025-06-02")).toEqual(["Jan.-Mar. 2025-01-01..2025-03-31 month range relative"]);
    expect(detectBrief("exports in January–July 2024 grew", "2025-06-02")).toEqual(["January–July 2024 2024-01-01..2024-07-31 month range"]);
  });

  it("reads the year of a timestamp after its clock time", () => {
    expect(detectBrief("Posted Oct 26 11:00:09 EDT 2023 by the desk")).toEqual(["Oct 26 11:00:09 EDT 2023 2023-10-26..2023-10-26 day"]);
    expect(detectBrief("Oct 26 - 28, 11:00:09 2023")).toEqual(["Oct 26 - 28, 11:00:09 2023 2023-10-26..2023-10-28 day range"]);
    expect(detectBrief("On May 5 10:00 2000 people marched", "2025-12-12")).toEqual(["May 5 2025-05-05..2025-05-05 day relative"]);
  });
});
