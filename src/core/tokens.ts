import { createLender } from "./lend.js";
import { lexiconId, mayHold, wordId, type Lexicon } from "./lexicon.js";
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

/**
 * Whether a BMP code unit is a letter or combining mark: the ASCII test
 * first, where `c | 0x20` folds the capitals onto the small letters (and
 * leaves every other code unit outside a–z), then the letter table.
 */
export function isLetterCode(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || (c >= 0x80 && letters()[c] === 1);
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

/** Whether u[i] is an ASCII digit (the array ends in zeros, never a digit). */
function isDigitU(u: Uint16Array, i: number): boolean {
  const c = u[i]!;
  return c >= 0x30 && c <= 0x39;
}

// The tokenizer reads code units from a typed array, not with `charCodeAt`:
// in Node, `Buffer#write` copies a string's UTF-16 natively, and the loop
// over the array then runs about 30% faster than one over the string (see
// bench/). Elsewhere, or on a big-endian machine, a plain loop fills it.
type NodeBuffer = { write(s: string, offset: number, encoding: string): number };
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike): NodeBuffer } }).Buffer;
const NATIVE_COPY = NodeBuffer !== undefined && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** The most code units kept between calls (a page of 1 MB); a bigger page gets an array of its own. */
const MAX_KEPT_UNITS = 1 << 20;
let kept: { units: Uint16Array; buffer: NodeBuffer | undefined } | undefined;

/** The code units of text, then at least four zeros, in an array reused call after call. */
function codeUnits(text: string): Uint16Array {
  const n = text.length;
  let k = kept;
  if (k === undefined || k.units.length < n + 4) {
    const units = new Uint16Array(Math.max(n + 4, 1024));
    k = { units, buffer: NATIVE_COPY ? NodeBuffer!.from(units.buffer) : undefined };
    if (units.length <= MAX_KEPT_UNITS) kept = k;
  }
  const { units, buffer } = k;
  if (buffer !== undefined) buffer.write(text, 0, "utf16le");
  else for (let j = 0; j < n; j++) units[j] = text.charCodeAt(j);
  units[n] = units[n + 1] = units[n + 2] = units[n + 3] = 0;
  return units;
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

/**
 * The tokens a scan has to visit, found while tokenising: every number and
 * every word of a {@link Lexicon}, in text order. A scan that reads only
 * these (the date scan) skips the rest of the page without a second pass
 * over every token. Internal.
 */
export interface TokenHits {
  /** How many hits there are. */
  count: number;
  /** Token index of hit k. */
  index: Int32Array;
  /** What hit k is: 0 for a number, else its {@link lexiconId} (negative for a possessive). */
  id: Int32Array;
}

/** New, empty {@link TokenHits}. */
export function emptyHits(): TokenHits {
  return { count: 0, index: new Int32Array(0), id: new Int32Array(0) };
}

/**
 * The hits of tokens already made: what {@link tokenizeInto} finds with a
 * lexicon, for a stream tokenised without one.
 */
export function findHits(tokens: Tokens, lexicon: Lexicon, hits: TokenHits): TokenHits {
  const { text, count, kind, start, end } = tokens;
  let n = 0;
  let index = hits.index;
  let id = hits.id;
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    let h = 0;
    if (k === TokenKind.Word) {
      h = wordId(lexicon, text, start[i]!, end[i]!);
      if (h === 0) continue;
    } else if (k !== TokenKind.Number) continue;
    if (n === index.length) ({ index, id } = growHits(index, id));
    index[n] = i;
    id[n] = h;
    n++;
  }
  hits.index = index;
  hits.id = id;
  hits.count = n;
  return hits;
}

function growHits(index: Int32Array, id: Int32Array): { index: Int32Array; id: Int32Array } {
  const cap = Math.max(64, index.length * 2);
  const i2 = new Int32Array(cap);
  i2.set(index);
  const d2 = new Int32Array(cap);
  d2.set(id);
  return { index: i2, id: d2 };
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
   * With the pool's lexicon, `use` also gets the hits.
   */
  run<T>(text: string, use: (tokens: Tokens, hits: TokenHits | undefined) => T): T;
}

function emptyBuffers(): TokenBuffers {
  return { kind: new Uint8Array(0), start: new Int32Array(0), end: new Int32Array(0), flags: new Uint8Array(0) };
}

/** A new {@link TokenPool}; with a lexicon, it finds the hits while tokenising. */
export function createTokenPool(lexicon?: Lexicon): TokenPool {
  const lend = createLender(
    () => ({ buffers: emptyBuffers(), hits: emptyHits() }),
    // A huge page's arrays go with it.
    (space) => space.buffers.kind.length <= MAX_POOLED_TOKENS,
  );
  return {
    run: (text, use) =>
      lend(({ buffers, hits }) => {
        const found = lexicon === undefined ? undefined : hits;
        return use(tokenizeInto(text, buffers, lexicon, found), found);
      }),
  };
}

/**
 * {@link tokenize}, filling `buffers` when they are big enough (and
 * replacing them with bigger ones when not), and with a lexicon, `hits`
 * as {@link findHits} would. Internal: the result must not escape the
 * caller, since the next call overwrites it.
 */
export function tokenizeInto(text: string, buffers: TokenBuffers | undefined, lexicon?: Lexicon, hits?: TokenHits): Tokens {
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
  const u = codeUnits(text);
  let count = 0;
  let pending = LINE_BEFORE;
  let hitCount = 0;
  let hitIndex = hits?.index ?? new Int32Array(0);
  let hitId = hits?.id ?? new Int32Array(0);
  const lookUp = lexicon !== undefined && hits !== undefined;
  let i = 0;
  while (i < n) {
    const c = u[i]!;
    const cls = c < 0x80 ? ASCII[c]! : classOf(c, table);
    const s = i;
    let k: TokenKind;
    // Words first: most tokens of a page are.
    if (cls === LETTER) {
      k = TokenKind.Word;
      i++;
      let inner = false;
      for (;;) {
        // Two code units a turn: news words average five or six letters,
        // and the loop's own cost is a good part of the tokenizer's.
        // (isLetterCode written out, with the table in hand: the call
        // measured 2–3% slower here.)
        for (;;) {
          const d = u[i]!;
          if (!(((d | 0x20) - 0x61) >>> 0 < 26 || (d >= 0x80 && table[d] === 1))) break;
          const e = u[i + 1]!;
          if (!(((e | 0x20) - 0x61) >>> 0 < 26 || (e >= 0x80 && table[e] === 1))) {
            i++;
            break;
          }
          i += 2;
        }
        // Inner apostrophes stay in the word: Kazakhstan’s, don't.
        const a = u[i]!;
        if (a === APOSTROPHE || a === RIGHT_SINGLE_QUOTE) {
          if (isLetterCode(u[i + 1]!)) {
            i += 2;
            inner = true;
            continue;
          }
        }
        break;
      }
      if (lookUp) {
        // The characters are in hand: most words are turned away after
        // one read of the lexicon's table, without reading the text again.
        const second = i - s > 1 ? u[s + 1]! : c;
        const last = u[i - 1]!;
        // A word with an apostrophe may be a possessive (`year’s`): the full lookup.
        const id = inner || mayHold(lexicon, c, second, last, i - s) ? lexiconId(lexicon, text, s, i, c, second, last) : 0;
        if (id !== 0) {
          if (hitCount === hitIndex.length) ({ index: hitIndex, id: hitId } = growHits(hitIndex, hitId));
          hitIndex[hitCount] = count;
          hitId[hitCount++] = id;
        }
      }
    } else if (cls === SPACE) {
      pending |= SPACE_BEFORE;
      i++;
      // Runs of plain spaces are common (indents, double spaces). The zeros
      // after the text stop this loop and the ones below without a bound check.
      while (u[i] === 0x20) i++;
      continue;
    } else if (cls === BREAK) {
      pending |= LINE_BEFORE | SPACE_BEFORE;
      i++;
      continue;
    } else if (cls === DIGIT) {
      k = TokenKind.Number;
      i++;
      while (isDigitU(u, i)) i++;
      // Thousands groups: ",ddd" where the group is exactly three digits and
      // the first run was at most three digits long.
      if (i - s <= 3) {
        while (u[i] === 0x2c && isDigitU(u, i + 1) && isDigitU(u, i + 2) && isDigitU(u, i + 3) && !isDigitU(u, i + 4)) i += 4;
      }
      // Decimal part: "." followed by a digit.
      if (u[i] === 0x2e && isDigitU(u, i + 1)) {
        i += 2;
        while (isDigitU(u, i)) i++;
      }
      if (lookUp) {
        if (hitCount === hitIndex.length) ({ index: hitIndex, id: hitId } = growHits(hitIndex, hitId));
        hitIndex[hitCount] = count;
        hitId[hitCount++] = 0;
      }
    } else {
      k = TokenKind.Punct;
      // Keep a surrogate pair together so emoji stay one token.
      i += c >= 0xd800 && c <= 0xdbff && (u[i + 1]! & 0xfc00) === 0xdc00 ? 2 : 1;
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
    kind[count] = k;
    start[count] = s;
    end[count] = i;
    flags[count] = pending;
    pending = 0;
    count++;
    // The gap after a token is most often one space: take it here rather
    // than on a turn of the loop of its own.
    if (u[i] === 0x20) {
      pending = SPACE_BEFORE;
      i++;
    }
  }
  if (buffers !== undefined) {
    buffers.kind = kind;
    buffers.start = start;
    buffers.end = end;
    buffers.flags = flags;
  }
  if (hits !== undefined) {
    hits.index = hitIndex;
    hits.id = hitId;
    hits.count = hitCount;
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
