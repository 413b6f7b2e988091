import { z } from "zod";
import { isIso4217Code } from "../core/currencies.js";
import { SpanSchema } from "../core/span.js";
import { biasSchema, DateMentionSchema, referenceDateSchema } from "../dates/schema.js";
import { FigureSchema } from "../figures/schema.js";
import { BlockSchema, HeadlineSchema, PageDateSchema, PaginationSchema } from "../segment/schema.js";
import { TickerQuoteSchema } from "../ticker/schema.js";
import type { Page, PageArticle, PageOptions } from "./types.js";

/**
 * The zod schema of {@link PageArticle}.
 *
 * @category Schemas
 */
export const PageArticleSchema: z.ZodType<PageArticle> = z
  .object({
    headline: HeadlineSchema,
    blocks: z.array(BlockSchema),
    truncated: z.boolean(),
    span: SpanSchema,
    dates: z.array(DateMentionSchema),
    figures: z.array(FigureSchema),
  })
  .meta({ id: "PageArticle" });

/**
 * The zod schema of {@link Page}. Its JSON Schema ships as `newsfacts/schema.json`.
 *
 * @category Schemas
 */
export const PageSchema: z.ZodType<Page> = z
  .object({
    ticker: SpanSchema.nullable(),
    date: PageDateSchema.nullable(),
    pagination: PaginationSchema.nullable(),
    preamble: z.array(BlockSchema),
    quotes: z.array(TickerQuoteSchema),
    articles: z.array(PageArticleSchema),
  })
  .meta({ id: "Page", title: "newsfacts Page", description: "A scraped news page parsed by newsfacts." });

const ISO_CODE = /^[A-Z]{3}$/;

/**
 * The zod schema of {@link PageOptions}; unknown options are rejected.
 *
 * @category Schemas
 */
export const PageOptionsSchema: z.ZodType<PageOptions> = z.strictObject({
  referenceDate: referenceDateSchema.exactOptional(),
  bias: biasSchema.exactOptional(),
  rates: z
    .record(z.string(), z.number().finite("must be a finite number").positive("must be positive"))
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
    })
    .exactOptional(),
});
