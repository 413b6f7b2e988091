import * as Recognizers from "@microsoft/recognizers-text-suite";
import { describe, expect, it } from "vitest";
import { tokenize } from "../src/core/tokens.js";
import { detectDatesInTokens } from "../src/dates/detect-dates.js";
import { extractFigures, extractFiguresFromTokens } from "../src/figures/extract-figures.js";
import type { Figure } from "../src/figures/types.js";
import { f1, loadGold, loadSeeds } from "./support/shared.js";

/**
 * Throughput of extractFigures on the seeds, and the Recognizers-Text
 * baseline on the same gold and the same text. Recognizers takes tens of
 * seconds on the five seeds, so its half runs only with NEWSFACTS_BASELINE=1:
 *
 *   NEWSFACTS_BASELINE=1 npx vitest run test/figures-baseline.test.ts
 */

const seeds = loadSeeds();
const baseline = process.env.NEWSFACTS_BASELINE !== undefined;

/** MB/s of `fn` over every seed, page by page, after a warm-up, in CPU time (the machine is shared). */
function throughput(fn: (text: string) => unknown, rounds: number): { cpu: number; wall: number } {
  for (let w = 0; w < 5; w++) for (const s of seeds) fn(s.text);
  let bytes = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of seeds) {
      fn(s.text);
      bytes += s.text.length;
    }
  }
  const c = process.cpuUsage(c0);
  const wall = (performance.now() - w0) / 1000;
  const mb = bytes / 1e6;
  return { cpu: mb / ((c.user + c.system) / 1e6), wall: mb / wall };
}

describe("figure extraction throughput", () => {
  it("reports MB/s on the seed pages", () => {
    const all = throughput((text) => extractFigures(text), 20);
    const prepared = seeds.map((s) => {
      const tokens = tokenize(s.text);
      return { text: s.text, tokens, dates: detectDatesInTokens(tokens, { referenceDate: null, bias: "past" }) };
    });
    const byText = new Map(prepared.map((p) => [p.text, p]));
    const own = throughput((text) => {
      const p = byText.get(text)!;
      return extractFiguresFromTokens(p.tokens, p.dates);
    }, 50);
    const tok = throughput((text) => tokenize(text), 50);
    // The ceiling of any scan: one sticky regex that only finds digit runs.
    const digits = /\d[\d,.]*/g;
    const ceiling = throughput((text) => {
      let n = 0;
      digits.lastIndex = 0;
      while (digits.exec(text) !== null) n++;
      return n;
    }, 50);
    console.log(
      [
        "throughput on the seeds (MB/s, CPU time / wall time; under vitest's module runner, a bundled build runs about twice as fast)",
        `extractFigures (tokenize + dates + figures)  ${all.cpu.toFixed(1)} / ${all.wall.toFixed(1)}`,
        `extractFiguresFromTokens (figures only)      ${own.cpu.toFixed(1)} / ${own.wall.toFixed(1)}`,
        `tokenize                                     ${tok.cpu.toFixed(1)} / ${tok.wall.toFixed(1)}`,
        `single-regex ceiling /\\d[\\d,.]*/g            ${ceiling.cpu.toFixed(1)} / ${ceiling.wall.toFixed(1)}`,
      ].join("\n"),
    );
    expect(own.cpu).toBeGreaterThan(1);
  });
});

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

interface GoldFigure {
  start: number;
  end: number;
  kind: string;
  value: number | null;
  min?: number;
  max?: number;
  currency?: string;
  unit?: string;
}

function key(f: GoldFigure): string {
  return JSON.stringify([f.start, f.end, f.kind, f.value, f.min ?? null, f.max ?? null, f.currency ?? null, f.unit ?? null]);
}

describe.skipIf(!baseline)("Recognizers-Text baseline", () => {
  it("scores Recognizers-Text on the same gold and measures its throughput", { timeout: 600_000 }, () => {
    Recognizers.recognizeNumber("warm up 5", Recognizers.Culture.English);
    let tp = 0;
    let predicted = 0;
    let expected = 0;
    let bytes = 0;
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const lines: string[] = [];
    for (const seed of seeds) {
      const gold = loadGold<GoldFigure[]>(seed.id, "figures");
      const theirs = recognizersFigures(seed.text);
      bytes += seed.text.length;
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
    const c = process.cpuUsage(c0);
    const wall = (performance.now() - w0) / 1000;
    const all = f1(tp, predicted, expected);
    lines.push(`overall  P ${all.precision.toFixed(3)}  R ${all.recall.toFixed(3)}  F1 ${all.f1.toFixed(3)}  (${tp}/${predicted} predicted, ${expected} gold)`);
    lines.push(`throughput (4 models, line by line) ${(bytes / 1e6 / ((c.user + c.system) / 1e6)).toFixed(4)} MB/s CPU, ${(bytes / 1e6 / wall).toFixed(4)} MB/s wall`);
    console.log(`Recognizers-Text vs the figures gold\n${lines.join("\n")}`);
    expect(all.f1).toBeLessThan(0.93);
  });
});
