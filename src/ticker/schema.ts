import { z } from "zod";
import { SpanSchema } from "../core/span.js";
import type { TickerQuote } from "./types.js";

/**
 * The zod schema of {@link TickerQuote}.
 *
 * @category Schemas
 */
export const TickerQuoteSchema: z.ZodType<TickerQuote> = z
  .object({
    pair: z.string(),
    base: z.string().length(3),
    quote: z.string().length(3),
    rate: z.number(),
    rateText: z.string(),
    change: z.number(),
    changeText: z.string(),
    trend: z.enum(["up", "down", "flat"]),
    occurrences: z.number().int().positive(),
    span: SpanSchema,
  })
  .meta({ id: "TickerQuote" });
