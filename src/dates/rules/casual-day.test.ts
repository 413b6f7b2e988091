import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("today, yesterday and tomorrow", () => {
  it("reads the reference day and its neighbours", () => {
    expect(detectBrief("The Deadline was yesterday", "2012-08-10")).toEqual(["yesterday 2012-08-09..2012-08-09 day relative"]);
    expect(detectBrief("the vote is tomorrow", "2012-08-10")).toEqual(["tomorrow 2012-08-11..2012-08-11 day relative"]);
    expect(detectBrief("The Deadline is today", "2012-08-10")).toEqual(["today 2012-08-10..2012-08-10 day relative"]);
    expect(detectBrief("the day before yesterday", "2012-08-10")).toEqual(["day before yesterday 2012-08-08..2012-08-08 day relative"]);
  });

  it("does not read `Today,` at the head of a sentence (nowadays) or `today’s`", () => {
    expect(detectBrief("underutilized potential.” Today, the country is rapidly shifting", "2025-12-07")).toEqual([]);
    expect(detectBrief("I hope my father could see today’s Karabakh.", "2025-12-07")).toEqual([]);
  });

  it("does not read `today` right after a number (a quantity as it stands now)", () => {
    expect(detectBrief("the herd fell from 40,000 in 1990 to about 6,000 today", "2026-08-17")).toEqual(["1990 1990-01-01..1990-12-31 year"]);
    expect(detectBrief("a teacher aged 30 today will retire in 2061", "2026-08-17")).toEqual(["2061 2061-01-01..2061-12-31 year"]);
    expect(detectBrief("By the early 2000s fewer than 2,000 people worked in it. Today there are 35 workshops.", "2026-11-21")).toEqual([
      "early 2000s 2000-01-01..2003-12-31 decade",
    ]);
    // Anywhere else it is the reference day.
    expect(detectBrief("The ministry said today that 40 wells were shut", "2026-08-17")).toEqual(["today 2026-08-17..2026-08-17 day relative"]);
  });

  it("does not read the end of a title", () => {
    expect(detectBrief("Photo: Kazakhstan Today", "2025-11-13")).toEqual([]);
    expect(detectBrief("as USA Today reported", "2025-11-13")).toEqual([]);
    expect(detectBrief("The Minister Said Today That", "2025-11-13")).toEqual([]);
    expect(detectBrief("Prices rise today.", "2025-11-13")).toEqual(["today 2025-11-13..2025-11-13 day relative"]);
    expect(detectBrief("Today the court ruled.", "2025-11-13")).toEqual(["Today 2025-11-13..2025-11-13 day relative"]);
  });
});
