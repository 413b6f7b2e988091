import { describe, expect, it } from "vitest";
import { isIso4217Code } from "../core/currencies.js";
import { tokenize } from "../core/tokens.js";
import { createContext } from "./context.js";
import { DEFAULT_CURRENCY_NAMES } from "./currency-names.js";
import { compileLexicon } from "./lexicon.js";
import { readAmount, readNumber } from "./read-number.js";
import { DEFAULT_UNITS } from "./units.js";

const lexicon = compileLexicon(DEFAULT_UNITS, DEFAULT_CURRENCY_NAMES);

function ctxOf(text: string) {
  const t = tokenize(text);
  return createContext(t, lexicon, new Uint8Array(t.count), [], isIso4217Code);
}

function value(text: string): number | undefined {
  return readNumber(ctxOf(text), 0)?.value;
}

describe("readNumber", () => {
  it("applies scale words and abbreviations", () => {
    expect(value("1.5 billion")).toBe(1.5e9);
    expect(value("10k")).toBe(10_000);
    expect(value("13 lakh")).toBe(1_300_000);
    expect(value("three lakh crore")).toBe(3e12);
  });
  it("reads numbers in words, fractions and decimals in words", () => {
    expect(value("twenty-five")).toBe(25);
    expect(value("a hundred")).toBe(100);
    expect(value("two and a half million")).toBe(2_500_000);
    expect(value("two thirds")).toBeCloseTo(2 / 3);
    expect(value("nine point nought four")).toBe(9.04);
    expect(value("one over three")).toBeCloseTo(1 / 3);
  });
  it("reads digit groups, fractions, exponents and signs", () => {
    expect(value("40\u202f000")).toBe(40_000);
    expect(value("10 1/2")).toBe(10.5);
    expect(value("1.3e6")).toBe(1_300_000);
    expect(value("-9.5")).toBe(-9.5);
    expect(value(".08")).toBe(0.08);
  });
  it("marks four-digit years and the bare word one", () => {
    expect(readNumber(ctxOf("2023"), 0)?.yearLike).toBe(true);
    expect(readNumber(ctxOf("2,264"), 0)?.yearLike).toBe(false);
    expect(readNumber(ctxOf("one"), 0)?.one).toBe(true);
    expect(readNumber(ctxOf("one million"), 0)?.one).toBe(false);
  });
  it("does not read the digits of a code", () => {
    const c = ctxOf("COVID-19 S450");
    expect(readNumber(c, 2)).toBeUndefined();
    expect(readNumber(c, 4)).toBeUndefined();
  });
});

describe("readAmount", () => {
  it("reads a dash range and lends the second scale to the first", () => {
    expect(readAmount(ctxOf("5-6 million"), 0)).toMatchObject({ value: null, min: 5e6, max: 6e6 });
  });
  it("includes from in a from-to range", () => {
    expect(readAmount(ctxOf("from 65 to 85"), 0)).toMatchObject({ start: 0, min: 65, max: 85 });
  });
  it("leaves from out of a dash range: it opens a change, not the range", () => {
    // "down from 12–14 cents": the dash range is whole without its `from`.
    expect(readAmount(ctxOf("from 12–14 cents"), 0)).toBeUndefined();
    expect(readAmount(ctxOf("from 12–14 cents"), 1)).toMatchObject({ start: 1, min: 12, max: 14, joint: "dash" });
    expect(readAmount(ctxOf("from 12 to 14 cents"), 0)).toMatchObject({ start: 0, min: 12, max: 14, joint: "word" });
  });
  it("does not join two numbers that each have their own scale", () => {
    expect(readAmount(ctxOf("10 bln or 10 tln"), 0)).toMatchObject({ value: 1e10 });
  });
});
