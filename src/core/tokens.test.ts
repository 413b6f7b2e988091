import { describe, expect, it } from "vitest";
import { LINE_BEFORE, SPACE_BEFORE, TokenKind, tokenize, tokenNumber, tokenText } from "./tokens.js";

function texts(s: string): string[] {
  const t = tokenize(s);
  return Array.from({ length: t.count }, (_, i) => tokenText(t, i));
}

describe("tokenize", () => {
  it("keeps thousands groups and decimals in one number", () => {
    const t = tokenize("2,264 tons at 0.00192 and 1,000,000");
    expect(texts("2,264 tons at 0.00192 and 1,000,000")).toEqual(["2,264", "tons", "at", "0.00192", "and", "1,000,000"]);
    expect(tokenNumber(t, 0)).toBe(2264);
    expect(tokenNumber(t, 3)).toBe(0.00192);
    expect(tokenNumber(t, 5)).toBe(1e6);
  });

  it("does not group digits that are not thousands groups", () => {
    expect(texts("1,2 12,3456 2025.")).toEqual(["1", ",", "2", "12", ",", "3456", "2025", "."]);
  });

  it("splits ranges and codes at their punctuation", () => {
    expect(texts("2006-2013 COVID-19 S450")).toEqual(["2006", "-", "2013", "COVID", "-", "19", "S", "450"]);
  });

  it("keeps apostrophes inside words", () => {
    expect(texts("Kazakhstan’s wasn't ‘Off Road’")).toEqual(["Kazakhstan’s", "wasn't", "‘", "Off", "Road", "’"]);
  });

  it("records white space and line breaks before each token", () => {
    const t = tokenize("a b\nc-d");
    expect(Array.from(t.flags.subarray(0, t.count))).toEqual([LINE_BEFORE, SPACE_BEFORE, SPACE_BEFORE | LINE_BEFORE, 0, 0]);
    expect(Array.from(t.kind.subarray(0, t.count))).toEqual([TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Punct, TokenKind.Word]);
  });

  it("reads letters of any script as words and keeps emoji whole", () => {
    expect(texts("Қазақстан 😀 x")).toEqual(["Қазақстан", "😀", "x"]);
  });

  it("never throws on lone surrogates and control characters", () => {
    expect(() => tokenize("\ud800\u0000\udc00a\u202e1")).not.toThrow();
    expect(texts("\ud800a")).toEqual(["\ud800", "a"]);
  });

  it("grows past its first guess of the token count", () => {
    const s = "a ".repeat(10_000);
    expect(tokenize(s).count).toBe(10_000);
  });
});
