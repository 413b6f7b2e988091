import type { FigureRule } from "../context.js";
import { bareNumberRule } from "./bare-number.js";
import { countNounRule } from "./count-noun.js";
import { coupleOfRule } from "./couple-of.js";
import { currencyPrefixRule } from "./currency-prefix.js";
import { currencySuffixRule } from "./currency-suffix.js";
import { multiplierTimesRule } from "./multiplier-times.js";
import { multiplierWordRule } from "./multiplier-word.js";
import { percentOfRule } from "./percent-of.js";
import { percentRule } from "./percent.js";
import { rankNumberRule } from "./rank-number.js";
import { unitQuantityRule } from "./unit-quantity.js";
import { vagueScaleRule } from "./vague-scale.js";

export { bareNumberRule, countNounRule, coupleOfRule, currencyPrefixRule, currencySuffixRule, multiplierTimesRule };
export { multiplierWordRule, percentOfRule, percentRule, rankNumberRule, unitQuantityRule, vagueScaleRule };

/**
 * The default figure rules, in the order they are tried at each token. Rules
 * that start with a word (vague scales, multipliers, ranks, a currency
 * before the number) come first; then the rules that read a number and
 * classify it by what follows it, from the most specific (a percent sign, a
 * currency, a unit) to the least (a counted noun, a bare number).
 *
 * @example
 * ```ts
 * const extractor = createFigureExtractor({ rules: [myRule, ...DEFAULT_FIGURE_RULES] });
 * ```
 *
 * @category Figures
 */
export const DEFAULT_FIGURE_RULES: readonly FigureRule[] = [
  vagueScaleRule,
  coupleOfRule,
  multiplierWordRule,
  rankNumberRule,
  currencyPrefixRule,
  percentOfRule,
  percentRule,
  currencySuffixRule,
  unitQuantityRule,
  multiplierTimesRule,
  countNounRule,
  bareNumberRule,
];
