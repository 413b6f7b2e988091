import * as z from "zod/mini";
import { SpanSchema } from "../core/span.js";
import { isPlainOptions } from "../core/validate.js";
import { isValidCivil } from "./calendar.js";
import type { DateMention, DateOptions } from "./types.js";

const isoDate = /* @__PURE__ */ z.string().check(z.regex(/^-?\d{4,}-\d{2}-\d{2}$/));

/**
 * The zod schema of {@link DateMention}.
 *
 * @category Schemas
 */
export const DateMentionSchema: z.ZodMiniType<DateMention> = /* @__PURE__ */ z
  .object({
    text: z.string(),
    span: SpanSchema,
    start: z.nullable(isoDate),
    end: z.nullable(isoDate),
    grain: z.enum(["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]),
    kind: z.enum(["point", "range"]),
    relative: z.boolean(),
  })
  .register(z.globalRegistry, { id: "DateMention" });

/** The calendar check of {@link referenceDateString}: `2025-02-30` is not a date. */
function isCalendarDate(s: string): boolean {
  return isValidCivil(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

/** A calendar date given as `YYYY-MM-DD` (or a full ISO timestamp, whose date part is used). */
const REFERENCE_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/;
const referenceDateString = /* @__PURE__ */ z.string().check(
  z.regex(REFERENCE_DATE, "must be an ISO date YYYY-MM-DD"),
  z.refine(isCalendarDate, "is not a real calendar date"),
);

/** The reference date option, shared with the page options. */
export const referenceDateSchema: z.ZodMiniType<string | Date> = /* @__PURE__ */ z.union([
  referenceDateString,
  z.date("must be a valid Date or an ISO date string YYYY-MM-DD"),
]);

/** The bias option, shared with the page options. */
export const biasSchema: z.ZodMiniType<"past" | "future" | "nearest"> = /* @__PURE__ */ z.enum(["past", "future", "nearest"]);

/**
 * The zod schema of {@link DateOptions}; unknown options are rejected.
 *
 * @category Schemas
 */
export const DateOptionsSchema: z.ZodMiniType<DateOptions> = /* @__PURE__ */ z.strictObject({
  referenceDate: z.exactOptional(referenceDateSchema),
  bias: z.exactOptional(biasSchema),
});

/**
 * Whether `value` is a valid reference date as {@link referenceDateSchema}
 * reads it, checked without zod (for the quick options checks).
 */
export function isReferenceDate(value: unknown): value is string | Date {
  if (typeof value === "string") return REFERENCE_DATE.test(value) && isCalendarDate(value);
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Whether `value` is a valid bias option. */
export function isBias(value: unknown): value is "past" | "future" | "nearest" {
  return value === "past" || value === "future" || value === "nearest";
}

const DATE_OPTION_KEYS: readonly string[] = ["referenceDate", "bias"];

/**
 * {@link DateOptionsSchema} for the common shapes, without zod: `undefined`,
 * or a plain object with a valid `referenceDate` and/or `bias`. Anything else
 * gives `undefined`, and zod decides (see `parseOptions`).
 */
export function quickDateOptions(options: unknown): DateOptions | undefined {
  if (options === undefined) return {};
  if (!isPlainOptions(options, DATE_OPTION_KEYS)) return undefined;
  const { referenceDate, bias } = options;
  if (referenceDate !== undefined && !isReferenceDate(referenceDate)) return undefined;
  if (bias !== undefined && !isBias(bias)) return undefined;
  return options as DateOptions;
}
