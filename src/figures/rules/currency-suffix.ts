import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureRule } from "../context.js";
import type { CurrencyEntry } from "../lexicon.js";
import { amountFields, gluedHyphen, onLine } from "../rule-helpers.js";

/** How far back in the line a cue word (`Azerbaijan` for `manat`) is looked for. */
const CUE_WINDOW = 200;

/**
 * The currency's code, or its cue's: the nearest cue word before the figure
 * in the line decides (`Turkmenistan and Azerbaijan agreed … Ashgabat has
 * budgeted 350 million manat` is Turkmen), else the nearest after it.
 */
function resolveCode(ctx: FigureContext, entry: CurrencyEntry, at: number): string | null {
  const cues = entry.cues;
  if (cues === undefined) return entry.code;
  const t = ctx.tokens;
  const cueAt = (k: number): string | null | undefined => {
    if (t.kind[k] !== TokenKind.Word) return undefined;
    const w = ctx.lower(k);
    if (cues.words.includes(w)) return cues.code;
    return cues.homeWords?.includes(w) === true ? entry.code : undefined;
  };
  for (let k = at; k >= 0 && k > at - CUE_WINDOW; k--) {
    const code = cueAt(k);
    if (code !== undefined) return code;
    if ((t.flags[k]! & 2) !== 0) break;
  }
  for (let k = at + 1; k < t.count && k < at + CUE_WINDOW && (t.flags[k]! & 2) === 0; k++) {
    const code = cueAt(k);
    if (code !== undefined) return code;
  }
  return entry.code;
}

/**
 * Money with the currency after the number: `1.5 billion KZT`, `548,900 to
 * 791,300 tenge`, `20 million Swiss francs`, `five million yen`, `100₸`,
 * `12-cent`, `3 dollars 50 cents`. `pounds` is money only after a scale word
 * (`361 million pounds`); `manat` is Azerbaijani when the line names Azerbaijan.
 *
 * @example `over 20 million Swiss francs` (seed 004) → money 2e7 CHF, approx over.
 *
 * @category Figures
 */
export const currencySuffixRule: FigureRule = {
  name: "currency-suffix",
  order: 90,
  startsWith: { numbers: true, after: { words: true, currencies: true } },
  read(ctx, i) {
    const a = ctx.amountAt(i);
    if (a === undefined) return undefined;
    const t = ctx.tokens;
    let j = a.next;
    if (j >= t.count || !onLine(t, j)) return undefined;
    let hyphen = false;
    if (gluedHyphen(t, j)) {
      j++;
      hyphen = true;
    }
    const m = ctx.currencyNameAt(j) ?? ctx.currencySymbolAt(j);
    if (m === undefined) return undefined;
    // A symbol after the number must touch it or stand alone ("100 ₡"), not start the next amount ("$5 $6").
    if (m.value.needsScale && a.last.scale === 1) return undefined;
    if (m.next < t.count && onLine(t, m.next) && t.kind[m.next] === TokenKind.Number && (t.flags[m.next]! & 1) === 0) return undefined;
    const code = resolveCode(ctx, m.value, i);
    let value = amountFields(a, m.value.factor);
    let end = m.next;
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
    if (!hyphen && m.value.factor === 1 && a.value !== null) {
      let k = end;
      if (ctx.lower(k) === "and") k++;
      const cents = ctx.numberAt(k);
      if (cents !== undefined && cents.value < 100 && onLine(t, k)) {
        const unit = ctx.currencyNameAt(cents.next);
        if (unit !== undefined && unit.value.factor === 0.01 && unit.value.code === code) {
          value = { value: a.value + cents.value / 100 };
          end = unit.next;
        }
      }
    }
    return { start: a.start, end, kind: "money", ...value, ...(code === null ? {} : { currency: code }) };
  },
};
