import type { DateRule } from "../rule.js";
import { backReferenceRule } from "./back-reference.js";
import { bareYearRule } from "./bare-year.js";
import { casualDayRule } from "./casual-day.js";
import { centuryRule } from "./century.js";
import { dayMonthRule } from "./day-month.js";
import { decadeRule } from "./decade.js";
import { fiscalYearRule } from "./fiscal-year.js";
import { monthDateRule } from "./month-date.js";
import { numericDateRule } from "./numeric-date.js";
import { partOfPeriodRule } from "./part-of-period.js";
import { partOfYearRule } from "./part-of-year.js";
import { relativePeriodRule } from "./relative-period.js";
import { seasonRule } from "./season.js";
import { timeAgoRule } from "./time-ago.js";
import { weekdayRule } from "./weekday.js";
import { yearMonthRule } from "./year-month.js";
import { yearRangeRule } from "./year-range.js";

export { backReferenceRule, bareYearRule, casualDayRule, centuryRule, dayMonthRule, decadeRule, fiscalYearRule, monthDateRule, numericDateRule };
export { partOfPeriodRule, partOfYearRule, relativePeriodRule, seasonRule, timeAgoRule, weekdayRule, yearMonthRule, yearRangeRule };

/**
 * The default date rules. At each anchor the longest match wins; on a tie,
 * the rule listed first. Build your own list to add or drop rules.
 *
 * @example
 * ```ts
 * const noWeekdays = createDateDetector({ rules: DEFAULT_DATE_RULES.filter((r) => r.name !== "weekday") });
 * noWeekdays.detect("On Sunday, after winning the Halle grass court tournament", { referenceDate: "2025-12-16" });
 * // → []
 * ```
 * @category Dates
 */
export const DEFAULT_DATE_RULES: readonly DateRule[] = [
  numericDateRule,
  yearRangeRule,
  yearMonthRule,
  dayMonthRule,
  monthDateRule,
  weekdayRule,
  centuryRule,
  decadeRule,
  fiscalYearRule,
  partOfYearRule,
  partOfPeriodRule,
  seasonRule,
  relativePeriodRule,
  backReferenceRule,
  timeAgoRule,
  casualDayRule,
  bareYearRule,
];
