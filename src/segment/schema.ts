import * as z from "zod/mini";
import { SpanSchema } from "../core/span.js";
import type { Article, Block, PageDate, Pagination, Segmentation } from "./types.js";

/**
 * The zod schema of {@link Block}.
 *
 * @category Schemas
 */
export const BlockSchema: z.ZodMiniType<Block> = /* @__PURE__ */ z
  .object({
    type: z.enum(["paragraph", "subheading", "list-item", "credit", "caption"]),
    text: z.string(),
    span: SpanSchema,
  })
  .register(z.globalRegistry, { id: "Block" });

/**
 * The zod schema of an article's headline.
 *
 * @category Schemas
 */
export const HeadlineSchema: z.ZodMiniType<Article["headline"]> = /* @__PURE__ */ z
  .object({ text: z.string(), span: SpanSchema })
  .register(z.globalRegistry, { id: "Headline" });

/**
 * The zod schema of {@link PageDate}.
 *
 * @category Schemas
 */
export const PageDateSchema: z.ZodMiniType<PageDate> = /* @__PURE__ */ z
  .object({ value: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), span: SpanSchema })
  .register(z.globalRegistry, { id: "PageDate" });

/**
 * The zod schema of {@link Pagination}.
 *
 * @category Schemas
 */
export const PaginationSchema: z.ZodMiniType<Pagination> = /* @__PURE__ */ z
  .object({
    from: z.number().check(z.int()),
    to: z.number().check(z.int()),
    total: z.number().check(z.int()),
    span: SpanSchema,
  })
  .register(z.globalRegistry, { id: "Pagination" });

/**
 * The zod schema of {@link Article}.
 *
 * @category Schemas
 */
export const ArticleSchema: z.ZodMiniType<Article> = /* @__PURE__ */ z
  .object({
    headline: HeadlineSchema,
    blocks: z.array(BlockSchema),
    truncated: z.boolean(),
    span: SpanSchema,
  })
  .register(z.globalRegistry, { id: "Article" });

/**
 * The zod schema of {@link Segmentation}.
 *
 * @category Schemas
 */
export const SegmentationSchema: z.ZodMiniType<Segmentation> = /* @__PURE__ */ z
  .object({
    ticker: z.nullable(SpanSchema),
    date: z.nullable(PageDateSchema),
    pagination: z.nullable(PaginationSchema),
    preamble: z.array(BlockSchema),
    articles: z.array(ArticleSchema),
  })
  .register(z.globalRegistry, { id: "Segmentation" });
