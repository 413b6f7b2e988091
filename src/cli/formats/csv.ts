import type { DateMention } from "../../dates/types.js";
import type { Figure } from "../../figures/types.js";
import type { Page } from "../../page/types.js";
import type { Segmentation } from "../../segment/types.js";
import type { TickerQuote } from "../../ticker/types.js";
import type { Formatter, Item } from "./types.js";

/** The columns, in order. `article` is the 0-based index into `articles`. */
export const CSV_COLUMNS: readonly string[] = [
  "input",
  "article",
  "headline",
  "kind",
  "text",
  "start",
  "end",
  "value",
  "min",
  "max",
  "unit_or_currency",
  "usd",
  "date_start",
  "date_end",
];

type Cell = string | number | null | undefined;

/**
 * RFC 4180: a field holding a comma, a double quote, CR or LF is quoted,
 * with quotes doubled. Everything else goes as is, so numbers stay numbers
 * for a spreadsheet.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
function row(cells: readonly Cell[]): string {
  // Every record has every column (RFC 4180 §2.4), however few it fills.
  const full = cells.length < CSV_COLUMNS.length ? [...cells, ...new Array<Cell>(CSV_COLUMNS.length - cells.length)] : cells;
  return `${full.map(csvField).join(",")}\r\n`;
}

function quoteRow(input: string, q: TickerQuote): string {
  // A quote's "text" is its pair; its value the printed rate in `quote` per `base`.
  return row([input, null, null, "quote", q.pair, q.span.start, q.span.end, q.rate, null, null, q.quote, null, null, null]);
}

function dateRow(input: string, article: number | null, headline: string | null, d: DateMention): string {
  return row([input, article, headline, "date", d.text, d.span.start, d.span.end, null, null, null, d.grain, null, d.start, d.end]);
}

function figureRow(input: string, article: number | null, headline: string | null, f: Figure): string {
  return row([
    input,
    article,
    headline,
    f.kind,
    f.text,
    f.span.start,
    f.span.end,
    f.value,
    f.min,
    f.max,
    f.currency ?? f.unit,
    f.usd?.value,
    null,
    null,
  ]);
}

/** Dates and figures of one article, merged in text order. */
function factRows(input: string, article: number | null, headline: string | null, dates: readonly DateMention[], figures: readonly Figure[]): string {
  let out = "";
  let d = 0;
  let f = 0;
  while (d < dates.length || f < figures.length) {
    const date = dates[d];
    const figure = figures[f];
    if (figure === undefined || (date !== undefined && date.span.start <= figure.span.start)) {
      out += dateRow(input, article, headline, date!);
      d++;
    } else {
      out += figureRow(input, article, headline, figure);
      f++;
    }
  }
  return out;
}

/**
 * One row per fact: the quotes, then each article's dates and figures in
 * text order. With `--only` the rows are that capability's results
 * (`articles` gives one row per article). An input that could not be read
 * gets one `error` row, so no input vanishes from the sheet.
 */
export const csv: Formatter = {
  head: () => row(CSV_COLUMNS),
  item(item: Item, ctx) {
    const input = item.name;
    if (item.error !== undefined) return row([input, null, null, "error", item.error]);
    switch (ctx.only) {
      case "ticker":
        return (item.result as TickerQuote[]).map((q) => quoteRow(input, q)).join("");
      case "dates":
        return factRows(input, null, null, item.result as DateMention[], []);
      case "figures":
        return factRows(input, null, null, [], item.result as Figure[]);
      case "articles":
        return (item.result as Segmentation).articles
          .map((a, k) => row([input, k, a.headline.text, "article", a.headline.text, a.span.start, a.span.end]))
          .join("");
      case undefined: {
        const page = item.result as Page;
        let out = page.quotes.map((q) => quoteRow(input, q)).join("");
        page.articles.forEach((a, k) => {
          out += factRows(input, k, a.headline.text, a.dates, a.figures);
        });
        return out;
      }
    }
  },
  tail: () => "",
};
