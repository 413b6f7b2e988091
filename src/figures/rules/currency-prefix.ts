import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureRule } from "../context.js";
import { readAmount } from "../read-number.js";
import { amountFields, bracketedConversion, isCode, onLine, priceDecimals, touching } from "../rule-helpers.js";

/** Whether token `k` is a word of two or more letters, all ASCII capitals: `RESIDENTS`. */
function capitalsWord(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== TokenKind.Word || !onLine(t, k) || t.end[k]! - t.start[k]! < 2) return false;
  for (let c = t.start[k]!; c < t.end[k]!; c++) {
    const ch = t.text.charCodeAt(c);
    if (ch < 0x41 || ch > 0x5a) return false;
  }
  return true;
}

/**
 * Money with the currency first: `$30.1 billion`, `KZT 1.5 billion`,
 * `USD $7 billion`, `US$ 150 million`, `₸5,000`, `$5-6 million` (a range),
 * `KZT5bn` (a code glued to its amount).
 * Every ISO 4217 code counts, in capitals; the codes that are also English
 * words (`ALL`, `TOP`, `GEL`, …) only with a scale word (`GEL 71 million`),
 * in a bracketed conversion (`€20 (GEL 58)`) or before a price written with
 * two decimals (`GEL 4.50`).
 *
 * @example `more than KZT 1.5 billion ($2.8 million)` (seed 000) → money 1.5e9 KZT with a USD equivalent.
 *
 * @category Figures
 */
export const currencyPrefixRule: FigureRule = {
  name: "currency-prefix",
  order: 60,
  startsWith: { currencies: true },
  read(ctx, i) {
    const sym = ctx.currencySymbolAt(i);
    if (sym === undefined) return undefined;
    const t = ctx.tokens;
    const j = sym.next;
    if (j >= t.count || !onLine(t, j)) return undefined;
    // "KZT5bn", "RMB100": digits glued to a code are a code to the number
    // reader ("S450"), but after a currency code they are its amount.
    const glued = t.kind[j - 1] === TokenKind.Word && t.kind[j] === TokenKind.Number && touching(t, j);
    const a = glued ? readAmount(ctx, j, true) : ctx.amountAt(j);
    if (a === undefined || a.start !== j) return undefined;
    const entry = sym.value;
    let end = a.next;
    let factor = entry.factor;
    // "£15m", "$3bn": after a currency sign a glued "m" is millions, not meters.
    if (a.last.scale === 1 && end < t.count && t.kind[end] === TokenKind.Word && (t.flags[end]! & 3) === 0 && ctx.raw(end) === "m") {
      factor *= 1e6;
      end++;
    }
    // A code that is also a word in capitals ("ALL 5 solutions", "TOP 10") is
    // money only with a scale ("GEL 71 million", "GEL5m"), in a bracketed
    // conversion, or before a price with two decimals ("GEL 4.50").
    if (entry.needsScale && a.last.scale === 1 && factor === entry.factor && !bracketedConversion(ctx, i, end) && !(isCode(ctx, i, sym.next) && priceDecimals(ctx, a))) {
      return undefined;
    }
    // In a line set in capitals ("ALL 3 MILLION RESIDENTS") the code is a word.
    if (entry.needsScale && capitalsWord(ctx, end)) return undefined;
    // A glued amount must end there: "MDL2A" is a model name.
    if (glued && end < t.count && touching(t, end) && t.kind[end] !== TokenKind.Punct) return undefined;
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
