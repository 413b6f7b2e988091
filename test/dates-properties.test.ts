import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDates } from "../src/dates/index.js";
import type { DateMention } from "../src/dates/index.js";
import { loadSeeds } from "./support/shared.js";

/** Strings made of the pieces dates are made of, so the properties reach the rules. */
const datey = fc
  .array(
    fc.oneof(
      fc.constantFrom("2024", "2006-2013", "12", "December", "May", "of", "the", "same", "year", "last", "week", "between", "and", "to", "-", "–", ",", ".", " ", "\n", "mid-", "early", "1960s", "7th", "century", "BC", "Thursday", "ago", "five", "years", "A", "later", "/", "31", "’s", "Q1", "first", "half", "spring", "\u00a0"),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: 0, max: 3000 }).map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(" "));

function wellFormed(text: string, mentions: DateMention[]): void {
  let last = -1;
  for (const m of mentions) {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(m.span.start).toBeGreaterThanOrEqual(last);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    last = m.span.end;
    if (m.start !== null && m.end !== null) expect(m.start <= m.end || m.start.startsWith("-")).toBe(true);
  }
}

describe("date detection properties", () => {
  it("never throws, keeps spans exact, sorted and apart, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), datey), fc.constantFrom("past", "future", "nearest") as fc.Arbitrary<"past" | "future" | "nearest">, (text, bias) => {
        const mentions = detectDates(text, { referenceDate: "2025-12-12", bias });
        wellFormed(text, mentions);
        expect(detectDates(text, { referenceDate: "2025-12-12", bias })).toEqual(mentions);
        const withoutReference = detectDates(text);
        wellFormed(text, withoutReference);
      }),
      { numRuns: 600 },
    );
  });

  it("reports relative mentions with null dates when there is no reference date", () => {
    const [m] = detectDates("The system was officially introduced last week");
    expect(m).toMatchObject({ text: "last week", start: null, end: null, relative: true, grain: "week" });
  });

  it("takes a Date reference in UTC and an ISO timestamp by its date part", () => {
    const text = "On Sunday, after winning the Halle grass court tournament";
    const a = detectDates(text, { referenceDate: new Date(Date.UTC(2025, 11, 16, 23, 30)) });
    const b = detectDates(text, { referenceDate: "2025-12-16T23:30:00+05:00" });
    expect(a[0]?.start).toBe("2025-12-14");
    expect(b).toEqual(a);
  });

  it("throws a TypeError naming the problem for a non-string or bad options", () => {
    expect(() => detectDates(42 as unknown as string)).toThrow(TypeError);
    expect(() => detectDates("x", { referenceDate: "2025-02-30" })).toThrow(/referenceDate/);
    expect(() => detectDates("x", { bias: "later" as "past" })).toThrow(/bias/);
    expect(() => detectDates("x", { reference: "2025-01-01" } as never)).toThrow(/unknown option/);
  });

  it("stays linear on long repeated input", () => {
    const cases = ["2006-2013-".repeat(20_000), "January February March April ".repeat(10_000), "between 2015 and ".repeat(10_000), "the same year ".repeat(15_000), "1".repeat(200_000), "Thursday, ".repeat(20_000)];
    for (const text of cases) {
      const small = text.slice(0, text.length / 8);
      const t0 = performance.now();
      detectDates(small, { referenceDate: "2025-12-12" });
      const tSmall = performance.now() - t0;
      const t1 = performance.now();
      detectDates(text, { referenceDate: "2025-12-12" });
      const tLarge = performance.now() - t1;
      // Eight times the input may take at most ~8× the time (generous slack for noise).
      expect(tLarge).toBeLessThan(Math.max(50, tSmall * 30));
    }
  });

  it("gives the same result on CRLF pages at the same places", () => {
    for (const seed of loadSeeds()) {
      const crlf = seed.text.replace(/\n/g, "\r\n");
      const lf = detectDates(seed.text, { referenceDate: "2025-12-12" }).map((m) => [m.text, m.start, m.end]);
      const cr = detectDates(crlf, { referenceDate: "2025-12-12" }).map((m) => [m.text, m.start, m.end]);
      expect(cr).toEqual(lf);
    }
  });
});
