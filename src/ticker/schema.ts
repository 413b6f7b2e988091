import * as z from "zod/mini";
import { SpanSchema } from "../core/span.js";
import type { TickerQuote } from "./types.js";

/**
 * The zod schema of {@link TickerQuote}.
 *
 * @category Schemas
 */
export const TickerQuoteSchema: z.ZodMiniType<TickerQuote> = /* @__PURE__ */ z
  .object({
    pair: z.string(),
    base: z.string().check(z.length(3)),
    quote: z.string().check(z.length(3)),
    rate: z.number(),
    rateText: z.string(),
    change: z.number(),
    changeText: z.string(),
    trend: z.enum(["up", "down", "flat"]),
    occurrences: z.number().check(z.int(), z.positive()),
    span: SpanSchema,
  })
  .register(z.globalRegistry, { id: "TickerQuote" });
