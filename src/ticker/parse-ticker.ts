import { isIso4217Code } from "../core/currencies.js";
import { assertText } from "../core/validate.js";
import type { TickerQuote, Trend } from "./types.js";

/**
 * A whole ticker line: `• KZT/USD = 0.00192 -0%`. The site prints the first
 * line unindented and the rest as `  • `; a bullet is optional so that a
 * scraper that dropped it still works. Anchored at both ends, so a quote that
 * stands inside a sentence is prose, not a ticker line. Linear: every
 * repetition is separated by a fixed literal.
 */
const TICKER_LINE =
  /^[ \t\u00a0]*(?:[•·*-][ \t\u00a0]*)?([A-Z]{3})\/([A-Z]{3})[ \t\u00a0]*=[ \t\u00a0]*(\d+(?:\.\d+)?)[ \t\u00a0]+([+\-\u2212]?)(\d+(?:\.\d+)?)%[ \t\u00a0]*$/;

/**
 * One ticker line read on its own, before deduplication: a quote's fields
 * without the pair (derived), the count and the span (given by the caller).
 */
export interface TickerLine extends Omit<TickerQuote, "pair" | "occurrences" | "span"> {
  /** From the bullet (or the code) to the percent sign. */
  start: number;
  end: number;
}

/**
 * Reads the line `text[lineStart, lineEnd)` as a ticker line, or returns
 * `undefined`. Shared with segmentation, which needs the ticker block's extent.
 */
export function readTickerLine(text: string, lineStart: number, lineEnd: number): TickerLine | undefined {
  // Cheap rejection before slicing: the first visible character must be a
  // bullet or a capital letter.
  let i = lineStart;
  while (i < lineEnd) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    i++;
  }
  if (i >= lineEnd) return undefined;
  const first = text.charCodeAt(i);
  const isBullet = first === 0x2022 || first === 0xb7 || first === 0x2a || first === 0x2d;
  if (!isBullet && !(first >= 0x41 && first <= 0x5a)) return undefined;
  // A ticker line is short; a long line cannot be one, so never run the
  // pattern over a megabyte-long line.
  if (lineEnd - lineStart > 200) return undefined;

  const m = TICKER_LINE.exec(text.slice(lineStart, lineEnd));
  if (m === null) return undefined;
  const [, base, quote, rateText, sign, changeDigits] = m as unknown as [string, string, string, string, string, string];
  if (!isIso4217Code(base) || !isIso4217Code(quote)) return undefined;

  const magnitude = Number(changeDigits);
  const negative = sign === "-" || sign === "\u2212";
  const trend: Trend = negative ? "down" : sign === "+" || magnitude > 0 ? "up" : "flat";
  // "-0%" is a fall too small to print: change 0, trend down.
  const change = negative && magnitude !== 0 ? -magnitude : magnitude;
  // The pattern ends at "%" plus trailing blanks: the span stops at the "%".
  const end = lineStart + m[0].trimEnd().length;
  return {
    base,
    quote,
    rate: Number(rateText),
    rateText,
    change,
    changeText: `${sign}${changeDigits}%`,
    trend,
    start: i,
    end,
  };
}

/** The quotes collected so far, by pair, rate and change. */
export type QuoteIndex = Map<string, TickerQuote>;

/**
 * Adds one ticker line to the unique quotes, in first-seen order: the same
 * pair, rate and change is one quote seen `occurrences` times. Shared by
 * {@link parseTicker} and `parsePage` (which reads the ticker from the lines
 * segmentation has already found), so both deduplicate the same way.
 *
 * @param seen - The quotes so far, by key.
 * @param quotes - The quotes so far, in first-seen order; a new quote is pushed.
 * @param read - The line just read.
 */
export function collectQuote(seen: QuoteIndex, quotes: TickerQuote[], read: TickerLine): void {
  const pair = `${read.base}/${read.quote}`;
  const key = `${pair} ${read.rateText} ${read.changeText}`;
  const known = seen.get(key);
  if (known !== undefined) {
    known.occurrences++;
    return;
  }
  const quote: TickerQuote = {
    pair,
    base: read.base,
    quote: read.quote,
    rate: read.rate,
    rateText: read.rateText,
    change: read.change,
    changeText: read.changeText,
    trend: read.trend,
    occurrences: 1,
    span: { start: read.start, end: read.end },
  };
  seen.set(key, quote);
  quotes.push(quote);
}

/**
 * Reads a page's currency ticker: every line such as
 * `• KZT/USD = 0.00192 -0%`, deduplicated.
 *
 * Quotes come back once each, in first-seen order, with how often they were
 * seen. Base and quote must be ISO 4217 codes; malformed lines, unknown codes
 * and ticker-like text inside prose are not quotes. The same pair printed with
 * two different rates (or changes) gives two quotes.
 *
 * @param text - The page text.
 * @returns The unique quotes, in first-seen order; `[]` when there are none.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * // The first two lines of seed page 000's ticker:
 * parseTicker("• KGS/USD = 0.01144 0%\n  • KZT/USD = 0.00192 -0%\n");
 * // → [
 * //   { pair: "KGS/USD", base: "KGS", quote: "USD", rate: 0.01144, rateText: "0.01144",
 * //     change: 0, changeText: "0%", trend: "flat", occurrences: 1, span: { start: 0, end: 22 } },
 * //   { pair: "KZT/USD", base: "KZT", quote: "USD", rate: 0.00192, rateText: "0.00192",
 * //     change: 0, changeText: "-0%", trend: "down", occurrences: 1, span: { start: 25, end: 48 } },
 * // ]
 * ```
 *
 * @category Ticker
 */
export function parseTicker(text: string): TickerQuote[] {
  assertText("parseTicker", text);
  const quotes: TickerQuote[] = [];
  const seen: QuoteIndex = new Map();
  // Walk line by line without allocating a line object each: most lines are
  // rejected by their first visible character inside readTickerLine.
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = text.charCodeAt(lineEnd);
      if (c === 0x0a || c === 0x0d) break;
      lineEnd++;
    }
    const read = readTickerLine(text, lineStart, lineEnd);
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
    if (read !== undefined) collectQuote(seen, quotes, read);
  }
  return quotes;
}
