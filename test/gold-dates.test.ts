import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { detectDates } from "../src/dates/index.js";
import type { DateMention } from "../src/dates/index.js";
import { f1, loadGold, loadSeeds } from "./support/shared.js";

/** One gold mention as the gold files store it. */
interface GoldDate {
  text: string;
  start: number;
  end: number;
  startDate: string;
  endDate: string;
  grain: string;
  kind: string;
  relative: boolean;
  note?: string;
}

/** What the scorer compares: span and value. */
interface Scored {
  start: number;
  end: number;
  startDate: string | null;
  endDate: string | null;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * The page date: the first `DD Month YYYY` line after the ticker, as the
 * gold's relative mentions assume (gold/CONVENTIONS.md, `pageDate`).
 */
function pageDate(text: string): string {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})[ \t]*$/m.exec(text);
  if (m === null) throw new Error("page without a date line");
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** True positives: same span and same start/end dates. */
function score(predicted: readonly Scored[], gold: readonly Scored[]): { tp: number; misses: Scored[]; extras: Scored[] } {
  const key = (s: Scored): string => `${s.start}:${s.end}:${s.startDate}:${s.endDate}`;
  const goldKeys = new Map(gold.map((g) => [key(g), g]));
  const predKeys = new Set(predicted.map(key));
  let tp = 0;
  for (const k of predKeys) if (goldKeys.has(k)) tp++;
  return {
    tp,
    misses: gold.filter((g) => !predKeys.has(key(g))),
    extras: predicted.filter((p) => !goldKeys.has(key(p))),
  };
}

function fromMention(m: DateMention): Scored {
  return { start: m.span.start, end: m.span.end, startDate: m.start, endDate: m.end };
}

/** chrono's results in the same shape: its start and end (or start) as calendar days. */
function fromChrono(text: string, ref: string): Scored[] {
  const [y, mo, d] = ref.split("-").map(Number) as [number, number, number];
  const refDate = new Date(y, mo - 1, d, 12);
  const iso = (c: chrono.ParsedComponents): string =>
    `${String(c.get("year")).padStart(4, "0")}-${String(c.get("month")).padStart(2, "0")}-${String(c.get("day")).padStart(2, "0")}`;
  return chrono.casual.parse(text, refDate).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    startDate: iso(r.start),
    endDate: iso(r.end ?? r.start),
  }));
}

const seeds = loadSeeds();

describe("date detection against the seed gold (exact span and exact start/end)", () => {
  it("scores an overall F1 of at least 0.95, and prints chrono-node's score on the same scorer", () => {
    let tp = 0;
    let predicted = 0;
    let expected = 0;
    let chronoTp = 0;
    let chronoPredicted = 0;
    const lines: string[] = [];
    for (const seed of seeds) {
      const gold = loadGold<GoldDate[]>(seed.id, "dates").map((g) => ({ start: g.start, end: g.end, startDate: g.startDate, endDate: g.endDate }));
      const ref = pageDate(seed.text);
      const mine = detectDates(seed.text, { referenceDate: ref }).map(fromMention);
      const s = score(mine, gold);
      const c = score(fromChrono(seed.text, ref), gold);
      tp += s.tp;
      predicted += mine.length;
      expected += gold.length;
      chronoTp += c.tp;
      chronoPredicted += c.tp + c.extras.length;
      const r = f1(s.tp, mine.length, gold.length);
      lines.push(`${seed.id} (ref ${ref}): P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
      for (const m of s.misses) lines.push(`   missed  ${JSON.stringify(seed.text.slice(m.start, m.end))} ${m.startDate}..${m.endDate}`);
      for (const m of s.extras) lines.push(`   extra   ${JSON.stringify(seed.text.slice(m.start, m.end))} ${m.startDate}..${m.endDate}`);
    }
    const overall = f1(tp, predicted, expected);
    const chronoScore = f1(chronoTp, chronoPredicted, expected);
    lines.push(`newsfacts overall: P ${overall.precision.toFixed(3)} R ${overall.recall.toFixed(3)} F1 ${overall.f1.toFixed(3)} (${tp}/${expected} gold, ${predicted} predicted)`);
    lines.push(`chrono-node casual: P ${chronoScore.precision.toFixed(3)} R ${chronoScore.recall.toFixed(3)} F1 ${chronoScore.f1.toFixed(3)}`);
    console.log(lines.join("\n"));
    expect(overall.f1).toBeGreaterThanOrEqual(0.95);
  });

  it("gives the same mentions under any machine time zone", () => {
    // Dates are calendar days; nothing may read the local zone.
    const before = process.env.TZ;
    const results: string[] = [];
    for (const tz of ["Asia/Almaty", "America/Los_Angeles", "UTC"]) {
      process.env.TZ = tz;
      results.push(JSON.stringify(seeds.map((s) => detectDates(s.text, { referenceDate: new Date(Date.UTC(2025, 11, 12)) }))));
    }
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
  });
});
