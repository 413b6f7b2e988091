import {
  BULLET_ITEM,
  CREDIT_HANDLE,
  CREDIT_PREFIX,
  INTERVIEW_TURN,
  NUMBERED_ITEM,
  PAGE_DATE_LINE,
  PAGINATION_LINE,
  READ_MORE_LINE,
  READ_MORE_TAIL,
} from "./patterns.js";

/**
 * What a non-blank body line looks like on its own, before any context:
 * `title` lines may become a headline or a subheading (or, when nothing
 * follows them, a paragraph); everything else keeps its kind.
 */
export type LineKind = "title" | "paragraph" | "list-item" | "credit" | "caption" | "read-more";

/** Titles are short: the longest seen on the site is ~110 characters. */
export const MAX_TITLE_CHARS = 160;
/** Credits are short lines; a longer line that starts with `Image:` is prose. */
const MAX_CREDIT_CHARS = 120;
/** Header lines are short; never run their patterns over a long line. */
const MAX_HEADER_LINE_CHARS = 60;

const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Reads a trimmed line as the page date line.
 *
 * @param text - The page text.
 * @param start - Offset of the line's first visible character.
 * @param end - Offset past its last visible character.
 * @returns The ISO date (`08 December 2025` → `2025-12-08`), or `undefined`
 *   when the line is no date line or names no real day (`31 February 2025`).
 */
export function readPageDate(text: string, start: number, end: number): string | undefined {
  if (end - start > MAX_HEADER_LINE_CHARS) return undefined;
  const m = PAGE_DATE_LINE.exec(text.slice(start, end));
  if (m === null) return undefined;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2] ?? "") + 1;
  const year = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The numbers of a `Viewing results A - B of N` line, as printed. */
export interface PaginationNumbers {
  from: number;
  to: number;
  total: number;
}

/**
 * Reads a trimmed line as the pagination line of a listing page.
 *
 * @param text - The page text.
 * @param start - Offset of the line's first visible character.
 * @param end - Offset past its last visible character.
 * @returns The numbers as printed (`Viewing results 19 - 24 of 1312` → 19, 24,
 *   1312), or `undefined`.
 */
export function readPagination(text: string, start: number, end: number): PaginationNumbers | undefined {
  if (end - start > MAX_HEADER_LINE_CHARS) return undefined;
  const m = PAGINATION_LINE.exec(text.slice(start, end));
  if (m === null) return undefined;
  return { from: Number(m[1]), to: Number(m[2]), total: Number(m[3]) };
}

/** Per lower-case letter a–z: 1 for c, f, i, p and r, the openings of the credit and "read more" patterns. */
const PATTERN_OPENING_LOWER: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(26);
  for (const letter of "cfipr") table[letter.charCodeAt(0) - 0x61] = 1;
  return table;
})();

/**
 * Classifies a trimmed line by its own shape, before any context. Cheap
 * character tests come first; the patterns only ever see a short line or a
 * short prefix of a long one, so the cost per line is bounded.
 *
 * @param text - The page text.
 * @param start - Offset of the line's first visible character.
 * @param end - Offset past its last visible character (greater than `start`).
 * @returns What the line looks like: `"title"` for `Misplaced Trust`,
 *   `"credit"` for `Image: TCA, Ilyas Otan`, `"paragraph"` for `Alexander
 *   Bublik wasn’t enjoying tennis.`, and so on.
 */
export function classifyLine(text: string, start: number, end: number): LineKind {
  const first = text.charCodeAt(start);
  // A line that opens with a lower-case ASCII letter is text: titles, list
  // items, captions and date lines never do, and the credit and "read more"
  // patterns (case-insensitive) open with c, f, i, p or r only.
  if (first >= 0x61 && first <= 0x7a && !PATTERN_OPENING_LOWER[first - 0x61]) return "paragraph";
  const length = end - start;
  const last = text.charCodeAt(end - 1);

  // `[caption id=…]…[/caption]` standing on its own line.
  if (first === 0x5b /* [ */ && text.startsWith("[caption", start) && text.endsWith("[/caption]", end)) {
    return "caption";
  }
  if (length <= MAX_CREDIT_CHARS) {
    // Each pattern opens with one of a few letters (`@`; `Image`, `Photo`,
    // `Credit`; `Continue`, `Read`, `Full`): test that letter before slicing
    // and running it, so a page of short ordinary lines never pays for them.
    // (`| 0x20` folds ASCII case; no other code unit folds onto these letters,
    // under the patterns' `i` flag either.)
    const f = first | 0x20;
    if (first === 0x40 /* @ */ && CREDIT_HANDLE.test(text.slice(start, end))) return "credit";
    if ((f === 0x69 || f === 0x70 || f === 0x63) && CREDIT_PREFIX.test(text.slice(start, end))) return "credit";
    if (length <= 40 && (f === 0x63 || f === 0x72 || f === 0x66) && READ_MORE_LINE.test(text.slice(start, end))) {
      return "read-more";
    }
  }
  // A date on its own line inside the body (a dateline of an update) is text,
  // not a title.
  if (length <= MAX_HEADER_LINE_CHARS && first >= 0x30 && first <= 0x39 && PAGE_DATE_LINE.test(text.slice(start, end))) {
    return "paragraph";
  }
  // List markers start with a bullet, a dash, an asterisk or a digit; only
  // then look at the line's first characters.
  const listItem =
    first >= 0x30 && first <= 0x39
      ? NUMBERED_ITEM.test(text.slice(start, Math.min(end, start + 8)))
      : isBulletCode(first) && BULLET_ITEM.test(text.slice(start, Math.min(end, start + 8)));
  if (listItem) return "list-item";
  // `Q:` / `A:` open the turns of an interview: text, even when a question is
  // short and title-shaped. (Only a line opening with Q or A runs the pattern.)
  if ((first === 0x51 || first === 0x41) && INTERVIEW_TURN.test(text.slice(start, Math.min(end, start + 12)))) {
    return "paragraph";
  }
  if (length <= MAX_TITLE_CHARS && isTitleShaped(text, start, end, first, last)) {
    // A teaser that ends in an inline `Continue reading` has no full stop
    // either, but it is text. (The marker takes 9 characters at least, `read
    // more`; a shorter title never runs the pattern.)
    return length >= 9 && READ_MORE_TAIL.test(text.slice(Math.max(start, end - 40), end)) ? "paragraph" : "title";
  }
  return "paragraph";
}

/**
 * Whether a short line could be a title: it starts with a capital, a digit,
 * a quote or `#`, holds a letter, and does not end like a sentence. Lines
 * ending in `.`, `,`, `;`, `:`, an ellipsis, or a closing quote after such a
 * mark are paragraphs even when short (CONVENTIONS.md); `?` and `!` are
 * allowed, since headlines ask questions.
 */
function isTitleShaped(text: string, start: number, end: number, first: number, last: number): boolean {
  if (!isTitleOpening(first)) return false;
  let tail = last;
  // A closing quote or bracket: judge the mark before it (`…tree?”` is a
  // title, `…fly in the clouds.”` a sentence).
  if ((tail === 0x201d || tail === 0x2019 || tail === 0x22 || tail === 0x27 || tail === 0x29) && end - start >= 2) {
    tail = text.charCodeAt(end - 2);
    if (tail !== 0x3f && tail !== 0x21 && !isLetterOrDigit(tail)) return false;
  }
  if (tail === 0x2e || tail === 0x2c || tail === 0x3b || tail === 0x3a || tail === 0x2026) return false;
  let letters = 0;
  let words = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) words++;
    else if (isLetterOrDigit(c)) letters++;
    else if (c === 0x2e && endsSentence(text, start, i, end)) return false;
  }
  // Titles hold words; a run of symbols is not one, nor is a 30-word line.
  if (letters < 2 || words > 28) return false;
  return !(tail === 0x3f && isProseQuestion(text, start, end));
}

/**
 * Connectives that tie a sentence to the one before it. A question that
 * opens with one goes on from the text above it ("So who will pay for the
 * new roads?", "But will the money arrive?"): a question the writer asks in
 * running prose, as columns do, not a title.
 */
const CONNECTIVES: ReadonlySet<string> = new Set(["and", "but", "or", "nor", "so", "yet", "then", "still"]);

/**
 * Whether a line ending in `?` is a question in running prose: it opens
 * with a connective ({@link CONNECTIVES}) and is written in sentence case,
 * most of its other words in lower case. A title-case line ("So What Comes
 * Next?", "But Is It Enough?") is a title that happens to open so.
 */
function isProseQuestion(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isLetterOrDigit(text.charCodeAt(i))) i++;
  if (i - start > 5 || !CONNECTIVES.has(text.slice(start, i).toLowerCase())) return false;
  let lower = 0;
  let upper = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    // The first letter of each later word.
    if (isLetterOrDigit(c) && !isLetterOrDigit(text.charCodeAt(i - 1))) {
      if (isLowerLetter(c)) lower++;
      else if (isTitleOpening(c) && !(c >= 0x30 && c <= 0x39)) upper++;
    }
    i++;
  }
  return lower > upper;
}

/**
 * Whether the full stop at `dot` ends a sentence that more text follows:
 * `Your film took almost four years to make. Why so long?` holds a whole
 * sentence, so it is a paragraph (an interview question), not a title. The
 * stop must close a lower-case word of three letters or more and be followed
 * by a space and a capital or an opening quote, so abbreviations and
 * initials (`U.S. Envoy`, `No. 1`, `St. Petersburg`, `vs. Iran`, `Corp.
 * Buys`) keep a title a title.
 */
function endsSentence(text: string, start: number, dot: number, end: number): boolean {
  if (dot + 2 >= end || text.charCodeAt(dot + 1) !== 0x20) return false;
  const after = text.charCodeAt(dot + 2);
  if (!isTitleOpening(after) || (after >= 0x30 && after <= 0x39)) return false;
  let i = dot;
  while (i > start && isLowerLetter(text.charCodeAt(i - 1))) i--;
  // The whole word is in lower case: `Corp. Buys` is an abbreviation.
  return dot - i >= 3 && (i === start || !isLetterOrDigit(text.charCodeAt(i - 1)));
}

/** Lower-case letters: ASCII, and the rest by their case mapping. */
export function isLowerLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

/** The markers of {@link BULLET_ITEM}: `•·▪◦‣∙●■*–-`. */
function isBulletCode(c: number): boolean {
  switch (c) {
    case 0x2022: // •
    case 0xb7: // ·
    case 0x25aa: // ▪
    case 0x25e6: // ◦
    case 0x2023: // ‣
    case 0x2219: // ∙
    case 0x25cf: // ●
    case 0x25a0: // ■
    case 0x2a: // *
    case 0x2013: // –
    case 0x2d: // -
      return true;
    default:
      return false;
  }
}

/** Capital letters (any script), digits, opening quotes, `#`, `(`, `¿`. */
function isTitleOpening(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x30 && c <= 0x39) return true;
  if (c === 0x2018 || c === 0x201c || c === 0x22 || c === 0x27 || c === 0x23 || c === 0x28 || c === 0xab) return true;
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const s = String.fromCharCode(c);
  return s.toLowerCase() !== s.toUpperCase();
}

/**
 * Whether a trimmed line ends in a teaser cut.
 *
 * @param text - The page text.
 * @param start - Offset of the line's first visible character.
 * @param end - Offset past its last visible character.
 * @returns `true` for `…the center of...`, `…‘Kazakhgate’....` or `…Rwanda and…`.
 */
export function endsInEllipsis(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (text.charCodeAt(end - 1) === 0x2026) return true;
  return end - start >= 3 && text.endsWith("...", end);
}
