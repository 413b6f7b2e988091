import { z } from "zod";
import { isIso4217Code } from "../core/currencies.js";
import { LINE_BEFORE, TokenKind, tokenize, type Tokens } from "../core/tokens.js";
import { assertText, parseOptions } from "../core/validate.js";
import { detectDatesInTokens } from "../dates/detect-dates.js";
import type { DateMention } from "../dates/types.js";
import { readTickerLine } from "../ticker/parse-ticker.js";
import { createContext, type FigureContext, type FigureMatch, type FigureRule } from "./context.js";
import { DEFAULT_CURRENCY_NAMES, type CurrencyName } from "./currency-names.js";
import { compileLexicon, matchPhrase, type FigureLexicon } from "./lexicon.js";
import { onLine, punctIs } from "./rule-helpers.js";
import { DEFAULT_FIGURE_RULES } from "./rules/index.js";
import type { Approx, Figure } from "./types.js";
import { DEFAULT_UNITS, type UnitDefinition } from "./units.js";
import { CARDINAL_WORDS } from "../core/number-words.js";
import { APPROX_PHRASES, getApproxTrie, PER_TIME, RATE_ADJECTIVES, RATE_WORDS } from "./words.js";

/**
 * Options of {@link createFigureExtractor}.
 *
 * @category Figures
 */
export interface FigureExtractorOptions {
  /** The rules, tried in order at every token. Default {@link DEFAULT_FIGURE_RULES}. */
  rules?: readonly FigureRule[];
  /** The unit table. Default {@link DEFAULT_UNITS}. */
  units?: readonly UnitDefinition[];
  /** Currency names and symbols (ISO codes and ISO names are always known). Default {@link DEFAULT_CURRENCY_NAMES}. */
  currencies?: readonly CurrencyName[];
}

/**
 * A configured figure extractor.
 *
 * @category Figures
 */
export interface FigureExtractor {
  /** Every figure in `text`, in order; dates are detected first so their numbers are never figures. */
  extract(text: string): Figure[];
  /** Every figure in an already tokenised text, given its date mentions. */
  extractFromTokens(tokens: Tokens, dates: readonly DateMention[]): Figure[];
}

const ruleSchema = z.custom<FigureRule>(
  (v) => typeof v === "object" && v !== null && typeof (v as { read?: unknown }).read === "function" && typeof (v as { name?: unknown }).name === "string",
  "must be a rule: an object with a string `name` and a `read(ctx, i)` function",
);
const unitSchema = z.object({
  id: z.string().min(1),
  dimension: z.enum(["mass", "length", "area", "volume", "energy", "power", "voltage", "time", "container", "data", "speed", "ratio", "temperature"]),
  names: z.array(z.string()).readonly(),
  abbreviations: z.array(z.string()).readonly().exactOptional(),
  factor: z.number().positive().exactOptional(),
  per: z.string().exactOptional(),
});
const currencySchema = z.object({
  code: z.string().length(3).nullable(),
  names: z.array(z.string()).readonly().exactOptional(),
  symbols: z.array(z.string()).readonly().exactOptional(),
  factor: z.number().positive().exactOptional(),
  cues: z.object({ code: z.string().length(3), words: z.array(z.string()).readonly() }).exactOptional(),
  needsScale: z.boolean().exactOptional(),
});
const optionsSchema = z.strictObject({
  rules: z.array(ruleSchema).readonly().exactOptional(),
  units: z.array(unitSchema).readonly().exactOptional(),
  currencies: z.array(currencySchema).readonly().exactOptional(),
});

/**
 * Builds a figure extractor with its own rules and tables. Tables are
 * compiled once, here; extraction itself allocates only per figure.
 *
 * @param options - Rules, units and currency names; each defaults to the built-in table.
 * @returns An extractor with `extract(text)` and `extractFromTokens(tokens, dates)`.
 * @throws TypeError when an option is invalid.
 *
 * @example
 * ```ts
 * const units = [...DEFAULT_UNITS, { id: "head", dimension: "mass", names: ["head of cattle"] }];
 * const { extract } = createFigureExtractor({ units });
 * extract("20,000 tons of meat per year");
 * // [{ text: "20,000 tons", kind: "quantity", value: 20000, unit: "tonne", per: "year", … }]
 * ```
 *
 * @category Figures
 */
export function createFigureExtractor(options?: FigureExtractorOptions): FigureExtractor {
  const o = parseOptions("createFigureExtractor", optionsSchema, options) as FigureExtractorOptions;
  const rules = o.rules ?? DEFAULT_FIGURE_RULES;
  const lexicon = compileLexicon(o.units ?? DEFAULT_UNITS, o.currencies ?? DEFAULT_CURRENCY_NAMES);
  const starters = compileStarters(rules, lexicon);
  const extractFromTokens = (tokens: Tokens, dates: readonly DateMention[]): Figure[] => run(tokens, dates, rules, lexicon, starters);
  return {
    extract(text: string): Figure[] {
      assertText("extract", text);
      const tokens = tokenize(text);
      return extractFromTokens(tokens, detectDatesInTokens(tokens, { referenceDate: null, bias: "past" }));
    },
    extractFromTokens,
  };
}

let defaultExtractor: FigureExtractor | undefined;

function getDefault(): FigureExtractor {
  defaultExtractor ??= createFigureExtractor();
  return defaultExtractor;
}

/**
 * Every figure in an already tokenised text, skipping the numbers of the
 * given date mentions. `parsePage` tokenises a page once and passes the same
 * tokens to date detection and here.
 *
 * @param tokens - The token stream (see `tokenize`).
 * @param dates - The date mentions of the same text; their tokens are never figures.
 * @returns The figures, sorted by `span.start`, never overlapping.
 *
 * @example
 * ```ts
 * const tokens = tokenize("Over 500 children were enrolled in 2024.");
 * extractFiguresFromTokens(tokens, detectDatesInTokens(tokens, { referenceDate: null, bias: "past" }));
 * // [{ text: "Over 500 children", kind: "count", value: 500, approx: "over", noun: "children", … }]
 * ```
 *
 * @category Figures
 */
export function extractFiguresFromTokens(tokens: Tokens, dates: readonly DateMention[]): Figure[] {
  return getDefault().extractFromTokens(tokens, dates);
}

/**
 * Extracts every figure from a text: money in any currency, percents,
 * quantities with units, counts with what they count, durations and ages,
 * multipliers and other stand-alone numbers, with scale applied and
 * approximation words, rates and bracketed conversions attached.
 *
 * @param text - Any text, typically a scraped news page.
 * @returns The figures, sorted by `span.start`, never overlapping.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * extractFigures("The damage was estimated at more than KZT 1.5 billion ($2.8 million).");
 * // [{ text: "more than KZT 1.5 billion ($2.8 million)", kind: "money", value: 1500000000,
 * //    currency: "KZT", approx: "over",
 * //    equivalent: { text: "$2.8 million", kind: "money", value: 2800000, currency: "USD", … }, … }]
 * ```
 *
 * @category Figures
 */
export function extractFigures(text: string): Figure[] {
  assertText("extractFigures", text);
  return getDefault().extract(text);
}

/**
 * The tokens at which some rule may start: the filter that lets the scan
 * skip most words unread. A word passes a hashed filter before it is sliced
 * and looked up, so "which" or "Kazakhstan" are rejected without allocating.
 */
interface Starters {
  /** Some rule has no `startsWith`: try every rule at every token. */
  readonly all: boolean;
  /** Lower-case words and punctuation that may start a figure (or an approximation phrase before one). */
  readonly words: ReadonlySet<string>;
  /** Per hash bucket of a lower-cased word: 1 when some starter word falls in it. */
  readonly shape: Uint8Array;
  /** ISO codes in capitals may start a figure. */
  readonly codes: boolean;
  /** Words that start a number. */
  readonly numberWords: ReadonlySet<string>;
  /** First tokens of currency symbols. */
  readonly currencyWords: ReadonlySet<string>;
  /** Single punctuation marks that may start a figure: 1 at their code unit. */
  readonly marks: Uint8Array;
  /** The longest starter word: longer words are rejected on length alone. */
  readonly maxLength: number;
  /** Bit r set: rule r starts at numbers. Rules beyond 31 are always tried. */
  readonly numberMask: number;
  /** Bit r set: rule r starts at currencies. */
  readonly currencyMask: number;
  /** Bit r set: rule r has no `startsWith` (or is beyond the 31st). */
  readonly anyMask: number;
  /** Per starter word: the rules that name it. */
  readonly wordMask: ReadonlyMap<string, number>;
}

/** Words and marks that start a number: a number word, a sign, `a hundred`, `from 65 to 85`. */
const NUMBER_STARTS: readonly string[] = ["a", "an", "half", "minus", "negative", "from", "between", "-", "−", "."];

/** Bits of the starter filter (a one-hash Bloom filter over lower-cased words). */
const FILTER_BITS = 14;

/**
 * A hash of a word's length and its first, second and last code units, with
 * ASCII capitals folded: four reads per token, so a word is tested against the
 * starter filter without being sliced.
 */
function shapeIndex(text: string, s: number, e: number): number {
  const fold = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  const len = e - s;
  const c0 = fold(text.charCodeAt(s));
  const c1 = len > 1 ? fold(text.charCodeAt(s + 1)) : 0;
  const cl = fold(text.charCodeAt(e - 1));
  const h = Math.imul(Math.imul(Math.imul(c0, 0x9e3779b1) ^ c1, 0x85ebca6b) ^ cl, 0xc2b2ae35) ^ len;
  return (h ^ (h >>> 15)) & ((1 << FILTER_BITS) - 1);
}

function compileStarters(rules: readonly FigureRule[], lexicon: FigureLexicon): Starters {
  const words = new Set<string>();
  const numberWords = new Set<string>([...CARDINAL_WORDS.keys(), ...NUMBER_STARTS]);
  const currencyWords = new Set<string>(lexicon.currencySymbols.root.next.keys());
  const wordMask = new Map<string, number>();
  let all = false;
  let codes = false;
  let numberMask = 0;
  let currencyMask = 0;
  let anyMask = 0;
  rules.forEach((rule, r) => {
    const s = rule.startsWith;
    if (s === undefined || r > 30) {
      all ||= s === undefined;
      anyMask |= r > 30 ? 0 : 1 << r;
      return;
    }
    const bit = 1 << r;
    for (const w of s.words ?? []) {
      const lw = w.toLowerCase();
      words.add(lw);
      wordMask.set(lw, (wordMask.get(lw) ?? 0) | bit);
    }
    if (s.numbers === true) {
      numberMask |= bit;
      for (const w of numberWords) words.add(w);
    }
    if (s.currencies === true) {
      currencyMask |= bit;
      codes = true;
      for (const w of currencyWords) words.add(w);
    }
  });
  for (const [phrase] of APPROX_PHRASES) {
    const t = tokenize(phrase.toLowerCase());
    if (t.count > 0) words.add(t.text.slice(t.start[0]!, t.end[0]!));
  }
  const shape = new Uint8Array(1 << FILTER_BITS);
  const marks = new Uint8Array(0x10000);
  let maxLength = 0;
  for (const w of words) {
    if (w.length === 0) continue;
    shape[shapeIndex(w, 0, w.length)] = 1;
    if (w.length > maxLength) maxLength = w.length;
    if (w.length === 1 || (w.length === 2 && w.charCodeAt(0) >= 0xd800 && w.charCodeAt(0) <= 0xdbff)) marks[w.charCodeAt(0)] = 1;
  }
  return { all, words, shape, codes, numberWords, currencyWords, marks, maxLength, numberMask, currencyMask, anyMask, wordMask };
}

function isUpper3(text: string, s: number, e: number): boolean {
  if (e - s !== 3) return false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** Whether token `i` may start a figure. Digits always may. */
function mayStart(t: Tokens, i: number, starters: Starters, lower: (i: number) => string): boolean {
  const kind = t.kind[i];
  if (starters.all || kind === TokenKind.Number) return true;
  const s = t.start[i]!;
  const e = t.end[i]!;
  if (kind === TokenKind.Punct) {
    // Commas and full stops are a third of all tokens: decide on the code unit.
    const c = t.text.charCodeAt(s);
    if (starters.marks[c] !== 1) return starters.shape[shapeIndex(t.text, s, e)] === 1 && starters.words.has(lower(i));
    // "." and "-" start a number only when digits touch them: ".08", "-9.2".
    if (c === 0x2e || c === 0x2d || c === 0x2212) {
      return i + 1 < t.count && t.kind[i + 1] === TokenKind.Number && (t.flags[i + 1]! & 3) === 0;
    }
    return true;
  }
  if (e - s <= starters.maxLength && starters.shape[shapeIndex(t.text, s, e)] === 1 && starters.words.has(lower(i))) return true;
  return starters.codes && isUpper3(t.text, s, e);
}

/** Shortcode names whose bracketed attributes are markup, not text: `[caption id="…" width="1378"]`. */
const SHORTCODES: ReadonlySet<string> = new Set(["caption", "gallery", "embed", "video", "audio", "img", "wp_caption", "playlist", "image"]);

/**
 * Marks the tokens no rule may read: those inside date mentions, ticker and
 * pagination lines, and shortcode tags. One pass over tokens and dates.
 */
function blockTokens(tokens: Tokens, dates: readonly DateMention[], lower: (i: number) => string, blocked: Uint8Array): void {
  const sorted = [...dates].sort((a, b) => a.span.start - b.span.start);
  const text = tokens.text;
  let d = 0;
  let lineBlockedUntil = -1;
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.start[i]!;
    if ((tokens.flags[i]! & LINE_BEFORE) !== 0) {
      let lineEnd = text.indexOf("\n", s);
      if (lineEnd === -1) lineEnd = text.length;
      // CRLF pages: the line ends before its "\r".
      if (lineEnd > s && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
      const c0 = text.charCodeAt(s);
      const pagination = (c0 === 0x56 || c0 === 0x76) && lower(i) === "viewing" && lower(i + 1) === "results";
      // A ticker line opens with a bullet or with a code and a slash ("KZT/USD"): test only those.
      const tickerLike = tokens.kind[i] === TokenKind.Punct || (isUpper3(text, s, tokens.end[i]!) && text.charCodeAt(s + 3) === 0x2f);
      if (pagination || (tickerLike && readTickerLine(text, s, lineEnd) !== undefined)) {
        lineBlockedUntil = lineEnd;
      }
    }
    if (s < lineBlockedUntil) {
      blocked[i] = 1;
      continue;
    }
    while (d < sorted.length && sorted[d]!.span.end <= s) d++;
    if (d < sorted.length && sorted[d]!.span.start <= s) blocked[i] = 1;
    // "[caption id=… width="1378"]": block the tag up to its "]".
    if (text.charCodeAt(s) === 0x5b && tokens.kind[i] === TokenKind.Punct && tokens.kind[i + 1] === TokenKind.Word && SHORTCODES.has(lower(i + 1))) {
      let k = i;
      const limit = Math.min(tokens.count, i + 200);
      while (k < limit && !punctIs(tokens, k, 0x5d) && (k === i || onLine(tokens, k))) blocked[k++] = 1;
      if (k < limit && punctIs(tokens, k, 0x5d)) blocked[k] = 1;
      i = k;
    }
  }
}

function readApprox(ctx: FigureContext, i: number): { approx: Approx; next: number } | undefined {
  const t = ctx.tokens;
  if (t.kind[i] !== TokenKind.Word) return undefined;
  const trie = getApproxTrie();
  if (!trie.root.next.has(ctx.lower(i))) return undefined;
  const m = matchPhrase(trie, t, i, ctx.lower);
  if (m === undefined || m.next >= t.count || !onLine(t, m.next)) return undefined;
  return { approx: m.value, next: m.next };
}

function tryRules(ctx: FigureContext, rules: readonly FigureRule[], starters: Starters, i: number): FigureMatch | undefined {
  if (ctx.blocked(i)) return undefined;
  const t = ctx.tokens;
  const isNumber = t.kind[i] === TokenKind.Number;
  const w = isNumber ? "" : ctx.lower(i);
  const numberStart = isNumber || starters.numberWords.has(w);
  const currencyStart = !isNumber && (starters.currencyWords.has(w) || isUpper3(t.text, t.start[i]!, t.end[i]!));
  // Only the rules that can start at this token are asked.
  const mask = starters.anyMask | (numberStart ? starters.numberMask : 0) | (currencyStart ? starters.currencyMask : 0) | (starters.wordMask.get(w) ?? 0);
  for (let r = 0; r < rules.length; r++) {
    if (r <= 30 && (mask & (1 << r)) === 0) continue;
    const m = rules[r]!.read(ctx, i);
    if (m !== undefined && m.end > m.start) return m;
  }
  return undefined;
}

/** Clause punctuation that ends the search for a rate (`per year`) further on. */
function isClauseBreak(t: Tokens, i: number): boolean {
  if (t.kind[i] !== TokenKind.Punct) return false;
  const c = t.text.charCodeAt(t.start[i]!);
  return c === 0x2c || c === 0x3b || c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29 || c === 0x2014;
}

/** An adjacent rate: `per day`, `per person per day`, `a year`, `annually`, `/day`. Returns the per word and the end. */
function adjacentRate(ctx: FigureContext, j: number): { per: string; end: number } | undefined {
  const t = ctx.tokens;
  let found: { per: string; end: number } | undefined;
  let k = j;
  for (let guard = 0; guard < 3 && k < t.count && onLine(t, k); guard++) {
    const w = ctx.lower(k);
    const rate = RATE_WORDS.get(w);
    if (rate !== undefined) {
      found = { per: rate, end: k + 1 };
      k++;
      continue;
    }
    if ((w === "per" || w === "/" || w === "a" || w === "an" || w === "each" || w === "every") && k + 1 < t.count && onLine(t, k + 1) && t.kind[k + 1] === TokenKind.Word) {
      const n = ctx.lower(k + 1);
      const time = PER_TIME.get(n);
      // "9.1% a month earlier" is a point in time, not a rate.
      const after = ctx.lower(k + 2);
      if (time !== undefined && (w === "a" || w === "an") && (after === "earlier" || after === "later" || after === "ago" || after === "before" || after === "after")) break;
      if (time !== undefined) {
        found = { per: time, end: k + 2 };
        k += 2;
        continue;
      }
      if (w === "per" || ((w === "a" || w === "an") && (n === "share" || n === "head" || n === "piece" || n === "person"))) {
        found = { per: n, end: k + 2 };
        k += 2;
        continue;
      }
    }
    break;
  }
  return found;
}

/** First letter and length of the words that can open a rate, so the look-ahead slices only those. */
const RATE_SHAPES: ReadonlySet<number> = new Set(
  [...RATE_WORDS.keys(), "per", "every", "each", "a", "an"].map((w) => (w.charCodeAt(0) << 8) | w.length),
);

/** A rate further on in the clause: `20,000 tons of meat per year`, `… committed against children every day`. */
function laterRate(ctx: FigureContext, j: number): string | undefined {
  const t = ctx.tokens;
  for (let k = j; k < t.count && k < j + 12 && onLine(t, k); k++) {
    if (isClauseBreak(t, k)) return undefined;
    // A rate after another amount in digits is that amount's: "the two countries to 8 million tons a year".
    if (t.kind[k] === TokenKind.Number) return undefined;
    if (t.kind[k] !== TokenKind.Word) continue;
    let c0 = t.text.charCodeAt(t.start[k]!);
    if (c0 >= 0x41 && c0 <= 0x5a) c0 += 0x20;
    if (!RATE_SHAPES.has((c0 << 8) | (t.end[k]! - t.start[k]!))) continue;
    const w = ctx.lower(k);
    const rate = RATE_WORDS.get(w);
    if (rate !== undefined) return rate;
    if (w === "per" || w === "every" || w === "each" || w === "a" || w === "an") {
      const time = PER_TIME.get(ctx.lower(k + 1));
      const after = ctx.lower(k + 2);
      // "a month earlier" is a point in time, not a rate.
      if (time !== undefined && !((w === "a" || w === "an") && (after === "earlier" || after === "later" || after === "ago" || after === "before" || after === "after"))) {
        return time;
      }
    }
  }
  return undefined;
}

/** A rate adjective shortly before, through `of`: `annual cargo capacity of 10 million tons`. */
function earlierRate(ctx: FigureContext, start: number): string | undefined {
  const t = ctx.tokens;
  // Only "annual cargo capacity of 10 million tons": the figure is the amount of
  // the rated thing. "monthly wage was raised to 1.155 million" states a new level.
  if (ctx.lower(start - 1) !== "of") return undefined;
  for (let k = start - 1; k >= 0 && k >= start - 6; k--) {
    if (isClauseBreak(t, k)) return undefined;
    if (t.kind[k] === TokenKind.Word) {
      const rate = RATE_ADJECTIVES.get(ctx.lower(k));
      if (rate !== undefined) return rate;
    }
    if ((t.flags[k]! & LINE_BEFORE) !== 0) return undefined;
  }
  return undefined;
}

function toFigure(t: Tokens, m: FigureMatch, start: number, end: number, approx: Approx | undefined, per: string | undefined = m.per): Figure {
  const s = t.start[start]!;
  const e = t.end[end - 1]!;
  const f: Figure = { text: t.text.slice(s, e), span: { start: s, end: e }, kind: m.kind, value: m.value };
  if (m.min !== undefined) f.min = m.min;
  if (m.max !== undefined) f.max = m.max;
  if (m.currency !== undefined) f.currency = m.currency;
  if (m.unit !== undefined) f.unit = m.unit;
  if (per !== undefined) f.per = per;
  const a = approx ?? m.approx;
  if (a !== undefined) f.approx = a;
  if (m.noun !== undefined) f.noun = m.noun;
  return f;
}

/** Reads a figure at `i`, with an approximation phrase in front of it. */
function readAt(ctx: FigureContext, rules: readonly FigureRule[], starters: Starters, i: number): { m: FigureMatch; start: number; approx: Approx | undefined } | undefined {
  const ap = readApprox(ctx, i);
  if (ap !== undefined && mayStart(ctx.tokens, ap.next, starters, ctx.lower)) {
    const m = tryRules(ctx, rules, starters, ap.next);
    if (m !== undefined && !m.drop && m.start === ap.next) return { m, start: i, approx: ap.approx };
  }
  const m = tryRules(ctx, rules, starters, i);
  if (m === undefined) return undefined;
  return { m, start: m.start, approx: undefined };
}

function run(tokens: Tokens, dates: readonly DateMention[], rules: readonly FigureRule[], lexicon: FigureLexicon, starters: Starters): Figure[] {
  const figures: Figure[] = [];
  const blocked = new Uint8Array(tokens.count);
  const ctx = createContext(tokens, lexicon, blocked, figures, isIso4217Code);
  const lower = ctx.lower;
  blockTokens(tokens, dates, lower, blocked);
  const t = tokens;
  let i = 0;
  while (i < t.count) {
    if (blocked[i] === 1 || !mayStart(t, i, starters, lower)) {
      i++;
      continue;
    }
    const hit = readAt(ctx, rules, starters, i);
    if (hit === undefined) {
      i++;
      continue;
    }
    const { m } = hit;
    if (m.drop === true) {
      i = Math.max(m.end, i + 1);
      continue;
    }
    let end = m.end;
    let equivalent: Figure | undefined;
    // "KZT 1.5 billion ($2.8 million)", "548,900 to 791,300 tenge (KZT)", "273,300 … units (TEU)".
    if (punctIs(t, end, 0x28) && onLine(t, end + 1)) {
      if (m.kind === "money") {
        const inner = readAt(ctx, rules, starters, end + 1);
        if (inner !== undefined && !inner.m.drop && inner.m.kind === "money" && punctIs(t, inner.m.end, 0x29)) {
          equivalent = toFigure(t, inner.m, inner.start, inner.m.end, inner.approx);
          end = inner.m.end + 1;
        } else {
          const code = ctx.currencyNameAt(end + 1) ?? ctx.currencySymbolAt(end + 1);
          if (code !== undefined && code.value.code === (m.currency ?? null) && punctIs(t, code.next, 0x29)) end = code.next + 1;
        }
      } else if (m.kind === "quantity" && m.unit !== undefined) {
        const u = ctx.unitAt(end + 1);
        if (u !== undefined && u.value.id === m.unit && punctIs(t, u.next, 0x29)) end = u.next + 1;
      }
    }
    let per = m.per;
    if (per === undefined && m.kind !== "duration" && m.kind !== "number" && m.kind !== "multiplier") {
      const adj = equivalent === undefined ? adjacentRate(ctx, end) : undefined;
      if (adj !== undefined && (m.kind !== "percent" || PER_TIME.has(adj.per))) {
        per = adj.per;
        end = adj.end;
      } else if (m.kind !== "percent") {
        per = laterRate(ctx, end) ?? (m.kind === "count" ? undefined : earlierRate(ctx, hit.start));
      }
    }
    const f = toFigure(t, m, hit.start, end, hit.approx, per);
    if (equivalent !== undefined) f.equivalent = equivalent;
    figures.push(f);
    i = end;
  }
  return figures;
}
