/**
 * Date detection: every date mention, normalised to an ISO range with a grain.
 *
 * @module newsfacts/dates
 */
export { DateMentionSchema, DateOptionsSchema } from "./schema.js";
export type { DateBias, DateGrain, DateMention, DateOptions } from "./types.js";
