/**
 * Figure extraction: money, percents, quantities, counts, durations,
 * multipliers and other numbers, with values scaled.
 *
 * @module newsfacts/figures
 */
export { FigureSchema } from "./schema.js";
export type { Approx, Figure, FigureKind, UsdValue } from "./types.js";
