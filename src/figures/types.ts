import type { Span } from "../core/span.js";

/**
 * What a figure measures.
 *
 * @category Figures
 */
export type FigureKind = "money" | "percent" | "quantity" | "count" | "duration" | "multiplier" | "number";

/**
 * A bound or approximation word before a figure: `approximately`, `around`,
 * `some` → `"about"`; `more than`, `over`, `exceeded` → `"over"`; `less than`,
 * `under` → `"under"`; `at least` → `"at-least"`; `up to` → `"up-to"`;
 * `nearly`, `almost` → `"nearly"`.
 *
 * @category Figures
 */
export type Approx = "about" | "over" | "under" | "at-least" | "up-to" | "nearly";

/**
 * A money figure's value in US dollars, filled by `parsePage`.
 *
 * @category Figures
 */
export interface UsdValue {
  /** `value × rate`. */
  value: number;
  /** US dollars per one unit of the figure's currency. */
  rate: number;
  /** Where the rate came from: the page's own ticker, or `options.rates`. */
  source: "ticker" | "rates";
}

/**
 * One figure: an amount of money, a percent, a quantity with a unit, a
 * count, a duration, a multiplier or another stand-alone number.
 *
 * @category Figures
 */
export interface Figure {
  /** The figure as it stands in the input, with its approximation word. */
  text: string;
  /** Where it stands. */
  span: Span;
  /** What it measures. */
  kind: FigureKind;
  /** The value with scale applied (`1.5 billion` → 1500000000); `null` when only a range or a vague scale is given. */
  value: number | null;
  /** Lower end of a range (`14-15%` → 14). */
  min?: number;
  /** Upper end of a range (`14-15%` → 15). */
  max?: number;
  /** ISO 4217 code, for money. */
  currency?: string;
  /** Canonical unit id for quantities and durations: `"tonne"`, `"year"`, `"percentage-point"`. */
  unit?: string;
  /** Rate denominator: `$8.30 per day` → `"day"`. */
  per?: string;
  /** The approximation or bound word before it. */
  approx?: Approx;
  /** A bracketed conversion: `KZT 1.5 billion ($2.8 million)` → the `$2.8 million` figure. */
  equivalent?: Figure;
  /** What a count counts: `13,333 families` → `"families"`. */
  noun?: string;
  /** Money only, filled by `parsePage`: the value in US dollars and the rate used. */
  usd?: UsdValue;
}
