import { isSpaceCode } from "./lines.js";

/**
 * The shared token stream: one pass over the page that every capability reads
 * instead of running its own regular expressions over the whole text (the
 * cost that makes chrono-node and Recognizers-Text slow; see STYLE.md).
 *
 * Tokens are stored as parallel typed arrays rather than objects: a 20 kB page
 * has ~4,000 tokens and a benchmark feeds megabytes, so allocation matters.
 * Whitespace is not a token; it is recorded in the flags of the token after it.
 */

/**
 * The kinds of token: `Word`, `Number` and `Punct` (see {@link Tokens.kind}).
 *
 * @category Page
 */
export const TokenKind = {
  /** A run of letters (any script), with inner apostrophes: `Kazakhstan’s`, `don't`. */
  Word: 1,
  /**
   * A run of ASCII digits, with thousands groups (`2,264`, `1,000,000`) and a
   * decimal part (`0.00192`, `3.5`). `2006-2013` is number, `-`, number.
   */
  Number: 2,
  /** Any other single non-space code point: `%`, `$`, `₸`, `–`, `(`, `’`, … */
  Punct: 3,
} as const;
/**
 * One of the {@link TokenKind} values.
 *
 * @category Page
 */
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * Flag bit: the gap before this token holds white space.
 *
 * @category Page
 */
export const SPACE_BEFORE = 1;
/**
 * Flag bit: the gap before this token holds a line break (or the token starts the text).
 *
 * @category Page
 */
export const LINE_BEFORE = 2;

/**
 * The token stream of one text (see {@link tokenize}). Read it, never mutate.
 *
 * @category Page
 */
export interface Tokens {
  /** The text the offsets point into. */
  readonly text: string;
  /** How many tokens there are. */
  readonly count: number;
  /** Kind of token i ({@link TokenKind}). */
  readonly kind: Uint8Array;
  /** Start offset of token i. */
  readonly start: Int32Array;
  /** End offset (exclusive) of token i. */
  readonly end: Int32Array;
  /** {@link SPACE_BEFORE} | {@link LINE_BEFORE} bits for token i. */
  readonly flags: Uint8Array;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

let letterTable: Uint8Array | undefined;
const LETTER_RE = /[\p{L}\p{M}]/u;

/** The BMP letter table, built on first use (not at import time, so importing the library stays free). */
function letters(): Uint8Array {
  if (letterTable === undefined) {
    letterTable = new Uint8Array(0x10000);
    for (let k = 0x80; k < 0x10000; k++) {
      // Surrogates are not letters on their own; astral letters are rare in
      // English news text and are read as punctuation.
      if (k >= 0xd800 && k <= 0xdfff) continue;
      if (LETTER_RE.test(String.fromCharCode(k))) letterTable[k] = 1;
    }
  }
  return letterTable;
}

/** Whether a BMP code unit is a letter or combining mark. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return ASCII[c] === LETTER;
  return letters()[c] === 1;
}

// Character classes of ASCII, looked up instead of compared: the tokenizer is
// the one pass every capability pays for, so its inner loops stay tiny.
const OTHER = 0;
const SPACE = 1;
const BREAK = 2;
const DIGIT = 3;
const LETTER = 4;
const ASCII: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = LETTER;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = LETTER;
  table[0x20] = table[0x09] = table[0x0b] = table[0x0c] = SPACE;
  table[0x0a] = table[0x0d] = BREAK;
  return table;
})();

/** Class of any BMP code unit. */
function classOf(c: number, table: Uint8Array): number {
  if (c < 0x80) return ASCII[c]!;
  if (c === 0x2028 || c === 0x2029) return BREAK;
  if (isSpaceCode(c)) return SPACE;
  return table[c] === 1 ? LETTER : OTHER;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN past the end compares false
  return c >= 0x30 && c <= 0x39;
}

/**
 * Tokenises text in one linear pass: the stream {@link parsePage} shares
 * between date detection and figure extraction. Call it yourself to run
 * {@link detectDatesInTokens} and {@link extractFiguresFromTokens} over one
 * stream. Never throws; lone surrogates and any other odd code unit become
 * punctuation tokens.
 *
 * @param text - Any string.
 * @returns The token stream (parallel typed arrays; read them, never mutate).
 * @example
 * ```ts
 * const tokens = tokenize("In 2023, China’s share of Kazakhstan’s total trade turnover surpassed 20%");
 * tokens.count;
 * // → 13
 * detectDatesInTokens(tokens, { referenceDate: null, bias: "past" }).map((d) => d.text);
 * // → ["2023"]
 * const dates = detectDatesInTokens(tokens, { referenceDate: null, bias: "past" });
 * extractFiguresFromTokens(tokens, dates).map((f) => f.text);
 * // → ["surpassed 20%"]
 * ```
 * @category Page
 */
export function tokenize(text: string): Tokens {
  return tokenizeInto(text, undefined);
}

/**
 * Arrays a caller lends {@link tokenizeInto} to fill, so that a function
 * called once per page does not allocate (and later collect) four arrays
 * per call. The tokens it returns are valid until the buffers are lent
 * again.
 */
export interface TokenBuffers {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
}

/** The most tokens a pool keeps arrays for between calls (a page of about 1 MB). */
const MAX_POOLED_TOKENS = 1 << 18;

/**
 * Token arrays reused call after call by a function that tokenises a page,
 * uses the tokens and lets them go (date detection, figure extraction): a
 * pipeline of thousands of pages then allocates them once, not per page.
 * Internal.
 */
export interface TokenPool {
  /**
   * Tokenises `text` into the pool's arrays and runs `use` on the tokens,
   * which must not outlive the call. A call made from inside `use` (a rule
   * that runs the same extractor) finds the arrays taken and gets fresh ones.
   */
  run<T>(text: string, use: (tokens: Tokens) => T): T;
}

/** A new {@link TokenPool}. */
export function createTokenPool(): TokenPool {
  let free: TokenBuffers | undefined = { kind: new Uint8Array(0), start: new Int32Array(0), end: new Int32Array(0), flags: new Uint8Array(0) };
  return {
    run(text, use) {
      const lent = free;
      free = undefined;
      try {
        return use(tokenizeInto(text, lent));
      } finally {
        // A huge page's arrays go with it.
        if (lent !== undefined) {
          free = lent.kind.length > MAX_POOLED_TOKENS ? { kind: new Uint8Array(0), start: new Int32Array(0), end: new Int32Array(0), flags: new Uint8Array(0) } : lent;
        }
      }
    },
  };
}

/**
 * {@link tokenize}, filling `buffers` when they are big enough (and
 * replacing them with bigger ones when not). Internal: the result must not
 * escape the caller, since the next call overwrites it.
 */
export function tokenizeInto(text: string, buffers: TokenBuffers | undefined): Tokens {
  const n = text.length;
  const table = letters();
  // English news averages a token every 5–6 code units; start near that and
  // grow by doubling.
  let cap = (n >> 2) + 16;
  let kind: Uint8Array;
  let start: Int32Array;
  let end: Int32Array;
  let flags: Uint8Array;
  if (buffers !== undefined && buffers.kind.length >= cap) {
    ({ kind, start, end, flags } = buffers);
    cap = kind.length;
  } else {
    kind = new Uint8Array(cap);
    start = new Int32Array(cap);
    end = new Int32Array(cap);
    flags = new Uint8Array(cap);
  }
  let count = 0;
  let pending = LINE_BEFORE;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 0x80 ? ASCII[c]! : classOf(c, table);
    if (cls === SPACE) {
      pending |= SPACE_BEFORE;
      i++;
      // Runs of plain spaces are common (indents, double spaces).
      while (i < n && text.charCodeAt(i) === 0x20) i++;
      continue;
    }
    if (cls === BREAK) {
      pending |= LINE_BEFORE | SPACE_BEFORE;
      i++;
      continue;
    }
    if (count === cap) {
      cap *= 2;
      const k2 = new Uint8Array(cap);
      k2.set(kind);
      kind = k2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const f2 = new Uint8Array(cap);
      f2.set(flags);
      flags = f2;
    }
    const s = i;
    let k: TokenKind;
    if (cls === DIGIT) {
      k = TokenKind.Number;
      i++;
      while (isDigitAt(text, i)) i++;
      // Thousands groups: ",ddd" where the group is exactly three digits and
      // the first run was at most three digits long.
      if (i - s <= 3) {
        while (
          text.charCodeAt(i) === 0x2c &&
          isDigitAt(text, i + 1) &&
          isDigitAt(text, i + 2) &&
          isDigitAt(text, i + 3) &&
          !isDigitAt(text, i + 4)
        ) {
          i += 4;
        }
      }
      // Decimal part: "." followed by a digit.
      if (text.charCodeAt(i) === 0x2e && isDigitAt(text, i + 1)) {
        i += 2;
        while (isDigitAt(text, i)) i++;
      }
    } else if (cls === LETTER) {
      k = TokenKind.Word;
      i++;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          // Lower-case ASCII first: most of a news page.
          if (d - 0x61 >>> 0 < 26 || (d < 0x80 ? d - 0x41 >>> 0 < 26 : table[d] === 1)) i++;
          else break;
        }
        // Inner apostrophes stay in the word: Kazakhstan’s, don't.
        const a = text.charCodeAt(i);
        if ((a === APOSTROPHE || a === RIGHT_SINGLE_QUOTE) && i + 1 < n) {
          const b = text.charCodeAt(i + 1);
          if (b < 0x80 ? ASCII[b] === LETTER : table[b] === 1) {
            i += 2;
            continue;
          }
        }
        break;
      }
    } else {
      k = TokenKind.Punct;
      // Keep a surrogate pair together so emoji stay one token.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    kind[count] = k;
    start[count] = s;
    end[count] = i;
    flags[count] = pending;
    pending = 0;
    count++;
  }
  if (buffers !== undefined) {
    buffers.kind = kind;
    buffers.start = start;
    buffers.end = end;
    buffers.flags = flags;
  }
  return { text, count, kind, start, end, flags };
}

/** The text of token i. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i]!, t.end[i]!);
}

/**
 * The numeric value of a Number token (`"2,264"` → 2264, `"0.00192"` →
 * 0.00192), or NaN for any other token.
 */
export function tokenNumber(t: Tokens, i: number): number {
  if (t.kind[i] !== TokenKind.Number) return Number.NaN;
  const s = tokenText(t, i);
  return Number(s.includes(",") ? s.replaceAll(",", "") : s);
}
