import { describe, expect, it } from "vitest";
import { tokenize } from "../core/tokens.js";
import { addPhrase, createTrie, matchPhrase } from "./lexicon.js";

describe("matchPhrase", () => {
  const trie = createTrie<string>(true);
  addPhrase(trie, "cubic meter", "m3");
  addPhrase(trie, "cubic meters", "m3");
  addPhrase(trie, "km/h", "kmh");
  const lowerOf = (text: string) => {
    const t = tokenize(text);
    return { t, lower: (i: number) => text.slice(t.start[i]!, t.end[i]!).toLowerCase() };
  };
  it("finds the longest phrase, ignoring case", () => {
    const { t, lower } = lowerOf("Cubic Meters of gas");
    expect(matchPhrase(trie, t, 0, lower)).toEqual({ value: "m3", next: 2 });
  });
  it("matches a phrase of punctuation and words token by token", () => {
    const { t, lower } = lowerOf("90 km/h");
    expect(matchPhrase(trie, t, 1, lower)).toEqual({ value: "kmh", next: 4 });
  });
  it("does not match across a line break", () => {
    const { t, lower } = lowerOf("cubic\nmeters");
    expect(matchPhrase(trie, t, 0, lower)).toBeUndefined();
  });
});
