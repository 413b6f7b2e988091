import { CARDINAL_WORDS, SCALE_WORDS } from "../core/number-words.js";
import { LINE_BEFORE, SPACE_BEFORE, TokenKind, type Tokens } from "../core/tokens.js";
import type { FigureContext, FigureMatch } from "./context.js";
import { scaleBy, type Amount } from "./read-number.js";
import { inTitleCaseLine } from "./title-case.js";
import { IRREGULAR_PLURAL_ENDINGS, IRREGULAR_PLURALS, LABEL_WORDS, NOUN_STOP_WORDS, SINGULAR_COMPOUNDS, VAGUE_SCALES, VERB_CUES } from "./words.js";

/**
 * Helpers the rules share: noun phrases of counts, code and label checks,
 * and turning an amount into a match.
 */

/** Whether token `i` stays on the line of the token before it. */
export function onLine(t: Tokens, i: number): boolean {
  return i < t.count && (t.flags[i]! & LINE_BEFORE) === 0;
}

/** Whether token `i` touches the token before it. */
export function touching(t: Tokens, i: number): boolean {
  return i > 0 && i < t.count && (t.flags[i]! & (SPACE_BEFORE | LINE_BEFORE)) === 0;
}

/**
 * Whether token `i` is the word `w` (ASCII, lower-case) in any case. The kind
 * and length are compared first, so asking about a number or a longer word
 * slices nothing (lower-casing keeps the length of any token that lower-cases
 * to ASCII).
 */
export function wordIs(ctx: FigureContext, i: number, w: string): boolean {
  const t = ctx.tokens;
  return i >= 0 && i < t.count && t.kind[i] === TokenKind.Word && t.end[i]! - t.start[i]! === w.length && ctx.lower(i) === w;
}

/** Whether token `i` is one punctuation code unit `code`. */
export function punctIs(t: Tokens, i: number, code: number): boolean {
  return i >= 0 && i < t.count && t.kind[i] === TokenKind.Punct && t.end[i]! - t.start[i]! === 1 && t.text.charCodeAt(t.start[i]!) === code;
}

/** Whether token `i` is a hyphen glued on both sides (`44-day`). */
export function gluedHyphen(t: Tokens, i: number): boolean {
  return punctIs(t, i, 0x2d) && touching(t, i) && touching(t, i + 1);
}

/**
 * Whether a lower-cased word looks like a plural noun (`families`, `people`,
 * and compounds of the irregular plurals: `schoolchildren`, `fishermen`).
 */
export function isPluralNoun(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 3) return false;
  if (!w.endsWith("s")) return irregularCompound(w);
  return !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s") || w.endsWith("’s"));
}

/** Whether `w` is a compound of an irregular plural: `schoolchildren`, `townspeople`, `gunmen`. */
function irregularCompound(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  // Every ending ends in "n", "e" or "k": most words are turned away here.
  if (last !== 0x6e && last !== 0x65 && last !== 0x6b) return false;
  for (const ending of IRREGULAR_PLURAL_ENDINGS) {
    if (w.length >= ending.length + 2 && w.endsWith(ending)) return !SINGULAR_COMPOUNDS.has(w);
  }
  return false;
}

const MONTHS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** A counted noun phrase: where it ends and its head noun. */
export interface NounPhrase {
  /** The head noun, lower-cased: `wanted individuals` → `individuals`. */
  noun: string;
  /** Token after the head noun. */
  end: number;
}

/**
 * Reads the noun phrase a count counts, starting at token `j`: up to five
 * words (hyphenated compounds count as one) that are not function words; the
 * head is the last plural-looking word (`46 wanted individuals`, `five most
 * valuable pieces of jewelry` → `pieces`). With `singular` the last word is
 * the head even if it is not plural (`1 person`).
 */
export function readNounPhrase(ctx: FigureContext, j: number, singular: boolean): NounPhrase | undefined {
  const t = ctx.tokens;
  let k = j;
  let best: NounPhrase | undefined;
  let words = 0;
  while (k < t.count && words < 5) {
    if (!onLine(t, k) || ctx.blocked(k) || t.kind[k] !== TokenKind.Word) break;
    if (k === j && (t.flags[k]! & SPACE_BEFORE) === 0) break;
    const w = ctx.lower(k);
    if (NOUN_STOP_WORDS.has(w) || MONTHS.has(w) || CARDINAL_WORDS.has(w) || SCALE_WORDS.has(w) || VAGUE_SCALES.has(w)) break;
    let e = k + 1;
    while (gluedHyphen(t, e) && t.kind[e + 1] === TokenKind.Word) e += 2;
    // A glued digit or symbol after the word makes it a code ("5 children2").
    if (e < t.count && touching(t, e) && t.kind[e] !== TokenKind.Punct) break;
    const head = ctx.lower(e - 1);
    if (isPluralNoun(head)) {
      // The first plural is the head unless another plural follows at once
      // ("sales representatives"): "Families Receive Funds", "refineries KMGI owns".
      if (best !== undefined) {
        best = { noun: head, end: e };
        break;
      }
      best = { noun: head, end: e };
    } else if (best !== undefined) {
      break;
    } else if (singular && words === 0) {
      best = { noun: head, end: e };
    }
    words++;
    k = e;
  }
  return best;
}

/** Whether code unit `c` is an ASCII lower-case letter. */
function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Whether the token before `i` is a label that makes the number a name:
 * `Article 5`, `Part Two`, `level three`. A lower-case label word is a verb
 * after a modal (`will order 300 buses`, `did not issue five licences`), and
 * with `counted` (a counted noun follows) also before a number in lower-case
 * words (`plans to order three new vessels`): then the number is no name.
 */
export function afterLabel(ctx: FigureContext, i: number, counted = false): boolean {
  const t = ctx.tokens;
  if (i === 0 || !onLine(t, i)) return false;
  if (afterFlightCode(ctx, i) || inProductName(ctx, i)) return true;
  let p = i - 1;
  if (punctIs(t, p, 0x2e)) p--;
  if (p < 0 || t.kind[p] !== TokenKind.Word) return false;
  if (!LABEL_WORDS.has(ctx.lower(p))) return false;
  if (p !== i - 1 || !isLowerAscii(t.text.charCodeAt(t.start[p]!))) return true;
  if (onLine(t, p) && t.kind[p - 1] === TokenKind.Word && VERB_CUES.has(ctx.lower(p - 1))) return false;
  return !(counted && t.kind[i] === TokenKind.Word && isLowerAscii(t.text.charCodeAt(t.start[i]!)));
}

/**
 * Prepositions that open a fronted phrase whose proper noun may stand right
 * before a number (`in Tashkent 5 schools opened`): after them a title-case
 * word is not read as the name of a model.
 */
const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on", "from", "by", "since", "after", "before", "during", "across", "throughout"]);

/**
 * Whether the number at token `i` is glued into a product name: short plain
 * digits (one to four, no separator) right after a title-case word inside a
 * sentence (`the first Tiggo 7 crossovers`, `a Chery Tiggo 4 costs`, `the
 * Windows 11 update`). English puts no name-like word between a determiner
 * and a count, so a capitalised word there names the model. Not the first
 * word of a sentence or a line (`Some 30 people`), not after a preposition
 * that may front a place (`in Tashkent 5 schools`), not a word of a date,
 * and not in a title-case line, where every word is capitalised.
 */
function inProductName(ctx: FigureContext, i: number): boolean {
  const t = ctx.tokens;
  const p = i - 1;
  if (p < 1 || t.kind[i] !== TokenKind.Number || t.kind[p] !== TokenKind.Word || t.kind[p - 1] !== TokenKind.Word) return false;
  if (!onLine(t, i) || !onLine(t, p) || (t.flags[i]! & SPACE_BEFORE) === 0 || (t.flags[p]! & SPACE_BEFORE) === 0) return false;
  const s = t.start[i]!;
  const e = t.end[i]!;
  if (e - s > 4) return false;
  for (let c = s; c < e; c++) {
    const ch = t.text.charCodeAt(c);
    if (ch < 0x30 || ch > 0x39) return false;
  }
  // The token after the digits must not glue onto them ("7.5", "7,000", "7%").
  if (i + 1 < t.count && touching(t, i + 1) && t.kind[i + 1] !== TokenKind.Punct) return false;
  if (i + 1 < t.count && touching(t, i + 1) && (punctIs(t, i + 1, 0x2e) || punctIs(t, i + 1, 0x2c)) && i + 2 < t.count && touching(t, i + 2) && t.kind[i + 2] === TokenKind.Number) return false;
  const ps = t.start[p]!;
  const pe = t.end[p]!;
  if (pe - ps < 2 || !isUpperAscii(t.text.charCodeAt(ps))) return false;
  for (let c = ps + 1; c < pe; c++) {
    if (!isLowerAscii(t.text.charCodeAt(c))) return false;
  }
  if (ctx.blocked(p) || FRONTING_PREPOSITIONS.has(ctx.lower(p - 1))) return false;
  return !inTitleCaseLine(t, i);
}

/** Whether code unit `c` is an ASCII capital letter. */
function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/**
 * Where an airline designator that ends right before token `i` starts: two
 * capitals (`HY`, `KC`) in one word, or a capital and a digit glued either
 * way (`J2`, `7J`); else -1.
 */
function airlineCodeStart(t: Tokens, i: number): number {
  const p = i - 1;
  if (p < 0 || (t.flags[i]! & SPACE_BEFORE) === 0) return -1;
  const s = t.start[p]!;
  const len = t.end[p]! - s;
  if (t.kind[p] === TokenKind.Word && len === 2) {
    return isUpperAscii(t.text.charCodeAt(s)) && isUpperAscii(t.text.charCodeAt(s + 1)) ? p : -1;
  }
  // "J2", "7J": two one-character tokens glued together, one a capital and one a digit.
  if (len !== 1 || p < 1 || !touching(t, p) || t.end[p - 1]! - t.start[p - 1]! !== 1) return -1;
  const a = t.kind[p - 1];
  const b = t.kind[p];
  const letterDigit = a === TokenKind.Word && b === TokenKind.Number && isUpperAscii(t.text.charCodeAt(t.start[p - 1]!));
  const digitLetter = a === TokenKind.Number && b === TokenKind.Word && isUpperAscii(t.text.charCodeAt(s));
  return letterDigit || digitLetter ? p - 1 : -1;
}

/**
 * Whether the number at token `i` is a flight number: `flight` (or
 * `flights`) and an airline designator right before it, on one line:
 * `Flight HY 531`, `flight KC 901`, `flights J2 8012`.
 */
function afterFlightCode(ctx: FigureContext, i: number): boolean {
  const t = ctx.tokens;
  const c = airlineCodeStart(t, i);
  if (c < 1 || !onLine(t, c) || !onLine(t, i)) return false;
  const w = c - 1;
  return wordIs(ctx, w, "flight") || wordIs(ctx, w, "flights");
}

/** A match of `kind` over an amount and what follows it up to `end`, unscaled (no spread: a page of numbers makes one per number). */
export function amountMatch(a: Amount, end: number, kind: FigureMatch["kind"]): FigureMatch {
  const m: FigureMatch = { start: a.start, end, kind, value: a.value };
  if (a.value === null && a.min !== undefined && a.max !== undefined) {
    m.min = a.min;
    m.max = a.max;
  }
  return m;
}

/** The fields of a match taken from an amount: value or range. */
export function amountFields(a: Amount, factor = 1): Pick<FigureMatch, "value" | "min" | "max"> {
  if (a.value === null && a.min !== undefined && a.max !== undefined) {
    return { value: null, min: scaleBy(a.min, factor), max: scaleBy(a.max, factor) };
  }
  return { value: a.value === null ? null : scaleBy(a.value, factor) };
}

/**
 * Whether the number at token `i` is the unit-less part of something else:
 * a clock time (`10:30`), a dotted code (`192.168.1.2`) or a glued code or
 * ordinal (`5G`, `17th`, `1990s`).
 */
export function gluedTail(ctx: FigureContext, next: number): boolean {
  const t = ctx.tokens;
  if (next >= t.count || !touching(t, next)) return false;
  if (t.kind[next] === TokenKind.Word || t.kind[next] === TokenKind.Number) return true;
  const c = t.text.charCodeAt(t.start[next]!);
  // "10:30", "192.168.1.2", "3/4/2020", "1-2-3"
  if ((c === 0x3a || c === 0x2e || c === 0x2f) && t.kind[next + 1] === TokenKind.Number && touching(t, next + 1)) return true;
  return false;
}

/**
 * Whether a currency read only with a scale word (`needsScale`: `361 million
 * pounds`, `GEL 71 million`) is money here without one, because the figure
 * is one side of a bracketed conversion: a symbol or code opens the bracket
 * right after it (`GEL 500 ($185)`, `25 pounds (€29)`), or it stands alone in
 * a bracket right after an amount or a currency name (`€20 (GEL 58)`,
 * `$40 (ALL 4,000)`). `first` is the figure's first token, `end` the token
 * after it.
 */
export function bracketedConversion(ctx: FigureContext, first: number, end: number): boolean {
  const t = ctx.tokens;
  if (punctIs(t, end, 0x28) && onLine(t, end) && onLine(t, end + 1)) {
    const sym = ctx.currencySymbolAt(end + 1);
    if (sym !== undefined && !sym.value.needsScale) return true;
  }
  if (!punctIs(t, first - 1, 0x28) || !punctIs(t, end, 0x29) || !onLine(t, first - 1) || !onLine(t, first)) return false;
  const b = first - 2;
  if (b < 0 || !onLine(t, b + 1)) return false;
  if (t.kind[b] === TokenKind.Number || SCALE_WORDS.has(ctx.lower(b))) return true;
  // "20 euros (GEL 58)": a currency name of one word before the bracket.
  const name = ctx.currencyNameAt(b);
  return name !== undefined && name.next === b + 1 && !name.value.needsScale;
}

/**
 * Whether an amount is written as a price, in digits with exactly two
 * decimals (`4.50`, `1,299.00`, `4.50–5.20`): after a currency code that is
 * also a word (`GEL 4.50`), such a number is money without a scale word.
 * Labels and ranks after such words (`TOP 10`, `ALL 3`) are whole numbers.
 */
export function priceDecimals(ctx: FigureContext, a: Amount): boolean {
  return twoDecimals(ctx, a.last) && (a.first === a.last || twoDecimals(ctx, a.first));
}

/** Whether tokens `[i, next)` are one ISO code in capitals (`GEL`), not a currency name (`pounds`). */
export function isCode(ctx: FigureContext, i: number, next: number): boolean {
  const t = ctx.tokens;
  if (next !== i + 1 || t.kind[i] !== TokenKind.Word || t.end[i]! - t.start[i]! !== 3) return false;
  for (let c = t.start[i]!; c < t.end[i]!; c++) {
    const ch = t.text.charCodeAt(c);
    if (ch < 0x41 || ch > 0x5a) return false;
  }
  return true;
}

function twoDecimals(ctx: FigureContext, n: Amount["last"]): boolean {
  const t = ctx.tokens;
  const k = n.next - 1;
  if (n.words || n.scale !== 1 || k < n.start || k > n.start + 1 || t.kind[k] !== TokenKind.Number) return false;
  const s = t.start[k]!;
  const e = t.end[k]!;
  // "d.dd": a dot three code units from the end, and no other dot.
  if (e - s < 4 || t.text.charCodeAt(e - 3) !== 0x2e) return false;
  for (let c = s; c < e; c++) {
    const ch = t.text.charCodeAt(c);
    if (c !== e - 3 && (ch < 0x30 || ch > 0x39) && ch !== 0x2c) return false;
  }
  return true;
}

/** A match that consumes tokens but reports no figure. */
export function drop(start: number, end: number): FigureMatch {
  return { start, end, kind: "number", value: null, drop: true };
}
