import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpaceCode } from "../src/core/lines.js";
import type { Span } from "../src/core/span.js";
import { type Segmentation, SegmentationSchema, segmentArticles } from "../src/segment/index.js";
import { loadSeeds } from "./support/shared.js";

/** Runs per property; `FC_RUNS=5000 npx vitest run …` for a longer hunt. */
const RUNS = Number(process.env.FC_RUNS ?? 500);

/** Every span of a segmentation with the text it claims, in reading order. */
function pieces(seg: Segmentation): { span: Span; text: string | undefined }[] {
  const out: { span: Span; text: string | undefined }[] = [];
  if (seg.ticker !== null) out.push({ span: seg.ticker, text: undefined });
  if (seg.date !== null) out.push({ span: seg.date.span, text: undefined });
  if (seg.pagination !== null) out.push({ span: seg.pagination.span, text: undefined });
  for (const b of seg.preamble) out.push({ span: b.span, text: b.text });
  for (const a of seg.articles) {
    out.push({ span: a.headline.span, text: a.headline.text });
    for (const b of a.blocks) out.push({ span: b.span, text: b.text });
  }
  return out;
}

/** Asserts every invariant of SPEC.md on one input; returns nothing, throws on a violation. */
function checkInvariants(text: string): void {
  const seg = segmentArticles(text);
  expect(SegmentationSchema.safeParse(seg).success).toBe(true);
  const all = pieces(seg);
  for (const { span, text: claimed } of all) {
    const inside = span.start >= 0 && span.end <= text.length && span.start < span.end;
    if (!inside) expect(span).toBe(`inside [0, ${text.length}]`);
    if (claimed !== undefined && text.slice(span.start, span.end) !== claimed) expect(text.slice(span.start, span.end)).toBe(claimed);
  }
  // The pieces are disjoint. The header may come after preamble lines (a
  // stray line above the ticker), so they are checked in text order.
  const byStart = [...all].sort((a, b) => a.span.start - b.span.start);
  const overlapping = byStart.filter((p, i) => i > 0 && p.span.start < byStart[i - 1]!.span.end);
  expect(overlapping).toEqual([]);
  // Articles and their blocks follow each other in the text as in the result.
  const body = seg.articles.flatMap((a) => [a.headline.span, ...a.blocks.map((b) => b.span)]);
  const unsorted = body.filter((s, i) => i > 0 && s.start < body[i - 1]!.end);
  expect(unsorted).toEqual([]);
  for (const a of seg.articles) {
    const last = a.blocks[a.blocks.length - 1];
    expect(a.span).toEqual({ start: a.headline.span.start, end: last === undefined ? a.headline.span.end : last.span.end });
  }
  // Lossless: each non-white-space code unit lies in exactly one piece, and
  // no piece starts or ends on white space.
  const covered = new Uint8Array(text.length);
  for (const { span } of all) for (let i = span.start; i < span.end; i++) covered[i]! += 1;
  let wrong = -1;
  for (let i = 0; i < text.length && wrong < 0; i++) {
    if (!isSpaceCode(text.charCodeAt(i)) && covered[i] !== 1) wrong = i;
  }
  expect(wrong, `a non-white-space code unit covered ${covered[wrong] ?? 0} times at offset ${wrong}`).toBe(-1);
  const padded = all.filter(({ span }) => isSpaceCode(text.charCodeAt(span.start)) || isSpaceCode(text.charCodeAt(span.end - 1)));
  expect(padded).toEqual([]);
  // Deterministic.
  expect(segmentArticles(text)).toEqual(seg);
}

/** Pieces that exercise the line machinery: terminators, NBSP, marks, surrogates, header and block shapes. */
const PIECE: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("\n", "\r", "\r\n", "\n\n", " ", "\u00a0", "\u00a0\n", "\t", "\u200f", "\u202e", "\u200b", "\0", "\ufeff"),
  fc.constantFrom("😀", "\ud83d", "\ude00", "•", "...", "…", "“", "”", "’", ":", "?", ".", "–", "—", "#", "@"),
  fc.constantFrom(
    "• KZT/USD = 0.00192 -0%",
    "  • TJS/USD = 0.10879 0.28%",
    "08 December 2025",
    "31 February 2025",
    "Viewing results 19 - 24 of 1312",
    "Image: TCA, Ilyas Otan",
    "@worldbank.org",
    "[caption id=\"a\"]x[/caption]",
    "  1. Planning – ",
    "Continue reading",
    "Opinion: ",
    "DUSHANBE (TCA) — ",
    "A Short Title Line",
    "However, the story goes on.",
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 30 }),
);

const RANDOM_PAGE: fc.Arbitrary<string> = fc.array(PIECE, { maxLength: 60 }).map((p) => p.join(""));

const SEEDS = loadSeeds();

/** A seed page cut into lines, then edited: lines deleted, duplicated, cut in two, spliced from another seed. */
const MUTATED_SEED: fc.Arbitrary<string> = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    other: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    crlf: fc.boolean(),
    edits: fc.array(
      fc.record({
        op: fc.constantFrom("delete", "duplicate", "cut", "splice", "blank-nbsp"),
        at: fc.nat(),
        len: fc.nat({ max: 12 }),
        pos: fc.nat(),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ seed, other, crlf, edits }) => {
    const lines = SEEDS[seed]!.text.split("\n");
    const donor = SEEDS[other]!.text.split("\n");
    for (const e of edits) {
      if (lines.length === 0) break;
      const at = e.at % lines.length;
      switch (e.op) {
        case "delete":
          lines.splice(at, Math.max(1, e.len));
          break;
        case "duplicate":
          lines.splice(at, 0, ...lines.slice(at, at + Math.max(1, e.len)));
          break;
        case "cut": {
          const line = lines[at]!;
          const p = line.length === 0 ? 0 : e.pos % line.length;
          lines.splice(at, 1, line.slice(0, p), line.slice(p));
          break;
        }
        case "splice": {
          const from = e.pos % donor.length;
          lines.splice(at, 0, ...donor.slice(from, from + Math.max(1, e.len)));
          break;
        }
        case "blank-nbsp":
          lines.splice(at, 0, "\u00a0");
          break;
      }
    }
    return lines.join(crlf ? "\r\n" : "\n");
  });

describe("segmentArticles properties", () => {
  it("keeps every span inside the text, slicing to its text, sorted, disjoint and lossless on random strings", () => {
    fc.assert(fc.property(RANDOM_PAGE, checkInvariants), { numRuns: RUNS });
  });

  it("keeps the same invariants on seed pages with lines deleted, duplicated, cut and spliced", () => {
    fc.assert(fc.property(MUTATED_SEED, checkInvariants), { numRuns: Math.max(20, Math.floor(RUNS / 5)) });
  });

  it("never throws on any string of code units, lone surrogates and NUL included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        segmentArticles(s);
      }),
      { numRuns: RUNS },
    );
  });

  it("reads CRLF pages exactly as LF pages, line for line", () => {
    fc.assert(
      fc.property(MUTATED_SEED, (text) => {
        const lf = text.replaceAll("\r\n", "\n");
        const crlf = lf.replaceAll("\n", "\r\n");
        const shape = (seg: Segmentation) => ({
          date: seg.date?.value,
          pagination: seg.pagination && [seg.pagination.from, seg.pagination.to, seg.pagination.total],
          preamble: seg.preamble.map((b) => [b.type, b.text]),
          articles: seg.articles.map((a) => [a.headline.text, a.truncated, a.blocks.map((b) => [b.type, b.text])]),
        });
        expect(shape(segmentArticles(crlf))).toEqual(shape(segmentArticles(lf)));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 10)) },
    );
  });
});

describe("segmentArticles cost", () => {
  /** Milliseconds for one run (after one warm-up run). */
  function time(text: string): number {
    segmentArticles(text);
    const t0 = performance.now();
    segmentArticles(text);
    return performance.now() - t0;
  }

  it("grows linearly on one huge line, on many short lines and on many sections", () => {
    const shapes = [
      (n: number) => `Title Line\n${"word ".repeat(n / 5)}`,
      (n: number) => "Short Title\nA sentence of text.\n".repeat(n / 32),
      (n: number) => `A Headline About Trade Deals Here\n${"Section Title\nHowever, the talks went on and on.\n".repeat(n / 48)}`,
    ];
    for (const shape of shapes) {
      const small = time(shape(100_000));
      const large = time(shape(800_000));
      // 8× the input; allow generous noise, but not the 64× of quadratic work.
      expect(large).toBeLessThan(Math.max(20, small) * 24);
    }
  });
});
