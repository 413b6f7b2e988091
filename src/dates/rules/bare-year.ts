import { MAX_BARE_YEAR, MIN_BARE_YEAR, fixedMatch } from "../read.js";
import { yearRange } from "../resolve.js";
import { NUMBER_ANCHOR, type DateRule } from "../rule.js";
import { hasYearPreposition, yearLeftContextOk, yearRightContextOk } from "../year-context.js";
import { ERA_WORDS } from "../tables.js";

/**
 * A four-digit number 1000–2099 used as a year: `In 2023,`, `since 1994`,
 * `by 2030`, `the 2020 Second Karabakh War`, `According to a 2021...`.
 * Not `2,264 tons` (a thousands group is not a year), `width="1378"`,
 * `No. 2024`, `1 - 6 of 1312`, `2000 people`. Years before 1900 need a
 * preposition (`in 1500`) since round numbers like `1500` are often counts.
 *
 * @category Dates
 */
export const bareYearRule: DateRule = {
  name: "bare-year",
  digits: [4],
  anchors: [NUMBER_ANCHOR],
  match(view, i) {
    if (view.length(i) !== 4) return undefined;
    const year = view.int(i);
    if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) return undefined;
    // `345 BC` and friends are read by the rules that know eras.
    if (view.isWord(i + 1) && ERA_WORDS.has(view.lower(i + 1))) return undefined;
    if (!yearLeftContextOk(view, i) || !yearRightContextOk(view, i, i + 1)) return undefined;
    if (year < 1900 && !hasYearPreposition(view, i)) return undefined;
    return fixedMatch(i, i + 1, "year", yearRange(year), { year });
  },
};
