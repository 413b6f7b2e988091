import { clockColonAt } from "./read.js";
import type { TokenView } from "./rule.js";
import { COUNT_NOUNS, MONTH_WORDS, YEAR_PREPOSITIONS } from "./tables.js";

/**
 * Whether a four-digit number reads as a year in its context. Shared by the
 * bare-year and year-range rules. It answers no for the look-alikes SPEC.md
 * lists: `width="1378"` (an attribute), `No. 2024` (a label), `1 - 6 of 1312`
 * (a count), `2000 people` (a quantity), `$2025`, `2024%`, `1378px`.
 */

/** Quote and bracket characters that may open or close around a year: `(2021)`, `“2020”`. */
const WRAPPERS_BEFORE = "([\u201c\u2018\"'";
const WRAPPERS_AFTER = ")]\u201d\u2019\"',.;:!?";

/** Labels that make the number after them an identifier: `No. 30`, `#2024`, `Vol. 1999`. */
const LABEL_WORDS: ReadonlySet<string> = new Set(["no", "nos", "number", "vol", "p", "pp", "art", "article", "page", "route", "flight", "item", "code", "model", "room", "unit", "ref", "id", "tel", "box", "lot", "case", "decree", "order", "resolution", "law"]);

/** Words after which a number counts something: `about 2000 km`, `some 1500 families`. */
const QUANTIFIERS: ReadonlySet<string> = new Set(["about", "approximately", "nearly", "almost", "some", "over", "around", "than", "least", "roughly", "estimated", "only", "just", "total", "totalling", "totaling", "reached", "to"]);

/** Currency signs and codes that make the number an amount. */
const MONEY_BEFORE = "$€£¥₸₽₴₹";

/** Whether the number at i is a year in context (the left side). */
export function yearLeftContextOk(view: TokenView, i: number): boolean {
  const p = i - 1;
  if (p < 0 || view.lineBefore(i)) return true;
  if (view.glued(i)) {
    // Only a quote or bracket may be glued before a year, and not an
    // attribute value (`width="1378"`).
    if (!view.isPunct(p, WRAPPERS_BEFORE)) return false;
    if (view.glued(p) && view.isPunct(p - 1, "=:")) return false;
    if (view.glued(p) && (view.isWord(p - 1) || view.isNumber(p - 1))) return false;
  }
  if (view.isPunct(p, MONEY_BEFORE) || view.isPunct(p, "#№=+")) return false;
  const w = view.lower(p);
  if (LABEL_WORDS.has(w)) return false;
  if (view.isPunct(p, ".") && LABEL_WORDS.has(view.lower(p - 1))) return false;
  // `February 29, 2022` that failed as a date leaves its year behind: a day
  // number (and a comma) before the year means it belonged to that date.
  if (view.isPunct(p, ",") && view.isNumber(p - 1) && view.length(p - 1) <= 2 && !view.lineBefore(p)) return false;
  // `1 - 6 of 1312`, `3 of 2000`: a count out of a total.
  if (w === "of" && view.isNumber(p - 1)) return false;
  return true;
}

/** Whether the number at i is a year in context (the right side, from token `next`). */
export function yearRightContextOk(view: TokenView, i: number, next: number): boolean {
  if (next >= view.count || view.lineBefore(next)) return true;
  if (view.glued(next)) {
    if (closingMarkup(view, next)) return true;
    if (!view.isPunct(next, WRAPPERS_AFTER)) return false;
    // `2024.5` is a decimal (the tokenizer keeps it whole); `2021...` is a teaser cut.
    return !clockColonAt(view, next);
  }
  if (view.isPunct(next, "%")) return false;
  // `2012 80 10`: a run of numbers is a code or a table row, not a year.
  if (view.isNumber(next)) return false;
  const w = view.lower(next);
  if (COUNT_NOUNS.has(w)) return false;
  if (w === "percent" || w === "per") return false;
  // `about 2000 residents`: a quantifier before and a lowercase noun after.
  const before = view.lower(i - 1);
  if (QUANTIFIERS.has(before) && view.lowercase(next) && !YEAR_PREPOSITIONS.has(w) && !MONTH_WORDS.has(w) && !CLAUSE_STARTERS.has(w)) return false;
  return true;
}

/**
 * Words that open the next clause rather than name what a number counts:
 * `from 2015 to 2025 it sent…`, `rose to 2019 and then…` keep their year.
 */
const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  "it", "they", "he", "she", "we", "i", "you", "there", "this", "these", "those", "its", "their", "his", "her", "our",
  "the", "a", "an", "and", "or", "but", "when", "while", "as", "so", "then", "which", "who", "where", "after", "before",
]);

/**
 * Whether a closing shortcode or tag starts at i: `[/caption]`, `</p>`.
 * Scraped pages keep WordPress captions inline (`Solar panels near Nur
 * Navoi, 2023[/caption]`), so a year may end the caption glued to its
 * close. An opening one (`[caption width="1378"]`) never clears a number:
 * its attributes are refused on the left side (`="1378"`).
 */
function closingMarkup(view: TokenView, i: number): boolean {
  if (!view.isPunct(i, "[<") || !view.isPunct(i + 1, "/") || !view.glued(i + 1)) return false;
  if (!view.isWord(i + 2) || !view.glued(i + 2)) return false;
  const close = view.isPunct(i, "[") ? "]" : ">";
  return view.isPunct(i + 3, close) && view.glued(i + 3);
}

/** Whether the word before i introduces a year (`in`, `since`, `by`…). */
export function hasYearPreposition(view: TokenView, i: number): boolean {
  return YEAR_PREPOSITIONS.has(view.lower(i - 1));
}
