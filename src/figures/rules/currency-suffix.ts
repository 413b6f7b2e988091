import { LINE_BEFORE, TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureRule } from "../context.js";
import type { CurrencyEntry } from "../lexicon.js";
import { amountFields, bracketedConversion, gluedHyphen, isCode, onLine, priceDecimals } from "../rule-helpers.js";

/** How far back and ahead in the line (in tokens) a cue word (`Azerbaijan` for `manat`) is looked for. */
const CUE_WINDOW = 200;

/**
 * How far back (in characters) earlier lines are read for a cue when the
 * figure's own line has none: about two paragraphs, so that a tariff
 * paragraph under a subheading (`What households will pay`) still sees the
 * country its story named just before.
 */
const CUE_LOOKBACK = 1000;

/**
 * The currency's code, or its cue's. The figure's own line decides first:
 * the nearest cue word before the figure (`Turkmenistan and Azerbaijan
 * agreed … Ashgabat has budgeted 350 million manat` is Turkmen), else the
 * nearest after it. A line with no cue takes the nearest one in the lines
 * just before it (up to {@link CUE_LOOKBACK} characters back), else the
 * currency's own code.
 */
function resolveCode(ctx: FigureContext, entry: CurrencyEntry, at: number): string | null {
  const cues = entry.cues;
  if (cues === undefined) return entry.code;
  const t = ctx.tokens;
  const home = cues.homeWords ?? [];
  // First letters of the cue words: most words are rejected from one code unit, unsliced.
  // (Only when every cue word starts with an ASCII letter, as the built-in ones do.)
  let firsts = 0;
  for (const w of [...cues.words, ...home]) {
    const bit = letterBit(w.charCodeAt(0));
    firsts = bit === 0 || firsts === -1 ? -1 : firsts | bit;
  }
  const cueAt = (k: number): string | null | undefined => {
    if (t.kind[k] !== TokenKind.Word) return undefined;
    const c0 = t.text.charCodeAt(t.start[k]!);
    if (firsts !== -1 && c0 < 0x80 && (letterBit(c0 | 0x20) & firsts) === 0) return undefined;
    const w = ctx.lower(k);
    if (cues.words.includes(w)) return cues.code;
    return home.includes(w) ? entry.code : undefined;
  };
  let k = at;
  let lineStart = -1;
  for (; k >= 0 && k > at - CUE_WINDOW; k--) {
    const code = cueAt(k);
    if (code !== undefined) return code;
    if ((t.flags[k]! & LINE_BEFORE) !== 0) {
      lineStart = k;
      break;
    }
  }
  if (k < 0) lineStart = 0;
  for (let f = at + 1; f < t.count && f < at + CUE_WINDOW && (t.flags[f]! & LINE_BEFORE) === 0; f++) {
    const code = cueAt(f);
    if (code !== undefined) return code;
  }
  // Earlier lines, nearest first; not past a line longer than the window.
  if (lineStart <= 0) return entry.code;
  const limit = t.start[at]! - CUE_LOOKBACK;
  for (k = lineStart - 1; k >= 0 && t.start[k]! >= limit; k--) {
    const code = cueAt(k);
    if (code !== undefined) return code;
  }
  return entry.code;
}

/** One bit per ASCII lower-case letter (0 for any other code unit). */
function letterBit(c: number): number {
  return c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 0;
}

/**
 * Money with the currency after the number: `1.5 billion KZT`, `548,900 to
 * 791,300 tenge`, `20 million Swiss francs`, `five million yen`, `100₸`,
 * `12-cent`, `3 dollars 50 cents`. `pounds` is money only after a scale word
 * (`361 million pounds`); `manat` is Azerbaijani when the line names Azerbaijan
 * (or, when the line names neither country, the lines just before it do).
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
    // "25 pounds" is a weight; "4.50 GEL", a code after a price with two decimals, is money.
    if (m.value.needsScale && a.last.scale === 1 && !bracketedConversion(ctx, a.start, m.next) && !(isCode(ctx, j, m.next) && priceDecimals(ctx, a))) {
      return undefined;
    }
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
