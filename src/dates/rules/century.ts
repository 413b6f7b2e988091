import { ORDINAL_WORDS } from "../../core/number-words.js";
import { dayFromCivil } from "../calendar.js";
import { fixedMatch, readOrdinal } from "../read.js";
import { NUMBER_ANCHOR, type DateRule } from "../rule.js";
import { ERA_WORDS } from "../tables.js";

/**
 * Centuries: `7th century BC` (700–601 BC, astronomical `-0699..-0600`),
 * `3rd century AD` (201–300), `the 19th century` (1801–1900),
 * `twenty-first century`, and the adjective `18th-century`. Grain `century`.
 *
 * @category Dates
 */
export const centuryRule: DateRule = {
  name: "century",
  digits: [1, 2],
  anchors: [NUMBER_ANCHOR, ...ORDINAL_WORDS.keys(), "twenty", "thirty"],
  keys: ["century", "c"],
  match(view, i) {
    const ord = readOrdinal(view, i, false);
    if (ord === undefined || ord.value < 1 || ord.value > 30) return undefined;
    // `the 18th century`, and as an adjective `the 18th-century mosque`.
    const at = view.isDash(ord.next) && view.glued(ord.next) && view.glued(ord.next + 1) ? ord.next + 1 : ord.next;
    const w = view.lower(at);
    if (w !== "century" && (w !== "c" || at !== ord.next)) return undefined;
    const n = ord.value;
    let next = at + 1;
    const era = ERA_WORDS.get(view.lower(next));
    if (era !== undefined) next++;
    if (era === "bc") {
      // 7th century BC = 700 BC … 601 BC; 1 BC is year 0, so N BC is 1 - N.
      return fixedMatch(i, next, "century", { start: dayFromCivil(1 - n * 100, 1, 1), end: dayFromCivil(1 - ((n - 1) * 100 + 1), 12, 31) });
    }
    return fixedMatch(i, next, "century", { start: dayFromCivil((n - 1) * 100 + 1, 1, 1), end: dayFromCivil(n * 100, 12, 31) });
  },
};
