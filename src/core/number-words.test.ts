import { describe, expect, it } from "vitest";
import { readWordNumber } from "./number-words.js";
import { tokenize } from "./tokens.js";

function read(text: string) {
  return readWordNumber(tokenize(text), 0);
}

describe("readWordNumber", () => {
  it("reads cardinals, hyphenated tens and scales", () => {
    expect(read("twelve regions")).toMatchObject({ value: 12, next: 1, scaled: false });
    expect(read("twenty-five children")).toMatchObject({ value: 25, next: 3 });
    expect(read("two hundred and fifty thousand")).toMatchObject({ value: 250_000, scaled: true });
  });
  it("reads a or an before a scale word as one", () => {
    expect(read("a hundred hours")).toMatchObject({ value: 100, next: 2, scaled: true });
    expect(read("a dozen houses")).toMatchObject({ value: 12, next: 2 });
    expect(read("a year later")).toBeUndefined();
  });
  it("multiplies a larger scale after a smaller one", () => {
    expect(read("three lakh crore")?.value).toBe(3e12);
  });
  it("reads nought and a spaced hyphen between tens and units", () => {
    expect(read("nought")?.value).toBe(0);
    expect(read("fifty - two")?.value).toBe(52);
  });
  it("does not run two units together", () => {
    expect(read("five five")).toMatchObject({ value: 5, next: 1 });
  });
});
