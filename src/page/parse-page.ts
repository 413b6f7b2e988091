import type { Span } from "../core/span.js";
import { tokenize } from "../core/tokens.js";
import { assertText, parseOptions } from "../core/validate.js";
import { detectDatesInTokens } from "../dates/detect-dates.js";
import type { DateMention } from "../dates/types.js";
import { extractFiguresFromTokens } from "../figures/extract-figures.js";
import { segmentArticles } from "../segment/segment-articles.js";
import { parseTicker } from "../ticker/parse-ticker.js";
import { PageOptionsSchema } from "./schema.js";
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
 * Hands out sorted facts to sorted, non-overlapping article spans in one
 * pass. Facts outside every article (the ticker, the date line, the
 * pagination, preamble lines) are dropped: they belong to no story, and the
 * header already reports them in its own shape.
 */
function distribute<T extends { span: Span }>(facts: readonly T[], spans: readonly Span[]): T[][] {
  const out: T[][] = spans.map(() => []);
  let a = 0;
  for (const fact of facts) {
    while (a < spans.length && spans[a]!.end <= fact.span.start) a++;
    if (a === spans.length) break;
    const s = spans[a]!;
    if (fact.span.start >= s.start && fact.span.end <= s.end) out[a]!.push(fact);
  }
  return out;
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
 * // fixtures/pages/000_707ad08c9f3bffaf.txt, the TCA page of 12 December 2025
 * const page = parsePage(text);
 * page.date;                      // { value: "2025-12-12", span: { start: 1030, end: 1046 } }
 * page.quotes[1];                  // { pair: "KZT/USD", rate: 0.00192, trend: "down", occurrences: 8, … }
 * page.articles[0].headline.text; // "Embezzlement Scandal at Kazakh Charity Fund Implicates Influential Officials"
 * page.articles[0].dates[3];       // { text: "July 14", start: "2025-07-14", relative: true, … } (the page's year)
 * page.articles[0].figures[1];     // { text: "more than KZT 1.5 billion ($2.8 million)", kind: "money",
 *                                  //   value: 1500000000, currency: "KZT", approx: "over",
 *                                  //   equivalent: { text: "$2.8 million", … },
 *                                  //   usd: { value: 2880000, rate: 0.00192, source: "ticker" } }
 * ```
 * @example
 * ```ts
 * // A caller's own rates win over the page's ticker.
 * parsePage(text, { referenceDate: "2025-12-01", rates: { KZT: 0.002 } });
 * ```
 *
 * @category Page
 */
export function parsePage(text: string, options?: PageOptions): Page {
  assertText("parsePage", text);
  const opts = parseOptions("parsePage", PageOptionsSchema, options);
  const quotes = parseTicker(text);
  const segmentation = segmentArticles(text);
  const tokens = tokenize(text);
  const referenceDate =
    opts.referenceDate !== undefined ? isoDay(opts.referenceDate) : (segmentation.date?.value ?? null);
  const dates: DateMention[] = detectDatesInTokens(tokens, { referenceDate, bias: opts.bias ?? "past" });
  const rates = usdRates(quotes, opts.rates);
  // Figures read the dates so that numbers inside them (`2006-2013`, `July 14`) are not counted twice.
  const figures = extractFiguresFromTokens(tokens, dates);
  const priced = rates.size === 0 ? figures : figures.map((f) => withUsd(f, rates));

  const spans = segmentation.articles.map((a) => a.span);
  const datesBy = distribute(dates, spans);
  const figuresBy = distribute(priced, spans);
  const articles: PageArticle[] = segmentation.articles.map((article, k) => ({
    ...article,
    dates: datesBy[k]!,
    figures: figuresBy[k]!,
  }));
  return {
    ticker: segmentation.ticker,
    date: segmentation.date,
    pagination: segmentation.pagination,
    preamble: segmentation.preamble,
    quotes,
    articles,
  };
}
