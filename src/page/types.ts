import type { DateBias, DateMention } from "../dates/types.js";
import type { Figure } from "../figures/types.js";
import type { Article, Segmentation } from "../segment/types.js";
import type { TickerQuote } from "../ticker/types.js";

/**
 * An article with the facts that fall inside it.
 *
 * @category Page
 */
export interface PageArticle extends Article {
  /** The date mentions inside the article (headline included), sorted by position. */
  dates: DateMention[];
  /** The figures inside the article (headline included), sorted by position. */
  figures: Figure[];
}

/**
 * A whole page: the header, the quotes, and each article with its facts.
 *
 * @category Page
 */
export interface Page extends Segmentation {
  /** The ticker's unique quotes, in first-seen order. */
  quotes: TickerQuote[];
  /** The stories, each with its dates and figures. */
  articles: PageArticle[];
}

/**
 * Options of {@link parsePage}.
 *
 * @category Page
 */
export interface PageOptions {
  /**
   * The date relative mentions resolve against (an ISO `YYYY-MM-DD` string or
   * a `Date`, read in UTC). Default: the page's own date line.
   */
  referenceDate?: string | Date;
  /** Which way a date without a year leans. Default `"past"`. */
  bias?: DateBias;
  /**
   * US dollars per one unit of a currency, by ISO 4217 code
   * (`{ KZT: 0.00192 }`). Where the page's own ticker also quotes a
   * currency, these win: a caller who passes a rate has a reason the page
   * cannot know (an official fixing, the article's own date).
   */
  rates?: Record<string, number>;
}
