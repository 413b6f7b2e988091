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
  type LineRef,
  OPENING_WORD_COUNT,
  exceedsThreshold,
  openingWords,
  scoreTitle,
  type TitleContext,
  type TitleScore,
  weightedCues,
} from "./cues.js";
import { ANSWER_OPENING, INTERVIEW_KICKER, READ_MORE_TAIL, SECOND_PERSON } from "./patterns.js";
import { lineWords, type PageVocabulary, readVocabularyOf } from "./topic.js";
import type { Article, Block, BlockType, PageDate, Pagination, Segmentation } from "./types.js";

/**
 * The non-blank lines of a page: each line's trimmed extent and what it looks
 * like, in parallel typed arrays indexed by line (a struct of arrays). One
 * object per line cost more than reading the lines on a page of hundreds of
 * thousands of one-letter lines: the objects stay alive through the whole
 * run, so the garbage collector copies every one of them.
 */
export interface Items {
  /** How many lines there are (the arrays may be longer). */
  length: number;
  /** Offset of each line's first non-white-space code unit. */
  start: Int32Array;
  /** Offset past each line's last non-white-space code unit. */
  end: Int32Array;
  /** What each line looks like: a {@link Kind} code. */
  kind: Uint8Array;
  /** 1 when a blank line of non-ASCII white space (an NBSP separator) stands right before the line. */
  separatorBefore: Uint8Array;
}

/** {@link LineKind} as a code, for {@link Items}. */
const enum Kind {
  Title = 0,
  Paragraph = 1,
  ListItem = 2,
  Credit = 3,
  Caption = 4,
  ReadMore = 5,
}

const KIND_CODES: Readonly<Record<LineKind, Kind>> = {
  title: Kind.Title,
  paragraph: Kind.Paragraph,
  "list-item": Kind.ListItem,
  credit: Kind.Credit,
  caption: Kind.Caption,
  "read-more": Kind.ReadMore,
};

/** Line k's extent as an object, for the cues (built only for the titles they score). */
function lineRef(items: Items, k: number): LineRef {
  return { start: items.start[k]!, end: items.end[k]! };
}

/**
 * The role a title line ends up with, as a small code: roles are kept in a
 * Uint8Array indexed by item, since `new Array(n)` for a page of hundreds of
 * thousands of lines is a slow dictionary-mode array (one hash lookup per line).
 */
const enum Role {
  /** Not a title (the line keeps its own kind). */
  None = 0,
  Headline = 1,
  Subheading = 2,
  Paragraph = 3,
}

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
 * whether the next paragraph opens like a lede (restating the title) or
 * continues (a connective, a bare definite description), the shift of
 * topic words (counted for more under an anecdote lede), the line before
 * (an NBSP separator, a teaser cut), kickers like `Opinion:`, and length.
 * The question lines of an interview are paragraphs, and so are questions
 * asked in running prose (`So who will pay…?`). The ticker block, the
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
  return buildSegmentation(planSegmentation(text, weights, trace), false);
}

/**
 * A page read and decided but not yet built: every line's extent, kind and
 * role in typed arrays, and the header. It costs ten bytes a line; the
 * blocks, about a hundred bytes each (a block and its span: two objects),
 * are built by {@link buildSegmentation}. `parsePage` reads the page date
 * and the ticker lines from the plan, finds the facts, and only then builds
 * the blocks: the large output is made last, so the collections that fact
 * finding causes do not trace it over and over.
 */
export interface SegmentationPlan {
  /** The page text. */
  readonly text: string;
  /** The non-blank lines. */
  readonly items: Items;
  /** The ticker block, date line and pagination line, and where the stories start. */
  readonly header: Header;
  /** Each line's role code (headline, subheading, paragraph, or none). */
  readonly roles: Uint8Array;
}

/**
 * Reads and decides a page without building its output.
 *
 * @param text - The page text (already checked to be a string).
 * @param weights - The cue weights and threshold.
 * @param trace - When given, receives every scored title with its votes.
 */
export function planSegmentation(text: string, weights: CueWeights, trace?: TitleTrace[]): SegmentationPlan {
  const items = readItems(text);
  const header = readHeader(text, items);
  const roles = decideRoles(text, items, header.firstHeadline, header.pagination !== null, weights, trace);
  return { text, items, header, roles };
}

/**
 * Builds the segmentation of a plan. With `withFacts`, every article is
 * created with empty `dates` and `figures` lists (in that order, after
 * `span`), ready for `parsePage` to fill: one object per article instead of
 * an article and its copy.
 *
 * Each article is created once its last block is known, so its span is made
 * once; the blocks are two objects each (the block and its span), the least
 * the contract's shape allows.
 */
export function buildSegmentation(plan: SegmentationPlan, withFacts: boolean): Segmentation {
  const { text, items, header, roles } = plan;
  const consumed = header.consumed;
  const starts = items.start;
  const ends = items.end;
  const kinds = items.kind;
  const articles: Article[] = [];
  let headline: Article["headline"] | undefined;
  // A long list is made at its final length and filled in place: growing a
  // list of hundreds of thousands of blocks copies it over and over.
  const preamble = blockList(blocksFrom(plan, 0));
  let blocks = preamble;
  let b = 0;
  for (let k = 0; k < items.length; k++) {
    if (consumed[k] === 1) continue;
    const start = starts[k]!;
    const end = ends[k]!;
    const role = roles[k]! as Role;
    if (role === Role.Headline) {
      if (headline !== undefined) articles.push(makeArticle(text, headline, blocks, withFacts));
      headline = { text: text.slice(start, end), span: { start, end } };
      blocks = blockList(blocksFrom(plan, k + 1));
      b = 0;
      continue;
    }
    blocks[b++] = { type: blockType(kinds[k]! as Kind, role), text: text.slice(start, end), span: { start, end } };
  }
  if (headline !== undefined) articles.push(makeArticle(text, headline, blocks, withFacts));
  return { ticker: header.ticker, date: header.date, pagination: header.pagination, preamble, articles };
}

/**
 * A list to fill in order with `length` blocks. A long one is made at its
 * final length (growing it by appending would copy it over and over); a
 * short one (most bodies) and one of over 2^24 slots, which V8 would make a
 * slow dictionary, grow as they are filled (filling index by index appends).
 */
function blockList(length: number): Block[] {
  return length < 1024 || length > 1 << 24 ? [] : new Array<Block>(length);
}

/** How many blocks the lines from `k` on give before the next headline (header lines give none). */
function blocksFrom(plan: SegmentationPlan, k: number): number {
  const { items, header, roles } = plan;
  let count = 0;
  for (; k < items.length && roles[k] !== Role.Headline; k++) if (header.consumed[k] !== 1) count++;
  return count;
}

/** An article from its headline and blocks: its span runs to the last block, `truncated` from the last body line. */
function makeArticle(text: string, headline: Article["headline"], blocks: Block[], withFacts: boolean): Article {
  const last = blocks.length === 0 ? headline : blocks[blocks.length - 1]!;
  const span = { start: headline.span.start, end: last.span.end };
  const truncated = isTruncated(text, blocks);
  if (withFacts) return { headline, blocks, truncated, span, dates: [], figures: [] } as Article;
  return { headline, blocks, truncated, span };
}

function blockType(kind: Kind, role: Role): BlockType {
  if (role === Role.Subheading) return "subheading";
  switch (kind) {
    case Kind.ListItem:
      return "list-item";
    case Kind.Credit:
      return "credit";
    case Kind.Caption:
      return "caption";
    default:
      return "paragraph";
  }
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
 * How far a line is read character by character for its break before the
 * break is looked for with `indexOf`: a call to `indexOf` costs more than
 * reading a short line, and far less than reading a long one.
 */
const SHORT_LINE = 16;

/**
 * Every non-blank line, classified by its own shape, with NBSP separators
 * noted. Lines end at `\n`, `\r\n` or a lone `\r`, as in `splitLines` of
 * core. A line's break is looked for character by character over its first
 * {@link SHORT_LINE} characters, then with `indexOf` (native, far faster on
 * a long line); only the ends of a line are read to trim it.
 */
function readItems(text: string): Items {
  // Grown by doubling from a line per 8 characters: a few copies at most on a
  // page of one-letter lines, and 1.25 bytes per character of text up front.
  let capacity = 64 + (text.length >> 3);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let separators = new Uint8Array(capacity);
  let count = 0;
  const n = text.length;
  let separator = false;
  // The next `\n` and `\r` at or after the point last searched (−1: none
  // left); each is searched again only once the scan has passed it, so the
  // searches cover the text once.
  let nextLf = 0;
  let nextCr = 0;
  let start = 0;
  for (;;) {
    let end = start;
    const shortEnd = start + SHORT_LINE < n ? start + SHORT_LINE : n;
    while (end < shortEnd) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    if (end === shortEnd && end < n) {
      if (nextLf !== -1 && nextLf < end) nextLf = text.indexOf("\n", end);
      if (nextCr !== -1 && nextCr < end) nextCr = text.indexOf("\r", end);
      end = nextLf === -1 ? (nextCr === -1 ? n : nextCr) : nextCr === -1 || nextLf < nextCr ? nextLf : nextCr;
    }
    let cs = start;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    if (cs === end) {
      // A blank line that holds NBSP (or another non-ASCII space) is a
      // deliberate separator, unlike an empty line.
      for (let i = start; i < end && !separator; i++) if (text.charCodeAt(i) > 0x20) separator = true;
    } else {
      let ce = end;
      while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
      if (count === capacity) {
        capacity *= 2;
        starts = grow(starts, new Int32Array(capacity));
        ends = grow(ends, new Int32Array(capacity));
        kinds = grow(kinds, new Uint8Array(capacity));
        separators = grow(separators, new Uint8Array(capacity));
      }
      starts[count] = cs;
      ends[count] = ce;
      kinds[count] = KIND_CODES[classifyLine(text, cs, ce)];
      separators[count] = separator ? 1 : 0;
      count++;
      separator = false;
    }
    if (end >= n) break;
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  return { length: count, start: starts, end: ends, kind: kinds, separatorBefore: separators };
}

/** Copies `from` into the larger `to` and returns `to`. */
function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The page header found among the lines before the first headline. */
export interface Header {
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
function readHeader(text: string, items: Items): Header {
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
    const start = items.start[k]!;
    const end = items.end[k]!;
    // `Viewing results …`: test the first letter before running the pattern.
    if (pagination === null && (text.charCodeAt(start) | 0x20) === 0x76) {
      const p = readPagination(text, start, end);
      if (p !== undefined) {
        pagination = { ...p, span: { start, end } };
        consumed[k] = 1;
        if (ticker !== null) tickerClosed = true;
        previous = 2;
        continue;
      }
    }
    // A ticker line ends in its percent sign (the line is trimmed): test that
    // before the pattern, so a page of short capitalised lines never runs it.
    if (!tickerClosed && (ticker === null || previous === 1) && text.charCodeAt(end - 1) === 0x25 /* % */) {
      const line = readTickerLine(text, start, end);
      if (line !== undefined) {
        ticker = { start: ticker === null ? line.start : ticker.start, end };
        consumed[k] = 1;
        previous = 1;
        continue;
      }
    }
    if (ticker !== null) tickerClosed = true;
    // The date line follows the ticker directly, or opens the page when there is no ticker.
    if (date === null && (previous === 1 || (previous === 0 && ticker === null))) {
      const value = readPageDate(text, start, end);
      if (value !== undefined) {
        date = { value, span: { start, end } };
        consumed[k] = 1;
        previous = 2;
        continue;
      }
    }
    if (items.kind[k] === Kind.Title && startsStory(items, k) && !isHeaderLine(text, items, bodyAfter(items, k))) break;
    previous = 3;
  }
  return { ticker, date, pagination, firstHeadline: k, consumed };
}

/** Whether a line reads as a ticker, page date or pagination line (so it is no lede under a stray title). */
function isHeaderLine(text: string, items: Items, k: number): boolean {
  const start = items.start[k]!;
  const end = items.end[k]!;
  if (items.kind[k] === Kind.ListItem) return readTickerLine(text, start, end) !== undefined;
  return readPageDate(text, start, end) !== undefined || readPagination(text, start, end) !== undefined;
}

/** The index of the body line a title introduces: the next item, past credits and captions. */
function bodyAfter(items: Items, k: number): number {
  let j = k + 1;
  while (j < items.length && (items.kind[j] === Kind.Credit || items.kind[j] === Kind.Caption)) j++;
  return j;
}

/** Whether the title at k has a body line after it (a paragraph or a list item). */
function startsStory(items: Items, k: number): boolean {
  const j = bodyAfter(items, k);
  return j < items.length && (items.kind[j] === Kind.Paragraph || items.kind[j] === Kind.ListItem);
}

/**
 * Gives each title line after the header its role. A title with no body line
 * after it is a paragraph. On a listing page (pagination present) every other
 * title is a headline. On an article stream the first is a headline and each
 * later one is scored by the cues against the story so far.
 */
function decideRoles(
  text: string,
  items: Items,
  first: number,
  listing: boolean,
  weights: CueWeights,
  trace: TitleTrace[] | undefined,
): Uint8Array {
  const roles = new Uint8Array(items.length);
  const titles: number[] = [];
  for (let k = first; k < items.length; k++) {
    if (items.kind[k] !== Kind.Title) continue;
    if (startsStory(items, k)) titles.push(k);
    else roles[k] = Role.Paragraph;
  }
  // A listing alternates headline and teaser; with one title there is nothing to decide.
  if (listing || titles.length <= 1) {
    for (const k of titles) roles[k] = Role.Headline;
    return roles;
  }

  // Topic words of every line after the header, in one pass.
  const prose = new Uint8Array(items.length - first);
  for (let k = first; k < items.length; k++) prose[k - first] = items.kind[k] === Kind.Paragraph ? 1 : 0;
  const vocabulary = readVocabularyOf(
    text,
    items.start.subarray(first, items.length),
    items.end.subarray(first, items.length),
    prose,
  );
  const words = (k: number): Int32Array => lineWords(vocabulary, k - first);
  // The windows hold lines by their index in `lines`, and the title's new
  // words are gathered into one reused array: a typed-array view per line
  // (or a new array per title) cost more than the cues on a page of
  // thousands of one-line sections.
  const newWords: number[] = [];
  const cues = weightedCues(weights);

  const story = emptyStory(vocabulary.size);
  /** The index of the last line before the title that is no credit or caption, or −1. */
  let previous = -1;
  /** Whether the current story's headline is an interview's (`Interview: …`). */
  let interview = false;
  let t = 0;
  for (let k = first; k < items.length; k++) {
    const kind = items.kind[k]! as Kind;
    if (titles[t] !== k) {
      if (kind === Kind.Paragraph || kind === Kind.ListItem || kind === Kind.Title) {
        story.paragraphs++;
        story.chars += items.end[k]! - items.start[k]!;
        slide(story.body, STORY_WINDOW_LINES, k - first, story.counts, vocabulary);
      }
      if (kind !== Kind.Credit && kind !== Kind.Caption) previous = k;
      continue;
    }
    t++;
    const item = lineRef(items, k);
    if (k !== first && isInterviewQuestion(text, item, lineRef(items, bodyAfter(items, k)), interview)) {
      // A question of an interview is text of the story, like its answer.
      roles[k] = Role.Paragraph;
      story.paragraphs++;
      story.chars += item.end - item.start;
      slide(story.body, STORY_WINDOW_LINES, k - first, story.counts, vocabulary);
      previous = k;
      continue;
    }
    let role: Role = Role.Headline;
    if (k !== first) {
      const j = bodyAfter(items, k);
      const next = lineRef(items, j);
      const ctx: TitleContext = {
        text,
        title: item,
        next,
        nextOpening: openingWords(text, next.start, next.end, OPENING_WORD_COUNT),
        previous: previous === -1 ? undefined : lineRef(items, previous),
        previousIsReadMore: previous !== -1 && items.kind[previous] === Kind.ReadMore,
        separatorBefore: items.separatorBefore[k] === 1,
        creditAfter: k + 1 < items.length && items.kind[k + 1] === Kind.Credit,
        storyParagraphs: story.paragraphs,
        storyChars: story.chars,
        newWords: union(vocabulary, k - first, j - first, newWords),
        titleWords: words(k),
        // The union holds the title's words, then the lede's that the title lacks.
        sharedWithLede: wordCount(vocabulary, j - first) - (newWords.length - wordCount(vocabulary, k - first)),
        headlineWords: story.headline,
        storyCounts: story.counts,
        vocabulary,
      };
      if (!exceedsThreshold(ctx, cues, weights.threshold)) role = Role.Subheading;
      trace?.push({
        title: text.slice(item.start, item.end),
        score: scoreTitle(ctx, weights),
        role: role === Role.Headline ? "headline" : "subheading",
      });
    }
    roles[k] = role;
    if (role === Role.Headline) {
      const c = text.charCodeAt(item.start) | 0x20;
      interview = (c === 0x69 || c === 0x71) && INTERVIEW_KICKER.test(text.slice(item.start, Math.min(item.end, item.start + 30)));
      resetStory(story, vocabulary);
      // The headline stays in the window for the whole story.
      story.headline = words(k);
      count(story.counts, story.headline, 1);
    } else {
      slide(story.subheadings, STORY_WINDOW_TITLES, k - first, story.counts, vocabulary);
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
function isInterviewQuestion(text: string, title: LineRef, answer: LineRef, interview: boolean): boolean {
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
  /** The body lines in the window (their indices in the vocabulary), oldest first. */
  body: number[];
  /** The subheadings in the window (their indices in the vocabulary), oldest first. */
  subheadings: number[];
}

function emptyStory(size: number): Story {
  return { paragraphs: 0, chars: 0, counts: new Int32Array(size), headline: new Int32Array(0), body: [], subheadings: [] };
}

/** Empties the window line by line (never the whole array: a page may hold thousands of stories). */
function resetStory(story: Story, vocabulary: PageVocabulary): void {
  story.paragraphs = 0;
  story.chars = 0;
  count(story.counts, story.headline, -1);
  for (const line of story.body) countLine(story.counts, vocabulary, line, -1);
  for (const line of story.subheadings) countLine(story.counts, vocabulary, line, -1);
  story.body.length = 0;
  story.subheadings.length = 0;
}

function count(counts: Int32Array, words: Int32Array, delta: number): void {
  for (let i = 0; i < words.length; i++) counts[words[i]!]! += delta;
}

/** Adds `delta` to the count of each word of vocabulary line `line` (read in place, no view). */
function countLine(counts: Int32Array, vocabulary: PageVocabulary, line: number, delta: number): void {
  const { words, lineStart } = vocabulary;
  const end = lineStart[line + 1]!;
  for (let i = lineStart[line]!; i < end; i++) counts[words[i]!]! += delta;
}

/** Adds a line's words to a window of `size` lines, dropping the oldest line when it is full. */
function slide(window: number[], size: number, line: number, counts: Int32Array, vocabulary: PageVocabulary): void {
  window.push(line);
  countLine(counts, vocabulary, line, 1);
  if (window.length > size) countLine(counts, vocabulary, window.shift()!, -1);
}

/** How many distinct words vocabulary line `line` has. */
function wordCount(vocabulary: PageVocabulary, line: number): number {
  return vocabulary.lineStart[line + 1]! - vocabulary.lineStart[line]!;
}

/**
 * The words of a title and of its lede (vocabulary lines), each once: the
 * title's, then the lede's that the title lacks. Written into `out`, which
 * the caller reuses from title to title.
 */
function union(vocabulary: PageVocabulary, title: number, lede: number, out: number[]): number[] {
  const { words, lineStart } = vocabulary;
  const titleStart = lineStart[title]!;
  const titleEnd = lineStart[title + 1]!;
  out.length = 0;
  for (let i = titleStart; i < titleEnd; i++) out.push(words[i]!);
  const ledeEnd = lineStart[lede + 1]!;
  for (let i = lineStart[lede]!; i < ledeEnd; i++) {
    const id = words[i]!;
    let inTitle = false;
    for (let t = titleStart; t < titleEnd && !inTitle; t++) inTitle = words[t] === id;
    if (!inTitle) out.push(id);
  }
  return out;
}
