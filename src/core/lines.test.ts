import { describe, expect, it } from "vitest";
import { isBlankLine, splitLines } from "./lines.js";

describe("splitLines", () => {
  it("gives each line's offsets without its terminator", () => {
    const text = "one\ntwo\n\nthree";
    const lines = splitLines(text);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(["one", "two", "", "three"]);
  });

  it("reads CRLF and lone CR like LF", () => {
    for (const nl of ["\r\n", "\r"]) {
      const text = ["a", "b", "", "c"].join(nl);
      expect(splitLines(text).map((l) => text.slice(l.start, l.end))).toEqual(["a", "b", "", "c"]);
    }
  });

  it("does not add an empty line after a trailing newline", () => {
    expect(splitLines("a\n")).toHaveLength(1);
    expect(splitLines("")).toHaveLength(1);
  });

  it("marks where the visible content starts and ends, NBSP counting as space", () => {
    const text = "  \u00a0Title\u00a0 \n\u00a0\u00a0\n";
    const [title, blank] = splitLines(text);
    expect(text.slice(title!.contentStart, title!.contentEnd)).toBe("Title");
    expect(isBlankLine(title!)).toBe(false);
    expect(isBlankLine(blank!)).toBe(true);
  });
});
