import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("seasons", () => {
  it("reads a season of a year, meteorologically", () => {
    expect(detectBrief("raised during the spring 2024 floods")).toEqual(["spring 2024 2024-03-01..2024-05-31 season"]);
    expect(detectBrief("In the spring of 2024, the televised murder trial")).toEqual(["spring of 2024 2024-03-01..2024-05-31 season"]);
    expect(detectBrief("winter 2024")).toEqual(["winter 2024 2024-12-01..2025-02-28 season"]);
    // One winter named by both of its years.
    expect(detectBrief("a ban imposed in the winter of 2022–2023 and lifted")).toEqual(["winter of 2022–2023 2022-12-01..2023-02-28 season"]);
    expect(detectBrief("winter 2019/20 was mild")).toEqual(["winter 2019/20 2019-12-01..2020-02-29 season"]);
  });

  it("reads this, last and bare seasons against the reference", () => {
    expect(detectBrief("“This spring, I drew attention", "2025-12-07")).toEqual(["This spring 2025-03-01..2025-05-31 season relative"]);
    expect(detectBrief("before gaining momentum heading into the summer.", "2025-12-16")).toEqual(["summer 2025-06-01..2025-08-31 season relative"]);
    expect(detectBrief("last winter", "2025-12-16")).toEqual(["last winter 2024-12-01..2025-02-28 season relative"]);
    expect(detectBrief("this winter", "2026-01-10")).toEqual(["this winter 2025-12-01..2026-02-28 season relative"]);
    expect(detectBrief("a place in next summer’s Conference League", "2026-10-05")).toEqual(["next summer 2027-06-01..2027-08-31 season relative"]);
    expect(detectBrief("after last winter's floods", "2026-10-05")).toEqual(["last winter 2025-12-01..2026-02-28 season relative"]);
  });

  it("does not read seasons used as nouns or names", () => {
    expect(detectBrief("the spring water and the fall of the Soviet Union", "2025-12-16")).toEqual([]);
    expect(detectBrief("after the Arab Spring", "2025-12-16")).toEqual([]);
    expect(detectBrief("during the Spring Festival holidays", "2025-12-16")).toEqual([]);
    // A pair of seasons before a noun is a kind of thing, like one season is.
    expect(detectBrief("occupancy during the spring and autumn peaks exceeds 90%", "2026-04-13")).toEqual([]);
    expect(detectBrief("the summer or winter timetable", "2026-04-13")).toEqual([]);
    // …but a pair that ends the phrase still names the seasons.
    expect(detectBrief("since the spring and into the summer, prices rose", "2025-12-15")).toEqual([
      "spring 2025-03-01..2025-05-31 season relative",
      "summer 2025-06-01..2025-08-31 season relative",
    ]);
  });

  it("reads a season alone only with the article: without it the season is generic", () => {
    expect(detectBrief("Kyrgyzstan will receive 1.2 billion kWh of electricity from its neighbors in winter.", "2025-06-02")).toEqual([]);
    expect(detectBrief("During summer the lake fills with tourists", "2025-06-02")).toEqual([]);
    expect(detectBrief("Prices have doubled since the spring", "2025-12-15")).toEqual(["spring 2025-03-01..2025-05-31 season relative"]);
    // A preposition after the season starts a new phrase: the season is a date.
    expect(detectBrief("its licence was suspended in the spring over a tax debt", "2026-09-30")).toEqual(["spring 2026-03-01..2026-05-31 season relative"]);
  });

  it("reads `that spring` as the season of the date before", () => {
    expect(detectBrief("The buses arrived in March 2023, and the fraud came to light that spring.", "2026-11-18")).toEqual([
      "March 2023 2023-03-01..2023-03-31 month",
      "that spring 2023-03-01..2023-05-31 season relative",
    ]);
    expect(detectBrief("It snowed in January 2024, and that winter was long.", "2026-11-18")).toEqual([
      "January 2024 2024-01-01..2024-01-31 month",
      "that winter 2023-12-01..2024-02-29 season relative",
    ]);
    expect(detectBrief("That summer heat was brutal in 2020; that fall in prices hurt.", "2026-11-18")).toEqual(["2020 2020-01-01..2020-12-31 year"]);
  });

  it("counts `the previous winter` and `the following summer` from the date before", () => {
    expect(detectBrief("The winter of 2023 was mild; the previous winter had been harsh.", "2025-11-13")).toEqual([
      "winter of 2023 2023-12-01..2024-02-29 season",
      "previous winter 2022-12-01..2023-02-28 season relative",
    ]);
    expect(detectBrief("Drought hit in 2021, and the following summer was worse.", "2025-11-13")).toEqual([
      "2021 2021-01-01..2021-12-31 year",
      "following summer 2022-06-01..2022-08-31 season relative",
    ]);
  });
});
