import { LINE_BEFORE, SPACE_BEFORE, TokenKind, type Tokens } from "../core/tokens.js";
import type { FigureLexicon, PhraseMatch, UnitEntry, CurrencyEntry } from "./lexicon.js";
import { matchPhrase } from "./lexicon.js";
import { readAmount, readNumber, type Amount, type NumberRead } from "./read-number.js";
import { inTitleCaseLine } from "./title-case.js";
import type { Figure } from "./types.js";

/**
 * What a rule found, in tokens. The extractor turns it into a {@link Figure}
 * after the refiners (approximation words, rates, bracketed equivalents) ran.
 *
 * @category Figures
 */
export interface FigureMatch
  extends Pick<Figure, "kind" | "value" | "min" | "max" | "currency" | "unit" | "per" | "approx" | "noun"> {
  /** Index of the first token of the figure. */
  start: number;
  /** Index of the first token after it. */
  end: number;
  /** Consume the tokens but report nothing (`five years ago` is a date, `6-3` a score). */
  drop?: boolean;
}

/**
 * A figure rule: reads one figure starting at token `i`, or returns
 * `undefined`. Rules are tried in order at every token; the first match wins
 * and scanning resumes after it, so a rule never sees tokens of an earlier
 * figure. Rules are pure and read the text only through the context.
 *
 * @category Figures
 */
export interface FigureRule {
  /** A kebab-case name, for tests and debugging. */
  readonly name: string;
  /**
   * Where the rule stands in {@link DEFAULT_FIGURE_RULES}, which lists the
   * rules of `src/figures/rules/` by ascending `order` (then name); the first
   * rule that matches at a token wins. The defaults run from 10 (rules that
   * start with a word) to 1000 (the bare number, last). A rule you pass to
   * {@link createFigureExtractor} yourself is tried where you put it in the
   * list; `order` is not read there.
   */
  readonly order?: number;
  /** Reads a figure at token `i`. */
  readonly read: (ctx: FigureContext, i: number) => FigureMatch | undefined;
  /**
   * Which tokens the rule can start at, so the extractor skips every other
   * token without calling it (most words of a page start no figure). A rule
   * without `startsWith` is tried at every token.
   */
  readonly startsWith?: RuleStart;
}

/**
 * Where a rule may start.
 *
 * @category Figures
 */
export interface RuleStart {
  /** At a number: digits, a number word, a sign, `a hundred`, `from`/`between` before a range. */
  readonly numbers?: boolean;
  /** At a currency symbol or an ISO code. */
  readonly currencies?: boolean;
  /** At one of these words or punctuation marks (lower-case). */
  readonly words?: readonly string[];
  /**
   * With `numbers`: what the rule needs right after the amount it reads
   * (`ctx.amountAt(i)`), so that the extractor reads the amount once and asks
   * only the rules whose follower is there. A page of numbers (`1,000 1,000 …`,
   * `2006-2013-2006-…`) then costs one read and one rule per number, not one
   * per rule. The follower is the token at `amount.next` on the same line; a
   * hyphen glued on both sides is looked through (`44-day`, `12-cent`): the
   * follower is then the token after it. A rule that declares `after` must
   * return `undefined` whenever the amount at `i` is missing or its follower
   * is none of what it declares. Without `after` a rule is asked at every
   * token it starts at.
   */
  readonly after?: RuleFollower;
}

/**
 * What may follow the amount a number rule reads; see {@link RuleStart.after}.
 *
 * @category Figures
 */
export interface RuleFollower {
  /** Any word (`13,333 families`, `3.5 times`). */
  readonly words?: boolean;
  /** These punctuation marks, as written (`%`, `(`, `-` not glued on both sides). */
  readonly marks?: readonly string[];
  /** The first token of a unit name or abbreviation (`°C`, `km2`). */
  readonly units?: boolean;
  /** The first token of a currency name, symbol or ISO code (`₸`, `$`, `KZT`). */
  readonly currencies?: boolean;
}

/**
 * What a rule can see: the tokens, the compiled tables, and memoised
 * readers so that several rules asking about the same token cost one read.
 *
 * @category Figures
 */
export interface FigureContext {
  /** The token stream of the whole text. */
  readonly tokens: Tokens;
  /** The compiled unit and currency tables of the extractor. */
  readonly lexicon: FigureLexicon;
  /** Figures found so far, in order (for elliptical counts). */
  readonly figures: readonly Figure[];
  /** Lower-cased text of token `i` ("" past the end). */
  lower(i: number): string;
  /** Exact text of token `i` ("" past the end). */
  raw(i: number): string;
  /** Whether token `i` belongs to a date, the ticker, pagination or a shortcode. */
  blocked(i: number): boolean;
  /** A number starting at token `i`. */
  numberAt(i: number): NumberRead | undefined;
  /** A number or a range starting at token `i`. */
  amountAt(i: number): Amount | undefined;
  /** A unit name or abbreviation starting at token `i` (in a title-case line, also a capitalised one: `Bcm`). */
  unitAt(i: number): PhraseMatch<UnitEntry> | undefined;
  /** A currency name starting at token `i` (after a number). */
  currencyNameAt(i: number): PhraseMatch<CurrencyEntry> | undefined;
  /** A currency symbol or ISO code starting at token `i`. */
  currencySymbolAt(i: number): PhraseMatch<CurrencyEntry> | undefined;
}

/**
 * Codes that are ISO 4217 but also English words or names in capitals (`ALL
 * 5 solutions`, `TOP 10 destinations`, the UN conferences `COP29` and `MOP
 * 5`). They are read like `pounds` (`needsScale`): money with a scale word
 * (`GEL 71 million`, `1.6 billion GEL`, `COP5bn`) or a bracketed conversion
 * (`GEL 500 ($185)`), not alone, whether spaced or glued to the digits.
 */
const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(["ALL", "CUP", "TOP", "BOB", "PEN", "MAD", "SOS", "GEL", "MOP", "BAM", "COP"]);

/** Size of the lower-case cache (a power of two). */
const LOWER_CACHE = 64;

/** Builds the context over one token stream. */
export function createContext(
  tokens: Tokens,
  lexicon: FigureLexicon,
  blockedTokens: Uint8Array,
  figures: readonly Figure[],
  isIsoCode: (code: string) => boolean,
): FigureContext {
  // Rules ask for the same few tokens around the scan position again and
  // again; a small direct-mapped cache keeps that to one slice per token
  // without allocating an array as long as the page.
  const cacheKey = new Int32Array(LOWER_CACHE).fill(-1);
  const cacheVal: string[] = new Array<string>(LOWER_CACHE).fill("");
  let numberKey = -1;
  let numberVal: NumberRead | undefined;
  let amountKey = -1;
  let amountVal: Amount | undefined;
  const ctx: FigureContext = {
    tokens,
    lexicon,
    figures,
    lower(i) {
      if (i < 0 || i >= tokens.count) return "";
      const slot = i & (LOWER_CACHE - 1);
      if (cacheKey[slot] === i) return cacheVal[slot]!;
      const s = lowerText(tokens.text, tokens.start[i]!, tokens.end[i]!);
      cacheKey[slot] = i;
      cacheVal[slot] = s;
      return s;
    },
    raw(i) {
      if (i < 0 || i >= tokens.count) return "";
      return tokens.text.slice(tokens.start[i]!, tokens.end[i]!);
    },
    blocked(i) {
      return i >= 0 && i < tokens.count && blockedTokens[i] === 1;
    },
    numberAt(i) {
      if (i !== numberKey) {
        numberKey = i;
        numberVal = readNumber(ctx, i);
      }
      return numberVal;
    },
    amountAt(i) {
      if (i !== amountKey) {
        amountKey = i;
        amountVal = readAmount(ctx, i);
      }
      return amountVal;
    },
    unitAt(i) {
      if (i >= tokens.count || ctx.blocked(i)) return undefined;
      const byName = matchPhrase(lexicon.unitNames, tokens, i, ctx.lower);
      const byAbbr = matchPhrase(lexicon.unitAbbreviations, tokens, i, ctx.lower);
      if (byName === undefined && byAbbr === undefined) {
        // "65 Bcm a Year": a title-case line capitalises the abbreviation too.
        const title = matchPhrase(lexicon.unitTitleAbbreviations, tokens, i, ctx.lower);
        return title !== undefined && inTitleCaseLine(tokens, i) ? title : undefined;
      }
      if (byName === undefined) return byAbbr;
      if (byAbbr === undefined) return byName;
      return byAbbr.next > byName.next ? byAbbr : byName;
    },
    currencyNameAt(i) {
      if (i >= tokens.count || ctx.blocked(i)) return undefined;
      const code = isoCodeAt(ctx, i, isIsoCode);
      if (code !== undefined) return code;
      return matchPhrase(lexicon.currencyNames, tokens, i, ctx.lower);
    },
    currencySymbolAt(i) {
      if (i >= tokens.count || ctx.blocked(i)) return undefined;
      const symbol = matchPhrase(lexicon.currencySymbols, tokens, i, ctx.lower);
      const code = isoCodeAt(ctx, i, isIsoCode);
      if (code !== undefined) {
        // "USD $7 billion": a code followed by a symbol of the same currency is one prefix.
        const after = matchPhrase(lexicon.currencySymbols, tokens, code.next, ctx.lower);
        if (after !== undefined && after.value.code === code.value.code) return { value: code.value, next: after.next };
        return code;
      }
      if (symbol === undefined) return undefined;
      // A one-letter prefix ("A$", "C$") must touch the "$": "a $5 bill" is not Australian.
      // So must "S$": in "music ' s $ 500" the "s" is a possessive.
      if (symbol.next - i >= 2 && tokens.kind[i] === TokenKind.Word && tokens.end[i]! - tokens.start[i]! === 1) {
        const w = ctx.lower(i);
        if ((w === "a" || w === "s") && (tokens.flags[i + 1]! & SPACE_BEFORE) !== 0) return undefined;
      }
      return symbol;
    },
  };
  return ctx;
}

/**
 * text[s, e) in lower case. `toLowerCase` takes a slow path on two-byte
 * strings (a page with one “ or ’ is two-byte), so the slice skips it when it
 * is ASCII without capitals, as most words are.
 */
function lowerText(text: string, s: number, e: number): string {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return text.slice(s, e).toLowerCase();
  }
  return text.slice(s, e);
}

function isoCodeAt(ctx: FigureContext, i: number, isIsoCode: (code: string) => boolean): PhraseMatch<CurrencyEntry> | undefined {
  const t = ctx.tokens;
  if (t.kind[i] !== TokenKind.Word || t.end[i]! - t.start[i]! !== 3) return undefined;
  const s = ctx.raw(i);
  // Upper-case only: "try", "all" and "cup" are words.
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  if (a < 0x41 || a > 0x5a || b < 0x41 || b > 0x5a || c < 0x41 || c > 0x5a) return undefined;
  if (!isIsoCode(s)) return undefined;
  return { value: AMBIGUOUS_CODES.has(s) ? { code: s, factor: 1, cues: undefined, needsScale: true } : { code: s, factor: 1, cues: undefined, needsScale: false }, next: i + 1 };
}

/** Whether token `i` touches the token before it (no white space between). */
export function glued(t: Tokens, i: number): boolean {
  return i > 0 && i < t.count && (t.flags[i]! & (SPACE_BEFORE | LINE_BEFORE)) === 0;
}

/** Whether token `i` starts a line. */
export function startsLine(t: Tokens, i: number): boolean {
  return i < t.count && (t.flags[i]! & LINE_BEFORE) !== 0;
}

/** Whether token `i` is the punctuation character `ch`. */
export function isPunct(t: Tokens, i: number, ch: string): boolean {
  return (
    i >= 0 &&
    i < t.count &&
    t.kind[i] === TokenKind.Punct &&
    t.end[i]! - t.start[i]! === ch.length &&
    t.text.startsWith(ch, t.start[i]!)
  );
}

/** Whether token `i` is a hyphen or a dash that can join a range: `14-15%`, `2026–2030`. */
export function isDash(t: Tokens, i: number): boolean {
  if (i < 0 || i >= t.count || t.kind[i] !== TokenKind.Punct) return false;
  const c = t.text.charCodeAt(t.start[i]!);
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212;
}
