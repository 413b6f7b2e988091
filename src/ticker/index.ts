/**
 * Ticker parsing: the currency quotes a page prints at its top.
 *
 * @module newsfacts/ticker
 */
export { parseTicker } from "./parse-ticker.js";
export { TickerQuoteSchema } from "./schema.js";
export type { TickerQuote, Trend } from "./types.js";
