/**
 * Date detection: every date mention, normalised to an ISO range with a grain.
 *
 * @module newsfacts/dates
 */
export { createDateDetector, detectDates, detectDatesInTokens } from "./detect-dates.js";
export type { DateDetector, DateDetectorOptions } from "./detect-dates.js";
export { DEFAULT_DATE_RULES } from "./rules/index.js";
export { KEY_REACH, NUMBER_ANCHOR, TokenView } from "./rule.js";
export type { DateMatch, DateRule, DayRange, ResolveEnv } from "./rule.js";
export { DateMentionSchema, DateOptionsSchema } from "./schema.js";
export type { DateBias, DateGrain, DateMention, DateOptions } from "./types.js";
