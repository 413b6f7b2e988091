import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/figures/extract-figures.js";
import type { Figure } from "../src/figures/types.js";
import { loadConformance } from "./support/shared.js";

/** One Recognizers-Text spec case, as converted in ../shared/conformance. */
interface RecognizersCase {
  id: string;
  input: string;
  expected: { text: string; start: number; end: number; type: string; value: string | null; unit: string | null; isoCurrency?: string }[];
}

const SUITES = ["currency", "dimension", "number", "percent"] as const;

/**
 * The ISO code a Recognizers currency unit stands for when the case gives
 * none. Units with no current code (francs, markka, guilders, pesetas, sen,
 * rupees without a country) only have to be money.
 */
const UNIT_CODES: Readonly<Record<string, string>> = {
  Dollar: "USD",
  Cent: "USD",
  Pound: "GBP",
  Pence: "GBP",
  Penny: "GBP",
  Euro: "EUR",
};

/** Minor units: Recognizers reports `50 cents` as 50, we as 0.5 USD. */
const MINOR = new Set(["Cent", "Pence", "Penny"]);

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Our figures and their bracketed equivalents, flattened. */
function flatten(figures: readonly Figure[]): Figure[] {
  return figures.flatMap((f) => (f.equivalent === undefined ? [f] : [f, f.equivalent]));
}

/** Whether one of our figures overlaps the expected result and has its value (and currency). */
function satisfied(ours: readonly Figure[], e: RecognizersCase["expected"][number], suite: string): boolean {
  const want = e.value === null ? null : Number(e.value.replace(/%$/, ""));
  return ours.some((f) => {
    if (f.span.start >= e.end || f.span.end <= e.start) return false;
    if (want === null) {
      if (f.value !== null) return false;
    } else {
      if (f.value === null) return false;
      const v = suite === "currency" && e.unit !== null && MINOR.has(e.unit) ? f.value * 100 : f.value;
      if (!close(v, want)) return false;
    }
    if (suite === "currency") {
      if (f.kind !== "money") return false;
      const code = e.isoCurrency ?? (e.unit === null ? undefined : UNIT_CODES[e.unit]);
      if (code !== undefined && f.currency !== code) return false;
    }
    return true;
  });
}

describe("Recognizers-Text English spec cases", () => {
  it("passes at least 85% of the number, percent, currency and dimension cases", () => {
    let pass = 0;
    let total = 0;
    const lines: string[] = [];
    const failures: string[] = [];
    for (const suite of SUITES) {
      const cases = loadConformance<RecognizersCase>(`recognizers-en-${suite}.jsonl`);
      let p = 0;
      for (const c of cases) {
        const ours = flatten(extractFigures(c.input));
        const ok = c.expected.every((e) => satisfied(ours, e, suite));
        if (ok) p++;
        else {
          failures.push(
            `${c.id}  ${JSON.stringify(c.input.length > 120 ? `${c.input.slice(0, 117)}...` : c.input)}\n    want ${c.expected
              .map((e) => `${JSON.stringify(e.text)}=${e.value}${e.isoCurrency === undefined ? "" : ` ${e.isoCurrency}`}`)
              .join(", ")}\n    got  ${ours.map((f) => `${JSON.stringify(f.text)}=${f.value}${f.currency === undefined ? "" : ` ${f.currency}`}`).join(", ")}`,
          );
        }
      }
      pass += p;
      total += cases.length;
      lines.push(`${suite.padEnd(10)} ${p}/${cases.length}  ${(p / cases.length).toFixed(3)}`);
    }
    lines.push(`${"overall".padEnd(10)} ${pass}/${total}  ${(pass / total).toFixed(3)}`);
    console.log(`newsfacts figures vs Recognizers-Text spec cases\n${lines.join("\n")}`);
    if (process.env.DEBUG_FIGURES !== undefined) console.log(failures.join("\n"));
    expect(pass / total).toBeGreaterThanOrEqual(0.85);
  });
});
