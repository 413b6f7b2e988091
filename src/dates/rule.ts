import { LINE_BEFORE, SPACE_BEFORE, TokenKind, type Tokens } from "../core/tokens.js";
import type { Day } from "./calendar.js";
import type { DateBias, DateGrain } from "./types.js";

/**
 * The rule/refiner contract of date detection. A rule is pure: it reads
 * tokens through a {@link TokenView} and returns a {@link DateMatch} whose
 * value is computed later, once the reference date and the mention before it
 * are known. Rules never read the clock.
 */

/**
 * An inclusive range of days (day numbers since 1970-01-01).
 *
 * @category Dates
 */
export interface DayRange {
  /** First day covered. */
  start: Day;
  /** Last day covered (inclusive). */
  end: Day;
}

/**
 * What a match needs to compute its value.
 *
 * @category Dates
 */
export interface ResolveEnv {
  /** The reference date, or null when the caller gave none. */
  readonly reference: Day | null;
  /** Which way a date without a year leans. */
  readonly bias: DateBias;
  /**
   * The value of the nearest mention before this one that has a value, for
   * back-references (`the same year`, `A year later`); null at the start.
   */
  readonly previous:
    | (DayRange & {
        /** How coarse that mention is. */
        grain: DateGrain;
      })
    | null;
  /**
   * The nearest mention before this one whose grain is `grain` or finer:
   * `the same day` looks back to a day, not to the year mentioned in
   * between (`On July 3, … in 2023 … On the same day`).
   */
  readonly previousAt: (grain: DateGrain) =>
    | (DayRange & {
        /** How coarse that mention is. */
        grain: DateGrain;
      })
    | null;
}

/**
 * One mention found by a rule: where it stands (in tokens) and how to
 * compute its value.
 *
 * @category Dates
 */
export interface DateMatch {
  /** Index of the first token of the mention. */
  readonly first: number;
  /** Index just past its last token. */
  readonly next: number;
  /** How coarse the mention is. */
  readonly grain: DateGrain;
  /** `"range"` when it joins two dates. */
  readonly kind: "point" | "range";
  /** Whether the value needs the reference date or the mention before it. */
  readonly relative: boolean;
  /** Computes the value; `null` when it cannot be known (no reference date). */
  readonly resolve: (env: ResolveEnv) => DayRange | null;
  /**
   * The year the mention states, if any. A range lends it to a first
   * endpoint that has none (`between January and May 2025`).
   */
  readonly year?: number;
  /** Rebuilds a mention that states no year with the given year (see {@link DateMatch.year}). */
  readonly withYear?: (year: number) => DateMatch | undefined;
}

/**
 * A date rule: the anchor tokens it can start at, and a matcher. A rule
 * lives in one kebab-case file under `src/dates/rules/` with its test
 * beside it; `npm run generate` adds every rule exported there to
 * {@link DEFAULT_DATE_RULES}.
 *
 * The example is written inside the repository, where `relativeMatch`
 * (src/dates/read.ts) and `placeInYear` (src/dates/resolve.ts) do the day
 * arithmetic; they are not public exports. From the outside, return a
 * {@link DateMatch} object yourself, as the Nauryz rule in
 * docs/extending.md does.
 *
 * @example
 * ```ts
 * // `Christmas` is December 25, placed by the bias (see detect-dates.test.ts).
 * const christmasRule: DateRule = {
 *   name: "christmas",
 *   anchors: ["christmas"],
 *   match: (view, i) =>
 *     view.capitalized(i)
 *       ? relativeMatch(i, i + 1, "day", (env) => (env.reference === null ? null : (placeInYear(env.reference, env.bias, 12, 25) ?? null)))
 *       : undefined,
 * };
 * createDateDetector({ rules: [...DEFAULT_DATE_RULES, christmasRule] });
 * ```
 * @category Dates
 */
export interface DateRule {
  /** A short kebab-case name, for tests and debugging. */
  readonly name: string;
  /**
   * Lowercase words the mention can start with; {@link NUMBER_ANCHOR} for a
   * number. A rule is only tried where one of its anchors stands, which is
   * what keeps detection a single pass.
   */
  readonly anchors: readonly string[];
  /**
   * For a rule anchored at numbers: the digit counts its first number can
   * have (`[4]` for a year). The detector then skips the rule for other
   * numbers without calling it. Omit to be tried at every number.
   */
  readonly digits?: readonly number[];
  /**
   * Key words: every match of the rule holds one of them (lowercase; a
   * possessive `’s` is ignored; {@link NUMBER_ANCHOR} for a number) within
   * its first {@link KEY_REACH} tokens. `last` and `a` are anchors, but
   * `last week` and `a year ago` need `week` and `year`: the detector skips
   * an anchor with no key word within reach without trying its rules.
   * Omit to use the anchors (a match starts at its anchor, so that always
   * holds).
   */
  readonly keys?: readonly string[];
  /** Reads a mention starting at token `i`, or returns `undefined`. Never throws. */
  readonly match: (view: TokenView, i: number) => DateMatch | undefined;
}

/**
 * Whether a code unit is a dash as date phrases use one: `-`, `‒`, `–`, `—`,
 * `−`. The one definition behind {@link TokenView.isDash} and the detector's
 * scan. (Internal: not exported from the package.)
 */
export function isDashCode(c: number): boolean {
  return c === 0x2d || (c >= 0x2012 && c <= 0x2014) || c === 0x2212;
}

/**
 * How many tokens from its first one a match must hold a key word within
 * (see {@link DateRule.keys}): `twenty-fourth of May` reaches `May` at the
 * fifth token, `the first half of last year` reaches `year` at the fifth.
 *
 * @category Dates
 */
export const KEY_REACH = 8;

/**
 * Index of a word's shape (first letter, last letter, length) in a shape
 * table, or -1 when the word is longer than 15 or does not start and end
 * with an ASCII letter.
 */
export function shapeIndex(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 1 || len > 15) return -1;
  const a = (text.charCodeAt(start) | 0x20) - 0x61;
  const z = (text.charCodeAt(end - 1) | 0x20) - 0x61;
  if (a < 0 || a > 25 || z < 0 || z > 25) return -1;
  return (a * 26 + z) * 16 + len;
}

/**
 * A shape table for a word list: one byte per (first letter, last letter,
 * length). Checking a token against it reads two characters and allocates
 * nothing, so rules can rule out most words before lowercasing them.
 */
export function wordShapes(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(26 * 26 * 16);
  for (const w of words) {
    const k = shapeIndex(w, 0, w.length);
    if (k >= 0) shapes[k] = 1;
  }
  return shapes;
}

/**
 * The anchor that stands for any number token.
 *
 * @category Dates
 */
export const NUMBER_ANCHOR = "#number";

/**
 * A small direct-mapped cache of lowercased words, shared by every view (a
 * view is made per page, and its own arrays would be made per page too):
 * several rules look at the same few tokens around an anchor, and
 * lowercasing allocates. An entry holds the token and the view it belongs
 * to, so a view never reads another's.
 */
const LOWER_CACHE = 64;
const cachedToken = new Int32Array(LOWER_CACHE);
const cachedView = new Int32Array(LOWER_CACHE);
const cachedText: string[] = new Array<string>(LOWER_CACHE).fill("");
let generations = 0;

/** A number no live view has (views start at 1; 0 marks an empty entry). */
function nextGeneration(): number {
  generations = (generations + 1) | 0;
  if (generations === 0) {
    // After 2³² views the numbers wrap: empty the cache so an old entry cannot pass for a new view's.
    cachedView.fill(0);
    generations = 1;
  }
  return generations;
}

/**
 * Read access to the token stream for rules: lowercase text, kinds, the gaps
 * between tokens, small integers, and {@link TokenView.matchAt} to read a
 * nested date (a weekday before a date, a count before a date). One view
 * serves one call; it holds only a small cache.
 *
 * @category Dates
 */
export class TokenView {
  /** The tokens. */
  readonly tokens: Tokens;
  /** How many tokens there are. */
  readonly count: number;
  private readonly nested: (view: TokenView, i: number) => DateMatch | undefined;
  /** This view's number in the shared cache of lowercased words (see {@link LOWER_CACHE}). */
  private readonly generation: number = nextGeneration();

  /** Wraps tokens; `nested` reads a date at a token with the detector's rules. */
  constructor(tokens: Tokens, nested: (view: TokenView, i: number) => DateMatch | undefined) {
    this.tokens = tokens;
    this.count = tokens.count;
    this.nested = nested;
  }

  /** The text of token i ("" outside the stream). */
  text(i: number): string {
    if (i < 0 || i >= this.count) return "";
    return this.tokens.text.slice(this.tokens.start[i]!, this.tokens.end[i]!);
  }

  /**
   * The lowercase text of word i; "" for any other token or outside the
   * stream (rules compare words, and a number or a sign is never one).
   */
  lower(i: number): string {
    if (i < 0 || i >= this.count || this.tokens.kind[i] !== TokenKind.Word) return "";
    const slot = i & (LOWER_CACHE - 1);
    if (cachedToken[slot] === i && cachedView[slot] === this.generation) return cachedText[slot]!;
    const s = this.text(i).toLowerCase();
    cachedToken[slot] = i;
    cachedView[slot] = this.generation;
    cachedText[slot] = s;
    return s;
  }

  /**
   * Whether word i may be in a word list, given the list's shape table
   * `shapes` (built by `wordShapes` in src/dates/rule.ts, not a public
   * export): no false negatives, so a rule rules most words out cheaply.
   */
  hasShape(i: number, shapes: Uint8Array): boolean {
    if (i < 0 || i >= this.count || this.tokens.kind[i] !== TokenKind.Word) return false;
    const k = shapeIndex(this.tokens.text, this.tokens.start[i]!, this.tokens.end[i]!);
    return k >= 0 && shapes[k] === 1;
  }

  /** Whether token i is the word `word` (given in lowercase), in any case. Allocates nothing. */
  is(i: number, word: string): boolean {
    if (i < 0 || i >= this.count || this.tokens.kind[i] !== TokenKind.Word) return false;
    const t = this.tokens.text;
    const s = this.tokens.start[i]!;
    if (this.tokens.end[i]! - s !== word.length) return false;
    for (let k = 0; k < word.length; k++) {
      let c = t.charCodeAt(s + k);
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      if (c !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  /**
   * The lowercase text of word i without a possessive `’s` (`year’s` →
   * `year`): the tokenizer keeps inner apostrophes inside the word.
   */
  base(i: number): string {
    const s = this.lower(i);
    if (s.length > 2 && s.charCodeAt(s.length - 1) === 0x73) {
      const a = s.charCodeAt(s.length - 2);
      if (a === 0x27 || a === 0x2019) return s.slice(0, -2);
    }
    return s;
  }

  /** Whether token i is a word. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.tokens.kind[i] === TokenKind.Word;
  }

  /** Whether token i is a number. */
  isNumber(i: number): boolean {
    return i >= 0 && i < this.count && this.tokens.kind[i] === TokenKind.Number;
  }

  /** Whether token i is the punctuation character `ch` (one of several when given a string of them). */
  isPunct(i: number, chars: string): boolean {
    if (i < 0 || i >= this.count || this.tokens.kind[i] !== TokenKind.Punct) return false;
    const c = this.tokens.text.charCodeAt(this.tokens.start[i]!);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }

  /** Whether token i is a dash of any kind (`-`, `–`, `—`, `‒`, `−`). */
  isDash(i: number): boolean {
    if (i < 0 || i >= this.count || this.tokens.kind[i] !== TokenKind.Punct) return false;
    return isDashCode(this.tokens.text.charCodeAt(this.tokens.start[i]!));
  }

  /** Whether token i is glued to the token before it (no white space between). */
  glued(i: number): boolean {
    if (i <= 0 || i >= this.count) return false;
    return (this.tokens.flags[i]! & SPACE_BEFORE) === 0;
  }

  /** Whether a line break stands before token i (or i starts the text). */
  lineBefore(i: number): boolean {
    if (i <= 0 || i >= this.count) return true;
    return (this.tokens.flags[i]! & LINE_BEFORE) !== 0;
  }

  /** Whether word i starts with a capital letter. */
  capitalized(i: number): boolean {
    if (!this.isWord(i)) return false;
    const c = this.tokens.text.charCodeAt(this.tokens.start[i]!);
    return c >= 0x41 && c <= 0x5a;
  }

  /** Whether word i is all lowercase (ASCII check on the first letter). */
  lowercase(i: number): boolean {
    if (!this.isWord(i)) return false;
    const c = this.tokens.text.charCodeAt(this.tokens.start[i]!);
    return c >= 0x61 && c <= 0x7a;
  }

  /** Number of characters of token i. */
  length(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    return this.tokens.end[i]! - this.tokens.start[i]!;
  }

  /**
   * The value of a number token made of plain digits only (`2024`, `07`), or
   * -1 for anything else (`2,264`, `3.5`, a word).
   */
  int(i: number): number {
    if (!this.isNumber(i)) return -1;
    const t = this.tokens.text;
    const s = this.tokens.start[i]!;
    const e = this.tokens.end[i]!;
    if (e - s > 9) return -1;
    let v = 0;
    for (let k = s; k < e; k++) {
      const c = t.charCodeAt(k);
      if (c < 0x30 || c > 0x39) return -1;
      v = v * 10 + (c - 0x30);
    }
    return v;
  }

  private depth = 0;

  /**
   * Reads a date with the detector's rules at token i (for a weekday before
   * a date, a count before a date). Nesting is capped at two levels, so
   * `Thursday, Thursday, …` or `a day after a day after …` cannot recurse
   * down a long input: work stays linear.
   */
  matchAt(i: number): DateMatch | undefined {
    if (i < 0 || i >= this.count || this.depth >= 2) return undefined;
    this.depth++;
    try {
      return this.nested(this, i);
    } finally {
      this.depth--;
    }
  }
}
