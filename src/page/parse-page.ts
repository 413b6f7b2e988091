import type { Span } from "../core/span.js";
import { tokenize } from "../core/tokens.js";
import { assertText, parseOptions } from "../core/validate.js";
import { detectDatesInTokens } from "../dates/detect-dates.js";
import type { DateMention } from "../dates/types.js";
import { extractFiguresFromTokens } from "../figures/extract-figures.js";
import { DEFAULT_CUE_WEIGHTS } from "../segment/cues.js";
import { buildSegmentation, planSegmentation } from "../segment/segment-articles.js";
import { quotesOfLines } from "./quotes.js";
import { PageOptionsSchema, quickPageOptions } from "./schema.js";
import type { Page, PageArticle, PageOptions } from "./types.js";
import { usdRates, withUsd } from "./usd-rates.js";

/** A `Date` option as the `YYYY-MM-DD` of its UTC day; a string's date part. */
function isoDay(reference: string | Date): string {
  if (typeof reference === "string") return reference.slice(0, 10);
  const y = String(reference.getUTCFullYear()).padStart(4, "0");
  const m = String(reference.getUTCMonth() + 1).padStart(2, "0");
  const d = String(reference.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * Hands out sorted facts to the sorted, non-overlapping articles in one
 * pass, into each article's own list (`dates` or `figures`). Facts outside
 * every article (the ticker, the date line, the pagination, preamble lines)
 * are dropped: they belong to no story, and the header already reports them
 * in its own shape.
 */
function distribute<T extends { span: Span }>(
  facts: readonly T[],
  articles: readonly PageArticle[],
  listOf: (article: PageArticle) => T[],
): void {
  let a = 0;
  for (const fact of facts) {
    while (a < articles.length && articles[a]!.span.end <= fact.span.start) a++;
    if (a === articles.length) break;
    const s = articles[a]!.span;
    if (fact.span.start >= s.start && fact.span.end <= s.end) listOf(articles[a]!).push(fact);
  }
}

/**
 * Parses a whole scraped page: the ticker quotes, the header (date line,
 * pagination, stray preamble lines), and each article with the dates and
 * figures inside it.
 *
 * The page is tokenised once and the token stream is shared by date
 * detection and figure extraction. Relative dates resolve against the page's
 * own date line unless `options.referenceDate` is given. Money figures get
 * `usd` from the page's own ticker (`KZT/USD = 0.00192`), or from
 * `options.rates`, which win when both know a currency.
 *
 * @param text - The page text, exactly as scraped.
 * @param options - `referenceDate` (ISO `YYYY-MM-DD` or a `Date`, read in UTC),
 *   `bias` for dates without a year, and `rates` (ISO code → US dollars per unit).
 * @returns The page; facts outside every article (the header) are not repeated.
 * @throws TypeError when `text` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 *
 * // Seed page 000, the page of 12 December 2025:
 * const page = parsePage(readFileSync("fixtures/pages/000_707ad08c9f3bffaf.txt", "utf8"));
 * page.date;
 * // → { value: "2025-12-12", span: { start: 1030, end: 1046 } }
 * page.quotes[1];
 * // → { pair: "KZT/USD", rate: 0.00192, trend: "down", occurrences: 8, … }
 * page.articles[0]!.headline.text;
 * // → "Embezzlement Scandal at Kazakh Charity Fund Implicates Influential Officials"
 *
 * // `July 14` takes its year from the page's date line:
 * page.articles[0]!.dates[3];
 * // → { text: "July 14", start: "2025-07-14", end: "2025-07-14", grain: "day", relative: true, … }
 * page.articles[0]!.figures[1];
 * // → { text: "more than KZT 1.5 billion ($2.8 million)", kind: "money",
 * //     value: 1500000000, currency: "KZT", approx: "over",
 * //     equivalent: { text: "$2.8 million", value: 2800000, currency: "USD" },
 * //     usd: { value: 2880000, rate: 0.00192, source: "ticker" }, … }
 * ```
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 *
 * // The same page with the caller's own reference date and rate, which win
 * // over the page's date line and ticker:
 * const text = readFileSync("fixtures/pages/000_707ad08c9f3bffaf.txt", "utf8");
 * const page = parsePage(text, { referenceDate: "2025-06-01", rates: { KZT: 0.002 } });
 * page.articles[0]!.dates[3]!.start;
 * // → "2024-07-14"
 * page.articles[0]!.figures[1]!.usd;
 * // → { value: 3000000, rate: 0.002, source: "rates" }
 * ```
 *
 * @category Page
 */
export function parsePage(text: string, options?: PageOptions): Page {
  assertText("parsePage", text);
  const opts = parseOptions("parsePage", PageOptionsSchema, options, quickPageOptions);
  // The segmentation is decided first (its page date is the reference, and
  // its lines hold the ticker's) but built last: its blocks are most of the
  // result, and once they exist every garbage collection that fact finding
  // causes has to trace them. The ticker is read from the lines already
  // found, not from a second pass over the page.
  const plan = planSegmentation(text, DEFAULT_CUE_WEIGHTS);
  const quotes = quotesOfLines(text, plan.items);
  const tokens = tokenize(text);
  const referenceDate =
    opts.referenceDate !== undefined ? isoDay(opts.referenceDate) : (plan.header.date?.value ?? null);
  const dates: DateMention[] = detectDatesInTokens(tokens, { referenceDate, bias: opts.bias ?? "past" });
  const rates = usdRates(quotes, opts.rates);
  // Figures read the dates so that numbers inside them (`2006-2013`, `July 14`) are not counted twice.
  const figures = extractFiguresFromTokens(tokens, dates);
  const priced = rates.size === 0 ? figures : figures.map((f) => withUsd(f, rates));

  // Articles come with empty `dates` and `figures` lists, filled here.
  const segmentation = buildSegmentation(plan, true);
  const articles = segmentation.articles as PageArticle[];
  distribute(dates, articles, (a) => a.dates);
  distribute(priced, articles, (a) => a.figures);
  return {
    ticker: segmentation.ticker,
    date: segmentation.date,
    pagination: segmentation.pagination,
    preamble: segmentation.preamble,
    quotes,
    articles,
  };
}
