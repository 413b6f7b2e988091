import { describe, expect, it } from "vitest";
import { tokenize } from "../core/tokens.js";
import { DEFAULT_CURRENCY_NAMES } from "./currency-names.js";
import { compileLexicon } from "./lexicon.js";
import { DEFAULT_FIGURE_RULES } from "./rules/index.js";
import { compileStartIndex, NO_START, startEntry } from "./start-index.js";
import { DEFAULT_UNITS } from "./units.js";

const index = compileStartIndex(DEFAULT_FIGURE_RULES, compileLexicon(DEFAULT_UNITS, DEFAULT_CURRENCY_NAMES));
const entryOf = (text: string) => startEntry(index, tokenize(text), 0);

describe("startEntry", () => {
  it("rejects words that start no figure", () => {
    for (const w of ["the", "Kazakhstan", "which", "o'clock", "Kazakhstan’s", ","]) expect(entryOf(w)).toBe(NO_START);
  });
  it("finds start words in any ASCII case", () => {
    expect(entryOf("About").approx).toBe(true);
    expect(entryOf("TWELVE").mask).not.toBe(0);
    expect(entryOf("a").word).toBe("a");
  });
  it("finds non-ASCII start words by their lower case", () => {
    expect(entryOf("元").word).toBe("元");
    expect(entryOf("₸").asWritten).toBe(true);
  });
  it("judges the first, second and last code units as written", () => {
    // U+212A KELVIN SIGN lower-cases to "k": the rules may read "HK", the scan does not start there.
    const e = entryOf("H\u212A");
    expect(e.word).toBe("hk");
    expect(e.asWritten).toBe(false);
  });
  it("lets a number through to the number rules only", () => {
    expect(entryOf("2,264")).toBe(NO_START);
    expect(index.numberTokenMask).not.toBe(0);
  });
});
