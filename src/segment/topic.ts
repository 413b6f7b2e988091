import { isLetterCode } from "../core/tokens.js";

/**
 * Topic words for the entity/topic-shift cues. A line's topic is the set of
 * its content-word stems; a stem is the first letters of a word, lower-cased
 * and hashed to a number, so `Investment`/`investors`, `Kazakh`/`Kazakhstan`
 * and `murdered`/`murderers` meet without a dictionary. Each distinct stem of
 * a page gets a small integer id (its slot in a hash table of typed arrays),
 * so that frequencies, names and the story's word counts are array lookups:
 * the scan reads every word of the page and must stay at a few nanoseconds
 * a character.
 */

/** Letters of a word that make its stem. */
const STEM_LETTERS = 5;
/** Shorter words carry no topic (`the`, `and`, `new`, `war`). */
const MIN_WORD_LETTERS = 4;

/**
 * Frequent words that say nothing about a story's subject. Their stems are
 * dropped; everything else is weighted by how rare it is on the page, so this
 * list only needs the commonest words of news prose.
 */
const STOP_WORDS: readonly string[] = [
  "about", "after", "again", "against", "also", "although", "among", "another", "around", "because", "been",
  "before", "being", "between", "both", "could", "does", "during", "each", "either", "even", "every", "first",
  "from", "further", "have", "having", "here", "however", "including", "into", "just", "last", "later", "least",
  "less", "like", "made", "make", "many", "more", "most", "much", "must", "next", "only", "other", "over",
  "said", "says", "same", "second", "several", "should", "since", "some", "still", "such", "than", "that",
  "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "very",
  "want", "were", "what", "when", "where", "whether", "which", "while", "will", "with", "within", "without",
  "would", "year", "years", "your", "according", "already", "based", "became", "become", "come", "comes",
  "well", "took", "take", "time", "told", "stated", "noted", "added", "part", "percent", "million", "billion",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "three", "four", "five", "seven", "eight", "nine", "twenty", "thirty", "hundred", "thousand", "recent",
  "recently", "past", "week", "month", "months", "days", "early", "late", "earlier",
];

/**
 * Hashes the stem of the word `text[start, end)` (letters only): its first
 * five letters, lower-cased. A demonym in `-ese` is stemmed as its country
 * (`Chinese` → `china`, `Japanese` → `japan`), so a subheading about Chinese
 * investment meets a headline about China. {@link readVocabulary} computes
 * the same hash inline.
 *
 * @param text - The text holding the word.
 * @param start - Offset of the word's first letter.
 * @param end - Offset past its last letter.
 * @returns The stem's hash.
 */
export function stemAt(text: string, start: number, end: number): number {
  const n = end - start;
  let h4 = 0;
  let h5 = 0;
  for (let i = start; i < start + Math.min(n, STEM_LETTERS); i++) {
    h5 = (Math.imul(h5, 31) + lower(text.charCodeAt(i))) | 0;
    if (i === start + 3) h4 = h5;
  }
  return finishStem(text, end, n, h4, h5);
}

/** The stem from the running hashes of the first four and five letters (see {@link stemAt}). */
function finishStem(text: string, end: number, n: number, h4: number, h5: number): number {
  // `Chin|ese` → `chin` + `a`; `Japan|ese` keeps `japan`.
  if (
    n === 7 &&
    lower(text.charCodeAt(end - 3)) === 0x65 &&
    lower(text.charCodeAt(end - 2)) === 0x73 &&
    lower(text.charCodeAt(end - 1)) === 0x65
  ) {
    return (Math.imul(h4, 31) + 0x61) | 0;
  }
  return h5;
}

/**
 * The stem hash of a whole word (for word lists and tests).
 *
 * @param word - Letters only: `Kazakhstan`.
 * @returns The same hash as `stemOf("Kazakh")`.
 */
export function stemOf(word: string): number {
  return stemAt(word, 0, word.length);
}

const STOP_STEM_LIST: readonly number[] = STOP_WORDS.map(stemOf);

function lower(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c < 0xc0) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** The topic words of a page, read in one pass over its lines. Word ids index the typed arrays. */
export interface PageVocabulary {
  /** How many lines were read. */
  readonly lineCount: number;
  /** How many word ids there are (ids run from 0 to `size - 1`; not all are used). */
  readonly size: number;
  /** The distinct word ids of all lines, line after line; line k's are `words[lineStart[k], lineStart[k + 1])`. */
  readonly words: Int32Array;
  /** Where each line's word ids start in `words` (one more entry than lines). */
  readonly lineStart: Int32Array;
  /** Per id: the stem hash (the hash table's keys). */
  readonly keys: Int32Array;
  /** Per id: how many lines use the word; −1 for a stop word; 0 for an unused id. */
  readonly counts: Int32Array;
  /**
   * Per id, how the page's paragraphs write the word: bit 1 capitalised
   * inside a sentence (a name), bit 2 capitalised anywhere, bit 4 in lower case.
   */
  readonly named: Uint8Array;
}

/** A line to read: its trimmed extent and whether capitalised words in it may be names. */
export interface VocabularyLine {
  start: number;
  end: number;
  /** Paragraph lines tell names (capitalised mid-sentence); titles capitalise every word. */
  prose: boolean;
}

/**
 * How much of a line the scan reads: about the first two sentences. A
 * paragraph's subject and the names that tie it to a story come early, and
 * the scan is the segmenter's largest cost (reading whole paragraphs gave the
 * same decisions on the gold and the generalisation pages at 2/3 the speed).
 */
const MAX_SCAN_CHARS = 200;

/** The slot of `stem` in a table of size `mask + 1` (linear probing; an empty slot has count 0). */
function slotOf(keys: Int32Array, counts: Int32Array, mask: number, stem: number): number {
  let i = Math.imul(stem, 0x9e3779b1) >>> 0;
  for (;;) {
    i &= mask;
    if (counts[i] === 0 || keys[i] === stem) return i;
    i++;
  }
}


/**
 * Reads the content-word stems of every line in one pass: the distinct words
 * of each line, how many lines use each (the document frequency behind the
 * rarity weight), and which are names. Words of fewer than four letters and
 * stop words are skipped; an apostrophe ends a word, so `Uzbekistan’s` is
 * `Uzbekistan`.
 *
 * @param text - The page text.
 * @param lines - The lines to read, in page order.
 * @returns The page's vocabulary; line k of `lines` is line k of the result.
 */
export function readVocabulary(text: string, lines: readonly VocabularyLine[]): PageVocabulary {
  const starts = new Int32Array(lines.length);
  const ends = new Int32Array(lines.length);
  const prose = new Uint8Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    starts[k] = lines[k]!.start;
    ends[k] = lines[k]!.end;
    prose[k] = lines[k]!.prose ? 1 : 0;
  }
  return readVocabularyOf(text, starts, ends, prose);
}

/**
 * {@link readVocabulary} over lines given as parallel arrays (line k is
 * `text[starts[k], ends[k])`, read as prose when `prose[k]` is 1): the
 * segmenter keeps its lines so, and an object per line cost more than the
 * scan on a page of hundreds of thousands of short lines.
 *
 * @param text - The page text.
 * @param starts - Each line's trimmed start.
 * @param ends - Each line's trimmed end.
 * @param prose - 1 for a paragraph line (its capitalised words may be names).
 * @returns The page's vocabulary; line k of the arrays is line k of the result.
 */
export function readVocabularyOf(text: string, starts: Int32Array, ends: Int32Array, prose: Uint8Array): PageVocabulary {
  const lineCount = starts.length;
  let chars = 0;
  for (let k = 0; k < lineCount; k++) chars += Math.min(MAX_SCAN_CHARS, ends[k]! - starts[k]!);
  // At most one word per five characters; keep the table under half full.
  let size = 1024;
  while (size < (chars / 5 + STOP_STEM_LIST.length) * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const counts = new Int32Array(size);
  const named = new Uint8Array(size);
  // Which line (plus one) last counted each word, so a word counts once per line.
  const lastLine = new Int32Array(size);
  for (const stop of STOP_STEM_LIST) {
    const slot = slotOf(keys, counts, mask, stop);
    keys[slot] = stop;
    counts[slot] = -1;
  }
  let words = new Int32Array(Math.max(64, chars >> 4));
  let used = 0;
  const lineStart = new Int32Array(lineCount + 1);

  for (let k = 0; k < lineCount; k++) {
    const end = Math.min(ends[k]!, starts[k]! + MAX_SCAN_CHARS);
    const isProse = prose[k] === 1;
    const mark = k + 1;
    lineStart[k] = used;
    let sentenceStart = true;
    let i = starts[k]!;
    while (i < end) {
      let c = text.charCodeAt(i);
      if (!isLetterCode(c)) {
        // After a full stop, a colon or an opening quote a capital is no sign of a name.
        if (c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3a || c === 0x201c || c === 0x22) sentenceStart = true;
        i++;
        continue;
      }
      const capital = c < 0x80 ? c <= 0x5a : lower(c) !== c;
      const wordStart = i;
      let h4 = 0;
      let h5 = 0;
      let n = 0;
      for (;;) {
        if (n < STEM_LETTERS) {
          h5 = (Math.imul(h5, 31) + (c < 0x80 ? c | 0x20 : lower(c))) | 0;
          if (n === 3) h4 = h5;
        }
        n++;
        i++;
        if (i >= end) break;
        c = text.charCodeAt(i);
        if (!isLetterCode(c)) break;
      }
      const shape = !isProse ? 0 : !capital ? 4 : sentenceStart ? 2 : 3;
      sentenceStart = false;
      if (n < MIN_WORD_LETTERS) continue;
      const h = n === 7 ? finishStem(text, wordStart + n, n, h4, h5) : h5;
      const slot = slotOf(keys, counts, mask, h);
      const count = counts[slot]!;
      if (count < 0) continue;
      if (count === 0) keys[slot] = h;
      if (lastLine[slot] !== mark) {
        lastLine[slot] = mark;
        counts[slot] = count + 1;
        if (used === words.length) {
          const grown = new Int32Array(words.length * 2);
          grown.set(words);
          words = grown;
        }
        words[used++] = slot;
      }
      named[slot]! |= shape;
    }
  }
  lineStart[lineCount] = used;
  return { lineCount, size, words, lineStart, keys, counts, named };
}

/**
 * The distinct word ids of a line, as a view (no copy).
 *
 * @param vocabulary - The page's vocabulary.
 * @param k - The line's index in the lines read.
 * @returns The word ids, unsorted.
 */
export function lineWords(vocabulary: PageVocabulary, k: number): Int32Array {
  return vocabulary.words.subarray(vocabulary.lineStart[k], vocabulary.lineStart[k + 1]);
}

/**
 * The id of a stem on this page.
 *
 * @param vocabulary - The page's vocabulary.
 * @param stem - A stem hash ({@link stemOf}).
 * @returns The word id, or −1 when the page never uses it (or it is a stop word).
 */
export function wordId(vocabulary: PageVocabulary, stem: number): number {
  const slot = slotOf(vocabulary.keys, vocabulary.counts, vocabulary.size - 1, stem);
  return vocabulary.counts[slot]! > 0 ? slot : -1;
}

/**
 * How many lines of the page use a word.
 *
 * @param vocabulary - The page's vocabulary.
 * @param id - A word id.
 * @returns The document frequency (0 for an unused id).
 */
export function frequency(vocabulary: PageVocabulary, id: number): number {
  return Math.max(0, vocabulary.counts[id] ?? 0);
}

/**
 * Whether the page writes a word capitalised inside a sentence: the name of
 * someone or something (`Kaspi` in "…advertising through Kaspi…"). Words
 * capitalised only at sentence starts are not counted here: taking them as
 * names in the entity-shift cue made it worse on the generalisation pages
 * (see {@link isAlwaysCapitalised} for the looser sense).
 *
 * @param vocabulary - The page's vocabulary.
 * @param id - A word id.
 * @returns `true` for a name.
 */
export function isName(vocabulary: PageVocabulary, id: number): boolean {
  return ((vocabulary.named[id] ?? 0) & 1) !== 0;
}

/**
 * Whether the page's paragraphs always capitalise a word, even if only at
 * sentence starts (`Kyrgyzstan’s parliament…`): a looser sign of a name.
 *
 * @param vocabulary - The page's vocabulary.
 * @param id - A word id.
 * @returns `true` when every use in a paragraph is capitalised.
 */
export function isAlwaysCapitalised(vocabulary: PageVocabulary, id: number): boolean {
  return ((vocabulary.named[id] ?? 0) & 6) === 2;
}

/**
 * The rarity weight of a word: inverse document frequency over the page's lines.
 *
 * @param vocabulary - The page's vocabulary.
 * @param id - A word id.
 * @returns `log((lines + 1) / max(1, frequency))`.
 */
export function wordWeight(vocabulary: PageVocabulary, id: number): number {
  return Math.log((vocabulary.lineCount + 1) / Math.max(1, frequency(vocabulary, id)));
}

/**
 * The weighted share of `words` that the story already used (`storyCounts`
 * holds, per word id, how many lines of the story's window use it): 1 when
 * every rare word of the new lines was used by the story so far, 0 when none
 * was.
 *
 * @param words - Word ids of the new lines (each once).
 * @param storyCounts - Per word id, how many lines of the story window use it.
 * @param vocabulary - The page's vocabulary (for the weights).
 * @returns The overlap in [0, 1]; 0.5 (no evidence) when `words` is empty.
 */
export function topicOverlap(words: ArrayLike<number>, storyCounts: Int32Array, vocabulary: PageVocabulary): number {
  let total = 0;
  let shared = 0;
  for (let i = 0; i < words.length; i++) {
    const id = words[i]!;
    const w = wordWeight(vocabulary, id);
    total += w;
    if (storyCounts[id]! > 0) shared += w;
  }
  return total > 0 ? shared / total : 0.5;
}

/** How many content words of a paragraph's opening {@link openingWordIds} reads. */
const OPENING_WORDS = 3;
/** How far into a paragraph its opening reaches (about eight words). */
const OPENING_CHARS = 60;

/**
 * The ids of the first content words of a paragraph, in order: the would-be
 * subject of a lede ("Public trust in the fund…" → public, trust, fund).
 *
 * @param text - The page text.
 * @param start - Offset of the paragraph's first character.
 * @param end - Offset past its last character.
 * @param vocabulary - The page's vocabulary.
 * @returns Up to three word ids, in order; words the page never counted are left out.
 */
export function openingWordIds(text: string, start: number, end: number, vocabulary: PageVocabulary): number[] {
  const stop = Math.min(end, start + OPENING_CHARS);
  const out: number[] = [];
  let i = start;
  while (i < stop && out.length < OPENING_WORDS) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const wordStart = i;
    while (i < end && isLetterCode(text.charCodeAt(i))) i++;
    if (i - wordStart < MIN_WORD_LETTERS) continue;
    const id = wordId(vocabulary, stemAt(text, wordStart, i));
    if (id >= 0) out.push(id);
  }
  return out;
}
