import { fixedMatch } from "../read.js";
import { dayFromCivil } from "../calendar.js";
import { NUMBER_ANCHOR, type DateRule, type TokenView } from "../rule.js";

/**
 * Early, mid and late parts of a decade as year offsets. SPEC.md fixes
 * `the early 2000s` as 2000–2003, four years; `late` mirrors it (the
 * 1990s' last four years, 1996–1999) and `mid` is the four in the middle,
 * so the parts are symmetric and meet at their edges.
 */
const DECADE_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["early", [0, 3]],
  ["mid", [3, 6]],
  ["late", [6, 9]],
]);

/**
 * Decades: `the 1960s`, `1990s`, `the early 2000s`, `the mid-1990s`,
 * `the late 1980s`, and two-digit `the 90s` (read as the 1990s).
 *
 * @category Dates
 */
export const decadeRule: DateRule = {
  name: "decade",
  digits: [2, 4],
  anchors: [NUMBER_ANCHOR, ...DECADE_PARTS.keys()],
  // Every decade has the glued `s` of `1960s`: most numbers have none near.
  keys: ["s"],
  match(view, i) {
    const part = DECADE_PARTS.get(view.lower(i));
    if (part !== undefined) {
      let j = i + 1;
      if (view.isDash(j) && view.glued(j) && view.glued(j + 1)) j++;
      const d = readDecade(view, j);
      if (d === undefined) return undefined;
      return fixedMatch(i, d.next, "decade", { start: dayFromCivil(d.start + part[0], 1, 1), end: dayFromCivil(d.start + part[1], 12, 31) });
    }
    const d = readDecade(view, i);
    if (d === undefined) return undefined;
    return fixedMatch(i, d.next, "decade", { start: dayFromCivil(d.start, 1, 1), end: dayFromCivil(d.start + 9, 12, 31) });
  },
};

/** `1960s` (a number ending in 0 with a glued `s`), `90s` after `the`. */
function readDecade(view: TokenView, i: number): { start: number; next: number } | undefined {
  const v = view.int(i);
  if (v < 0 || v % 10 !== 0) return undefined;
  if (!(view.isWord(i + 1) && view.glued(i + 1) && view.is(i + 1, "s"))) return undefined;
  const len = view.length(i);
  if (len === 4 && v >= 1000 && v <= 2090) return { start: v, next: i + 2 };
  if (len === 2 && (view.is(i - 1, "the") || view.isPunct(i - 1, "'\u2019"))) return { start: 1900 + v, next: i + 2 };
  return undefined;
}
