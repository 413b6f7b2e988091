import type { Formatter } from "./types.js";

/**
 * Pretty JSON. One input prints its result bare (what a script piping one
 * page expects); several print one valid JSON array of `{input, result}` /
 * `{input, error}`, streamed entry by entry.
 */
export const json: Formatter = {
  head: (ctx) => (ctx.many ? "[\n" : ""),
  item(item, ctx) {
    if (!ctx.many) return item.error === undefined ? `${JSON.stringify(item.result, null, 2)}\n` : "";
    const entry = item.error === undefined ? { input: item.name, result: item.result } : { input: item.name, error: item.error };
    const body = JSON.stringify(entry, null, 2).replaceAll("\n", "\n  ");
    return `${item.index === 0 ? "" : ",\n"}  ${body}`;
  },
  tail: (ctx) => (ctx.many ? "\n]\n" : ""),
};
