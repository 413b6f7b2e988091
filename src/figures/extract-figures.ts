import { isIso4217Code } from "../core/currencies.js";
import { createTokenPool, LINE_BEFORE, TokenKind, type Tokens } from "../core/tokens.js";
import { assertText, parseOptions } from "../core/validate.js";
import { detectDatesInTokens } from "../dates/detect-dates.js";
import type { DateMention } from "../dates/types.js";
import { readTickerLine } from "../ticker/parse-ticker.js";
import { createContext, type FigureContext, type FigureMatch, type FigureRule } from "./context.js";
import { DEFAULT_CURRENCY_NAMES, type CurrencyName } from "./currency-names.js";
import { compileLexicon, matchPhrase, type FigureLexicon } from "./lexicon.js";
import { gluedHyphen, isPluralNoun, onLine, punctIs, touching, wordIs } from "./rule-helpers.js";
import { DEFAULT_FIGURE_RULES } from "./rules/index.js";
import { figureExtractorOptionsSchema } from "./schema.js";
import type { Approx, Figure } from "./types.js";
import { DEFAULT_UNITS, type UnitDefinition } from "./units.js";
import { compileStartIndex, isUpper3, NO_START, startEntry, type StartEntry, type StartIndex } from "./start-index.js";
import { CEILING_MODALS, CHANGE_WORDS, CONDITION_WORDS, getApproxTrie, LEVEL_BOUNDS, LEVEL_VERBS, NOUN_STOP_WORDS, PART_CHANGE_VERBS, PER_TIME, RATE_ADJECTIVES, RATE_WORDS, UP_TO_VERBS } from "./words.js";

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
  /**
   * Every figure in `text`, in order; dates are detected first so their
   * numbers are never figures.
   *
   * @param text - Any string.
   * @returns The figures, sorted by `span.start`, never overlapping.
   * @throws TypeError when `text` is not a string.
   */
  extract(text: string): Figure[];
  /**
   * Every figure in an already tokenised text, given its date mentions.
   *
   * @param tokens - The token stream of the text.
   * @param dates - The date mentions of the same text; their tokens are never figures.
   * @returns The figures, sorted by `span.start`, never overlapping.
   */
  extractFromTokens(tokens: Tokens, dates: readonly DateMention[]): Figure[];
}

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
 * // The pood (about 16.38 kg), still quoted for grain, added to the default units:
 * const units = [...DEFAULT_UNITS, { id: "pood", dimension: "mass", names: ["pood", "poods"] }];
 * const { extract } = createFigureExtractor({ units });
 * extract("China Seeks to Import 20,000 Tons of Pork from Kazakhstan"); // seed page 004
 * // → [{ text: "20,000 Tons", span: { start: 22, end: 33 }, kind: "quantity", value: 20000, unit: "tonne" }]
 * extract("Farmers sold about 300 poods of wheat.");
 * // → [{ text: "about 300 poods", span: { start: 13, end: 28 }, kind: "quantity", value: 300, unit: "pood", approx: "about" }]
 * ```
 *
 * @category Figures
 */
export function createFigureExtractor(options?: FigureExtractorOptions): FigureExtractor {
  const o = parseOptions("createFigureExtractor", figureExtractorOptionsSchema, options);
  const rules = o.rules ?? DEFAULT_FIGURE_RULES;
  const lexicon = compileLexicon(o.units ?? DEFAULT_UNITS, o.currencies ?? DEFAULT_CURRENCY_NAMES);
  const starts = compileStartIndex(rules, lexicon);
  // The built-in rules need a token after "a"/"an" ("a hundred", "a couple", "A$5",
  // "a minimum of"); other rules might not, so only they let a lone one be skipped.
  const loneArticles = rules === DEFAULT_FIGURE_RULES;
  const extractFromTokens = (tokens: Tokens, dates: readonly DateMention[]): Figure[] => run(tokens, dates, rules, lexicon, starts, loneArticles);
  // The extractor's own token arrays, reused page after page (the tokens
  // never leave `extract`).
  const pool = createTokenPool();
  return {
    extract(text: string): Figure[] {
      assertText("extract", text);
      return pool.run(text, (tokens) => extractFromTokens(tokens, detectDatesInTokens(tokens, { referenceDate: null, bias: "past" })));
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
 * // `tokenize` is exported from the package root, like this function.
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
 * // Seed page 000:
 * extractFigures("She was initially charged with embezzling more than KZT 1.5 billion ($2.8 million)");
 * // → [{ text: "more than KZT 1.5 billion ($2.8 million)", span: { start: 42, end: 82 }, kind: "money",
 * //    value: 1500000000, currency: "KZT", approx: "over",
 * //    equivalent: { text: "$2.8 million", span: { start: 69, end: 81 }, kind: "money", value: 2800000, currency: "USD" } }]
 * ```
 *
 * @category Figures
 */
export function extractFigures(text: string): Figure[] {
  assertText("extractFigures", text);
  return getDefault().extract(text);
}

/** Whether token `i`, whose start entry is `entry`, may start a figure. Digits always may. */
function mayStart(t: Tokens, i: number, ix: StartIndex, entry: StartEntry): boolean {
  const kind = t.kind[i];
  if (ix.all || kind === TokenKind.Number) return true;
  const s = t.start[i]!;
  if (kind === TokenKind.Punct) {
    if (!entry.asWritten) return false;
    // "." and "-" start a number only when digits touch them (".08", "-9.2")
    // and the token before does not: "2006-2013-2006" has no sign in it, and
    // `readNumber` would reject each dash only after every rule asked.
    const c = t.text.charCodeAt(s);
    if (c === 0x2e || c === 0x2d || c === 0x2212) {
      return i + 1 < t.count && t.kind[i + 1] === TokenKind.Number && (t.flags[i + 1]! & 3) === 0 && (t.flags[i]! & 3) !== 0;
    }
    return true;
  }
  return entry.asWritten || (ix.currencyMask !== 0 && isUpper3(t.text, s, t.end[i]!));
}

/** Shortcode names whose bracketed attributes are markup, not text: `[caption id="…" width="1378"]`. */
const SHORTCODES: ReadonlySet<string> = new Set(["caption", "gallery", "embed", "video", "audio", "img", "wp_caption", "playlist", "image"]);

/**
 * Marks the tokens no rule may read: those inside date mentions, ticker and
 * pagination lines, and shortcode tags. One pass over tokens and dates.
 */
function blockTokens(tokens: Tokens, dates: readonly DateMention[], lower: (i: number) => string, blocked: Uint8Array): void {
  // Date spans sorted by start, in typed arrays: the loop reads them at every token.
  const sorted = [...dates].sort((a, b) => a.span.start - b.span.start);
  const dateCount = sorted.length;
  const dateStart = new Int32Array(dateCount);
  const dateEnd = new Int32Array(dateCount);
  for (let k = 0; k < dateCount; k++) {
    dateStart[k] = sorted[k]!.span.start;
    dateEnd[k] = sorted[k]!.span.end;
  }
  // The arrays are read into locals: the calls in the loop would otherwise make
  // the engine reload them from \`tokens\` at every token.
  const { text, count, kind, start, end, flags } = tokens;
  let d = 0;
  let lineBlockedUntil = -1;
  for (let i = 0; i < count; i++) {
    const s = start[i]!;
    if ((flags[i]! & LINE_BEFORE) !== 0) {
      let lineEnd = text.indexOf("\n", s);
      if (lineEnd === -1) lineEnd = text.length;
      // CRLF pages: the line ends before its "\r".
      if (lineEnd > s && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
      const c0 = text.charCodeAt(s);
      const pagination = (c0 === 0x56 || c0 === 0x76) && lower(i) === "viewing" && lower(i + 1) === "results";
      // A ticker line opens with a bullet or with a code and a slash ("KZT/USD"): test only those.
      const tickerLike = kind[i] === TokenKind.Punct || (isUpper3(text, s, end[i]!) && text.charCodeAt(s + 3) === 0x2f);
      if (pagination || (tickerLike && readTickerLine(text, s, lineEnd) !== undefined)) {
        lineBlockedUntil = lineEnd;
      }
    }
    if (s < lineBlockedUntil) {
      blocked[i] = 1;
      continue;
    }
    // A token is in a date when some span holds its start. Spans are sorted by
    // start, so before the next one starts there is nothing to test.
    if (d < dateCount && dateStart[d]! <= s) {
      while (d < dateCount && dateEnd[d]! <= s) d++;
      if (d < dateCount && dateStart[d]! <= s) blocked[i] = 1;
    }
    // "[caption id=… width="1378"]": block the tag up to its "]".
    if (kind[i] === TokenKind.Punct && text.charCodeAt(s) === 0x5b && kind[i + 1] === TokenKind.Word && SHORTCODES.has(lower(i + 1))) {
      let k = i;
      const limit = Math.min(count, i + 200);
      while (k < limit && !punctIs(tokens, k, 0x5d) && (k === i || onLine(tokens, k))) blocked[k++] = 1;
      if (k < limit && punctIs(tokens, k, 0x5d)) blocked[k] = 1;
      i = k;
    }
  }
}

/** How far back (in tokens) a condition word is looked for before a level verb. */
const CONDITION_REACH = 8;

/**
 * Whether the level verb at token `v` stands in a condition: a word of
 * {@link CONDITION_WORDS} or `as long as` before it in its clause, on its
 * line (`if oil prices stay`, `as long as inflation remains`, `must remain`).
 */
function inCondition(ctx: FigureContext, v: number): boolean {
  const t = ctx.tokens;
  for (let k = v - 1; k >= 0 && k >= v - CONDITION_REACH && onLine(t, k + 1); k--) {
    if (isClauseBreak(t, k)) return false;
    if (t.kind[k] !== TokenKind.Word) continue;
    const w = ctx.lower(k);
    if (CONDITION_WORDS.has(w) || (w === "long" && wordIs(ctx, k + 1, "as") && (wordIs(ctx, k - 1, "as") || wordIs(ctx, k - 1, "so")))) return true;
  }
  return false;
}

function readApprox(ctx: FigureContext, i: number, entry: StartEntry): { approx: Approx; next: number } | undefined {
  const t = ctx.tokens;
  if (t.kind[i] !== TokenKind.Word || !entry.approx) return undefined;
  const m = matchPhrase(getApproxTrie(), t, i, ctx.lower);
  if (m === undefined || m.next >= t.count || !onLine(t, m.next)) return undefined;
  // "if prices stay above $65": a threshold held, not an approximate amount.
  if (LEVEL_BOUNDS.has(ctx.lower(m.next - 1)) && onLine(t, i) && t.kind[i - 1] === TokenKind.Word && LEVEL_VERBS.has(ctx.lower(i - 1)) && inCondition(ctx, i - 1)) {
    return undefined;
  }
  // "will go up to UZS 1.9 million": the verb's particle and its preposition, not a bound.
  if (m.value === "up-to" && m.next === i + 2 && particleUp(ctx, i)) return undefined;
  return { approx: m.value, next: m.next };
}

/**
 * Whether `up` at token `i` is the particle of a verb of motion or change
 * right before it (`go up to`, `rose up to`), not after a modal that makes
 * the amount a ceiling (`can go up to`).
 */
function particleUp(ctx: FigureContext, i: number): boolean {
  const t = ctx.tokens;
  if (!wordIs(ctx, i, "up") || !onLine(t, i) || t.kind[i - 1] !== TokenKind.Word || !UP_TO_VERBS.has(ctx.lower(i - 1))) return false;
  return !(onLine(t, i - 1) && t.kind[i - 2] === TokenKind.Word && CEILING_MODALS.has(ctx.lower(i - 2)));
}

/**
 * The routed rules (`startsWith.after`) that the amount at token `i` may
 * concern, by the token after it: a word, a mark, or (through a hyphen glued on
 * both sides) the token after that. No amount, or nothing after it on the line:
 * none. The amount is read once here and shared with the rules through
 * `ctx.amountAt`.
 */
function followerRules(ctx: FigureContext, ix: StartIndex, i: number): number {
  const a = ctx.amountAt(i);
  if (a === undefined) return 0;
  const t = ctx.tokens;
  let f = a.next;
  if (!onLine(t, f)) return 0;
  if (gluedHyphen(t, f)) f++;
  const kind = t.kind[f];
  if (kind === TokenKind.Word) return ix.afterWords;
  const s = t.start[f]!;
  const e = t.end[f]!;
  if (kind === TokenKind.Number && !ix.afterNumbers) return 0;
  if (e - s === 1) {
    const c = t.text.charCodeAt(s);
    if (c < 0x80) return ix.afterAscii[c]!;
  }
  const raw = t.text.slice(s, e);
  return (ix.afterMarks.get(raw) ?? 0) | (ix.afterMarks.get(raw.toLowerCase()) ?? 0);
}

function tryRules(ctx: FigureContext, rules: readonly FigureRule[], ix: StartIndex, i: number, entry: StartEntry): FigureMatch | undefined {
  if (ctx.blocked(i)) return undefined;
  const t = ctx.tokens;
  // Only the rules that can start at this token are asked.
  let mask =
    t.kind[i] === TokenKind.Number
      ? ix.numberTokenMask
      : ix.anyMask | entry.mask | (isUpper3(t.text, t.start[i]!, t.end[i]!) ? ix.currencyMask : 0);
  // The number rules that said what follows their amount are asked only when it does.
  if ((mask & ix.afterMask) !== 0) mask &= ~ix.afterMask | followerRules(ctx, ix, i);
  // The set bits in order (lowest first), then every rule past the 31st.
  for (let left = mask & 0x7fffffff; left !== 0; left &= left - 1) {
    const r = 31 - Math.clz32(left & -left);
    if (r >= rules.length) break;
    const m = rules[r]!.read(ctx, i);
    if (m !== undefined && m.end > m.start) return m;
  }
  for (let r = 31; r < rules.length; r++) {
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

/** Whether token `i` is a closing quotation mark. */
function isClosingQuote(t: Tokens, i: number): boolean {
  if (t.kind[i] !== TokenKind.Punct || t.end[i]! - t.start[i]! !== 1) return false;
  const c = t.text.charCodeAt(t.start[i]!);
  return c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x201d;
}

/**
 * An adjacent rate: `per day`, `per person per day`, `a year`, `annually`,
 * `/day`; with `priced` (money or a quantity) also `a barrel`, `a bottle`.
 * Returns the per word and the end.
 */
function adjacentRate(ctx: FigureContext, j: number, priced = false): { per: string; end: number } | undefined {
  const t = ctx.tokens;
  let found: { per: string; end: number } | undefined;
  let k = j;
  for (let guard = 0; guard < 3 && k < t.count && onLine(t, k); guard++) {
    // Every rate word and opener is a word or "/": a number after the figure
    // ("1,000 1,000 …") ends the search without slicing it.
    if (t.kind[k] === TokenKind.Number) break;
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
      // "$0.02 per cubic meter", "1.4 tonnes per hectare": a unit, by its id, however many words it takes.
      const unit = w === "per" ? ctx.unitAt(k + 1) : undefined;
      if (unit !== undefined && !(unit.next < t.count && touching(t, unit.next) && t.kind[unit.next] !== TokenKind.Punct)) {
        found = { per: unit.value.id, end: unit.next };
        k = unit.next;
        continue;
      }
      if (w === "per" || ((w === "a" || w === "an") && (n === "share" || n === "head" || n === "piece" || n === "person"))) {
        found = { per: n, end: k + 2 };
        k += 2;
        continue;
      }
      // "$60 a barrel", "3 tonnes a hectare", "180 yuan a bottle": a price or a
      // yield per item, only after money or a quantity and only as the first rate.
      if ((w === "a" || w === "an") && k === j && priced) {
        const per = itemRate(ctx, k + 1);
        if (per !== undefined) {
          found = per;
          k = per.end;
          continue;
        }
      }
    }
    break;
  }
  return found;
}

/**
 * Words that may follow the noun of a rate `a <noun>` (besides punctuation
 * and the end of the line): `$60 a barrel in March`, `180 yuan a bottle,`.
 */
const AFTER_ITEM_RATE: ReadonlySet<string> = new Set([
  "in", "on", "at", "for", "from", "and", "or", "but", "while", "whereas", "to", "this", "last", "next", "with", "compared",
  "against", "versus", "than", "up", "down", "since", "until", "during", "when", "as", "after", "before", "because", "despite",
  "amid", "according", "by", "so", "even", "now", "then", "today", "yesterday",
]);

/**
 * Nouns after `a` that do not name the item a price is for (`$2 million a
 * few years ago`, `sold for $5 million, a record`), whatever follows them.
 */
const NOT_ITEM: ReadonlySet<string> = new Set([
  "few", "lot", "bit", "little", "number", "total", "further", "record", "new", "similar", "third", "half", "quarter", "fifth",
  "tenth", "fraction", "sum", "figure", "rise", "fall", "drop", "jump", "gain", "decline", "increase", "decrease", "loss",
  "profit", "deficit", "surplus", "level", "high", "low", "peak", "deal", "move", "step", "sign", "result", "source",
  "spokesman", "spokeswoman", "spokesperson", "statement", "report", "decade", "century", "time", "while", "long", "major",
]);

/**
 * The item of a price or yield rate after `a`/`an` at token `k`: a unit by its
 * id (`a barrel`, `a kilo`, `a hectare`), or a lower-case singular noun that
 * ends the phrase (`a bottle.`, `a ticket in Almaty`), reported as written.
 */
function itemRate(ctx: FigureContext, k: number): { per: string; end: number } | undefined {
  const t = ctx.tokens;
  if (k >= t.count || !onLine(t, k) || t.kind[k] !== TokenKind.Word || ctx.blocked(k)) return undefined;
  const unit = ctx.unitAt(k);
  if (unit !== undefined) {
    if (unit.value.dimension === "time" || (unit.next < t.count && touching(t, unit.next) && (t.kind[unit.next] !== TokenKind.Punct || gluedHyphen(t, unit.next)))) {
      return undefined;
    }
    return { per: unit.value.id, end: unit.next };
  }
  const s = t.start[k]!;
  const e = t.end[k]!;
  if (e - s < 3 || e - s > 16) return undefined;
  for (let c = s; c < e; c++) {
    const ch = t.text.charCodeAt(c);
    if (ch < 0x61 || ch > 0x7a) return undefined;
  }
  const n = ctx.lower(k);
  if (NOT_ITEM.has(n) || NOUN_STOP_WORDS.has(n) || n.endsWith("ly") || isPluralNoun(n)) return undefined;
  const after = k + 1;
  if (after < t.count && onLine(t, after)) {
    const kind = t.kind[after];
    if (kind === TokenKind.Word) {
      if (!AFTER_ITEM_RATE.has(ctx.lower(after))) return undefined;
    } else if (kind === TokenKind.Number) {
      return undefined;
    } else if (touching(t, after) && !isClauseBreak(t, after) && !isClosingQuote(t, after)) {
      // "a bottle-shaped …", "a bottle/can": the word goes on.
      return undefined;
    }
  }
  return { per: n, end: after };
}

/** The time units a rate may be per (`per day`, `a week`, `annually`). */
const PER_TIME_UNITS: ReadonlySet<string> = new Set([...PER_TIME.values(), ...RATE_WORDS.values()]);

/** The words that can open a rate (besides {@link RATE_WORDS}). */
const RATE_OPENERS: readonly string[] = ["per", "every", "each", "a", "an"];

/** The longest word that can open a rate. */
const RATE_MAX_LENGTH = Math.max(...[...RATE_WORDS.keys(), ...RATE_OPENERS].map((w) => w.length));

/**
 * First code unit (ASCII, lower-case) and length of the words that can open a
 * rate, one byte each: the look-ahead slices only the words that pass.
 */
const RATE_SHAPES: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x80 * (RATE_MAX_LENGTH + 1));
  for (const w of [...RATE_WORDS.keys(), ...RATE_OPENERS]) {
    const c0 = w.charCodeAt(0);
    if (c0 < 0x80) table[c0 * (RATE_MAX_LENGTH + 1) + w.length] = 1;
  }
  return table;
})();

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
    const len = t.end[k]! - t.start[k]!;
    // Rate words are ASCII; the first code unit is judged as written (U+212A is no "k").
    if (c0 >= 0x80 || len > RATE_MAX_LENGTH || RATE_SHAPES[c0 * (RATE_MAX_LENGTH + 1) + len] !== 1) continue;
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

/** Where a figure read by {@link readAt} starts, with its approximation words. One per run, reused: a table of numbers reads one per number. */
interface Lead {
  start: number;
  approx: Approx | undefined;
}

/**
 * Verbs after which `over` opens the period something is spread across, not
 * a bound: `spread over five years`, `repaid over 20 years`, `phased in over
 * three years`.
 */
const PERIOD_VERBS: ReadonlySet<string> = new Set([
  "spread", "spreads", "spreading", "paid", "pay", "pays", "paying", "payable", "repaid", "repay", "repays", "repaying", "repayable",
  "phased", "phase", "phasing", "staggered", "amortised", "amortized", "distributed", "disbursed", "split", "divided", "averaged",
  "rolled", "implemented", "introduced", "delivered",
]);

/**
 * Whether the single word `over` at token `i` opens the period a duration
 * `m` (at token `at`) spans rather than bounding it: right after another
 * figure (`spend $15 million over five years`, `grew 40% over a decade`,
 * `doubled over ten years`) or after a verb of spreading or paying
 * (`spread over five years`, `phased in over three years`). Not an age
 * (`staff over 50 years old`, `over 18 years of age`); and elsewhere `over`
 * stays a bound (`jailed for over 5 years`, `Over 15 years, it grew`).
 */
function periodOver(ctx: FigureContext, i: number, at: number, m: FigureMatch): boolean {
  const t = ctx.tokens;
  if (i === 0 || at !== i + 1 || !wordIs(ctx, i, "over") || !onLine(t, i)) return false;
  const after = ctx.lower(m.end);
  if (after === "old" || after === "older" || ctx.lower(m.end - 1) === "old" || (after === "of" && ctx.lower(m.end + 1) === "age") || (m.end < t.count && gluedHyphen(t, m.end))) return false;
  const prev = ctx.figures[ctx.figures.length - 1];
  if (prev !== undefined && prev.kind !== "number" && prev.kind !== "duration" && prev.span.end === t.end[i - 1]) return true;
  if (t.kind[i - 1] !== TokenKind.Word) return false;
  let v = i - 1;
  const w = ctx.lower(v);
  if ((w === "in" || w === "out") && onLine(t, v)) v--;
  return PERIOD_VERBS.has(ctx.lower(v));
}

/** Reads a figure at `i`, with an approximation phrase in front of it; `lead` gets where it starts. */
function readAt(ctx: FigureContext, rules: readonly FigureRule[], ix: StartIndex, i: number, entry: StartEntry, lead: Lead): FigureMatch | undefined {
  const ap = readApprox(ctx, i, entry);
  if (ap !== undefined) {
    const next = startEntry(ix, ctx.tokens, ap.next);
    if (mayStart(ctx.tokens, ap.next, ix, next)) {
      const m = tryRules(ctx, rules, ix, ap.next, next);
      if (m !== undefined && !m.drop && m.start === ap.next && !(m.kind === "duration" && periodOver(ctx, i, ap.next, m))) {
        lead.start = i;
        lead.approx = ap.approx;
        return m;
      }
    }
  }
  const m = tryRules(ctx, rules, ix, i, entry);
  if (m === undefined) return undefined;
  lead.start = m.start;
  lead.approx = undefined;
  return m;
}

/** The token where the number of a match starts (after a prefix such as `$`), and its scale. */
function scaleOf(ctx: FigureContext, m: FigureMatch): { at: number; scale: number } | undefined {
  for (let k = m.start; k < m.end; k++) {
    const n = ctx.numberAt(k);
    if (n !== undefined) return { at: k, scale: n.scale };
  }
  return undefined;
}

/**
 * A stated range whose bounds each carry their percent sign, unit or
 * currency, read as one figure: `between 5% and 7%` (from `between` to the
 * second bound; `between 5 and 7%` is one amount already), and `$2,500 to
 * $3,000` or `10 km to 15 km` with nothing before the first bound that makes
 * it the start or the size of a change. Only two single values of the same
 * kind, unit and currency, neither approximate nor a rate. A prefix currency
 * may leave the scale of the first bound unsaid (`between $5 and $7 million`),
 * so then both must be written at the same scale, unless the first is
 * complete as written (`between $500,000 and $5 million`, see
 * {@link scaleSaid}). `from 30% to 50%` stays two figures, and so does `rose
 * $2 to $45` or `by 5% to 7%`: they state a change, not a range; but a verb
 * of losing a part takes a range of it (`will lose 20% to 30% of their
 * value`, see {@link PART_CHANGE_VERBS}).
 */
function statedRange(ctx: FigureContext, rules: readonly FigureRule[], ix: StartIndex, m: FigureMatch): FigureMatch | undefined {
  const t = ctx.tokens;
  if (m.kind !== "percent" && m.kind !== "quantity" && m.kind !== "money") return undefined;
  if (m.value === null || m.approx !== undefined || m.per !== undefined || !onLine(t, m.end)) return undefined;
  const b = m.start - 1;
  const between = wordIs(ctx, b, "between") && !ctx.blocked(b) && onLine(t, m.start);
  if (between) {
    // The figure before must have ended before "between".
    const prev = ctx.figures[ctx.figures.length - 1];
    if (prev !== undefined && prev.span.end > t.start[b]!) return undefined;
    if (!wordIs(ctx, m.end, "and")) return undefined;
  } else if (!wordIs(ctx, m.end, "to")) {
    return undefined;
  }
  // "rose $2 to $45": the size and the end of a change; "will lose 20% to 30%
  // of their value": a range of the part lost (checked once the second bound is read).
  const change = !between && onLine(t, m.start) && t.kind[b] === TokenKind.Word && CHANGE_WORDS.has(ctx.lower(b));
  if (change && !PART_CHANGE_VERBS.has(ctx.lower(b))) return undefined;
  const k = m.end + 1;
  if (!onLine(t, k)) return undefined;
  const entry = startEntry(ix, t, k);
  if (!mayStart(t, k, ix, entry)) return undefined;
  const second = tryRules(ctx, rules, ix, k, entry);
  if (second === undefined || second.drop === true || second.start !== k || second.kind !== m.kind || second.value === null) return undefined;
  if (second.unit !== m.unit || second.currency !== m.currency || second.approx !== undefined || second.value === m.value) return undefined;
  if (change && !(wordIs(ctx, second.end, "of") && onLine(t, second.end))) return undefined;
  // "$4 to $5": a range rises; "cut from 9% to 7%" read without its "from" would not.
  if (!between && second.value < m.value) return undefined;
  const a = scaleOf(ctx, m);
  const z = scaleOf(ctx, second);
  if (a === undefined || z === undefined || (a.at !== m.start && a.scale !== z.scale && !scaleSaid(m.value, a.scale, second.value, z.scale))) return undefined;
  const range: FigureMatch = { ...m, start: between ? b : m.start, end: second.end, value: null, min: Math.min(m.value, second.value), max: Math.max(m.value, second.value) };
  if (second.per !== undefined) range.per = second.per;
  return range;
}

/**
 * Whether the first bound of a range after a prefix currency is complete at
 * its own scale although the second bound's differs: it has a scale word of
 * its own (`$500 thousand and $2 million`), or lending it the second's
 * scale would leave no rising range (`$500,000 and $5 million`: $500,000
 * million is more than $5 million). `$5 and $7 million` could be `$5
 * million`, so its scale is unsaid.
 */
function scaleSaid(first: number, firstScale: number, second: number, secondScale: number): boolean {
  return firstScale !== 1 || first * secondScale >= second;
}

/**
 * Whether token i is "a" or "an" (any case) with nothing after it on its line.
 * Such an article starts no figure of the built-in rules, yet it is a start
 * word of four of them: a page of one-letter lines "a" would ask them all at
 * every line.
 */
function isLoneArticle(t: Tokens, i: number): boolean {
  if (t.kind[i] !== TokenKind.Word || (i + 1 < t.count && (t.flags[i + 1]! & LINE_BEFORE) === 0)) return false;
  const s = t.start[i]!;
  const len = t.end[i]! - s;
  if (len !== 1 && len !== 2) return false;
  const c0 = t.text.charCodeAt(s) | 0x20;
  return c0 === 0x61 && (len === 1 || (t.text.charCodeAt(s + 1) | 0x20) === 0x6e);
}

function run(
  tokens: Tokens,
  dates: readonly DateMention[],
  rules: readonly FigureRule[],
  lexicon: FigureLexicon,
  ix: StartIndex,
  loneArticles: boolean,
): Figure[] {
  const figures: Figure[] = [];
  const blocked = new Uint8Array(tokens.count);
  const ctx = createContext(tokens, lexicon, blocked, figures, isIso4217Code);
  const lower = ctx.lower;
  blockTokens(tokens, dates, lower, blocked);
  const t = tokens;
  const lead: Lead = { start: 0, approx: undefined };
  let i = 0;
  while (i < t.count) {
    if (blocked[i] === 1) {
      i++;
      continue;
    }
    // Digits always may start a figure and have no start entry (see `mayStart`).
    const digits = t.kind[i] === TokenKind.Number;
    const entry = digits ? NO_START : startEntry(ix, t, i);
    if (!digits && (!mayStart(t, i, ix, entry) || (loneArticles && isLoneArticle(t, i)))) {
      i++;
      continue;
    }
    const hit = readAt(ctx, rules, ix, i, entry, lead);
    if (hit === undefined) {
      i++;
      continue;
    }
    if (hit.drop === true) {
      i = Math.max(hit.end, i + 1);
      continue;
    }
    const approx = lead.approx;
    const range = approx === undefined ? statedRange(ctx, rules, ix, hit) : undefined;
    const m = range ?? hit;
    // The figure starts at its approximation words, or at "between".
    const start = range === undefined ? lead.start : range.start;
    let end = m.end;
    let equivalent: Figure | undefined;
    // "KZT 1.5 billion ($2.8 million)", "548,900 to 791,300 tenge (KZT)", "273,300 … units (TEU)".
    if (punctIs(t, end, 0x28) && onLine(t, end + 1)) {
      if (m.kind === "money") {
        const inner = readAt(ctx, rules, ix, end + 1, startEntry(ix, t, end + 1), lead);
        if (inner !== undefined && !inner.drop && inner.kind === "money" && punctIs(t, inner.end, 0x29)) {
          equivalent = toFigure(t, inner, lead.start, inner.end, lead.approx);
          end = inner.end + 1;
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
    if (per === undefined && m.kind === "duration" && equivalent === undefined) {
      // "about 10 hours a day", "two days a week": a share of a longer span, right after it.
      const adj = adjacentRate(ctx, end);
      if (adj !== undefined && PER_TIME_UNITS.has(adj.per) && adj.per !== m.unit) {
        per = adj.per;
        end = adj.end;
      }
    } else if (per === undefined && m.kind !== "number" && m.kind !== "multiplier") {
      const adj = equivalent === undefined ? adjacentRate(ctx, end, m.kind === "money" || m.kind === "quantity") : undefined;
      if (adj !== undefined && (m.kind !== "percent" || PER_TIME.has(adj.per))) {
        per = adj.per;
        end = adj.end;
      } else if (m.kind !== "percent") {
        per = laterRate(ctx, end) ?? (m.kind === "count" ? undefined : earlierRate(ctx, start));
      }
    }
    const f = toFigure(t, m, start, end, approx, per);
    if (equivalent !== undefined) f.equivalent = equivalent;
    figures.push(f);
    i = end;
  }
  return figures;
}
