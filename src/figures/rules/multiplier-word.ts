import { TokenKind } from "../../core/tokens.js";
import type { FigureRule } from "../context.js";
import { MULTIPLIER_WORDS } from "../words.js";

/** Words before `double`/`triple` that make it a verb: `expected to double`, `more than double`. */
const VERB_BEFORE: ReadonlySet<string> = new Set([
  "to", "will", "would", "could", "can", "may", "might", "should", "must", "than", "nearly", "almost", "did", "does", "and",
  "or", "roughly", "about", "more",
]);

/** Words after `double`/`triple` that make it a verb or an amount: `double the amount`, `double in size`. */
const AFTER: ReadonlySet<string> = new Set([
  "the", "its", "their", "his", "her", "our", "in", "by", "from", "over", "within", "again", "and", "or", "that", "this",
  "compared", "since", "to", "between", "as", "what",
]);

/**
 * Multipliers in one word: `doubled`, `tripled`, `twofold`, and `double` or
 * `triple` where they are verbs or amounts (`expected to double`, `more than
 * double`) rather than adjectives (`double taxation`).
 *
 * @example `Per capita consumption doubled` (seed 002) → multiplier 2.
 *
 * @category Figures
 */
export const multiplierWordRule: FigureRule = {
  name: "multiplier-word",
  order: 40,
  startsWith: { words: [...MULTIPLIER_WORDS.keys()] },
  read(ctx, i) {
    const t = ctx.tokens;
    if (t.kind[i] !== TokenKind.Word) return undefined;
    const w = ctx.lower(i);
    const value = MULTIPLIER_WORDS.get(w);
    if (value === undefined) return undefined;
    if (w === "double" || w === "triple" || w === "quadruple") {
      const before = ctx.lower(i - 1);
      const nextIsWord = i + 1 < t.count && t.kind[i + 1] === TokenKind.Word && (t.flags[i + 1]! & 2) === 0;
      if (!(VERB_BEFORE.has(before) || !nextIsWord || AFTER.has(ctx.lower(i + 1)))) return undefined;
      // "double-digit", "double-edged": a compound adjective.
      if (i + 1 < t.count && t.kind[i + 1] === TokenKind.Punct && (t.flags[i + 1]! & 3) === 0 && ctx.raw(i + 1) === "-") return undefined;
    }
    return { start: i, end: i + 1, kind: "multiplier", value };
  },
};
