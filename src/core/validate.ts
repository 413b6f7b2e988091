import { safeParse } from "zod/mini";
import type { $ZodErrorMap, $ZodType } from "zod/v4/core";
import { en } from "zod/locales";

/**
 * zod's English messages, passed to each options parse rather than set
 * globally (zod/mini ships no locale, and a library must not call
 * `z.config`). Built on first use, so bundles that never validate options
 * leave the locale out.
 */
let english: $ZodErrorMap | undefined;

/**
 * Throws a TypeError naming the function when `text` is not a string.
 * Text itself never makes a function throw; only misuse of the API does.
 */
export function assertText(fn: string, text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new TypeError(`newsfacts: ${fn}(text) expects a string, got ${describe(text)}`);
  }
}

/**
 * Validates an options object with its zod schema (zod at the edges only,
 * never per match) and throws a TypeError that says which option was wrong.
 *
 * `quick`, when given, recognises the common valid shapes by hand and
 * returns them as they are (or `undefined` to defer to zod). A zod parse
 * costs tens of microseconds, as much as detecting the dates of a short
 * page, and a pipeline calls once per page with the same few options. A
 * quick check must accept only what the schema accepts, with the same
 * result (test/options-quick-check.test.ts compares them).
 */
export function parseOptions<T>(fn: string, schema: $ZodType<T>, options: unknown, quick?: (options: unknown) => T | undefined): T {
  if (quick !== undefined) {
    const fast = quick(options);
    if (fast !== undefined) return fast;
  }
  english ??= en().localeError;
  const result = safeParse(schema, options ?? {}, { error: english });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? `options.${issue.path.map(String).join(".")}` : "options";
    if (issue.code === "unrecognized_keys") {
      return `${path}: unknown option${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    }
    return `${path}: ${issue.message}`;
  });
  throw new TypeError(`newsfacts: ${fn}: invalid options — ${problems.join("; ")}`);
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  const t = typeof value;
  if (t === "object") return "an object";
  if (t === "string") return `the string ${JSON.stringify(value)}`;
  if (t === "number" || t === "boolean" || t === "bigint") return `the ${t} ${String(value)}`;
  return t;
}

/**
 * Whether `value` is a plain object (an object literal or `Object.create(null)`)
 * whose own keys are all in `allowed` and none holds `undefined`: the shape a
 * quick options check can read without zod (see {@link parseOptions}).
 */
export function isPlainOptions(value: unknown, allowed: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key) || (value as Record<string, unknown>)[key] === undefined) return false;
  }
  return Object.getOwnPropertySymbols(value).length === 0;
}
