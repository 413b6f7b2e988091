/**
 * Figure extraction: money, percents, quantities, counts, durations,
 * multipliers and other numbers, with values scaled.
 *
 * @module newsfacts/figures
 */
export { FigureSchema } from "./schema.js";
export type { Approx, Figure, FigureKind, UsdValue } from "./types.js";
export {
  createFigureExtractor,
  extractFigures,
  extractFiguresFromTokens,
  type FigureExtractor,
  type FigureExtractorOptions,
} from "./extract-figures.js";
export type { FigureContext, FigureMatch, FigureRule, RuleFollower, RuleStart } from "./context.js";
export { DEFAULT_FIGURE_RULES } from "./rules/index.js";
export { DEFAULT_UNITS, type UnitDefinition, type UnitDimension } from "./units.js";
export { DEFAULT_CURRENCY_NAMES, isoCurrencyNames, type CurrencyName } from "./currency-names.js";
