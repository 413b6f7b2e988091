import { relativeMatch } from "../read.js";
import type { DateRule } from "../rule.js";

/** Day words → offset from the reference day. */
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["today", 0], ["tonight", 0], ["tomorrow", 1], ["yesterday", -1],
]);

/** `this morning`, `last night`: parts of the reference day (or the day before). */
const DAY_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);

/** Verbs after `Today there`: `is`, `are`, `remain`. */
const EXISTENTIAL: ReadonlySet<string> = new Set(["is", "are", "remain", "remains", "exist", "exists"]);

/**
 * The reference day and its neighbours: `yesterday`, `tomorrow`, `today`,
 * `tonight`, `this morning`, `last night`, `the day before yesterday`.
 * `Today,` at the head of a sentence means "nowadays" in news prose (`Today,
 * the country is rapidly shifting…`) and is not a date, nor is the end of a
 * title (`Photo: Turkmenistan Today`), nor `today` right after a number
 * (`from 1 million then to 100,000 today`); `today’s` is one word and never
 * matches.
 *
 * @category Dates
 */
export const casualDayRule: DateRule = {
  name: "casual-day",
  anchors: [...DAY_WORDS.keys(), "this", "last", "day"],
  keys: [...DAY_WORDS.keys(), ...DAY_PARTS, "day"],
  match(view, i) {
    const w = view.lower(i);
    const offset = DAY_WORDS.get(w);
    if (offset !== undefined) {
      if (w === "today" && view.isPunct(i + 1, ",") && sentenceStart(view, i)) return undefined;
      // `fewer than 100,000 today`, `a worker aged 35 today`: a quantity as it
      // stands nowadays, set against an earlier one, not the reference day.
      if (w === "today" && view.isNumber(i - 1) && !view.lineBefore(i)) return undefined;
      // `Today there are 35 workshops`: how things stand now, set against
      // what the sentences before told of the past.
      if (w === "today" && sentenceStart(view, i) && view.is(i + 1, "there") && EXISTENTIAL.has(view.lower(i + 2))) return undefined;
      // `USA Today`, `Turkmenistan Today`, `Russia Today`: a capitalised day
      // word after a capitalised word, mid-sentence, ends a title.
      if (view.capitalized(i) && !sentenceStart(view, i) && view.isWord(i - 1) && view.capitalized(i - 1)) return undefined;
      return at(i, i + 1, offset);
    }
    if ((w === "this" || w === "last") && DAY_PARTS.has(view.lower(i + 1)) && !view.lineBefore(i + 1)) {
      if (w === "this" && view.is(i + 1, "night")) return undefined;
      return at(i, i + 2, w === "last" ? -1 : 0);
    }
    // `the day before yesterday`, `the day after tomorrow`
    if (w === "day" && view.is(i - 1, "the")) {
      const rel = view.lower(i + 1);
      const base = DAY_WORDS.get(view.lower(i + 2));
      if ((rel === "before" || rel === "after") && base !== undefined && base !== 0) {
        return at(i, i + 3, base + (rel === "before" ? -1 : 1));
      }
    }
    return undefined;
  },
};

function at(first: number, next: number, offset: number) {
  return relativeMatch(first, next, "day", (env) =>
    env.reference === null ? null : { start: env.reference + offset, end: env.reference + offset },
  );
}

function sentenceStart(view: Parameters<DateRule["match"]>[0], i: number): boolean {
  return i === 0 || view.lineBefore(i) || view.isPunct(i - 1, ".!?\u201c\u201d\"\u2019");
}
