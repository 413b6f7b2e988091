import type { Span } from "../core/span.js";

/**
 * The printed direction of a quote's change: the sign as printed, so `-0%`
 * is `"down"` and `0%` is `"flat"`.
 *
 * @category Ticker
 */
export type Trend = "up" | "down" | "flat";

/**
 * One currency quote from a page's ticker, such as `• KZT/USD = 0.00192 -0%`.
 *
 * @category Ticker
 */
export interface TickerQuote {
  /** The pair as printed, `"KZT/USD"`. */
  pair: string;
  /** The base currency, an ISO 4217 code: `"KZT"`. */
  base: string;
  /** The quote currency, an ISO 4217 code: `"USD"`. */
  quote: string;
  /** Units of `quote` per one unit of `base`, as printed: `0.00192`. */
  rate: number;
  /** The rate exactly as printed, keeping its precision: `"0.00192"`. */
  rateText: string;
  /** The percent change as a number: `"-0.28%"` gives `-0.28`, `"-0%"` gives `0`. */
  change: number;
  /** The change exactly as printed: `"-0%"`. */
  changeText: string;
  /** The sign as printed: `"-0%"` is `"down"`, `"0%"` is `"flat"`. */
  trend: Trend;
  /** How often this exact quote (pair, rate and change) was seen. */
  occurrences: number;
  /** The first occurrence: the whole line from the bullet to the percent sign. */
  span: Span;
}
