/**
 * Properties every public function keeps on any string: it never throws,
 * every span lies inside the input and slices to its text, results are
 * sorted and do not overlap, and the same input gives the same output.
 * (The lossless invariant of segmentation has its own suite.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import type { Span } from "../src/index.js";
import { RUNS, hostileText, mutatedPage } from "./support/arbitraries.js";

interface Spanned {
  text?: string;
  span: Span;
}

/** Checks spans: inside the text, slicing to the reported text, sorted, not overlapping. */
function checkSpans(text: string, items: readonly Spanned[], label: string): void {
  let lastEnd = -1;
  for (const item of items) {
    const { start, end } = item.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      throw new Error(`${label}: span ${start}..${end} outside the text (length ${text.length})`);
    }
    if (item.text !== undefined && text.slice(start, end) !== item.text) {
      throw new Error(`${label}: span ${start}..${end} slices to ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(item.text)}`);
    }
    if (start < lastEnd) throw new Error(`${label}: results unsorted or overlapping at ${start}`);
    lastEnd = end;
  }
}

type Fn = { name: string; run: (text: string) => unknown; spans: (text: string, out: unknown) => void };

const fns: Fn[] = [
  {
    name: "parseTicker",
    run: (t) => lib.parseTicker(t),
    spans: (t, out) => checkSpans(t, (out as lib.TickerQuote[]).map((q) => ({ span: q.span })).sort((a, b) => a.span.start - b.span.start), "quotes"),
  },
  {
    name: "parsePage",
    run: (t) => lib.parsePage(t, { referenceDate: "2025-12-12" }),
    spans: (t, out) => {
      const page = out as lib.Page;
      checkSpans(t, page.preamble, "preamble");
      const articleSpans = page.articles.map((a) => ({ span: a.span }));
      checkSpans(t, articleSpans, "articles");
      for (const a of page.articles) {
        checkSpans(t, [a.headline, ...a.blocks], "article pieces");
        checkSpans(t, a.dates, "article dates");
        checkSpans(t, a.figures, "article figures");
        for (const f of [...a.dates, ...a.figures]) {
          if (f.span.start < a.span.start || f.span.end > a.span.end) throw new Error(`fact ${f.text} outside its article`);
        }
      }
    },
  },
];

// The capabilities join the frame as they land; each is checked once it is exported.
const optional = lib as unknown as Record<string, ((text: string, options?: object) => unknown) | undefined>;
if (typeof optional.segmentArticles === "function") {
  const segmentArticles = optional.segmentArticles;
  fns.push({
    name: "segmentArticles",
    run: (t) => segmentArticles(t),
    spans: (t, out) => {
      const s = out as lib.Segmentation;
      const pieces: Spanned[] = [];
      if (s.ticker) pieces.push({ span: s.ticker });
      if (s.date) pieces.push({ span: s.date.span });
      if (s.pagination) pieces.push({ span: s.pagination.span });
      pieces.push(...s.preamble);
      for (const a of s.articles) pieces.push(a.headline, ...a.blocks);
      // Preamble lines may stand before the ticker; what matters is that no
      // two pieces overlap, so check them in text order.
      checkSpans(t, pieces.sort((a, b) => a.span.start - b.span.start), "segments");
    },
  });
}
if (typeof optional.detectDates === "function") {
  const detectDates = optional.detectDates;
  fns.push({
    name: "detectDates",
    run: (t) => detectDates(t, { referenceDate: "2025-12-12" }),
    spans: (t, out) => checkSpans(t, out as lib.DateMention[], "dates"),
  });
}
if (typeof optional.extractFigures === "function") {
  const extractFigures = optional.extractFigures;
  fns.push({
    name: "extractFigures",
    run: (t) => extractFigures(t),
    spans: (t, out) => {
      const figures = out as lib.Figure[];
      checkSpans(t, figures, "figures");
      for (const f of figures) if (f.equivalent) checkSpans(t, [f.equivalent], "equivalent");
    },
  });
}

describe.each(fns)("$name on any string", ({ run, spans }) => {
  it("never throws, keeps its spans honest and is deterministic on random strings", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = run(text);
        spans(text, out);
        expect(run(text)).toEqual(out);
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws, keeps its spans honest and is deterministic on mutated seed pages", () => {
    fc.assert(
      fc.property(mutatedPage, (text) => {
        const out = run(text);
        spans(text, out);
        expect(run(text)).toEqual(out);
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 4)) },
    );
  }, 600_000);
});
