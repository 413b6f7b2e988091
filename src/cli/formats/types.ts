import type { Only } from "../args.js";

/** One input's outcome, as a formatter sees it. */
export interface Item {
  /** Position in the input order, from 0. */
  index: number;
  /** The input's name (its path, or "-"). */
  name: string;
  /** The parse result: a Page, or the `--only` capability's result. */
  result?: unknown;
  /** Why the input could not be read. */
  error?: string;
}

/** How the run was asked for, as the formatters need it. */
export interface FormatContext {
  /** The capability picked with `--only`, if any. */
  only: Only | undefined;
  /** Several inputs (or a directory): json becomes an array of `{input, result}`. */
  many: boolean;
}

/** Fact counts of one page, summed by the main thread for the report's totals. */
export interface Counts {
  pages: number;
  failed: number;
  articles: number;
  quotes: number;
  dates: number;
  figures: number;
  /** Figures by kind (`money`, `percent`, …). */
  byKind: Record<string, number>;
}

/**
 * An output format: what goes before the first input, each input's chunk
 * (built in the worker that parsed it, so formatting runs in parallel too),
 * and what closes the output. Chunks are written as they come, in input
 * order, so no format holds all results.
 */
export interface Formatter {
  head(ctx: FormatContext): string;
  item(item: Item, ctx: FormatContext): string;
  tail(ctx: FormatContext, totals: Counts): string;
}

/** Zero counts. */
export function emptyCounts(): Counts {
  return { pages: 0, failed: 0, articles: 0, quotes: 0, dates: 0, figures: 0, byKind: {} };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  a.pages += b.pages;
  a.failed += b.failed;
  a.articles += b.articles;
  a.quotes += b.quotes;
  a.dates += b.dates;
  a.figures += b.figures;
  for (const [k, n] of Object.entries(b.byKind)) a.byKind[k] = (a.byKind[k] ?? 0) + n;
}
