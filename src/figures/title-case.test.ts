import { describe, expect, it } from "vitest";
import { tokenize } from "../core/tokens.js";
import { compileLexicon } from "./lexicon.js";
import { inTitleCaseLine } from "./title-case.js";
import { DEFAULT_UNITS } from "./units.js";

/** Whether the first token spelled `word` stands in a title-case line. */
function titleAt(text: string, word: string): boolean {
  const t = tokenize(text);
  for (let i = 0; i < t.count; i++) if (text.slice(t.start[i]!, t.end[i]!) === word) return inTitleCaseLine(t, i);
  throw new Error(`no token ${word}`);
}

describe("inTitleCaseLine", () => {
  it("accepts a headline whose long words are capitalised, minor words aside", () => {
    expect(titleAt("Kazakhstan Ships 40 Kg of Saffron from Turkistan Region", "Kg")).toBe(true);
    expect(titleAt("Body text.\nNew Long-term Deal Doubles Gas to 30 Bcm\nMore text.", "Bcm")).toBe(true);
  });
  it("rejects a sentence, a short label and a long line", () => {
    expect(titleAt("Officials said the pipeline carries 30 Bcm today.", "Bcm")).toBe(false);
    expect(titleAt("Output: 30 Bcm", "Bcm")).toBe(false);
    expect(titleAt(`${"Gas ".repeat(60)}30 Bcm`, "Bcm")).toBe(false);
  });
});

describe("compileLexicon", () => {
  it("derives capitalised abbreviations that are no abbreviation of their own", () => {
    const { unitTitleAbbreviations } = compileLexicon(DEFAULT_UNITS, []);
    const keys = [...unitTitleAbbreviations.root.next.keys()];
    expect(keys).toEqual(expect.arrayContaining(["Bcm", "Km", "Kwh", "Kg"]));
    // "Mb" is already an abbreviation; "g" and "m" are one letter; "mL", "kWh" are not lower case.
    for (const k of ["Mb", "G", "M", "ML", "KWh"]) expect(keys).not.toContain(k);
  });
});
