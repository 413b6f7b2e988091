import { TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureRule } from "../context.js";
import { drop, isPluralNoun, onLine } from "../rule-helpers.js";
import { NOUN_STOP_WORDS } from "../words.js";

/** Words that end a street's name (matched in any case, written with a capital). */
const STREET_WORDS: ReadonlySet<string> = new Set([
  "street", "st", "str", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "prospekt", "prospect", "drive",
  "embankment", "alley", "square", "ulitsa", "koshesi", "kochasi",
]);

/** Whether token `k` is a word written with a capital (ASCII or not). */
function capitalised(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  if (t.kind[k] !== TokenKind.Word) return false;
  const c = t.text.charCodeAt(t.start[k]!);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = t.text[t.start[k]!]!;
  return ch !== ch.toLowerCase();
}

/** Whether token `k` is plain digits. */
function plainDigits(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  for (let c = t.start[k]!; c < t.end[k]!; c++) {
    const ch = t.text.charCodeAt(c);
    if (ch < 0x30 || ch > 0x39) return false;
  }
  return true;
}

/**
 * House numbers in street addresses are not figures: `17 Charents Street`,
 * `at 5 Abay Avenue`, `10 Downing Street`. A number in plain digits, one to
 * three capitalised words of the street's name and a street word
 * (`Street`, `Avenue`, `Prospekt`, …, with a capital) are consumed and
 * reported as nothing. Not when a noun follows that the street names
 * (`3 Wall Street banks`): then the number counts the banks.
 *
 * @example `visit it at 17 Charents Street in Jermuk` → no figure.
 *
 * @category Figures
 */
export const streetAddressRule: FigureRule = {
  name: "street-address",
  order: 115,
  startsWith: { numbers: true, after: { words: true } },
  read(ctx, i) {
    const t = ctx.tokens;
    if (t.kind[i] !== TokenKind.Number || !plainDigits(ctx, i) || t.end[i]! - t.start[i]! > 4) return undefined;
    const a = ctx.amountAt(i);
    if (a === undefined || a.start !== i || a.next !== i + 1) return undefined;
    let k = i + 1;
    let names = 0;
    while (names < 3 && onLine(t, k) && capitalised(ctx, k) && !STREET_WORDS.has(ctx.lower(k))) {
      k++;
      names++;
    }
    if (names === 0 || !onLine(t, k) || !capitalised(ctx, k) || !STREET_WORDS.has(ctx.lower(k))) return undefined;
    const end = k + 1;
    // "3 Wall Street banks", "3 Wall Street Banks": the street names what is counted.
    if (onLine(t, end) && t.kind[end] === TokenKind.Word) {
      const w = ctx.lower(end);
      if (!NOUN_STOP_WORDS.has(w) && (isPluralNoun(w) || !capitalised(ctx, end))) return undefined;
    }
    return drop(i, end);
  },
};
