import { CARDINAL_WORDS } from "../core/number-words.js";
import { isLetterCode, TokenKind, tokenize, type Tokens } from "../core/tokens.js";
import type { FigureRule } from "./context.js";
import type { FigureLexicon } from "./lexicon.js";
import { hashToken, sameToken } from "./token-hash.js";
import { APPROX_PHRASES } from "./words.js";

/**
 * The start index: which tokens may start a figure, and which rules to ask
 * there. Nine tokens in ten start none ("the", "Kazakhstan", ","), so the
 * scan must reject them from a few code-unit reads, without slicing or
 * lower-casing them (the model is `rulesAt` in src/dates/detect-dates.ts):
 *
 * 1. a bit per (first letter, second letter, last letter, length) of the
 *    start words rejects most words after three reads;
 * 2. a word that passes is hashed in place, ASCII capitals folded, and
 *    compared with the start words of its hash bucket.
 *
 * Both steps fold ASCII only. A token with any other code unit is sliced and
 * lower-cased (see token-hash.ts); such tokens are rare in English news.
 * Compiled once per extractor from the rules and tables.
 */

/** What the index knows about one start word (lower-case). */
export interface StartEntry {
  /** The lower-case word or punctuation mark. */
  readonly word: string;
  /** The rules (bit r = rule r) that may start here, besides those tried everywhere. */
  readonly mask: number;
  /** Whether the word opens an approximation phrase (`more than`, `about`). */
  readonly approx: boolean;
  /**
   * Whether the token shows the word's length and first, second and last
   * code units as written (ASCII capitals folded). The scan has always judged
   * those code units as written, so only such a token may start a figure:
   * "HK" spelt with U+212A KELVIN SIGN lower-cases to "hk" but starts none.
   * Always true for an ASCII token.
   */
  readonly asWritten: boolean;
}

/** The entry of every token that starts no figure. */
export const NO_START: StartEntry = { word: "", mask: 0, approx: false, asWritten: false };

/** The compiled index; see {@link compileStartIndex}. */
export interface StartIndex {
  /** Some rule has no `startsWith`: every token may start a figure. */
  readonly all: boolean;
  /** Bit r set: rule r is tried at every token (no `startsWith`, or beyond the 31st). */
  readonly anyMask: number;
  /** Bit r set: rule r starts at numbers. */
  readonly numberMask: number;
  /** Bit r set: rule r starts at currencies (so also at ISO codes in capitals). */
  readonly currencyMask: number;
  /** The rules to ask at a Number token. */
  readonly numberTokenMask: number;
  /** The longest start word: longer ASCII words are rejected on length alone. */
  readonly maxLength: number;
  /** One bit per {@link wordShape} of a start word. */
  readonly shapes: Uint32Array;
  /** Start words by `hashToken` (ASCII capitals folded). */
  readonly byHash: ReadonlyMap<number, readonly StartEntry[]>;
  /** Start words by their text, for tokens with non-ASCII code units. */
  readonly byWord: ReadonlyMap<string, StartEntry>;
  /** The same entries with `asWritten` false, by word. */
  readonly notAsWritten: ReadonlyMap<string, StartEntry>;
  /** The entry of each ASCII punctuation mark, by code unit (a third of all tokens are `,` and `.`). */
  readonly marks: readonly StartEntry[];
  /** The entry of each one-letter ASCII word, by code unit (`a` and `I` are everywhere). */
  readonly letters: readonly StartEntry[];
  /** Bit r set: rule r declared what follows its amount (`startsWith.after`), so it is routed. */
  readonly afterMask: number;
  /** The routed rules to ask when the amount is followed by a word. */
  readonly afterWords: number;
  /** The routed rules to ask when it is followed by an ASCII punctuation mark, by code unit. */
  readonly afterAscii: Int32Array;
  /** The routed rules to ask at any other follower, by its text as written or lower-cased. */
  readonly afterMarks: ReadonlyMap<string, number>;
  /** Whether some follower of {@link afterMarks} is a number token (else digits after an amount route to none). */
  readonly afterNumbers: boolean;
}

/** Words and marks that start a number: a number word, a sign, `a hundred`, `from 65 to 85`. */
const NUMBER_STARTS: readonly string[] = ["a", "an", "half", "minus", "negative", "from", "between", "-", "−", "."];

/** Lengths above this share one length slot in {@link wordShape}. */
const MAX_SHAPE_LENGTH = 15;

/** Size of the shape bitset: 26 first letters × 27 second (a letter or an apostrophe) × 26 last × 16 lengths. */
const SHAPE_BITS = 26 * 27 * 26 * (MAX_SHAPE_LENGTH + 1);

/**
 * Letter index of each ASCII code unit for {@link wordShape}: a–z and A–Z →
 * 0–25, the apostrophe → 26 (it can only be a second code unit: `o'clock`),
 * anything else → 0x80 (no shape).
 */
const SHAPE_LETTER: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(0x80).fill(0x80);
  for (let k = 0; k < 26; k++) table[0x41 + k] = table[0x61 + k] = k;
  table[0x27] = 26;
  return table;
})();

/**
 * The (first, second, last code unit, length) of a word as a bit index, or
 * -1 when one of those code units is not ASCII. The middle of the word is not
 * read, so a non-ASCII letter there is caught by `hashToken`.
 */
function wordShape(text: string, s: number, e: number): number {
  const len = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(len > 1 ? s + 1 : s);
  const cz = text.charCodeAt(e - 1);
  if ((c0 | c1 | cz) >= 0x80) return -1;
  const a = SHAPE_LETTER[c0]!;
  const z = SHAPE_LETTER[cz]!;
  // An apostrophe (26) may only be the second code unit.
  if (((a | z) & 0x80) !== 0 || a === 26 || z === 26) return -1;
  const b = SHAPE_LETTER[c1]!;
  if ((b & 0x80) !== 0) return -1;
  return ((a * 27 + b) * 26 + z) * (MAX_SHAPE_LENGTH + 1) + (len > MAX_SHAPE_LENGTH ? MAX_SHAPE_LENGTH : len);
}

/**
 * Compiles the start index of a rule list over the compiled tables: the
 * words each rule names in `startsWith`, number words and signs for rules
 * that start at numbers, the first tokens of currency symbols for rules that
 * start at currencies, and the first words of approximation phrases.
 */
export function compileStartIndex(rules: readonly FigureRule[], lexicon: FigureLexicon): StartIndex {
  const words = new Set<string>();
  const numberWords = new Set<string>([...CARDINAL_WORDS.keys(), ...NUMBER_STARTS]);
  const currencyWords = new Set<string>(lexicon.currencySymbols.root.next.keys());
  const wordMask = new Map<string, number>();
  let all = false;
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
      for (const w of currencyWords) words.add(w);
    }
  });
  const approxWords = new Set<string>();
  for (const [phrase] of APPROX_PHRASES) {
    const t = tokenize(phrase.toLowerCase());
    if (t.count > 0) approxWords.add(t.text.slice(t.start[0]!, t.end[0]!));
  }
  for (const w of approxWords) words.add(w);

  const shapes = new Uint32Array(Math.ceil(SHAPE_BITS / 32));
  const byHash = new Map<number, StartEntry[]>();
  const byWord = new Map<string, StartEntry>();
  const notAsWritten = new Map<string, StartEntry>();
  let maxLength = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    const mask = (numberWords.has(word) ? numberMask : 0) | (currencyWords.has(word) ? currencyMask : 0) | (wordMask.get(word) ?? 0);
    const entry: StartEntry = { word, mask, approx: approxWords.has(word), asWritten: true };
    byWord.set(word, entry);
    notAsWritten.set(word, { ...entry, asWritten: false });
    maxLength = Math.max(maxLength, word.length);
    const shape = wordShape(word, 0, word.length);
    if (shape >= 0) shapes[shape >>> 5]! |= 1 << (shape & 31);
    // "İ" lower-cases to "i" and U+0307: such a word is longer than its token, so no shape is safe.
    if (word.includes("\u0307")) shapes.fill(0xffffffff);
    const h = hashToken(word, 0, word.length, true);
    if (h < 0) continue;
    const bucket = byHash.get(h);
    if (bucket === undefined) byHash.set(h, [entry]);
    else bucket.push(entry);
  }
  const marks: StartEntry[] = [];
  for (let c = 0; c < 0x80; c++) marks.push(byWord.get(String.fromCharCode(c)) ?? NO_START);
  // A Number token is "" to the word tables.
  const numberTokenMask = anyMask | numberMask | (wordMask.get("") ?? 0);
  const letters: StartEntry[] = [];
  const ix: StartIndex = { all, anyMask, numberMask, currencyMask, numberTokenMask, maxLength, shapes, byHash, byWord, notAsWritten, marks, letters, ...compileFollowers(rules, lexicon) };
  // One-letter words (`a`, `I`) are among the commonest tokens: look each up once.
  for (let c = 0; c < 0x80; c++) {
    const letter = (c | 0x20) - 0x61 >>> 0 < 26;
    letters.push(letter ? lookup(ix, String.fromCharCode(c), 0, 1) : NO_START);
  }
  return ix;
}

type Followers = Pick<StartIndex, "afterMask" | "afterWords" | "afterAscii" | "afterMarks" | "afterNumbers">;

/**
 * The routing of number rules by what follows their amount (`startsWith.after`):
 * which rules a word, a mark or a number after the amount may concern. Units
 * and currencies stand for the first tokens of their tables, so the routing
 * follows a custom table too.
 */
function compileFollowers(rules: readonly FigureRule[], lexicon: FigureLexicon): Followers {
  let afterMask = 0;
  let afterWords = 0;
  const afterAscii = new Int32Array(0x80);
  const afterMarks = new Map<string, number>();
  let afterNumbers = false;
  // Keys are single tokens (the first of a phrase, or a mark), so the first
  // code unit tells their kind: a letter starts a word, a digit a number.
  const add = (key: string, bit: number): void => {
    if (key.length === 0) return;
    const c0 = key.charCodeAt(0);
    if (isLetterCode(c0)) {
      afterWords |= bit;
      return;
    }
    if (c0 >= 0x30 && c0 <= 0x39) afterNumbers = true;
    const first = key;
    // A follower is looked up as written and lower-cased, so either form of the key is enough.
    for (const k of new Set([first, first.toLowerCase()])) {
      if (k.length === 1 && k.charCodeAt(0) < 0x80) afterAscii[k.charCodeAt(0)]! |= bit;
      else afterMarks.set(k, (afterMarks.get(k) ?? 0) | bit);
    }
  };
  rules.forEach((rule, r) => {
    const after = rule.startsWith?.after;
    // Rules beyond the 31st are tried everywhere (see `anyMask`); only number rules read an amount.
    if (after === undefined || r > 30 || rule.startsWith?.numbers !== true) return;
    const bit = 1 << r;
    afterMask |= bit;
    if (after.words === true) afterWords |= bit;
    for (const m of after.marks ?? []) add(m, bit);
    if (after.units === true) {
      for (const k of lexicon.unitNames.root.next.keys()) add(k, bit);
      for (const k of lexicon.unitAbbreviations.root.next.keys()) add(k, bit);
    }
    if (after.currencies === true) {
      // ISO codes are words.
      afterWords |= bit;
      for (const k of lexicon.currencyNames.root.next.keys()) add(k, bit);
      for (const k of lexicon.currencySymbols.root.next.keys()) add(k, bit);
    }
  });
  return { afterMask, afterWords, afterAscii, afterMarks, afterNumbers };
}

/** The start entry of token i, {@link NO_START} when it starts nothing. */
export function startEntry(ix: StartIndex, tokens: Tokens, i: number): StartEntry {
  const kind = tokens.kind[i];
  // Numbers are "" to the word tables (see `numberTokenMask`).
  if (kind === TokenKind.Number) return NO_START;
  const text = tokens.text;
  const s = tokens.start[i]!;
  const e = tokens.end[i]!;
  // Lower-casing never shortens a token, so a longer one is no start word.
  if (e - s > ix.maxLength) return NO_START;
  if (kind === TokenKind.Word) {
    if (e - s === 1) {
      const c = text.charCodeAt(s);
      if (c < 0x80) return ix.letters[c]!;
    }
    // The common case: an ASCII word that is no start word, rejected on its shape.
    const shape = wordShape(text, s, e);
    if (shape >= 0 && (ix.shapes[shape >>> 5]! & (1 << (shape & 31))) === 0) return NO_START;
  } else if (e - s === 1) {
    const c = text.charCodeAt(s);
    if (c < 0x80) return ix.marks[c]!;
  }
  return lookup(ix, text, s, e);
}

/** The entry of text[s, e) by its hash, or by its lower-cased slice when it is not ASCII. */
function lookup(ix: StartIndex, text: string, s: number, e: number): StartEntry {
  const h = hashToken(text, s, e, true);
  if (h < 0) {
    const entry = ix.byWord.get(text.slice(s, e).toLowerCase());
    if (entry === undefined) return NO_START;
    return isWrittenAs(text, s, e, entry.word) ? entry : ix.notAsWritten.get(entry.word)!;
  }
  const bucket = ix.byHash.get(h);
  if (bucket !== undefined) for (const entry of bucket) if (sameToken(text, s, e, entry.word, true)) return entry;
  return NO_START;
}

/** Whether token i is an ISO code in capitals (three ASCII capitals): such tokens may start money. */
export function isUpper3(text: string, s: number, e: number): boolean {
  if (e - s !== 3) return false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return true;
}

/** Whether text[s, e) has the length and first, second and last code units of `word` (ASCII capitals folded). */
function isWrittenAs(text: string, s: number, e: number, word: string): boolean {
  const len = e - s;
  if (len !== word.length) return false;
  const second = len > 1 ? 1 : 0;
  return (
    foldAscii(text.charCodeAt(s)) === word.charCodeAt(0) &&
    foldAscii(text.charCodeAt(s + second)) === word.charCodeAt(second) &&
    foldAscii(text.charCodeAt(e - 1)) === word.charCodeAt(len - 1)
  );
}

function foldAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}
