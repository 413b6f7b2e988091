import { describe, expect, it } from "vitest";
import { compileGlob } from "./glob.js";

describe("compileGlob", () => {
  it("matches * within one segment and ? as one character", () => {
    const g = compileGlob("*.txt");
    expect(g.byPath).toBe(false);
    expect(["a.txt", ".txt", "page 1.txt"].every((n) => g.test(n))).toBe(true);
    expect(["a.txt.gz", "a.TXT", "dir/a.txt"].some((n) => g.test(n))).toBe(false);
    expect(compileGlob("page-?.txt").test("page-7.txt")).toBe(true);
    expect(compileGlob("page-?.txt").test("page-10.txt")).toBe(false);
  });

  it("matches ** across whole segments, zero or more", () => {
    const g = compileGlob("2025/**/*.txt");
    expect(g.byPath).toBe(true);
    expect(g.test("2025/a.txt")).toBe(true);
    expect(g.test("2025/12/08/a.txt")).toBe(true);
    expect(g.test("2024/12/a.txt")).toBe(false);
  });

  it("reads classes, negated classes and alternatives", () => {
    expect(compileGlob("[ab].txt").test("b.txt")).toBe(true);
    expect(compileGlob("[!ab].txt").test("b.txt")).toBe(false);
    expect(compileGlob("[0-9][0-9].txt").test("42.txt")).toBe(true);
    const alt = compileGlob("*.{txt,page}");
    expect(alt.test("x.page") && alt.test("x.txt") && !alt.test("x.html")).toBe(true);
  });

  it("takes regular-expression characters and escaped wildcards literally", () => {
    expect(compileGlob("a+b(1).txt").test("a+b(1).txt")).toBe(true);
    expect(compileGlob("a+b(1).txt").test("aab1.txt")).toBe(false);
    expect(compileGlob("\\*.txt").test("*.txt")).toBe(true);
    expect(compileGlob("\\*.txt").test("a.txt")).toBe(false);
  });

  it("says what is wrong with a malformed pattern", () => {
    expect(() => compileGlob("[abc")).toThrow(/unclosed "\["/);
    expect(() => compileGlob("{a,b")).toThrow(/unclosed "\{"/);
  });
});
