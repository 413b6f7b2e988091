import { z } from "zod";
import { SpanSchema } from "../core/span.js";
import type { Article, Block, PageDate, Pagination, Segmentation } from "./types.js";

/**
 * The zod schema of {@link Block}.
 *
 * @category Schemas
 */
export const BlockSchema: z.ZodType<Block> = z
  .object({
    type: z.enum(["paragraph", "subheading", "list-item", "credit", "caption"]),
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: "Block" });

/**
 * The zod schema of an article's headline.
 *
 * @category Schemas
 */
export const HeadlineSchema: z.ZodType<Article["headline"]> = z
  .object({ text: z.string(), span: SpanSchema })
  .meta({ id: "Headline" });

/**
 * The zod schema of {@link PageDate}.
 *
 * @category Schemas
 */
export const PageDateSchema: z.ZodType<PageDate> = z
  .object({ value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), span: SpanSchema })
  .meta({ id: "PageDate" });

/**
 * The zod schema of {@link Pagination}.
 *
 * @category Schemas
 */
export const PaginationSchema: z.ZodType<Pagination> = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    total: z.number().int(),
    span: SpanSchema,
  })
  .meta({ id: "Pagination" });

/**
 * The zod schema of {@link Article}.
 *
 * @category Schemas
 */
export const ArticleSchema: z.ZodType<Article> = z
  .object({
    headline: HeadlineSchema,
    blocks: z.array(BlockSchema),
    truncated: z.boolean(),
    span: SpanSchema,
  })
  .meta({ id: "Article" });

/**
 * The zod schema of {@link Segmentation}.
 *
 * @category Schemas
 */
export const SegmentationSchema: z.ZodType<Segmentation> = z
  .object({
    ticker: SpanSchema.nullable(),
    date: PageDateSchema.nullable(),
    pagination: PaginationSchema.nullable(),
    preamble: z.array(BlockSchema),
    articles: z.array(ArticleSchema),
  })
  .meta({ id: "Segmentation" });
