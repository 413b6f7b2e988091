import { DISCOVERED_RULES } from "../generated/rules.js";
import type { DateRule } from "../rule.js";

/**
 * The default date rules: every rule exported from a file in
 * `src/dates/rules/`, in file-name order. The list is generated at build
 * time (`npm run generate`), so a contributor adds a date phrase as one new
 * rule file plus its test and edits no list. At each anchor the longest
 * match wins; on a tie, the rule listed first (the rules are written so that
 * ties do not happen: the seed gold, the held-out sets and the conformance
 * suite give the same answers with the list reversed). Build your own list
 * to add or drop rules.
 *
 * @example
 * ```ts
 * const noWeekdays = createDateDetector({ rules: DEFAULT_DATE_RULES.filter((r) => r.name !== "weekday") });
 * noWeekdays.detect("On Sunday, after winning the Halle grass court tournament", { referenceDate: "2025-12-16" });
 * // → []
 * ```
 * @category Dates
 */
export const DEFAULT_DATE_RULES: readonly DateRule[] = DISCOVERED_RULES;
