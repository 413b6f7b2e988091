/**
 * The quick options checks (`quickDateOptions`, `quickPageOptions`) skip zod
 * for the common shapes. They must never accept what the schema rejects, and
 * must give what the schema gives; anything they decline goes to zod.
 */
import fc from "fast-check";
import { safeParse } from "zod/mini";
import { describe, expect, it } from "vitest";
import { DateOptionsSchema, quickDateOptions } from "../src/dates/schema.js";
import { PageOptionsSchema, quickPageOptions } from "../src/page/schema.js";
import { detectDates, parsePage } from "../src/index.js";

const RUNS = Number(process.env.FC_RUNS ?? 500);

/** Strings near the ISO shape: real and impossible dates, timestamps, junk. */
const dateLike = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constantFrom("2025-12-12", "2024-02-29", "2025-02-29", "2025-12-12T10:00:00Z", "2025-12-12 10:00", "2025-1-1", "", "2025-12-12\n", "-2025-01-01"),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  dateLike,
  fc.constantFrom("past", "future", "nearest", "Past", undefined, null, 0, true),
  fc.integer({ min: -1e13, max: 1e13 }).map((t) => new Date(t)),
  fc.constant(new Date(Number.NaN)),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    { referenceDate: value, bias: value, rates: value, other: value },
    { requiredKeys: [] },
  ),
  fc.record({ referenceDate: dateLike, bias: fc.constantFrom("past", "future", "nearest") }, { requiredKeys: [] }),
  value,
);

/** The same value, with Dates compared by time. */
function same(a: unknown, b: unknown): void {
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

describe("quick options checks", () => {
  it("accept only what the date options schema accepts, with the same result", () => {
    fc.assert(
      fc.property(options, (o) => {
        const quick = quickDateOptions(o);
        if (quick === undefined) return;
        const parsed = safeParse(DateOptionsSchema, o ?? {});
        expect(parsed.success).toBe(true);
        if (parsed.success) same(quick, parsed.data);
      }),
      { numRuns: RUNS },
    );
  });

  it("accept only what the page options schema accepts, with the same result", () => {
    fc.assert(
      fc.property(options, (o) => {
        const quick = quickPageOptions(o);
        if (quick === undefined) return;
        const parsed = safeParse(PageOptionsSchema, o ?? {});
        expect(parsed.success).toBe(true);
        if (parsed.success) same(quick, parsed.data);
      }),
      { numRuns: RUNS },
    );
  });

  it("take the common shapes, so a pipeline never pays for zod", () => {
    expect(quickDateOptions(undefined)).toEqual({});
    expect(quickDateOptions({ referenceDate: "2025-12-12" })).toEqual({ referenceDate: "2025-12-12" });
    expect(quickDateOptions({ referenceDate: new Date(Date.UTC(2025, 11, 12)), bias: "nearest" })).toBeDefined();
    expect(quickPageOptions({ bias: "future" })).toEqual({ bias: "future" });
  });

  it("leave the errors to zod, so messages stay the same", () => {
    expect(quickDateOptions({ referenceDate: "2025-02-30" })).toBeUndefined();
    expect(quickDateOptions({ referenceDate: undefined })).toBeUndefined();
    expect(quickDateOptions({ bias: "sideways" })).toBeUndefined();
    expect(quickPageOptions({ rates: { KZT: 0.002 } })).toBeUndefined();
    expect(() => detectDates("x", { referenceDate: "2025-02-30" })).toThrow(/options\.referenceDate: is not a real calendar date/);
    expect(() => detectDates("x", { bias: "sideways" } as never)).toThrow(/options\.bias/);
    expect(() => parsePage("x", { referenceDate: "12/12/2025" })).toThrow(/options\.referenceDate/);
  });
});
