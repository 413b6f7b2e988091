import { TokenKind, SPACE_BEFORE, LINE_BEFORE, type Tokens } from "./tokens.js";

/**
 * Shared word tables for numbers written out in words. Both date detection
 * (`five years ago`) and figure extraction (`twelve regions`, `six million
 * people`) read them; a contributor extends a table with one line.
 */

/** Cardinal words below one hundred that stand alone: `"twelve"` → 12. */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["nought", 0], ["naught", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40],
  ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/** The tens that take a hyphenated unit: `twenty-five`. */
const TENS: ReadonlySet<string> = new Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);

/** Scale words and abbreviations: `"million"` → 1e6, `"bn"` → 1e9. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
  ["mln", 1e6], ["mn", 1e6], ["bn", 1e9], ["bln", 1e9], ["tn", 1e12], ["trn", 1e12], ["tln", 1e12], ["trln", 1e12],
  // South Asian scales, as printed in Indian and Pakistani news: "13 lakh", "1 crore".
  ["lakh", 1e5], ["lakhs", 1e5], ["crore", 1e7], ["crores", 1e7],
  // "three dozen", "two dozens": a dozen multiplies like a scale word.
  ["dozen", 12], ["dozens", 12], ["doz", 12], ["dozs", 12], ["dz", 12], ["dzs", 12],
]);

/** Ordinal words: `"first"` → 1. Used for `first half`, `third quarter`, `7th century`. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6],
  ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16],
  ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20],
]);

/** A number read from words, and where it stopped. */
export interface WordNumber {
  /** The value: `twenty-five` → 25, `two hundred thousand` → 200000. */
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** Whether a scale word (hundred, thousand, million…) was part of it. */
  scaled: boolean;
}

function lower(t: Tokens, i: number): string {
  return t.text.slice(t.start[i]!, t.end[i]!).toLowerCase();
}

function isHyphenJoin(t: Tokens, i: number): boolean {
  // "twenty-five": a hyphen token glued on both sides.
  return (
    i + 1 < t.count &&
    t.kind[i] === TokenKind.Punct &&
    t.text.charCodeAt(t.start[i]!) === 0x2d &&
    (t.flags[i]! & SPACE_BEFORE) === 0 &&
    (t.flags[i + 1]! & SPACE_BEFORE) === 0
  );
}

function isSpacedHyphen(t: Tokens, i: number): boolean {
  // "fifty - two": a lone hyphen with spaces on both sides, still on one line.
  return (
    i + 1 < t.count &&
    t.kind[i] === TokenKind.Punct &&
    t.end[i]! - t.start[i]! === 1 &&
    t.text.charCodeAt(t.start[i]!) === 0x2d &&
    (t.flags[i]! & LINE_BEFORE) === 0 &&
    (t.flags[i + 1]! & LINE_BEFORE) === 0 &&
    (t.flags[i]! & SPACE_BEFORE) !== 0 &&
    (t.flags[i + 1]! & SPACE_BEFORE) !== 0
  );
}

/**
 * Reads a cardinal written in words starting at token `i`: `twelve`,
 * `twenty-five`, `one hundred`, `two hundred and fifty thousand`. Stops at a
 * line break. Returns `undefined` when token `i` does not start one.
 */
export function readWordNumber(t: Tokens, i: number): WordNumber | undefined {
  let total = 0;
  let group = 0;
  let any = false;
  let scaled = false;
  let j = i;
  let next = i;
  let lastScale = 0;
  // "a hundred", "a dozen", "an eighty"? Only "a"/"an" right before a scale word
  // reads as one: "a hundred hours" is 100, "a year" is not a number.
  if (t.kind[i] === TokenKind.Word && i + 1 < t.count && (t.flags[i + 1]! & LINE_BEFORE) === 0) {
    const w0 = lower(t, i);
    if ((w0 === "a" || w0 === "an") && t.kind[i + 1] === TokenKind.Word) {
      const s0 = SCALE_WORDS.get(lower(t, i + 1));
      if (s0 !== undefined && s0 >= 12 && lower(t, i + 1) !== "dozens") {
        group = 1;
        any = true;
        j = i + 1;
      }
    }
  }
  while (j < t.count && t.kind[j] === TokenKind.Word) {
    if (j > i && (t.flags[j]! & LINE_BEFORE) !== 0) break;
    const w = lower(t, j);
    const small = CARDINAL_WORDS.get(w);
    if (small !== undefined) {
      if (group % 100 !== 0 && small >= 1) {
        // "twenty five" reads as 25, but "five five" is two numbers.
        if (!(group % 100 >= 20 && group % 10 === 0 && small < 10)) break;
      }
      group += small;
      any = true;
      j++;
      next = j;
      // twenty-five (and "fifty - two", as some transcripts space the hyphen)
      if (TENS.has(w) && (isHyphenJoin(t, j) || isSpacedHyphen(t, j)) && t.kind[j + 1] === TokenKind.Word) {
        const unit = CARDINAL_WORDS.get(lower(t, j + 1));
        if (unit !== undefined && unit >= 1 && unit <= 9) {
          group += unit;
          j += 2;
          next = j;
        }
      }
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale !== undefined && any) {
      scaled = true;
      if (scale === 100) {
        group = (group === 0 ? 1 : group) * 100;
      } else if (group === 0 && total > 0 && scale > lastScale) {
        // "three lakh crore": a larger scale right after a smaller one multiplies.
        total *= scale;
      } else {
        total += (group === 0 ? 1 : group) * scale;
        group = 0;
      }
      lastScale = scale;
      j++;
      next = j;
      continue;
    }
    // "two hundred and fifty": "and" only between parts of one number.
    if (w === "and" && any && scaled && j + 1 < t.count && CARDINAL_WORDS.has(lower(t, j + 1))) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  return { value: total + group, next, scaled };
}
