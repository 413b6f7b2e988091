import { isSpaceCode } from "../core/lines.js";
import type { Span } from "../core/span.js";
import { assertText } from "../core/validate.js";
import { readTickerLine } from "../ticker/parse-ticker.js";
import {
  classifyLine,
  endsInEllipsis,
  type LineKind,
  readPageDate,
  readPagination,
} from "./classify-line.js";
import {
  type CueWeights,
  DEFAULT_CUE_WEIGHTS,
  OPENING_WORD_COUNT,
  isHeadline,
  openingWords,
  scoreTitle,
  type TitleContext,
  type TitleScore,
} from "./cues.js";
import { ANSWER_OPENING, INTERVIEW_KICKER, READ_MORE_TAIL, SECOND_PERSON } from "./patterns.js";
import { lineWords, readVocabulary, type VocabularyLine } from "./topic.js";
import type { Article, Block, BlockType, PageDate, Pagination, Segmentation } from "./types.js";

/** A non-blank line with its trimmed extent and what it looks like. */
interface Item {
  start: number;
  end: number;
  kind: LineKind;
  /** A blank line of non-ASCII white space (an NBSP separator) stands right before this line. */
  separatorBefore: boolean;
}

/** The role a title line ends up with. */
type Role = "headline" | "subheading" | "paragraph";

/** One scored title, for {@link segmentWith}'s trace. */
export interface TitleTrace {
  /** The title line. */
  title: string;
  /** The weighted sum and each cue's vote. */
  score: TitleScore;
  /** What the title became. */
  role: "headline" | "subheading";
}

/**
 * Splits a scraped news page into its header (ticker block, page date,
 * pagination) and its articles: each headline with the paragraphs,
 * subheadings, list items, credits and captions that follow it.
 *
 * Headline or subheading is decided per title line by weighted cues (see
 * `cues.ts`): the page type (a listing page alternates headline and teaser),
 * whether the next paragraph opens like a lede or continues, the shift of
 * topic words (counted for more under an anecdote lede), the line before
 * (an NBSP separator, a teaser cut), kickers like `Opinion:`, and length.
 * The question lines of an interview are paragraphs. The ticker block, the
 * date line after it and the pagination line are found even after stray
 * preamble lines. Every span slices the input to exactly its
 * text; every non-white-space character lies in exactly one of ticker, date,
 * pagination, a headline or a block. Lines of white space (NBSP included)
 * belong to nothing. Never throws on a string.
 *
 * @param text - The page text (LF or CRLF).
 * @returns The header and the articles, all with spans into `text`.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * // From seed 004 (ticker shortened):
 * const page = [
 *   "• KGS/USD = 0.01144 0%",
 *   "  • KZT/USD = 0.00196 -0%",
 *   "08 December 2025",
 *   "",
 *   "Drop in Uzbekistan’s Gold Sales",
 *   "",
 *   "In April, Uzbekistan’s sales of gold dropped significantly, according to data published by the World Gold Council (WGC).",
 * ].join("\n");
 * const seg = segmentArticles(page);
 * seg.date;
 * // → { value: "2025-12-08", span: { start: 49, end: 65 } }
 * seg.articles[0].headline.text;
 * // → "Drop in Uzbekistan’s Gold Sales"
 * seg.articles[0].blocks[0].type;
 * // → "paragraph"
 * ```
 *
 * @category Segment
 */
export function segmentArticles(text: string): Segmentation {
  assertText("segmentArticles", text);
  return segmentWith(text, DEFAULT_CUE_WEIGHTS);
}

/**
 * The segmenter with explicit cue weights; `segmentArticles` uses
 * {@link DEFAULT_CUE_WEIGHTS}. Internal (not in the public surface): the gold
 * test uses it to show that the seed decisions do not hang on one weight.
 *
 * @param text - The page text (already checked to be a string).
 * @param weights - The cue weights and threshold.
 * @param trace - When given, receives every scored title with its votes: the
 *   way to see why a title became a headline or a subheading.
 * @returns The segmentation, as {@link segmentArticles} returns it.
 */
export function segmentWith(text: string, weights: CueWeights, trace?: TitleTrace[]): Segmentation {
  const items = readItems(text);
  const header = readHeader(text, items);
  const roles = decideRoles(text, items, header.firstHeadline, header.pagination !== null, weights, trace);

  const preamble: Block[] = [];
  const articles: Article[] = [];
  let current: Article | undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (header.consumed[k] === 1) continue;
    const role = roles[k];
    if (role === "headline") {
      if (current !== undefined) articles.push(finish(text, current));
      current = {
        headline: { text: text.slice(item.start, item.end), span: { start: item.start, end: item.end } },
        blocks: [],
        truncated: false,
        span: { start: item.start, end: item.end },
      };
      continue;
    }
    const block: Block = {
      type: blockType(item.kind, role),
      text: text.slice(item.start, item.end),
      span: { start: item.start, end: item.end },
    };
    if (current === undefined) preamble.push(block);
    else current.blocks.push(block);
  }
  if (current !== undefined) articles.push(finish(text, current));
  return { ticker: header.ticker, date: header.date, pagination: header.pagination, preamble, articles };
}

function blockType(kind: Item["kind"], role: Role | undefined): BlockType {
  if (role === "subheading") return "subheading";
  switch (kind) {
    case "list-item":
    case "credit":
    case "caption":
      return kind;
    default:
      return "paragraph";
  }
}

/** Sets the article's span end and its `truncated` flag from its last body line. */
function finish(text: string, article: Article): Article {
  const last = article.blocks[article.blocks.length - 1];
  if (last !== undefined) article.span = { start: article.span.start, end: last.span.end };
  article.truncated = isTruncated(text, article.blocks);
  return article;
}

/**
 * A body ends in a teaser cut when its last body line (not a credit, not a
 * subheading, not a `Continue reading` line) ends in `...` or `…`, before a
 * `Continue reading` marker at its end if there is one.
 */
function isTruncated(text: string, blocks: readonly Block[]): boolean {
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b]!;
    if (block.type === "credit" || block.type === "subheading") continue;
    const { start, end } = block.span;
    if (block.type === "paragraph" && classifyLine(text, start, end) === "read-more") continue;
    const tailStart = Math.max(start, end - 40);
    const marker = READ_MORE_TAIL.exec(text.slice(tailStart, end));
    let e = marker === null ? end : tailStart + marker.index;
    while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
    return endsInEllipsis(text, start, e);
  }
  return false;
}

/**
 * Every non-blank line, classified by its own shape, with NBSP separators
 * noted. Lines end at `\n`, `\r\n` or a lone `\r`, as in `splitLines` of
 * core; the breaks are found with `indexOf` (native, far faster than a loop
 * over every character), and only the ends of a line are read to trim it.
 */
function readItems(text: string): Item[] {
  const items: Item[] = [];
  const n = text.length;
  let separator = false;
  let nextLf = text.indexOf("\n");
  let nextCr = text.indexOf("\r");
  let start = 0;
  while (start <= n) {
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf("\n", start);
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf("\r", start);
    const end = nextLf === -1 ? (nextCr === -1 ? n : nextCr) : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
    let cs = start;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    if (cs === end) {
      // A blank line that holds NBSP (or another non-ASCII space) is a
      // deliberate separator, unlike an empty line.
      for (let i = start; i < end && !separator; i++) if (text.charCodeAt(i) > 0x20) separator = true;
    } else {
      let ce = end;
      while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
      items.push({ start: cs, end: ce, kind: classifyLine(text, cs, ce), separatorBefore: separator });
      separator = false;
    }
    if (end >= n) break;
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  return items;
}

interface Header {
  ticker: Span | null;
  date: PageDate | null;
  pagination: Pagination | null;
  /** Index of the first headline item, or `items.length` when there is none. */
  firstHeadline: number;
  /** 1 for items that belong to the header (ticker, date, pagination). */
  consumed: Uint8Array;
}

/**
 * Reads the header among the lines before the first headline. The site
 * prints the ticker block, then the page date line, then the pagination
 * line, each optional; a scraper may leave a stray line (an advertisement,
 * a spam line) before or between them. So the ticker block is recognised
 * wherever it stands before the first headline (the first run of ticker
 * lines), the date line when it follows the ticker block directly or opens
 * the page, and the pagination line anywhere before the first headline (its
 * shape is unmistakable). Every other line up to the first headline is
 * preamble. The first headline is the first title line followed by a body
 * line, so an advertisement line right above the headline stays in the
 * preamble. Header and preamble pieces may interleave in the text; each
 * piece is still disjoint from the others.
 */
function readHeader(text: string, items: Item[]): Header {
  const consumed = new Uint8Array(items.length);
  let ticker: Span | null = null;
  /** Whether the ticker block is over (a line after it was not a ticker line). */
  let tickerClosed = false;
  let date: PageDate | null = null;
  let pagination: Pagination | null = null;
  /** What the previous line was: 0 the page start, 1 a ticker line, 2 another header line, 3 anything else. */
  let previous = 0;
  let k = 0;
  for (; k < items.length; k++) {
    const item = items[k]!;
    // `Viewing results …`: test the first letter before running the pattern.
    if (pagination === null && (text.charCodeAt(item.start) | 0x20) === 0x76) {
      const p = readPagination(text, item.start, item.end);
      if (p !== undefined) {
        pagination = { ...p, span: { start: item.start, end: item.end } };
        consumed[k] = 1;
        if (ticker !== null) tickerClosed = true;
        previous = 2;
        continue;
      }
    }
    if (!tickerClosed && (ticker === null || previous === 1)) {
      const line = readTickerLine(text, item.start, item.end);
      if (line !== undefined) {
        ticker = { start: ticker === null ? line.start : ticker.start, end: item.end };
        consumed[k] = 1;
        previous = 1;
        continue;
      }
    }
    if (ticker !== null) tickerClosed = true;
    // The date line follows the ticker directly, or opens the page when there is no ticker.
    if (date === null && (previous === 1 || (previous === 0 && ticker === null))) {
      const value = readPageDate(text, item.start, item.end);
      if (value !== undefined) {
        date = { value, span: { start: item.start, end: item.end } };
        consumed[k] = 1;
        previous = 2;
        continue;
      }
    }
    if (item.kind === "title" && startsStory(items, k) && !isHeaderLine(text, items[bodyAfter(items, k)]!)) break;
    previous = 3;
  }
  return { ticker, date, pagination, firstHeadline: k, consumed };
}

/** Whether a line reads as a ticker, page date or pagination line (so it is no lede under a stray title). */
function isHeaderLine(text: string, item: Item): boolean {
  if (item.kind === "list-item") return readTickerLine(text, item.start, item.end) !== undefined;
  return readPageDate(text, item.start, item.end) !== undefined || readPagination(text, item.start, item.end) !== undefined;
}

/** The index of the body line a title introduces: the next item, past credits and captions. */
function bodyAfter(items: readonly Item[], k: number): number {
  let j = k + 1;
  while (j < items.length && (items[j]!.kind === "credit" || items[j]!.kind === "caption")) j++;
  return j;
}

/** Whether the title at k has a body line after it (a paragraph or a list item). */
function startsStory(items: readonly Item[], k: number): boolean {
  const j = bodyAfter(items, k);
  const next = items[j];
  return next !== undefined && (next.kind === "paragraph" || next.kind === "list-item");
}

/**
 * Gives each title line after the header its role. A title with no body line
 * after it is a paragraph. On a listing page (pagination present) every other
 * title is a headline. On an article stream the first is a headline and each
 * later one is scored by the cues against the story so far.
 */
function decideRoles(
  text: string,
  items: readonly Item[],
  first: number,
  listing: boolean,
  weights: CueWeights,
  trace: TitleTrace[] | undefined,
): (Role | undefined)[] {
  const roles: (Role | undefined)[] = new Array(items.length);
  const titles: number[] = [];
  for (let k = first; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind !== "title") continue;
    if (startsStory(items, k)) titles.push(k);
    else roles[k] = "paragraph";
  }
  // A listing alternates headline and teaser; with one title there is nothing to decide.
  if (listing || titles.length <= 1) {
    for (const k of titles) roles[k] = "headline";
    return roles;
  }

  // Topic words of every line after the header, in one pass.
  const lines: VocabularyLine[] = [];
  for (let k = first; k < items.length; k++) {
    const item = items[k]!;
    lines.push({ start: item.start, end: item.end, prose: item.kind === "paragraph" });
  }
  const vocabulary = readVocabulary(text, lines);
  const words = (k: number): Int32Array => lineWords(vocabulary, k - first);

  const story = emptyStory(vocabulary.size);
  let previous: Item | undefined;
  /** Whether the current story's headline is an interview's (`Interview: …`). */
  let interview = false;
  let t = 0;
  for (let k = first; k < items.length; k++) {
    const item = items[k]!;
    if (titles[t] !== k) {
      if (item.kind === "paragraph" || item.kind === "list-item" || item.kind === "title") {
        story.paragraphs++;
        story.chars += item.end - item.start;
        slide(story.body, STORY_WINDOW_LINES, words(k), story.counts);
      }
      if (item.kind !== "credit" && item.kind !== "caption") previous = item;
      continue;
    }
    t++;
    if (k !== first && isInterviewQuestion(text, item, items[bodyAfter(items, k)]!, interview)) {
      // A question of an interview is text of the story, like its answer.
      roles[k] = "paragraph";
      story.paragraphs++;
      story.chars += item.end - item.start;
      slide(story.body, STORY_WINDOW_LINES, words(k), story.counts);
      previous = item;
      continue;
    }
    let role: Role = "headline";
    if (k !== first) {
      const j = bodyAfter(items, k);
      const ctx: TitleContext = {
        text,
        title: item,
        next: items[j]!,
        nextOpening: openingWords(text, items[j]!.start, items[j]!.end, OPENING_WORD_COUNT),
        previous,
        previousIsReadMore: previous?.kind === "read-more",
        separatorBefore: item.separatorBefore,
        creditAfter: items[k + 1]?.kind === "credit",
        storyParagraphs: story.paragraphs,
        storyChars: story.chars,
        newWords: union(words(k), words(j)),
        titleWords: words(k),
        headlineWords: story.headline,
        storyCounts: story.counts,
        vocabulary,
      };
      if (!isHeadline(ctx, weights)) role = "subheading";
      trace?.push({ title: text.slice(item.start, item.end), score: scoreTitle(ctx, weights), role });
    }
    roles[k] = role;
    if (role === "headline") {
      const c = text.charCodeAt(item.start) | 0x20;
      interview = (c === 0x69 || c === 0x71) && INTERVIEW_KICKER.test(text.slice(item.start, Math.min(item.end, item.start + 30)));
      resetStory(story);
      // The headline stays in the window for the whole story.
      story.headline = words(k);
      count(story.counts, story.headline, 1);
    } else {
      slide(story.subheadings, STORY_WINDOW_TITLES, words(k), story.counts);
    }
  }
  return roles;
}

/**
 * Whether a title is a question put in an interview rather than a title. It
 * ends in `?` (before a closing quote, if any); it addresses "you", and its
 * answer opens with a quotation mark or in the first person (`“Money,
 * mostly.`, `We filmed…`): the question-and-answer alternation of an
 * interview. Under an interview headline (`Interview: …`, `Q&A: …`) one of
 * the two signs is enough. Headlines ask questions too ("Can Turkmenistan’s
 * Gas Finally Reach Europe?"), but of the reader, about someone else, and a
 * lede answers them in the third person: so a question headline right after
 * an interview still starts a story.
 */
function isInterviewQuestion(text: string, title: Item, answer: Item, interview: boolean): boolean {
  let end = title.end;
  const last = text.charCodeAt(end - 1);
  if ((last === 0x201d || last === 0x22 || last === 0x2019) && end - title.start >= 2) end--;
  if (text.charCodeAt(end - 1) !== 0x3f /* ? */) return false;
  const addressed = SECOND_PERSON.test(text.slice(title.start, title.end));
  const answered = ANSWER_OPENING.test(text.slice(answer.start, Math.min(answer.end, answer.start + 12)));
  return interview ? addressed || answered : addressed && answered;
}

/**
 * How many body lines back the topic cues look: the story's headline, its
 * latest subheadings and its last lines are what a reader holds in mind at a
 * title. The window also keeps the work per line constant, so a page of
 * thousands of sections stays linear.
 */
const STORY_WINDOW_LINES = 8;
/** How many of the story's latest subheadings count, besides its headline. */
const STORY_WINDOW_TITLES = 4;

/** The current story as the cues see it. */
interface Story {
  /** Body lines so far. */
  paragraphs: number;
  /** Body characters so far. */
  chars: number;
  /** Per word id: how many lines of the window (headline, latest subheadings, latest body lines) use it. */
  counts: Int32Array;
  /** The headline's words. */
  headline: Int32Array;
  /** The words of the body lines in the window, oldest first. */
  body: Int32Array[];
  /** The words of the subheadings in the window, oldest first. */
  subheadings: Int32Array[];
}

function emptyStory(size: number): Story {
  return { paragraphs: 0, chars: 0, counts: new Int32Array(size), headline: new Int32Array(0), body: [], subheadings: [] };
}

/** Empties the window line by line (never the whole array: a page may hold thousands of stories). */
function resetStory(story: Story): void {
  story.paragraphs = 0;
  story.chars = 0;
  count(story.counts, story.headline, -1);
  for (const line of story.body) count(story.counts, line, -1);
  for (const line of story.subheadings) count(story.counts, line, -1);
  story.body.length = 0;
  story.subheadings.length = 0;
}

function count(counts: Int32Array, words: Int32Array, delta: number): void {
  for (let i = 0; i < words.length; i++) counts[words[i]!]! += delta;
}

/** Adds a line's words to a window of `size` lines, dropping the oldest line when it is full. */
function slide(window: Int32Array[], size: number, words: Int32Array, counts: Int32Array): void {
  window.push(words);
  count(counts, words, 1);
  if (window.length > size) count(counts, window.shift()!, -1);
}

/** The words of a title and of its lede, each once. */
function union(title: Int32Array, lede: Int32Array): Int32Array {
  const out = new Int32Array(title.length + lede.length);
  out.set(title);
  let n = title.length;
  for (let i = 0; i < lede.length; i++) if (!title.includes(lede[i]!)) out[n++] = lede[i]!;
  return out.subarray(0, n);
}
