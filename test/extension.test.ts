/**
 * The extension API, used from the outside: everything here is imported from
 * the package's public surface (src/index.ts), the way a user or a
 * contributor would. A date detector gets one more rule, a figure extractor
 * one more unit and one more currency name; the new phrases are found, and on
 * the seed pages (which hold none of them) the output is exactly the
 * default's.
 */
import { describe, expect, it } from "vitest";
import {
  createDateDetector,
  createFigureExtractor,
  DEFAULT_CURRENCY_NAMES,
  DEFAULT_DATE_RULES,
  DEFAULT_UNITS,
  detectDates,
  extractFigures,
  segmentArticles,
  type CurrencyName,
  type DateMatch,
  type DateRule,
  type DayRange,
  type ResolveEnv,
  type UnitDefinition,
} from "../src/index.js";
import { loadSeeds } from "./support/shared.js";

/** Day number (days since 1970-01-01, the unit of `DayRange`) of a calendar date. */
function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The year of a day number. */
function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/**
 * `Nauryz` (also `Navruz`, `Nowruz`), the spring holiday of March 22 in
 * Kazakhstan: `Nauryz 2025` is a day; `Nauryz` alone is the one before the
 * reference date (or after it, or the nearer, by the bias).
 */
const nauryzRule: DateRule = {
  name: "nauryz",
  anchors: ["nauryz", "navruz", "nowruz"],
  match(view, i): DateMatch | undefined {
    // A holiday is a proper name: "nauryz" in lower case is something else.
    if (!view.capitalized(i)) return undefined;
    const year = view.length(i + 1) === 4 && !view.lineBefore(i + 1) ? view.int(i + 1) : -1;
    if (year >= 1000) {
      const day = dayOf(year, 3, 22);
      return { first: i, next: i + 2, grain: "day", kind: "point", relative: false, resolve: () => ({ start: day, end: day }) };
    }
    return {
      first: i,
      next: i + 1,
      grain: "day",
      kind: "point",
      relative: true,
      resolve(env: ResolveEnv): DayRange | null {
        if (env.reference === null) return null;
        const ref = env.reference;
        const y = yearOf(ref);
        const before = dayOf(ref >= dayOf(y, 3, 22) ? y : y - 1, 3, 22);
        const after = dayOf(ref <= dayOf(y, 3, 22) ? y : y + 1, 3, 22);
        const day = env.bias === "past" ? before : env.bias === "future" ? after : ref - before <= after - ref ? before : after;
        return { start: day, end: day };
      },
    };
  },
};

/** The pood, the old Russian weight still quoted for grain and hay: about 16.38 kg. */
const pood: UnitDefinition = { id: "pood", dimension: "mass", names: ["pood", "poods"] };

/** The tiyn, a hundredth of a tenge. */
const tiyn: CurrencyName = { code: "KZT", names: ["tiyn", "tiyns"], factor: 0.01 };

const seeds = loadSeeds();

describe("a date detector with an added rule", () => {
  const detector = createDateDetector({ rules: [...DEFAULT_DATE_RULES, nauryzRule] });

  it("finds the new phrase, with or without a year", () => {
    const text = "Celebrations for Nauryz 2025 drew crowds. This year Nauryz was celebrated on March 22.";
    expect(detector.detect(text, { referenceDate: "2025-12-12" }).map((m) => [m.text, m.start, m.end, m.grain, m.relative])).toEqual([
      ["Nauryz 2025", "2025-03-22", "2025-03-22", "day", false],
      ["This year", "2025-01-01", "2025-12-31", "year", true],
      ["Nauryz", "2025-03-22", "2025-03-22", "day", true],
      ["March 22", "2025-03-22", "2025-03-22", "day", true],
    ]);
  });

  it("places a Nauryz without a year by the bias", () => {
    const at = (bias: "past" | "future" | "nearest"): string | null | undefined =>
      detector.detect("They will meet after Nauryz.", { referenceDate: "2025-02-01", bias })[0]?.start;
    expect(at("past")).toBe("2024-03-22");
    expect(at("future")).toBe("2025-03-22");
    expect(at("nearest")).toBe("2025-03-22");
    expect(detector.detect("after Nauryz")[0]).toMatchObject({ text: "Nauryz", start: null, end: null, relative: true });
  });

  it("is the only difference: the default detector does not see it", () => {
    const text = "Celebrations for Nauryz 2025 drew crowds.";
    expect(detectDates(text).map((m) => m.text)).toEqual(["2025"]);
  });

  for (const seed of seeds) {
    it(`finds exactly the default mentions on seed page ${seed.id}`, () => {
      const referenceDate = segmentArticles(seed.text).date?.value ?? "2025-12-12";
      const defaults = detectDates(seed.text, { referenceDate });
      expect(defaults.length).toBeGreaterThan(0);
      expect(detector.detect(seed.text, { referenceDate })).toEqual(defaults);
    });
  }
});

describe("a figure extractor with an added unit and currency name", () => {
  const extractor = createFigureExtractor({ units: [...DEFAULT_UNITS, pood], currencies: [...DEFAULT_CURRENCY_NAMES, tiyn] });
  const text = "Bread rose by 35 tiyn a loaf, and farmers sold about 300 poods of wheat.";

  it("reads the new unit and the new currency name", () => {
    expect(extractor.extract(text)).toEqual([
      { text: "35 tiyn a loaf", span: { start: 14, end: 28 }, kind: "money", value: 0.35, currency: "KZT", per: "loaf" },
      { text: "about 300 poods", span: { start: 47, end: 62 }, kind: "quantity", value: 300, unit: "pood", approx: "about" },
    ]);
  });

  it("is the only difference: the default extractor reads them as a bare number and a count", () => {
    expect(extractFigures(text).map((f) => [f.text, f.kind])).toEqual([
      ["35", "number"],
      ["about 300 poods", "count"],
    ]);
  });

  for (const seed of seeds) {
    it(`finds exactly the default figures on seed page ${seed.id}`, () => {
      const defaults = extractFigures(seed.text);
      expect(defaults.length).toBeGreaterThan(0);
      expect(extractor.extract(seed.text)).toEqual(defaults);
    });
  }
});
