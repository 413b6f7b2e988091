import * as z from "zod/mini";
import { isIso4217Code } from "../core/currencies.js";
import { SpanSchema } from "../core/span.js";
import { biasSchema, DateMentionSchema, quickDateOptions, referenceDateSchema } from "../dates/schema.js";
import { FigureSchema } from "../figures/schema.js";
import { BlockSchema, HeadlineSchema, PageDateSchema, PaginationSchema } from "../segment/schema.js";
import { TickerQuoteSchema } from "../ticker/schema.js";
import type { Page, PageArticle, PageOptions } from "./types.js";

/**
 * The zod schema of {@link PageArticle}.
 *
 * @category Schemas
 */
export const PageArticleSchema: z.ZodMiniType<PageArticle> = /* @__PURE__ */ z
  .object({
    headline: HeadlineSchema,
    blocks: z.array(BlockSchema),
    truncated: z.boolean(),
    span: SpanSchema,
    dates: z.array(DateMentionSchema),
    figures: z.array(FigureSchema),
  })
  .register(z.globalRegistry, { id: "PageArticle" });

/**
 * The zod schema of {@link Page}. Its JSON Schema ships as `newsfacts/schema.json`.
 *
 * @category Schemas
 */
export const PageSchema: z.ZodMiniType<Page> = /* @__PURE__ */ z
  .object({
    ticker: z.nullable(SpanSchema),
    date: z.nullable(PageDateSchema),
    pagination: z.nullable(PaginationSchema),
    preamble: z.array(BlockSchema),
    quotes: z.array(TickerQuoteSchema),
    articles: z.array(PageArticleSchema),
  })
  .register(z.globalRegistry, { id: "Page", title: "newsfacts Page", description: "A scraped news page parsed by newsfacts." });

const ISO_CODE = /^[A-Z]{3}$/;

/**
 * The zod schema of {@link PageOptions}; unknown options are rejected.
 *
 * @category Schemas
 */
export const PageOptionsSchema: z.ZodMiniType<PageOptions> = /* @__PURE__ */ z.strictObject({
  referenceDate: z.exactOptional(referenceDateSchema),
  bias: z.exactOptional(biasSchema),
  rates: z.exactOptional(
    // zod rejects Infinity and NaN as "expected number" (classic zod's
    // `.finite()` was a no-op), so only positivity needs a check here.
    z
      .record(z.string(), z.number().check(z.positive("must be positive")))
      // Keys are checked here rather than in the record's key schema: zod
      // replaces a key schema's message with "Invalid key in record", and the
      // caller needs to know which key is wrong and why.
      .check((ctx) => {
        for (const key of Object.keys(ctx.value)) {
          if (!ISO_CODE.test(key) || !isIso4217Code(key)) {
            ctx.issues.push({
              code: "custom",
              input: key,
              path: [key],
              message: `"${key}" is not an ISO 4217 currency code (use upper case, such as KZT)`,
            });
          }
        }
      }),
  ),
});

/**
 * {@link PageOptionsSchema} for the common shapes, without zod: no options,
 * or only `referenceDate` and `bias` (checked as `detectDates` checks them).
 * `rates` and anything else go to zod (see `parseOptions`).
 */
export function quickPageOptions(options: unknown): PageOptions | undefined {
  return quickDateOptions(options);
}
