/**
 * The held-out evaluation shared by test/holdout.test.ts and
 * test/holdout2.test.ts: hand-written pages with hand-made answers, scored
 * with the same rules as the seed gold tests:
 * - headlines / subheadings: exact line text, multiset match;
 * - dates: exact span + exact start/end;
 * - figures: exact span + kind + value (+ min/max/currency/unit, + equivalent span/value/currency where given);
 * - ticker: exact list of quotes and total occurrences.
 * The printed scores are the real measure; the asserted floors only guard regressions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectDates, extractFigures, parseTicker, segmentArticles } from "../../src/index.js";
import { figureKey as figKey, type GoldFigure } from "./score.js";


interface GoldArticle {
  headline: string;
  subheadings: string[];
  truncated: boolean;
  paragraphs: number;
  listItems: number;
  credits: string[];
  firstWords: string;
  lastWords: string;
}
interface GoldSegment {
  pageDate: string | null;
  referenceDate: string;
  pagination: { from: number; to: number; total: number } | null;
  ticker: { pair: string; rate: number; change: string; rateText: string }[];
  tickerLines: number;
  articles: GoldArticle[];
}
interface GoldDate {
  text: string;
  start: number;
  end: number;
  startDate: string;
  endDate: string;
  note?: string;
}

interface Counts {
  tp: number;
  predicted: number;
  expected: number;
}
const zero = (): Counts => ({ tp: 0, predicted: 0, expected: 0 });
function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted === 0 ? (c.expected === 0 ? 1 : 0) : c.tp / c.predicted;
  const r = c.expected === 0 ? 1 : c.tp / c.expected;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
const fmt = (label: string, c: Counts): string => {
  const s = prf(c);
  return `${label.padEnd(12)} P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f.toFixed(3)}  (${c.tp} tp / ${c.predicted} predicted / ${c.expected} gold)`;
};
const add = (a: Counts, b: Counts): void => {
  a.tp += b.tp;
  a.predicted += b.predicted;
  a.expected += b.expected;
};

/** Multiset match of strings. */
function matchStrings(predicted: string[], expected: string[]): { c: Counts; missed: string[]; extra: string[] } {
  const pool = [...expected];
  const extra: string[] = [];
  let tp = 0;
  for (const p of predicted) {
    const i = pool.indexOf(p);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    } else extra.push(p);
  }
  return { c: { tp, predicted: predicted.length, expected: expected.length }, missed: pool, extra };
}

/** Floors the overall F1 must meet (guards against regressions, not targets). */
export interface HoldoutFloors {
  headline: number;
  dates: number;
  figures: number;
}

/**
 * Scores every page in `dir` (each `<page>.txt` with its `.segment.json`,
 * `.dates.json` and `.figures.json`) and prints the scores.
 */
export function describeHoldout(title: string, label: string, dir: string, floors: HoldoutFloors): void {
  const DIR = dir;
  const pages = readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, "");
      const load = <T>(kind: string): T => JSON.parse(readFileSync(join(DIR, `${id}.${kind}.json`), "utf8")) as T;
      return {
        id,
        text: readFileSync(join(DIR, f), "utf8"),
        segment: load<GoldSegment>("segment"),
        dates: load<GoldDate[]>("dates"),
        figures: load<GoldFigure[]>("figures"),
      };
    });

  const totals = { headline: zero(), subheading: zero(), dates: zero(), figures: zero(), ticker: zero() };
  const info = { header: zero(), truncated: zero(), bodyShape: zero() };
  const report: string[] = [];

  describe(title, () => {
    for (const page of pages) {
      describe(page.id, () => {
        it("segmentation: headlines, subheadings, header, body shape", () => {
          const seg = segmentArticles(page.text);
          const g = page.segment;
          const heads = matchStrings(
            seg.articles.map((a) => a.headline.text),
            g.articles.map((a) => a.headline),
          );
          const subs = matchStrings(
            seg.articles.flatMap((a) => a.blocks.filter((b) => b.type === "subheading").map((b) => b.text)),
            g.articles.flatMap((a) => a.subheadings),
          );
          add(totals.headline, heads.c);
          add(totals.subheading, subs.c);
          report.push(`== ${page.id} (ref ${g.referenceDate})`);
          report.push(`  ${fmt("headline", heads.c)}`);
          for (const m of heads.missed) report.push(`     missed headline   ${JSON.stringify(m)}`);
          for (const m of heads.extra) report.push(`     extra headline    ${JSON.stringify(m)}`);
          report.push(`  ${fmt("subheading", subs.c)}`);
          for (const m of subs.missed) report.push(`     missed subheading ${JSON.stringify(m)}`);
          for (const m of subs.extra) report.push(`     extra subheading  ${JSON.stringify(m)}`);

          // Header (informational): page date and pagination.
          const dateOk = (seg.date?.value ?? null) === g.pageDate;
          const pag = seg.pagination === null ? null : { from: seg.pagination.from, to: seg.pagination.to, total: seg.pagination.total };
          const pagOk = JSON.stringify(pag) === JSON.stringify(g.pagination);
          add(info.header, { tp: (dateOk ? 1 : 0) + (pagOk ? 1 : 0), predicted: 2, expected: 2 });
          if (!dateOk) report.push(`     page date: got ${JSON.stringify(seg.date?.value ?? null)}, gold ${JSON.stringify(g.pageDate)}`);
          if (!pagOk) report.push(`     pagination: got ${JSON.stringify(pag)}, gold ${JSON.stringify(g.pagination)}`);
          if (seg.preamble.length > 0) report.push(`     preamble not empty: ${JSON.stringify(seg.preamble.map((b) => b.text.slice(0, 60)))}`);

          // Body shape and truncation (informational), per gold article found by headline.
          for (const ga of g.articles) {
            const a = seg.articles.find((x) => x.headline.text === ga.headline);
            if (a === undefined) continue;
            const body = a.blocks.filter((b) => b.type !== "subheading" && b.type !== "credit");
            const lists = a.blocks.filter((b) => b.type === "list-item").length;
            const credits = a.blocks.filter((b) => b.type === "credit").map((b) => b.text);
            const shapeOk = body.length === ga.paragraphs && lists === ga.listItems && JSON.stringify(credits) === JSON.stringify(ga.credits);
            add(info.bodyShape, { tp: shapeOk ? 1 : 0, predicted: 1, expected: 1 });
            if (!shapeOk)
              report.push(
                `     body shape of ${JSON.stringify(ga.headline.slice(0, 50))}: got ${body.length} body/${lists} list/${JSON.stringify(credits)} credits, gold ${ga.paragraphs}/${ga.listItems}/${JSON.stringify(ga.credits)}`,
              );
            const truncOk = a.truncated === ga.truncated;
            add(info.truncated, { tp: truncOk ? 1 : 0, predicted: 1, expected: 1 });
            if (!truncOk) report.push(`     truncated of ${JSON.stringify(ga.headline.slice(0, 50))}: got ${a.truncated}, gold ${ga.truncated}`);
          }
          // Nothing is lost: every non-whitespace character is covered.
          const covered = new Uint8Array(page.text.length);
          const mark = (s: { start: number; end: number } | null | undefined): void => {
            if (s) for (let i = s.start; i < s.end; i++) covered[i] = 1;
          };
          mark(seg.ticker);
          mark(seg.date?.span);
          mark(seg.pagination?.span);
          for (const b of seg.preamble) mark(b.span);
          for (const a of seg.articles) {
            mark(a.headline.span);
            for (const b of a.blocks) mark(b.span);
          }
          let lost = 0;
          for (let i = 0; i < page.text.length; i++) if (covered[i] === 0 && /[^\s\u00a0]/u.test(page.text[i]!)) lost++;
          if (lost > 0) report.push(`     ${lost} non-whitespace characters lost (not in any span)`);
        });

        it("ticker: exact quotes and occurrence count", () => {
          const quotes = parseTicker(page.text);
          const got = quotes.map((q) => ({ pair: q.pair, rate: q.rate, change: q.changeText, rateText: q.rateText }));
          const lines = quotes.reduce((n, q) => n + q.occurrences, 0);
          const ok = JSON.stringify(got) === JSON.stringify(page.segment.ticker) && lines === page.segment.tickerLines;
          add(totals.ticker, { tp: ok ? 1 : 0, predicted: 1, expected: 1 });
          report.push(`  ticker       ${ok ? "exact" : "WRONG"}`);
          if (!ok) report.push(`     got ${JSON.stringify(got)} (${lines} lines), gold ${JSON.stringify(page.segment.ticker)} (${page.segment.tickerLines} lines)`);
        });

        it("dates: exact span and start/end", () => {
          const mine = detectDates(page.text, { referenceDate: page.segment.referenceDate });
          const key = (s: number, e: number, a: string | null, b: string | null): string => `${s}:${e}:${a}:${b}`;
          const gold = new Map(page.dates.map((g) => [key(g.start, g.end, g.startDate, g.endDate), g]));
          const pred = new Set(mine.map((m) => key(m.span.start, m.span.end, m.start, m.end)));
          let tp = 0;
          for (const k of pred) if (gold.has(k)) tp++;
          const c = { tp, predicted: mine.length, expected: page.dates.length };
          add(totals.dates, c);
          report.push(`  ${fmt("dates", c)}`);
          for (const g of page.dates)
            if (!pred.has(key(g.start, g.end, g.startDate, g.endDate))) {
              const near = mine.filter((m) => m.span.start < g.end && m.span.end > g.start);
              const got = near.length === 0 ? "nothing" : near.map((m) => `${JSON.stringify(m.text)} ${m.start}..${m.end}`).join("; ");
              report.push(`     missed  ${JSON.stringify(g.text)} @${g.start} ${g.startDate}..${g.endDate}  (got: ${got})${g.note ? `  # ${g.note}` : ""}`);
            }
          for (const m of mine)
            if (!gold.has(key(m.span.start, m.span.end, m.start, m.end))) {
              const overlaps = page.dates.some((g) => m.span.start < g.end && m.span.end > g.start);
              if (!overlaps) report.push(`     extra   ${JSON.stringify(m.text)} @${m.span.start} ${m.start}..${m.end} ${m.grain}`);
            }
        });

        it("figures: exact span, kind, value, range, currency, unit", () => {
          const ours = extractFigures(page.text);
          const want = new Map<string, GoldFigure[]>();
          for (const g of page.figures) {
            const eq = g.equivalent === undefined ? "" : `=${JSON.stringify([g.equivalent.start, g.equivalent.end, g.equivalent.value, g.equivalent.currency ?? null])}`;
            const k = figKey(g) + eq;
            want.set(k, [...(want.get(k) ?? []), g]);
          }
          let tp = 0;
          const spurious: typeof ours = [];
          for (const f of ours) {
            const flat = { ...f, start: f.span.start, end: f.span.end };
            const e = f.equivalent;
            const k = figKey(flat) + (e === undefined ? "" : `=${JSON.stringify([e.span.start, e.span.end, e.value, e.currency ?? null])}`);
            const alt = e === undefined ? k : figKey(flat);
            const list = want.get(k) ?? want.get(alt);
            if (list !== undefined && list.length > 0) {
              list.pop();
              tp++;
            } else spurious.push(f);
          }
          const missed = [...want.values()].flat().sort((a, b) => a.start - b.start);
          const c = { tp, predicted: ours.length, expected: page.figures.length };
          add(totals.figures, c);
          report.push(`  ${fmt("figures", c)}`);
          const show = (f: { kind: string; value: number | null; min?: number; max?: number; currency?: string; unit?: string }): string =>
            [f.kind, f.value, f.min !== undefined ? `min ${f.min}` : "", f.max !== undefined ? `max ${f.max}` : "", f.currency ?? "", f.unit ?? ""].filter((x) => x !== "").join(" ");
          for (const g of missed) {
            const near = spurious.filter((f) => f.span.start < g.end && f.span.end > g.start);
            const got = near.length === 0 ? "nothing" : near.map((f) => `${JSON.stringify(f.text)} ${show(f)}${f.equivalent ? ` eq ${JSON.stringify(f.equivalent.text)}` : ""}`).join("; ");
            report.push(`     missed   ${JSON.stringify(g.text)} @${g.start} ${show(g)}${g.equivalent ? ` eq ${JSON.stringify(g.equivalent.text)}` : ""}  (got: ${got})${g.note ? `  # ${g.note}` : ""}`);
          }
          for (const f of spurious) {
            const overlaps = missed.some((g) => f.span.start < g.end && f.span.end > g.start);
            if (!overlaps) report.push(`     spurious ${JSON.stringify(f.text)} @${f.span.start} ${show(f)}`);
          }
        });
      });
    }

    afterAll(() => {
      report.push(`== ${label} overall`);
      report.push(`  ${fmt("headline", totals.headline)}`);
      report.push(`  ${fmt("subheading", totals.subheading)}`);
      report.push(`  ${fmt("dates", totals.dates)}`);
      report.push(`  ${fmt("figures", totals.figures)}`);
      report.push(`  ticker exact on ${totals.ticker.tp}/${totals.ticker.expected} pages`);
      report.push(`  (info) header fields exact ${info.header.tp}/${info.header.expected}; truncated flag ${info.truncated.tp}/${info.truncated.expected}; body shape ${info.bodyShape.tp}/${info.bodyShape.expected} articles`);
      console.log(`newsfacts ${label} scores\n${report.join("\n")}`);
    });

    it(`meets modest floors (headline F1 ≥ ${floors.headline}, dates F1 ≥ ${floors.dates}, figures F1 ≥ ${floors.figures})`, () => {
      // Runs last in file order, after every page has been scored.
      expect(prf(totals.headline).f).toBeGreaterThanOrEqual(floors.headline);
      expect(prf(totals.dates).f).toBeGreaterThanOrEqual(floors.dates);
      expect(prf(totals.figures).f).toBeGreaterThanOrEqual(floors.figures);
    });
  });
}
