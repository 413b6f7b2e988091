import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("weekdays", () => {
  it("lets a weekday pick the year of a date without one", () => {
    expect(detectBrief("strangled the children at lunchtime on Thursday, April 4, and", "2025-12-08")).toEqual([
      "Thursday, April 4 2024-04-04..2024-04-04 day relative",
    ]);
  });

  it("places a weekday alone by the bias", () => {
    // 2025-12-16 is a Tuesday.
    expect(detectBrief("On Sunday, after winning", "2025-12-16")).toEqual(["Sunday 2025-12-14..2025-12-14 day relative"]);
    expect(detectBrief("rises to no. 30 on Monday.", "2025-12-16")).toEqual(["Monday 2025-12-15..2025-12-15 day relative"]);
    expect(detectBrief("on Monday", "2025-12-16", "future")).toEqual(["Monday 2025-12-22..2025-12-22 day relative"]);
    expect(detectBrief("on Tuesday", "2025-12-16")).toEqual(["Tuesday 2025-12-16..2025-12-16 day relative"]);
  });

  it("reads last, this and next weekdays and the week phrases", () => {
    // 2022-08-02 is a Tuesday.
    expect(detectBrief("Last Saturday", "2022-08-02")).toEqual(["Last Saturday 2022-07-30..2022-07-30 day relative"]);
    expect(detectBrief("This Sunday", "2022-08-02")).toEqual(["This Sunday 2022-08-07..2022-08-07 day relative"]);
    expect(detectBrief("Next Wednesday", "2022-08-02")).toEqual(["Next Wednesday 2022-08-10..2022-08-10 day relative"]);
    expect(detectBrief("Friday of next week", "2022-08-02")).toEqual(["Friday of next week 2022-08-12..2022-08-12 day relative"]);
  });

  it("does not read weekday abbreviations that are words", () => {
    expect(detectBrief("she sat with the bodies until the sun set", "2025-12-08")).toEqual([]);
  });

  it("gives null dates without a reference, but still reports the mention", () => {
    expect(detectBrief("on Sunday")).toEqual(["Sunday null..null day relative"]);
  });

  it("reads last and next weekday as the working day before or after the reference", () => {
    expect(detectBrief("Filed last weekday", "2024-10-19")).toEqual(["last weekday 2024-10-18..2024-10-18 day relative"]);
    expect(detectBrief("due next weekday", "2024-10-18")).toEqual(["next weekday 2024-10-21..2024-10-21 day relative"]);
    expect(detectBrief("on the last weekday of the month", "2024-10-18")).toEqual([]);
  });

  it("reads the n-th or last weekday of a month as that day", () => {
    expect(detectBrief("The vote is on the first Sunday of March 2027.")).toEqual(["first Sunday of March 2027 2027-03-07..2027-03-07 day"]);
    expect(detectBrief("Carpet Day falls on the last Sunday of May.", "2026-11-09")).toEqual(["last Sunday of May 2026-05-31..2026-05-31 day relative"]);
    // Without `of <month>` it stays the weekday before the reference.
    expect(detectBrief("the last Sunday he came", "2026-11-09")).toEqual(["last Sunday 2026-11-08..2026-11-08 day relative"]);
  });
});
