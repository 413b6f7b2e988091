import { relativeMatch } from "../read.js";
import type { DateRule } from "../rule.js";
import type { DateUnit } from "../tables.js";
import { periodOf } from "../units.js";

/** Units a back-reference can name. */
const BACK_UNITS: ReadonlyMap<string, DateUnit> = new Map([
  ["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"],
]);

/** `the previous year`, `the following day`: offset from the period of the date before. */
const AFTER_THE: ReadonlyMap<string, number> = new Map([
  ["same", 0], ["previous", -1], ["prior", -1], ["preceding", -1], ["following", 1], ["next", 1],
]);

/** Words that make `last day` someone's or something's (`his last day`), not a date. */
const OWNERS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your", "a", "an", "this", "that", "every", "each", "whose", "one"]);

/** Words that may follow a bare `next day` / `last day` used as a date (`Next day he left`). */
const BARE_DAY_FOLLOWERS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "at", "in", "on", "and", "but", "when", "as", "there", "was", "is", "will", "would"]);

/**
 * Back-references, resolved from the nearest date before them in the text
 * (SPEC.md), or the reference date when there is none: `the same year`,
 * `that month`, `That same month`, `the previous year`, `the following
 * day`, `later that year`. `the` is not part of the mention
 * (`In the same year` → `same year`), `that` is.
 *
 * @category Dates
 */
export const backReferenceRule: DateRule = {
  name: "back-reference",
  anchors: [...AFTER_THE.keys(), "last", "that", "later", "earlier"],
  keys: [...BACK_UNITS.keys()],
  match(view, i) {
    const w = view.lower(i);
    let j = i + 1;
    let offset = 0;
    if (w === "that") {
      if (view.is(j, "same")) j++;
    } else if (w === "later" || w === "earlier") {
      if (!view.is(j, "that")) return undefined;
      j++;
    } else if (!view.is(i - 1, "the")) {
      // `Next day, the police…`, `last day`: without the article only the
      // day, and not after a word that owns it (`his last day`, `a next
      // day`) or before `of` (`last day of trading`).
      if ((w !== "next" && w !== "last") || !view.is(j, "day") || OWNERS.has(view.lower(i - 1))) return undefined;
      // `next day delivery`, `last day of trading`: a noun after it makes a compound.
      if (view.lowercase(j + 1) && !view.lineBefore(j + 1) && !BARE_DAY_FOLLOWERS.has(view.lower(j + 1))) return undefined;
      offset = w === "next" ? 1 : -1;
    } else {
      const off = AFTER_THE.get(w);
      if (off === undefined) return undefined;
      offset = off;
    }
    const unit = BACK_UNITS.get(view.base(j));
    if (unit === undefined || view.lineBefore(j)) return undefined;
    // `that year-end`, `the same day-to-day`: compounds.
    if (view.isDash(j + 1) && view.glued(j + 1)) return undefined;
    // `that day` at the start of a sentence quoted from someone is still a
    // back-reference; `that year’s` is too.
    return relativeMatch(i, j + 1, unit, (env) => {
      // Only a date at least as fine as the unit can anchor it; when the
      // dates before are all coarser (`in 2023 … the same day`), the day is
      // unknown. With no date before at all, the reference stands in.
      const before = env.previousAt(unit);
      if (before === null && env.previous !== null) return null;
      const anchor = before?.start ?? env.reference;
      return anchor === null ? null : periodOf(unit, anchor, offset);
    });
  },
};
