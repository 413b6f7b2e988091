import { LINE_BEFORE, SPACE_BEFORE, TokenKind, type Tokens } from "../core/tokens.js";

/**
 * Whether a line is set in title case (`Turkmenistan and China Agree on Line
 * D, Lifting Gas Exports to 65 Bcm a Year`), where a writer capitalises the
 * abbreviations too (`Bcm`, `Km`). Read from the tokens only, and only on a
 * short line: the scan stops after {@link MAX_TITLE_TOKENS} tokens on either
 * side, so asking on every token of a long line stays linear.
 */

/** A headline or subheading is shorter than this many tokens on each side of the token asked about. */
const MAX_TITLE_TOKENS = 40;

/**
 * Words of four or more letters that title case leaves in lower case
 * (prepositions and conjunctions); shorter words are not judged at all.
 */
const MINOR_WORDS: ReadonlySet<string> = new Set([
  "from", "with", "into", "onto", "over", "than", "upon", "amid", "near", "past", "till", "unto", "like", "that",
  "when", "among", "after", "under", "until", "about", "above", "below", "along", "since", "while", "versus",
  "across", "around", "before", "behind", "beyond", "during", "toward", "towards", "within", "without", "against",
  "between", "despite", "through", "amongst",
]);

/**
 * Whether token `i` stands in a short line whose words of four or more
 * letters are all capitalised (minor words aside), with at least two such
 * words besides token `i` itself. A sentence has lower-case words; a line of
 * capitals only (`65 BCM`) has its abbreviations as written.
 */
export function inTitleCaseLine(t: Tokens, i: number): boolean {
  let first = i;
  while ((t.flags[first]! & LINE_BEFORE) === 0 && first > 0) {
    if (i - first >= MAX_TITLE_TOKENS) return false;
    first--;
  }
  let end = i + 1;
  while (end < t.count && (t.flags[end]! & LINE_BEFORE) === 0) {
    if (end - i >= MAX_TITLE_TOKENS) return false;
    end++;
  }
  const text = t.text;
  let capitalised = 0;
  for (let k = first; k < end; k++) {
    if (k === i || t.kind[k] !== TokenKind.Word) continue;
    const s = t.start[k]!;
    const len = t.end[k]! - s;
    if (len < 4) continue;
    // The second part of a compound ("Long-term") may stay in lower case.
    if (k > first && (t.flags[k]! & SPACE_BEFORE) === 0 && t.kind[k - 1] === TokenKind.Punct) continue;
    const c = text.charCodeAt(s);
    if (c >= 0x41 && c <= 0x5a) {
      capitalised++;
    } else if (c >= 0x61 && c <= 0x7a) {
      if (len > 7 || !MINOR_WORDS.has(text.slice(s, t.end[k]!))) return false;
    }
  }
  return capitalised >= 2;
}
