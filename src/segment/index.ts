/**
 * Article segmentation: the page header, then the articles with their
 * headlines and blocks, every piece with its exact span.
 *
 * @module newsfacts/segment
 */
export {
  ArticleSchema,
  BlockSchema,
  HeadlineSchema,
  PageDateSchema,
  PaginationSchema,
  SegmentationSchema,
} from "./schema.js";
export { segmentArticles } from "./segment-articles.js";
export type { Article, Block, BlockType, PageDate, Pagination, Segmentation } from "./types.js";
