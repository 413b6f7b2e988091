import type { Figure, UsdValue } from "../figures/types.js";
import type { TickerQuote } from "../ticker/types.js";

/** A USD rate for one currency, with where it came from. */
export interface UsdRate {
  /** US dollars per one unit of the currency. */
  rate: number;
  /** The page's own ticker, or the caller's `options.rates`. */
  source: UsdValue["source"];
}

/**
 * The USD rate of every currency the page's ticker quotes against the
 * dollar, overlaid with the caller's `rates`.
 *
 * - `XXX/USD = r` gives XXX → r directly. `USD/XXX = r` (not on the seed
 *   pages, but the same ticker widget can be set up that way) gives XXX → 1/r,
 *   used only when there is no direct quote.
 * - When the ticker prints one pair with two rates (it happens when a page is
 *   scraped while the widget refreshes), the rate seen most often wins, then
 *   the first seen: a stray refresh is the rarer one.
 * - The caller's `rates` win over the ticker: a caller who passes a rate has
 *   a reason (an official fixing, the article's own date) that the page cannot
 *   know about.
 * - USD itself is 1 whenever there is any rate source, so every money figure
 *   of a page with a ticker carries `usd`; without a ticker or rates there is
 *   nothing to convert with and no figure gets `usd` (SPEC).
 */
export function usdRates(quotes: readonly TickerQuote[], rates: Readonly<Record<string, number>> | undefined): Map<string, UsdRate> {
  const direct = new Map<string, TickerQuote>();
  const inverse = new Map<string, TickerQuote>();
  for (const q of quotes) {
    if (!(q.rate > 0) || !Number.isFinite(q.rate)) continue;
    const [table, code] = q.quote === "USD" ? [direct, q.base] : q.base === "USD" ? [inverse, q.quote] : [undefined, ""];
    if (table === undefined || code === "USD") continue;
    const seen = table.get(code);
    if (seen === undefined || q.occurrences > seen.occurrences) table.set(code, q);
  }
  const table = new Map<string, UsdRate>();
  for (const [code, q] of inverse) table.set(code, { rate: 1 / q.rate, source: "ticker" });
  for (const [code, q] of direct) table.set(code, { rate: q.rate, source: "ticker" });
  if (table.size > 0) table.set("USD", { rate: 1, source: "ticker" });
  if (rates !== undefined) {
    for (const [code, rate] of Object.entries(rates)) table.set(code, { rate, source: "rates" });
    if (!table.has("USD") && Object.keys(rates).length > 0) table.set("USD", { rate: 1, source: "rates" });
  }
  return table;
}

/**
 * `value × rate` without binary noise: the rates carry five significant
 * digits at most, so twelve keep every real digit and drop the
 * `2880000.0000000005` that would otherwise land in spreadsheets.
 */
function times(value: number, rate: number): number {
  const product = value * rate;
  return Number.isFinite(product) ? Number(product.toPrecision(12)) : product;
}

/**
 * The figure with `usd` filled when it is money in a currency with a known
 * rate (and so is its bracketed `equivalent`). Returns the same object when
 * nothing changes, a copy otherwise: the figure extractor's results are not
 * mutated. Money with only a range (`value: null`) gets no `usd`: the
 * contract's `usd.value` is a single number.
 */
export function withUsd(figure: Figure, table: ReadonlyMap<string, UsdRate>): Figure {
  const equivalent = figure.equivalent === undefined ? undefined : withUsd(figure.equivalent, table);
  const known = figure.kind === "money" && figure.currency !== undefined && figure.value !== null ? table.get(figure.currency) : undefined;
  if (known === undefined && equivalent === figure.equivalent) return figure;
  const out: Figure = { ...figure };
  if (equivalent !== undefined) out.equivalent = equivalent;
  if (known !== undefined && figure.value !== null) {
    out.usd = { value: times(figure.value, known.rate), rate: known.rate, source: known.source };
  }
  return out;
}
