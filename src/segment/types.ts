import type { Span } from "../core/span.js";

/**
 * The kind of a body block.
 *
 * @category Segment
 */
export type BlockType = "paragraph" | "subheading" | "list-item" | "credit" | "caption";

/**
 * One line-level piece of an article body (or of the preamble).
 *
 * @category Segment
 */
export interface Block {
  /** What the line is: a paragraph, a subheading, a list item, a credit or a caption shortcode. */
  type: BlockType;
  /** The line's text without surrounding white space; equals the input sliced at `span`. */
  text: string;
  /** Where the text stands in the input. */
  span: Span;
}

/**
 * A story: its headline and the blocks after it, up to the next headline.
 *
 * @category Segment
 */
export interface Article {
  /** The headline line. */
  headline: {
    /** The headline without surrounding white space. */
    text: string;
    /** Where it stands in the input. */
    span: Span;
  };
  /** The body, in reading order. */
  blocks: Block[];
  /** Whether the body ends in a `...` / `…` teaser cut. */
  truncated: boolean;
  /** From the headline's start to the last block's end. */
  span: Span;
}

/**
 * The page date line that follows the ticker (`12 December 2025`).
 *
 * @category Segment
 */
export interface PageDate {
  /** The date as ISO `YYYY-MM-DD`. */
  value: string;
  /** Where the date line stands. */
  span: Span;
}

/**
 * The `Viewing results 19 - 24 of 1312` line of a listing page, as printed.
 *
 * @category Segment
 */
export interface Pagination {
  /** The first result shown. */
  from: number;
  /** The last result shown. */
  to: number;
  /** The total as printed (real pages sometimes print a total below `to`). */
  total: number;
  /** Where the line stands. */
  span: Span;
}

/**
 * A page split into its header and its articles. Every non-whitespace
 * character of the input lies in exactly one of `ticker`, `date`,
 * `pagination`, a headline or a block.
 *
 * @category Segment
 */
export interface Segmentation {
  /** The whole ticker block, or `null` when the page has none. */
  ticker: Span | null;
  /** The page date line, or `null`. */
  date: PageDate | null;
  /** The pagination line of a listing page, or `null`. */
  pagination: Pagination | null;
  /** Stray lines before the first headline that are not the header. */
  preamble: Block[];
  /** The stories, in page order. */
  articles: Article[];
}
