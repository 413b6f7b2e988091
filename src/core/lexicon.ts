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
 * A word's shape from its first, second and last code units and its
 * length, packed into 19 bits: five low bits of each unit (the same for a
 * capital and its small letter) and four of the length. Never 0 for a word
 * of letters. Other code units give shapes too: the table may then send a
 * word to a slot of another, and the letter-by-letter check turns it away.
 */
export function shapeKey(first: number, second: number, last: number, len: number): number {
  return (first & 31) | ((second & 31) << 5) | ((last & 31) << 10) | ((len & 15) << 15);
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

/** The shape of text[start, end) (see {@link shapeKey}). */
function shapeAt(text: string, start: number, end: number): number {
  const len = end - start;
  return shapeKey(text.charCodeAt(start), text.charCodeAt(len > 1 ? start + 1 : start), text.charCodeAt(end - 1), len);
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
  return lexicon.slotShape[firstSlot(shapeKey(first, second, last, len), lexicon.shift)] !== 0;
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
  if (len <= lexicon.maxLength) {
    const id = find(lexicon, text, start, end, shapeKey(first, second, last, len));
    if (id !== 0) return id;
  }
  // A possessive: `year’s`, `Monday's`.
  if ((last | 0x20) === 0x73 && len > 3 && len <= lexicon.maxLength + 2) {
    const q = text.charCodeAt(end - 2);
    if (q === 0x2019 || q === 0x27) return -find(lexicon, text, start, end - 2, shapeAt(text, start, end - 2));
  }
  return 0;
}

/** {@link lexiconId} of the word text[start, end), reading its letters itself (off the tokenizer's hot path). */
export function wordId(lexicon: Lexicon, text: string, start: number, end: number): number {
  return lexiconId(lexicon, text, start, end, text.charCodeAt(start), text.charCodeAt(end - start > 1 ? start + 1 : start), text.charCodeAt(end - 1));
}
