import { describe, expect, it } from "vitest";
import { DEFAULT_UNITS } from "./units.js";

describe("DEFAULT_UNITS", () => {
  it("has the units the issue names", () => {
    const ids = new Set(DEFAULT_UNITS.map((u) => u.id));
    for (const id of ["tonne", "gram", "hectare", "kilometer", "foot", "teu", "kilovolt", "kilowatt-hour", "megawatt", "gigawatt", "barrel", "cubic-meter", "percentage-point", "year", "month", "week", "day", "hour"]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
  it("names units with CLDR's ids, so the simple ones format with Intl.NumberFormat", () => {
    const ids = new Set(DEFAULT_UNITS.map((u) => u.id));
    for (const id of ["celsius", "fahrenheit", "kilometer", "hectare", "liter", "gram", "foot", "year", "hour"]) {
      expect(ids.has(id), id).toBe(true);
      expect(() => new Intl.NumberFormat("en", { style: "unit", unit: id }), id).not.toThrow();
    }
  });
  it("gives each written form one unit", () => {
    const seen = new Map<string, string>();
    for (const u of DEFAULT_UNITS) {
      for (const n of u.names) {
        expect(seen.get(n.toLowerCase()) ?? u.id, n).toBe(u.id);
        seen.set(n.toLowerCase(), u.id);
      }
    }
  });
});
