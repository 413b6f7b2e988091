import type { Formatter } from "./types.js";

/** One compact JSON object per input and line: `{input, result}` or `{input, error}`. */
export const ndjson: Formatter = {
  head: () => "",
  item: (item) =>
    `${JSON.stringify(item.error === undefined ? { input: item.name, result: item.result } : { input: item.name, error: item.error })}\n`,
  tail: () => "",
};
