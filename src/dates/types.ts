import type { Span } from "../core/span.js";

/**
 * How coarse a date mention is.
 *
 * @category Dates
 */
export type DateGrain = "day" | "week" | "month" | "quarter" | "half" | "season" | "year" | "decade" | "century";

/**
 * Which way a date without a year leans: `"past"` (the default for news)
 * takes the year that puts it on or before the reference date, `"future"`
 * on or after it, `"nearest"` whichever is closer.
 *
 * @category Dates
 */
export type DateBias = "past" | "future" | "nearest";

/**
 * One date mention, normalised to an inclusive ISO range.
 *
 * @category Dates
 */
export interface DateMention {
  /** The mention as it stands in the input. */
  text: string;
  /** Where it stands. */
  span: Span;
  /**
   * First day covered, ISO `YYYY-MM-DD` (BC years are negative astronomical
   * years, `-0699-01-01`), or `null` for a relative mention with no reference date.
   */
  start: string | null;
  /** Last day covered (inclusive), or `null` as for `start`. */
  end: string | null;
  /** How coarse the mention is. */
  grain: DateGrain;
  /** `"range"` when the mention joins two dates (`2006-2013`, `between 2015 and 2022`). */
  kind: "point" | "range";
  /** Whether resolving it needed the reference date (`last week`, `July 14`). */
  relative: boolean;
}

/**
 * Options of {@link detectDates}.
 *
 * @category Dates
 */
export interface DateOptions {
  /**
   * The date relative mentions resolve against: an ISO `YYYY-MM-DD` string,
   * or a `Date`, read in UTC. Without it relative mentions are still
   * reported, with `start` and `end` null.
   */
  referenceDate?: string | Date;
  /** Which way a date without a year leans. Default `"past"`. */
  bias?: DateBias;
}
