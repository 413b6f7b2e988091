import type { FigureRule } from "../context.js";
import { DISCOVERED_RULES } from "../generated/rules.js";

/** Ascending `order`, then name: the order {@link DEFAULT_FIGURE_RULES} is tried in. */
function byOrder(a: FigureRule, b: FigureRule): number {
  return (a.order ?? 500) - (b.order ?? 500) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * The default figure rules, in the order they are tried at each token: every
 * rule exported from a file in `src/figures/rules/` (listed at build time by
 * `npm run generate`, so a new rule is one file and its test), sorted by
 * {@link FigureRule.order}. Rules that start with a word (vague scales, `a
 * decade`, multipliers, ranks, a currency before the number) come first;
 * then the rules that read a number and classify it by what follows it, from
 * the most specific (a percent sign, a currency, a unit) to the least (a
 * counted noun, a bare number).
 *
 * @example
 * ```ts
 * const extractor = createFigureExtractor({ rules: [myRule, ...DEFAULT_FIGURE_RULES] });
 * ```
 *
 * @category Figures
 */
export const DEFAULT_FIGURE_RULES: readonly FigureRule[] = /* @__PURE__ */ [...DISCOVERED_RULES].sort(byOrder);
