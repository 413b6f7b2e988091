import { describe, expect, it } from "vitest";
import { frequency, isAlwaysCapitalised, isName, lineWords, openingWordIds, readVocabulary, stemOf, topicOverlap, wordId } from "./topic.js";

/** Reads the vocabulary of a few lines given as strings (joined with newlines). */
function vocabularyOf(lines: string[], prose = true) {
  const text = lines.join("\n");
  let start = 0;
  const ranges = lines.map((line) => {
    const r = { start, end: start + line.length, prose };
    start += line.length + 1;
    return r;
  });
  return { text, vocabulary: readVocabulary(text, ranges) };
}

describe("stemOf", () => {
  it("joins a country with its adjective and its plural forms", () => {
    expect(stemOf("Kazakhstan")).toBe(stemOf("Kazakh"));
    expect(stemOf("investment")).toBe(stemOf("Investors"));
    expect(stemOf("murdered")).toBe(stemOf("murderers"));
  });

  it("stems a demonym in -ese as its country", () => {
    expect(stemOf("Chinese")).toBe(stemOf("China"));
    expect(stemOf("Japanese")).toBe(stemOf("Japan"));
  });

  it("keeps different words apart", () => {
    expect(stemOf("Russia")).not.toBe(stemOf("China"));
  });
});

describe("readVocabulary", () => {
  it("counts a word once per line however often the line uses it", () => {
    const { vocabulary } = vocabularyOf(["Poverty and poverty again", "Poverty falls", "Trade grows"]);
    expect(frequency(vocabulary, wordId(vocabulary, stemOf("poverty")))).toBe(2);
    expect(lineWords(vocabulary, 0)).toHaveLength(1);
  });

  it("skips short words and stop words, and ends a word at an apostrophe", () => {
    const { vocabulary } = vocabularyOf(["The fund’s director said that it was over"]);
    expect(wordId(vocabulary, stemOf("said"))).toBe(-1);
    expect(wordId(vocabulary, stemOf("the"))).toBe(-1);
    expect(wordId(vocabulary, stemOf("fund"))).toBeGreaterThanOrEqual(0);
    expect(wordId(vocabulary, stemOf("director"))).toBeGreaterThanOrEqual(0);
  });

  it("takes words capitalised inside a sentence of a paragraph as names", () => {
    const { vocabulary } = vocabularyOf(["Public trust in the fund grew after Kaspi promoted it. Trust fell."]);
    expect(isName(vocabulary, wordId(vocabulary, stemOf("Kaspi")))).toBe(true);
    // Sentence-initial capitals are no evidence.
    expect(isName(vocabulary, wordId(vocabulary, stemOf("Public")))).toBe(false);
    expect(isName(vocabulary, wordId(vocabulary, stemOf("trust")))).toBe(false);
  });

  it("knows a word the paragraphs always capitalise, even only at sentence starts", () => {
    const { vocabulary } = vocabularyOf(["Kyrgyzstan’s parliament met. Trust fell.", "Public trust grew."]);
    expect(isAlwaysCapitalised(vocabulary, wordId(vocabulary, stemOf("Kyrgyzstan")))).toBe(true);
    expect(isName(vocabulary, wordId(vocabulary, stemOf("Kyrgyzstan")))).toBe(false);
    expect(isAlwaysCapitalised(vocabulary, wordId(vocabulary, stemOf("trust")))).toBe(false);
  });

  it("never takes the words of a title as names", () => {
    const { vocabulary } = vocabularyOf(["Misplaced Trust in the Fund"], false);
    expect(isName(vocabulary, wordId(vocabulary, stemOf("Fund")))).toBe(false);
  });

  it("reads only the opening of a very long line", () => {
    const { vocabulary } = vocabularyOf([`${"word ".repeat(100)}zebra`]);
    expect(wordId(vocabulary, stemOf("zebra"))).toBe(-1);
  });
});

describe("topicOverlap", () => {
  it("is 1 when the story used every word, 0 when it used none, 0.5 without evidence", () => {
    const { vocabulary } = vocabularyOf(["Copper smelter output", "Tennis title grass"]);
    const story = new Int32Array(vocabulary.size);
    for (const id of lineWords(vocabulary, 0)) story[id] = 1;
    expect(topicOverlap(lineWords(vocabulary, 0), story, vocabulary)).toBe(1);
    expect(topicOverlap(lineWords(vocabulary, 1), story, vocabulary)).toBe(0);
    expect(topicOverlap([], story, vocabulary)).toBe(0.5);
  });
});

describe("openingWordIds", () => {
  it("reads the first content words of a paragraph", () => {
    const { text, vocabulary } = vocabularyOf(["Public trust in the fund was bolstered by the widespread belief"]);
    expect(openingWordIds(text, 0, text.length, vocabulary)).toEqual(
      ["public", "trust", "fund"].map((w) => wordId(vocabulary, stemOf(w))),
    );
  });
});
