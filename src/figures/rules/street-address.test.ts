import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { DEFAULT_FIGURE_RULES } from "./index.js";
import { streetAddressRule } from "./street-address.js";

const { extract } = createFigureExtractor({ rules: [streetAddressRule] });
const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });

describe("streetAddressRule", () => {
  it("reports no figure for a house number before a street's name", () => {
    expect(extract("The embassy moved to 42 Tole Bi Street in Almaty.")).toEqual([]);
    expect(all.extract("Send letters to 8 Rustaveli Avenue, Tbilisi, or call in at 115 Abay Prospekt.")).toEqual([]);
  });
  it("keeps the counts and amounts around an address", () => {
    expect(all.extract("Some 300 protesters gathered at 12 Baghramyan Avenue for 3 hours.").map((f) => f.text)).toEqual(["Some 300 protesters", "3 hours"]);
  });
  it("keeps a count when the street names what is counted", () => {
    expect(all.extract("Four Wall Street banks and 3 Wall Street firms sued.").map((f) => [f.text, f.kind])).toEqual([
      ["Four Wall Street banks", "count"],
      ["3 Wall Street firms", "count"],
    ]);
  });
  it("needs a capitalised name and a capitalised street word", () => {
    expect(all.extract("They planted 40 Aspen trees along the street.").map((f) => f.kind)).toEqual(["count"]);
    expect(all.extract("It has 25 Orthodox churches on each street")[0]).toMatchObject({ text: "25 Orthodox churches", kind: "count" });
  });
});
