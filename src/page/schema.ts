import { z } from "zod";
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
    .record(
      z.string().regex(ISO_CODE, "keys must be ISO 4217 codes such as KZT"),
      z.number().finite("must be a finite number").positive("must be positive"),
    )
    .exactOptional(),
});
