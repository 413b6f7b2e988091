import { z } from "zod";
import { SpanSchema } from "../core/span.js";
import type { Figure } from "./types.js";

/**
 * The zod schema of {@link Figure}.
 *
 * @category Schemas
 */
export const FigureSchema: z.ZodType<Figure> = z
  .object({
    text: z.string(),
    span: SpanSchema,
    kind: z.enum(["money", "percent", "quantity", "count", "duration", "multiplier", "number"]),
    value: z.number().nullable(),
    min: z.number().exactOptional(),
    max: z.number().exactOptional(),
    currency: z.string().length(3).exactOptional(),
    unit: z.string().exactOptional(),
    per: z.string().exactOptional(),
    approx: z.enum(["about", "over", "under", "at-least", "up-to", "nearly"]).exactOptional(),
    get equivalent() {
      return FigureSchema.exactOptional();
    },
    noun: z.string().exactOptional(),
    usd: z
      .object({ value: z.number(), rate: z.number(), source: z.enum(["ticker", "rates"]) })
      .exactOptional(),
  })
  .meta({ id: "Figure" });
