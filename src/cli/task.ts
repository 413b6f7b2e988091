import { readFile } from "node:fs/promises";
import { detectDates, extractFigures, parsePage, parseTicker, segmentArticles, type Page } from "../index.js";
import type { Format, Only } from "./args.js";
import { csv } from "./formats/csv.js";
import { html, pageCounts } from "./formats/html.js";
import { json } from "./formats/json.js";
import { ndjson } from "./formats/ndjson.js";
import { emptyCounts, type Counts, type FormatContext, type Formatter, type Item } from "./formats/types.js";
import { decode, describeFsError } from "./inputs.js";

export const FORMATTERS: Record<Format, Formatter> = { json, ndjson, csv, html };

/** What every task of one run shares (sent to each worker once). */
export interface TaskOptions extends FormatContext {
  format: Format;
  referenceDate: string | undefined;
}

/** One input to read, parse and format. */
export interface Task {
  index: number;
  name: string;
  /** The file to read, in the worker. */
  path?: string;
  /** Bytes already read (standard input is read by the main thread). */
  bytes?: Uint8Array;
  /** Why the input cannot be read, known before reading. */
  error?: string;
}

/** A task's outcome: the formatted chunk and what to tell the user. */
export interface TaskResult {
  index: number;
  name: string;
  /** The output for this input, ready to write. */
  chunk: string;
  /** Set when the input failed; the main thread names it on stderr. */
  error?: string;
  /** Non-fatal notes (invalid UTF-8 decoded with replacements). */
  warnings: string[];
  /** For the report's totals. */
  counts: Counts;
}

/** Runs the library: the whole page, or one capability with `--only`. */
function parse(text: string, only: Only | undefined, referenceDate: string | undefined): unknown {
  const ref = referenceDate === undefined ? {} : { referenceDate };
  switch (only) {
    case "ticker":
      return parseTicker(text);
    case "articles":
      return segmentArticles(text);
    case "dates": {
      // Relative dates need a reference; as for whole pages it is the page's
      // own date line unless the user gave one.
      const pageDate = referenceDate ?? segmentArticles(text).date?.value;
      return detectDates(text, pageDate === undefined ? {} : { referenceDate: pageDate });
    }
    case "figures":
      // The whole text's figures; `usd` needs the page's ticker, so it comes with the full page only.
      return extractFigures(text);
    case undefined:
      return parsePage(text, ref);
  }
}

function failedCounts(): Counts {
  return { ...emptyCounts(), failed: 1 };
}

/**
 * Reads, decodes, parses and formats one input. Never rejects: a file that
 * cannot be read, and even a parser bug on one page, become that input's
 * error so that the other inputs are still processed.
 */
export async function runTask(task: Task, options: TaskOptions): Promise<TaskResult> {
  const formatter = FORMATTERS[options.format];
  const warnings: string[] = [];
  const fail = (error: string): TaskResult => failTask(task, options, error, warnings);
  let text: string;
  try {
    if (task.error !== undefined) return fail(task.error);
    const bytes = task.bytes ?? (task.path === undefined ? new Uint8Array() : await readFile(task.path));
    text = decode(bytes, (message) => warnings.push(message));
  } catch (error) {
    return fail(error instanceof Error && !("code" in error) ? error.message : describeFsError(error));
  }
  let result: unknown;
  try {
    result = parse(text, options.only, options.referenceDate);
  } catch (error) {
    return fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const counts = options.only === undefined ? pageCounts(result as Page) : { ...emptyCounts(), pages: 1 };
  const item: Item = { index: task.index, name: task.name, result };
  return { index: task.index, name: task.name, chunk: formatter.item(item, options), warnings, counts };
}

/** The result of an input that failed: its error record in the chosen format. */
export function failTask(task: Task, options: TaskOptions, error: string, warnings: string[] = []): TaskResult {
  const item: Item = { index: task.index, name: task.name, error };
  const chunk = FORMATTERS[options.format].item(item, options);
  return { index: task.index, name: task.name, chunk, error, warnings, counts: failedCounts() };
}
