import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/figures/extract-figures.js";
import type { Figure } from "../src/figures/types.js";
import { f1, loadGold, loadSeeds } from "./support/shared.js";
import { figureKey as key, type GoldFigure } from "./support/score.js";

/** A figure as the gold files write it: the span flattened into start/end. */

/** The fields that must agree for a match (per the issue: span, kind, value, min/max, currency, unit). */
function goldKey(g: GoldFigure): string {
  const eq = g.equivalent === undefined ? "" : `=${JSON.stringify([g.equivalent.start, g.equivalent.end, g.equivalent.value, g.equivalent.currency ?? null])}`;
  return key(g) + eq;
}

function ourKey(f: Figure): string {
  const flat = { ...f, start: f.span.start, end: f.span.end };
  const g = f.equivalent;
  // The equivalent is compared only where the gold has one; a figure without one compares plain.
  const eq = g === undefined ? "" : `=${JSON.stringify([g.span.start, g.span.end, g.value, g.currency ?? null])}`;
  return key(flat) + eq;
}

/** Scores predicted figures against gold, by exact key. */
export function scoreFigures(predicted: readonly Figure[], gold: readonly GoldFigure[]): { tp: number; missed: GoldFigure[]; spurious: Figure[] } {
  const want = new Map<string, GoldFigure[]>();
  for (const g of gold) {
    const k = goldKey(g);
    want.set(k, [...(want.get(k) ?? []), g]);
  }
  let tp = 0;
  const spurious: Figure[] = [];
  for (const f of predicted) {
    const k = ourKey(f);
    // Where the gold has no equivalent, ours is not held against us.
    const alt = f.equivalent === undefined ? k : key({ ...f, start: f.span.start, end: f.span.end });
    const list = want.get(k) ?? want.get(alt);
    if (list !== undefined && list.length > 0) {
      list.pop();
      tp++;
    } else spurious.push(f);
  }
  const missed = [...want.values()].flat();
  return { tp, missed, spurious };
}

const seeds = loadSeeds();

describe("figures against the seed gold", () => {
  it("finds the gold figures with exact span, kind, value, range, currency and unit (F1 ≥ 0.93)", () => {
    let tp = 0;
    let predicted = 0;
    let expected = 0;
    const lines: string[] = [];
    for (const seed of seeds) {
      const gold = loadGold<GoldFigure[]>(seed.id, "figures");
      const ours = extractFigures(seed.text);
      const s = scoreFigures(ours, gold);
      tp += s.tp;
      predicted += ours.length;
      expected += gold.length;
      const m = f1(s.tp, ours.length, gold.length);
      lines.push(`${seed.id}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (${s.tp}/${ours.length} predicted, ${gold.length} gold)`);
      if (process.env.DEBUG_FIGURES !== undefined) {
        for (const g of s.missed) lines.push(`   missed   ${JSON.stringify(g.text)} ${goldKey(g)}${g.note === undefined ? "" : `  # ${g.note}`}`);
        for (const f of s.spurious) lines.push(`   spurious ${JSON.stringify(f.text)} ${ourKey(f)}`);
      }
    }
    const all = f1(tp, predicted, expected);
    lines.push(`overall  P ${all.precision.toFixed(3)}  R ${all.recall.toFixed(3)}  F1 ${all.f1.toFixed(3)}  (${tp}/${predicted} predicted, ${expected} gold)`);
    console.log(`newsfacts figures vs gold\n${lines.join("\n")}`);
    expect(all.f1).toBeGreaterThanOrEqual(0.93);
  });
});
