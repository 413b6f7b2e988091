import * as Recognizers from "@microsoft/recognizers-text-suite";
import { describe, expect, it } from "vitest";
import type { Figure } from "../src/figures/types.js";
import { f1, loadGold, loadSeeds } from "./support/shared.js";
import { figureKey as key, type GoldFigure } from "./support/score.js";

/**
 * Microsoft Recognizers-Text, scored on the same figures gold with the same
 * scorer as ours (test/gold-figures.test.ts), so the comparison in the README
 * can be reproduced. It is fed line by line: on whole pages its currency and
 * dimension models take minutes. Speed is measured in the benchmark, not here.
 */

const seeds = loadSeeds();

/** Recognizers-Text's unit names → our canonical unit ids. */
const RT_UNITS: Readonly<Record<string, string>> = {
  Ton: "tonne", "Metric ton": "tonne", Gram: "gram", Kilogram: "kilogram", Hectare: "hectare", Foot: "foot", Kilometer: "kilometer",
  Meter: "meter", Mile: "mile", Inch: "inch", Acre: "acre", Barrel: "barrel", Gallon: "gallon", Pound: "pound", Ounce: "ounce",
};
const RT_CURRENCIES: Readonly<Record<string, string>> = { Dollar: "USD", Pound: "GBP", Euro: "EUR" };

interface RtResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution?: { value?: string; unit?: string; isoCurrency?: string } | null;
}

/** Recognizers-Text's results on one page as our figures (line by line: whole pages take minutes). */
function recognizersFigures(text: string): Figure[] {
  const out: Figure[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const found: { r: RtResult; kind: Figure["kind"]; rank: number }[] = [];
    const add = (rs: RtResult[], kind: Figure["kind"], rank: number) => {
      for (const r of rs) found.push({ r, kind, rank });
    };
    add(Recognizers.recognizeCurrency(line, Recognizers.Culture.English) as RtResult[], "money", 0);
    add(Recognizers.recognizePercentage(line, Recognizers.Culture.English) as RtResult[], "percent", 1);
    add(Recognizers.recognizeDimension(line, Recognizers.Culture.English) as RtResult[], "quantity", 2);
    add(Recognizers.recognizeNumber(line, Recognizers.Culture.English) as RtResult[], "number", 3);
    found.sort((a, b) => a.r.start - b.r.start || a.rank - b.rank);
    let lastEnd = -1;
    for (const { r, kind } of found) {
      if (r.start <= lastEnd) continue;
      const raw = r.resolution?.value;
      const value = raw === undefined || raw === null ? null : Number(String(raw).replace(/%$/, ""));
      const f: Figure = {
        text: line.slice(r.start, r.end + 1),
        span: { start: offset + r.start, end: offset + r.end + 1 },
        kind,
        value: value === null || Number.isNaN(value) ? null : value,
      };
      const unit = r.resolution?.unit;
      if (kind === "money") {
        const code = r.resolution?.isoCurrency ?? (unit === undefined ? undefined : RT_CURRENCIES[unit]);
        if (code !== undefined) f.currency = code;
      }
      if (kind === "quantity" && unit !== undefined) f.unit = RT_UNITS[unit] ?? unit.toLowerCase();
      out.push(f);
      lastEnd = r.end;
    }
    offset += line.length + 1;
  }
  return out;
}


describe("Recognizers-Text on the figures gold", () => {
  it("scores far below newsfacts on the same gold and scorer", { timeout: 600_000 }, () => {
    Recognizers.recognizeNumber("warm up 5", Recognizers.Culture.English);
    let tp = 0;
    let predicted = 0;
    let expected = 0;
    const lines: string[] = [];
    for (const seed of seeds) {
      const gold = loadGold<GoldFigure[]>(seed.id, "figures");
      const theirs = recognizersFigures(seed.text);
      const want = new Map<string, number>();
      for (const g of gold) want.set(key(g), (want.get(key(g)) ?? 0) + 1);
      let pageTp = 0;
      for (const f of theirs) {
        const k = key({ ...f, start: f.span.start, end: f.span.end });
        const n = want.get(k) ?? 0;
        if (n > 0) {
          want.set(k, n - 1);
          pageTp++;
        }
      }
      const m = f1(pageTp, theirs.length, gold.length);
      lines.push(`${seed.id}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`);
      tp += pageTp;
      predicted += theirs.length;
      expected += gold.length;
    }
    const all = f1(tp, predicted, expected);
    lines.push(`overall  P ${all.precision.toFixed(3)}  R ${all.recall.toFixed(3)}  F1 ${all.f1.toFixed(3)}  (${tp}/${predicted} predicted, ${expected} gold)`);
    console.log(`Recognizers-Text vs the figures gold\n${lines.join("\n")}`);
    expect(all.f1).toBeLessThan(0.93);
  });
});
