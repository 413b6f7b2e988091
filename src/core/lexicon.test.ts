import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLexicon, isLexiconWord, lexiconId, mayHold } from "./lexicon.js";

const WORDS = ["january", "may", "year", "a", "the", "weekday", "q", "seventeenth"];
const lexicon = createLexicon(WORDS);

/** The lexicon id of a whole string, as the tokenizer asks for it. */
function idOf(word: string): number {
  const n = word.length;
  return lexiconId(lexicon, word, 0, n, word.charCodeAt(0), word.charCodeAt(n > 1 ? 1 : 0), word.charCodeAt(n - 1));
}

describe("lexicon", () => {
  it("finds its words in any ASCII case, by their ids", () => {
    expect(idOf("january")).toBe(1);
    expect(idOf("JANUARY")).toBe(1);
    expect(idOf("May")).toBe(2);
    expect(idOf("a")).toBe(4);
    expect(idOf("Seventeenth")).toBe(8);
  });

  it("gives a possessive the negative id of its base", () => {
    expect(idOf("year’s")).toBe(-3);
    expect(idOf("Year's")).toBe(-3);
    expect(idOf("years")).toBe(0);
    expect(idOf("’s")).toBe(0);
  });

  it("turns away other words, words of the same shape and words with other letters", () => {
    for (const w of ["and", "mays", "yeah", "yr", "the’", "jänuary", "mаy" /* Cyrillic а */, "", "weekdays"]) expect(idOf(w)).toBeLessThanOrEqual(0);
    expect(idOf("and")).toBe(0);
    // `march` and `match` share a shape (m, a, h, 5): only the letters tell them apart.
    const months = createLexicon(["march"]);
    expect(lexiconId(months, "match", 0, 5, 0x6d, 0x61, 0x68)).toBe(0);
    expect(lexiconId(months, "MARCH", 0, 5, 0x4d, 0x41, 0x48)).toBe(1);
  });

  it("leaves out words it cannot hold", () => {
    expect(isLexiconWord("mid-year")).toBe(false);
    expect(isLexiconWord("x".repeat(16))).toBe(false);
    expect(isLexiconWord("Year")).toBe(false);
    expect(createLexicon(["mid-year", "year", "year"]).words).toEqual(["year"]);
  });

  it("never turns away a word it holds, in any case (mayHold has no false negatives)", () => {
    const big = createLexicon(Array.from({ length: 300 }, (_, k) => k.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!)));
    fc.assert(
      fc.property(fc.constantFrom(...big.words), fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }), (word, upper) => {
        const w = [...word].map((ch, k) => (upper[k] ? ch.toUpperCase() : ch)).join("");
        const n = w.length;
        const [first, second, last] = [w.charCodeAt(0), w.charCodeAt(n > 1 ? 1 : 0), w.charCodeAt(n - 1)];
        expect(mayHold(big, first, second, last, n)).toBe(true);
        expect(lexiconId(big, w, 0, n, first, second, last)).toBe(big.words.indexOf(word) + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
