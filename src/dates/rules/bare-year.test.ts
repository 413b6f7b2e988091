import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";
import { bareYearRule } from "./bare-year.js";

describe("bare years", () => {
  it("reads a year after a preposition as the whole year", () => {
    expect(detectBrief("In 2023, China’s share of Kazakhstan’s total trade turnover surpassed 20%")).toEqual(["2023 2023-01-01..2023-12-31 year"]);
    expect(detectBrief("300 million tons by 2030, with the Aidarly, Koksay, and Benkala")).toEqual(["2030 2030-01-01..2030-12-31 year"]);
  });

  it("works on its own, without the other rules", () => {
    expect(detectBrief("implemented in Kyrgyzstan for over $500 million since 1994.", undefined, "past", [bareYearRule])).toEqual([
      "1994 1994-01-01..1994-12-31 year",
    ]);
  });

  it("reads a year that modifies an event name, and one at a teaser cut", () => {
    expect(detectBrief("following the 2020 Second Karabakh War")).toEqual(["2020 2020-01-01..2020-12-31 year"]);
    expect(detectBrief("According to a 2021...")).toEqual(["2021 2021-01-01..2021-12-31 year"]);
  });

  it("does not read thousands groups, attributes, labels, counts or quantities", () => {
    expect(detectBrief("by 2 tons to 2,264 tons; the lowest figure")).toEqual([]);
    expect(detectBrief('[caption id="attachment_1" align="aligncenter" width="1378"] In Aralsk')).toEqual([]);
    expect(detectBrief("Bublik’s ranking rises to No. 2024 on Monday.").filter((m) => m.startsWith("2024"))).toEqual([]);
    expect(detectBrief("Viewing results 19 - 24 of 1312")).toEqual([]);
    expect(detectBrief("more than 2000 people attended")).toEqual([]);
    expect(detectBrief("a rate of 2015% and $2019")).toEqual([]);
  });

  it("needs a preposition before a year earlier than 1900", () => {
    expect(detectBrief("some 1500 of them")).toEqual([]);
    expect(detectBrief("founded in 1456")).toEqual(["1456 1456-01-01..1456-12-31 year"]);
  });

  it("reads a year glued to a closing caption shortcode, but never a shortcode attribute", () => {
    expect(detectBrief('[caption id="attachment_41210" align="aligncenter" width="1378"] Solar panels near Nur Navoi, 2023[/caption] The project')).toEqual([
      "2023 2023-01-01..2023-12-31 year",
    ]);
    expect(detectBrief("the plant opened in 2019</p>")).toEqual(["2019 2019-01-01..2019-12-31 year"]);
    expect(detectBrief("a code 2020[caption] or 2021[/cap")).toEqual([]);
  });

  it("keeps a year after `to` when a new clause follows it", () => {
    expect(detectBrief("From 2015 to 2025 it sent 2,900 children abroad.")).toEqual(["From 2015 to 2025 2015-01-01..2025-12-31 year range"]);
    expect(detectBrief("The count rose to 2000 residents.")).toEqual([]);
  });
});
