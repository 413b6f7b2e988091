import type { Items } from "../segment/segment-articles.js";
import { collectQuote, readTickerLine, type QuoteIndex } from "../ticker/parse-ticker.js";
import type { TickerQuote } from "../ticker/types.js";

/**
 * The page's ticker quotes, read from the lines segmentation has already
 * found: the same result as `parseTicker(text)`, without a second pass over
 * every line of the page.
 *
 * A ticker line ends in its percent sign (then only spaces, tabs or NBSP), so
 * only the lines whose visible content ends in `%` are read, each over its
 * whole line (indent and trailing blanks included) exactly as `parseTicker`
 * reads it. Quotes are deduplicated the same way, in first-seen order: the
 * same pair, rate and change is one quote seen `occurrences` times.
 *
 * @param text - The page text.
 * @param items - Its non-blank lines, in order (trimmed extents).
 */
export function quotesOfLines(text: string, items: Items): TickerQuote[] {
  const quotes: TickerQuote[] = [];
  const seen: QuoteIndex = new Map();
  const n = text.length;
  for (let k = 0; k < items.length; k++) {
    const contentEnd = items.end[k]!;
    if (text.charCodeAt(contentEnd - 1) !== 0x25 /* % */) continue;
    // Back to the line's start and on to its break: only white space lies between.
    let lineStart = items.start[k]!;
    while (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) lineStart--;
    let lineEnd = contentEnd;
    while (lineEnd < n && !isBreak(text.charCodeAt(lineEnd))) lineEnd++;
    const read = readTickerLine(text, lineStart, lineEnd);
    if (read !== undefined) collectQuote(seen, quotes, read);
  }
  return quotes;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}
