import * as z from "zod/mini";
import { SpanSchema } from "../core/span.js";
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

/** A calendar date given as `YYYY-MM-DD` (or a full ISO timestamp, whose date part is used). */
const referenceDateString = /* @__PURE__ */ z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/, "must be an ISO date YYYY-MM-DD"),
  z.refine((s: string) => {
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(5, 7));
    const d = Number(s.slice(8, 10));
    const probe = new Date(Date.UTC(y, m - 1, d));
    return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  }, "is not a real calendar date"),
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
