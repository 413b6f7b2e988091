import { TokenKind } from "../../core/tokens.js";
import type { FigureRule } from "../context.js";
import { amountFields, onLine } from "../rule-helpers.js";

/**
 * Money with the currency first: `$30.1 billion`, `KZT 1.5 billion`,
 * `USD $7 billion`, `US$ 150 million`, `₸5,000`, `$5-6 million` (a range).
 * Every ISO 4217 code counts, in capitals.
 *
 * @example `more than KZT 1.5 billion ($2.8 million)` (seed 000) → money 1.5e9 KZT with a USD equivalent.
 *
 * @category Figures
 */
export const currencyPrefixRule: FigureRule = {
  name: "currency-prefix",
  startsWith: { currencies: true },
  read(ctx, i) {
    const sym = ctx.currencySymbolAt(i);
    if (sym === undefined) return undefined;
    const t = ctx.tokens;
    const j = sym.next;
    if (j >= t.count || !onLine(t, j)) return undefined;
    const a = ctx.amountAt(j);
    if (a === undefined || a.start !== j) return undefined;
    const entry = sym.value;
    let end = a.next;
    let factor = entry.factor;
    // "£15m", "$3bn": after a currency sign a glued "m" is millions, not meters.
    if (a.last.scale === 1 && end < t.count && t.kind[end] === TokenKind.Word && (t.flags[end]! & 3) === 0 && ctx.raw(end) === "m") {
      factor *= 1e6;
      end++;
    }
    // "$5 USD": a repeated code after the amount belongs to it.
    const after = ctx.currencyNameAt(end);
    if (after !== undefined && after.value.code === entry.code && onLine(t, end)) end = after.next;
    return {
      start: i,
      end,
      kind: "money",
      ...amountFields(a, factor),
      ...(entry.code === null ? {} : { currency: entry.code }),
    };
  },
};
