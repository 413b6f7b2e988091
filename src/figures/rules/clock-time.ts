import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureRule } from "../context.js";
import { drop, onLine, punctIs, touching } from "../rule-helpers.js";

/** Words before an hour that set a time: `at 9 am`, `from 8 pm`, `and 5 pm`. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  "at", "until", "till", "til", "by", "from", "to", "before", "after", "around", "about", "since", "between", "and", "or", "past",
]);

/**
 * The token after a clock suffix starting at `j`: `a.m.`, `p.m`, `AM`, `pm`,
 * `o'clock`, for the amount that starts at token `start`; or -1.
 */
function clockSuffixEnd(ctx: FigureContext, start: number, j: number): number {
  const t = ctx.tokens;
  if (j >= t.count || t.kind[j] !== TokenKind.Word || !onLine(t, j)) return -1;
  const w = ctx.lower(j);
  if (w === "o'clock" || w === "o’clock") return j + 1;
  if (w === "am" || w === "pm") {
    // "2 pm" is also two picometers: written in lower case without dots it is an
    // hour only after a word that sets a time (`at 2 pm`, `until 11 pm`).
    const raw = ctx.raw(j);
    return raw === "AM" || raw === "PM" || TIME_WORDS.has(ctx.lower(start - 1)) ? j + 1 : -1;
  }
  // "a.m." is four tokens glued together: "a" "." "m" ".".
  if ((w === "a" || w === "p") && punctIs(t, j + 1, 0x2e) && touching(t, j + 1) && touching(t, j + 2) && ctx.lower(j + 2) === "m") {
    return punctIs(t, j + 3, 0x2e) && touching(t, j + 3) ? j + 4 : j + 3;
  }
  return -1;
}

/**
 * A clock time: an hour (or a range of hours) with `a.m.`, `p.m.`, `am`,
 * `pm` or `o'clock` after it (`queues formed from 7 a.m.`, `until 11 pm`,
 * `9-11 a.m.`). SPEC puts clock times outside dates and figures: the tokens
 * are consumed and nothing is reported.
 *
 * @example `shops open at 8 a.m.` → nothing.
 *
 * @category Figures
 */
export const clockTimeRule: FigureRule = {
  name: "clock-time",
  order: 25,
  startsWith: { numbers: true, after: { words: true } },
  read(ctx, i) {
    const a = ctx.amountAt(i);
    if (a === undefined) return undefined;
    const top = a.value ?? a.max;
    if (top === undefined || top < 0 || top > 24) return undefined;
    const end = clockSuffixEnd(ctx, a.start, a.next);
    if (end < 0) return undefined;
    return drop(a.start, end);
  },
};
