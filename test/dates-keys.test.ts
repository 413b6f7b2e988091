import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenKind, tokenize } from "../src/core/tokens.js";
import { DEFAULT_DATE_RULES, KEY_REACH, NUMBER_ANCHOR, TokenView } from "../src/dates/index.js";
import type { DateMatch, DateRule } from "../src/dates/index.js";
import { FIXTURES, loadConformance, loadSeeds } from "./support/shared.js";

/**
 * The detector skips an anchor when none of a rule's key words stands
 * within KEY_REACH tokens (DateRule.keys). That is only safe if every match
 * a default rule can return holds one of its keys there. This suite calls
 * each rule directly, ungated, at every anchor of the seeds, the held-out
 * pages, chrono-node's English cases and generated date-like strings, and
 * checks the claim on every match.
 */

function lowerWord(text: string): string {
  const w = text.toLowerCase();
  return /^.+['\u2019]s$/.test(w) ? w.slice(0, -2) : w;
}

function ungatedLongest(view: TokenView, i: number): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const rule of DEFAULT_DATE_RULES) {
    const m = anchoredAt(rule, view, i) ? rule.match(view, i) : undefined;
    if (m !== undefined && m.first === i && m.next > i && (best === undefined || m.next > best.next)) best = m;
  }
  return best;
}

function anchoredAt(rule: DateRule, view: TokenView, i: number): boolean {
  if (view.isNumber(i)) return rule.anchors.includes(NUMBER_ANCHOR);
  return view.isWord(i) && rule.anchors.includes(view.lower(i));
}

/** The matches of every rule in `text` that hold none of the rule's keys within reach. */
function keylessMatches(text: string): string[] {
  const tokens = tokenize(text);
  const view = new TokenView(tokens, ungatedLongest);
  const bad: string[] = [];
  for (const rule of DEFAULT_DATE_RULES) {
    const keys = new Set(rule.keys ?? rule.anchors);
    for (let i = 0; i < tokens.count; i++) {
      if (!anchoredAt(rule, view, i)) continue;
      const m = rule.match(view, i);
      if (m === undefined) continue;
      let found = false;
      for (let j = m.first; j < Math.min(tokens.count, m.first + KEY_REACH) && !found; j++) {
        if (tokens.kind[j] === TokenKind.Number) found = keys.has(NUMBER_ANCHOR);
        else if (tokens.kind[j] === TokenKind.Word) found = keys.has(lowerWord(view.text(j)));
      }
      if (!found) bad.push(`${rule.name}: ${text.slice(tokens.start[m.first]!, tokens.end[Math.max(m.first, m.next - 1)]!)}`);
    }
  }
  return bad;
}

const datey = fc
  .array(
    fc.constantFrom("2024", "12", "5", "December", "May", "of", "the", "same", "year’s", "last", "next", "this", "week", "weekend", "day", "between", "and", "-", ",", " ", "first", "half", "quarter", "early", "end", "mid", "a", "couple", "few", "years", "ago", "later", "that", "century", "7th", "Thursday", "Sat", "spring", "today", "morning", "twenty", "fourth", "Q", "1st", "s", "BC"),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(" ").replace(/ - /g, "-"));

describe("date rule keys", () => {
  it("are held by every match of every default rule on the seeds and the held-out pages", () => {
    // Every held-out set but the newest (holdout10), which stays blind.
    const sets = readdirSync(FIXTURES).filter((d) => /^holdout\d*$/.test(d) && d !== "holdout10");
    expect(sets.length).toBeGreaterThanOrEqual(9);
    const texts = [
      ...loadSeeds().map((s) => s.text),
      ...sets.flatMap((set) => readdirSync(join(FIXTURES, set)).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(FIXTURES, set, f), "utf8"))),
    ];
    for (const text of texts) expect(keylessMatches(text)).toEqual([]);
  });

  it("are held by every match on chrono-node's English cases", () => {
    const cases = loadConformance<{ text: string }>("chrono-en.jsonl");
    expect(cases.length).toBeGreaterThan(400);
    expect(cases.flatMap((c) => keylessMatches(c.text))).toEqual([]);
  });

  it("are held by every match on generated date-like strings", () => {
    fc.assert(fc.property(datey, (text) => keylessMatches(text).length === 0), { numRuns: 3000 });
  });

  it("are within reach in the longest phrases the rules read", () => {
    const phrases = ["Twenty-fourth of May", "the first half of last year’s", "a year ago", "the day before yesterday", "Thursday, April 4, 2024", "7th c. BC", "this weekend"];
    for (const text of phrases) expect(keylessMatches(text)).toEqual([]);
  });
});
