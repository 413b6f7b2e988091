import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("back-references", () => {
  it("resolves from the date before them, not from the reference", () => {
    expect(detectBrief("For example, in 2020, the country was shaken. In the same year, there was", "2024-12-02")).toEqual([
      "2020 2020-01-01..2020-12-31 year",
      "same year 2020-01-01..2020-12-31 year relative",
    ]);
    expect(detectBrief("In 2024, investment amounted to $1.2 billion, almost 50% less than the previous year.", "2025-12-16")).toEqual([
      "2024 2024-01-01..2024-12-31 year",
      "previous year 2023-01-01..2023-12-31 year relative",
    ]);
  });

  it("looks back to a date fine enough for the unit", () => {
    expect(detectBrief("On July 3, they met. Trade in 2023 exceeded $1 billion. On the same day, the minister", "2025-12-08")).toEqual([
      "July 3 2025-07-03..2025-07-03 day relative",
      "2023 2023-01-01..2023-12-31 year",
      "same day 2025-07-03..2025-07-03 day relative",
    ]);
  });

  it("leaves the value unknown when the dates before are all coarser than the unit", () => {
    expect(detectBrief("In 2023, the volume grew. On the same day, the minister", "2025-12-08")).toEqual([
      "2023 2023-01-01..2023-12-31 year",
      "same day null..null day relative",
    ]);
  });

  it("keeps `that` in the span", () => {
    expect(detectBrief("In May, reserves rose. During that month, Kazakhstan took the lead", "2025-12-08")).toEqual([
      "May 2025-05-01..2025-05-31 month relative",
      "that month 2025-05-01..2025-05-31 month relative",
    ]);
    expect(detectBrief("on Thursday, April 4. That same month in Shymkent", "2025-12-08")).toEqual([
      "Thursday, April 4 2024-04-04..2024-04-04 day relative",
      "That same month 2024-04-01..2024-04-30 month relative",
    ]);
  });

  it("reads a bare next day or last day from the date before, or the reference day", () => {
    expect(detectBrief("next day", "2016-10-01")).toEqual(["next day 2016-10-02..2016-10-02 day relative"]);
    expect(detectBrief("last day", "2016-10-01")).toEqual(["last day 2016-09-30..2016-09-30 day relative"]);
    expect(detectBrief("On July 3, 2016 he left. Next day, police came.", "2016-10-01")).toEqual([
      "July 3, 2016 2016-07-03..2016-07-03 day",
      "Next day 2016-07-04..2016-07-04 day relative",
    ]);
    expect(detectBrief("It was his last day at work; the shop offers next day delivery until the last day of May", "2016-10-01")).toEqual([
      "May 2016-05-01..2016-05-31 month relative",
    ]);
  });
});
