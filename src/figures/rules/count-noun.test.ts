import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { countNounRule } from "./count-noun.js";
import { DEFAULT_FIGURE_RULES } from "./index.js";

const { extract } = createFigureExtractor({ rules: [countNounRule] });

describe("countNounRule", () => {
  it("takes the head noun of the counted phrase", () => {
    expect(extract("identified 46 wanted individuals, 30 in Almaty")[0]).toMatchObject({
      text: "46 wanted individuals",
      kind: "count",
      value: 46,
      noun: "individuals",
    });
  });
  it("reads numbers in words with a scale", () => {
    expect(extract("An estimated six million people")[0]).toMatchObject({ text: "six million people", value: 6e6, noun: "people" });
  });
  it("stops at the first plural noun in a title", () => {
    expect(extract("13,000 Low-Income Families Receive Funds")[0]).toMatchObject({ text: "13,000 Low-Income Families", noun: "families" });
  });
  it("reads three or four pages as a range", () => {
    expect(extract("wrote three or four pages")[0]).toMatchObject({ value: null, min: 3, max: 4, noun: "pages" });
  });
  it("does not count with the bare word one, or after a label", () => {
    expect(extract("one worker for every child; Article 5 states")).toEqual([]);
  });
  it("reads a hyphenated compound as a count of its noun", () => {
    expect(extract("a 28-point peace plan")[0]).toMatchObject({ text: "28-point", value: 28, noun: "point" });
  });
  it("does not count after a magnitude: a reading on a scale", () => {
    expect(extract("Magnitude 6.4 Tremor Shakes Osh; a 5.2-magnitude aftershock followed")).toEqual([]);
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Magnitude 6.4 Tremor Shakes Osh; a 5.2-magnitude aftershock hit 30 villages").map((f) => [f.text, f.kind])).toEqual([
      ["6.4", "number"],
      ["5.2", "number"],
      ["30 villages", "count"],
    ]);
  });
  it("counts compounds of irregular plurals", () => {
    expect(extract("The fund pays for 12,000 schoolchildren, 340 townspeople, 25 policewomen, 90 fishermen and 60 grandchildren.").map((f) => [f.text, f.noun])).toEqual([
      ["12,000 schoolchildren", "schoolchildren"],
      ["340 townspeople", "townspeople"],
      ["25 policewomen", "policewomen"],
      ["90 fishermen", "fishermen"],
      ["60 grandchildren", "grandchildren"],
    ]);
    // Singular words that end the same way are no plural.
    expect(extract("a 2 specimen set")).toEqual([]);
  });
  it("counts N more, fewer or less things, with the comparative in the span", () => {
    expect(extract("The clinic will hire 45 more nurses; there were 18 fewer road deaths and 3 less complaints.")).toMatchObject([
      { text: "45 more nurses", kind: "count", value: 45, noun: "nurses" },
      { text: "18 fewer road deaths", kind: "count", value: 18, noun: "deaths" },
      { text: "3 less complaints", kind: "count", value: 3, noun: "complaints" },
    ]);
    expect(extract("roughly 2,500 more volunteers")).toMatchObject([{ text: "roughly 2,500 more volunteers", value: 2500, approx: "about", noun: "volunteers" }]);
    // No noun after the comparative: no count.
    expect(extract("5 more than last year, 7 more in May, two more times")).toEqual([]);
  });
  it("counts after a label word used as a verb", () => {
    // A number in lower-case words after a lower-case label word, or any number after a modal.
    expect(extract("The city hopes to order five electric buses")).toMatchObject([{ text: "five electric buses", kind: "count", value: 5, noun: "buses" }]);
    expect(extract("the agency will issue 40 new permits")).toMatchObject([{ text: "40 new permits", kind: "count", value: 40, noun: "permits" }]);
    expect(extract("Part Two and Article 12 apply; a level three alert; moved to stage 2 trials")).toEqual([]);
  });
  it("reads no count in a digit glued into a title-case model name inside a sentence", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Dealers said the new Haval 6 hatchbacks sold out, and a Geely Atlas 3 sells for less.")).toEqual([]);
    // A sentence start, a fronted place, and a title-case line still count.
    expect(all.extract("Some 40 buses arrived. In Osh 12 clinics closed.").map((f) => f.text)).toEqual(["Some 40 buses", "12 clinics"]);
    expect(all.extract("Plant Builds 300 Trucks").map((f) => f.text)).toEqual(["300 Trucks"]);
  });
});
