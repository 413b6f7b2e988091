/**
 * Misuse of the API is a TypeError whose message names the problem; text,
 * however odd, never is.
 */
import { describe, expect, it } from "vitest";
import { detectDates, extractFigures, parsePage, parseTicker, segmentArticles } from "../src/index.js";

const NOT_STRINGS: unknown[] = [null, undefined, 42, { text: "x" }, ["x"], Buffer.from("x")];

describe.each([
  ["parseTicker", (t: unknown) => parseTicker(t as string)],
  ["segmentArticles", (t: unknown) => segmentArticles(t as string)],
  ["detectDates", (t: unknown) => detectDates(t as string)],
  ["extractFigures", (t: unknown) => extractFigures(t as string)],
  ["parsePage", (t: unknown) => parsePage(t as string)],
] as const)("%s", (name, fn) => {
  it("throws a TypeError naming the function for a text that is not a string", () => {
    for (const value of NOT_STRINGS) {
      expect(() => fn(value)).toThrow(TypeError);
      expect(() => fn(value)).toThrow(new RegExp(`${name}\\(text\\) expects a string`));
    }
  });

  it("accepts the empty string", () => {
    expect(() => fn("")).not.toThrow();
  });
});

describe("options", () => {
  it("rejects a reference date that is not a real calendar date", () => {
    expect(() => detectDates("x", { referenceDate: "2025-13-45" })).toThrow(/referenceDate/);
    expect(() => detectDates("x", { referenceDate: "2025-02-30" })).toThrow(/referenceDate/);
    expect(() => detectDates("x", { referenceDate: "yesterday" })).toThrow(/referenceDate/);
    expect(() => detectDates("x", { referenceDate: new Date("not a date") })).toThrow(TypeError);
    expect(() => parsePage("x", { referenceDate: "12/12/2025" })).toThrow(/referenceDate/);
  });

  it("accepts a reference date as YYYY-MM-DD or as a Date", () => {
    expect(() => detectDates("x", { referenceDate: "2024-02-29" })).not.toThrow();
    expect(() => detectDates("x", { referenceDate: new Date(Date.UTC(2025, 11, 12)) })).not.toThrow();
  });

  it("rejects an unknown bias", () => {
    expect(() => detectDates("x", { bias: "soon" as "past" })).toThrow(TypeError);
    expect(() => detectDates("x", { bias: "soon" as "past" })).toThrow(/bias/);
  });

  it("rejects unknown options by name", () => {
    expect(() => detectDates("x", { referenceDate: "2025-01-01", refDate: "2025-01-01" } as object)).toThrow(/unknown option "refDate"/);
    expect(() => parsePage("x", { rate: { KZT: 1 } } as object)).toThrow(/unknown option "rate"/);
  });

  it("rejects rates that are not finite positive numbers, or not keyed by ISO codes", () => {
    expect(() => parsePage("x", { rates: { KZT: Number.POSITIVE_INFINITY } })).toThrow(/rates/);
    expect(() => parsePage("x", { rates: { KZT: Number.NaN } })).toThrow(/rates/);
    expect(() => parsePage("x", { rates: { KZT: -1 } })).toThrow(/rates/);
    expect(() => parsePage("x", { rates: { tenge: 0.002 } })).toThrow(/rates/);
  });

  it("rejects options that are not an object", () => {
    expect(() => parsePage("x", "2025-12-12" as unknown as object)).toThrow(TypeError);
    expect(() => detectDates("x", 5 as unknown as object)).toThrow(TypeError);
  });
});
