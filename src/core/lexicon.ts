/**
 * A lexicon: a set of lowercase ASCII words looked up straight from the
 * text, without slicing or lowercasing. The tokenizer can look each word up
 * as it reads it (see `tokenizeInto` in tokens.ts): the date scan then
 * visits only the numbers and the words it knows, never the rest of the
 * page. Internal: not exported from the package.
 */

/** A word set built by {@link createLexicon}. Read it, never mutate. */
export interface Lexicon {
  /** The words; word `id` is `words[id - 1]`. */
  readonly words: readonly string[];
  /**
   * Open addressing on the word's shape (see {@link shapeKey}): the shape
   * of the word in each slot, 0 when the slot is empty. Most words of a
   * page (`the`, `and`, `of`) land on an empty slot after one read, from
   * characters the tokenizer has just read; only a word of the same shape
   * is compared letter by letter.
   */
  readonly slotShape: Int32Array;
  /** The id of the word in each slot. */
  readonly slotId: Int32Array;
  /** `32 - log2(slots)`: the shift that turns a hashed shape into a slot. */
  readonly shift: number;
  /** The longest word. */
  readonly maxLength: number;
}

/** Words longer than this are not kept: the shape packs the length in four bits. */
export const MAX_LEXICON_WORD = 15;

/** Whether `word` can be in a lexicon: 1–15 lowercase ASCII letters. */
export function isLexiconWord(word: string): boolean {
  return word.length >= 1 && word.length <= MAX_LEXICON_WORD && /^[a-z]+$/.test(word);
}

/**
 * A word's shape from its first, second and last letters as 0–25 and its
 * length, packed into 19 bits (never 0: the length is at least 1).
 */
export function shapeKey(a: number, b: number, z: number, len: number): number {
  return a | (b << 5) | (z << 10) | (len << 15);
}

/** The first slot of a shape: a multiplicative hash, whose top bits mix every bit of the shape. */
function firstSlot(shape: number, shift: number): number {
  return Math.imul(shape, 0x9e3779b1) >>> shift;
}

/** Whether text[start, end) equals `word` (lowercase ASCII) ignoring ASCII case. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The shape of text[start, end) if it is 1–15 code units and starts, goes on and ends with ASCII letters; else 0. */
function shapeAt(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 1 || len > MAX_LEXICON_WORD) return 0;
  const a = (text.charCodeAt(start) | 0x20) - 0x61;
  const b = (text.charCodeAt(len > 1 ? start + 1 : start) | 0x20) - 0x61;
  const z = (text.charCodeAt(end - 1) | 0x20) - 0x61;
  if (a >>> 0 > 25 || b >>> 0 > 25 || z >>> 0 > 25) return 0;
  return shapeKey(a, b, z, len);
}

/**
 * Builds a lexicon. Words that are not 1–15 lowercase ASCII letters are
 * left out (check with {@link isLexiconWord}); a repeated word keeps its
 * first id.
 *
 * @param words - The words, in the order their ids are given (1, 2, …).
 * @returns The lexicon.
 */
export function createLexicon(words: Iterable<string>): Lexicon {
  const list: string[] = [];
  for (const w of words) if (isLexiconWord(w) && !list.includes(w)) list.push(w);
  // At most one slot in eight taken: a word not in the lexicon then nearly
  // always finds its first slot empty.
  let bits = 6;
  while (1 << bits < list.length * 8) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  const slotShape = new Int32Array(size);
  const slotId = new Int32Array(size);
  let maxLength = 0;
  list.forEach((w, k) => {
    const shape = shapeAt(w, 0, w.length);
    maxLength = Math.max(maxLength, w.length);
    let slot = firstSlot(shape, shift);
    while (slotShape[slot] !== 0) slot = (slot + 1) & (size - 1);
    slotShape[slot] = shape;
    slotId[slot] = k + 1;
  });
  return { words: list, slotShape, slotId, shift, maxLength };
}

/** The id of the word text[start, end) of the given shape, or 0. */
function find(lexicon: Lexicon, text: string, start: number, end: number, shape: number): number {
  const { slotShape, slotId, words } = lexicon;
  const mask = slotShape.length - 1;
  let slot = firstSlot(shape, lexicon.shift);
  for (;;) {
    const s = slotShape[slot]!;
    if (s === 0) return 0;
    if (s === shape) {
      const id = slotId[slot]!;
      if (sameWord(text, start, end, words[id - 1]!)) return id;
    }
    slot = (slot + 1) & mask;
  }
}

/**
 * Whether a word of letters only, with these first, second and last code
 * units and length, may be in the lexicon: no false negatives, and for most
 * words of a page one table read. (A word with an apostrophe may be a
 * possessive: look it up with {@link lexiconId}.)
 */
export function mayHold(lexicon: Lexicon, first: number, second: number, last: number, len: number): boolean {
  const a = (first | 0x20) - 0x61;
  const b = (second | 0x20) - 0x61;
  const z = (last | 0x20) - 0x61;
  if (a >>> 0 > 25 || b >>> 0 > 25 || z >>> 0 > 25 || len > MAX_LEXICON_WORD) return false;
  return lexicon.slotShape[firstSlot(shapeKey(a, b, z, len), lexicon.shift)] !== 0;
}

/**
 * The lexicon id of the word text[start, end) in any ASCII case; minus the
 * id of its base for a possessive not in the lexicon itself (`Year’s` →
 * −id of `year`); 0 when neither is in the lexicon.
 *
 * `first` and `second` are the word's first two code units and `last` its
 * last one (the tokenizer has them at hand; for a one-letter word
 * `second` is `first`).
 */
export function lexiconId(lexicon: Lexicon, text: string, start: number, end: number, first: number, second: number, last: number): number {
  const len = end - start;
  const a = (first | 0x20) - 0x61;
  const b = (second | 0x20) - 0x61;
  const z = (last | 0x20) - 0x61;
  // Unsigned compare: a non-letter gives a value outside 0–25.
  if (a >>> 0 > 25 || b >>> 0 > 25 || z >>> 0 > 25) return 0;
  if (len <= lexicon.maxLength) {
    const id = find(lexicon, text, start, end, shapeKey(a, b, z, len));
    if (id !== 0) return id;
  }
  // A possessive: `year’s`, `Monday's`.
  if (z === 0x12 && len > 3 && len <= lexicon.maxLength + 2) {
    const q = text.charCodeAt(end - 2);
    if (q === 0x2019 || q === 0x27) {
      const shape = shapeAt(text, start, end - 2);
      if (shape !== 0) return -find(lexicon, text, start, end - 2, shape);
    }
  }
  return 0;
}
