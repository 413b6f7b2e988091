import { civilFromDay } from "../calendar.js";
import { readMonth, readTheYear, readYear, readYearPhrase, relativeMatch, resolveYear, yearSpecMatch, fixedMatch } from "../read.js";
import { monthThird, placeInYear, yearThird } from "../resolve.js";
import { NUMBER_ANCHOR, type DateMatch, type DateRule } from "../rule.js";
import { MONTH_WORDS, THIRD_WORDS } from "../tables.js";

/**
 * Thirds of a year or a month (SPEC.md): `early 2024` (January–April),
 * `mid-2024` (May–August), `late 2024`, `the start of 2025`, `the end of
 * 2028` (September–December, like `late`); `early June` (days 1–10),
 * `mid-November`, `the end of June` (21st–end), `Early this month`, `late
 * last year`. A year third has grain `month`, a month third grain `day`.
 * `the` is not part of the mention.
 *
 * @category Dates
 */
export const partOfPeriodRule: DateRule = {
  name: "part-of-period",
  anchors: [...THIRD_WORDS.keys()],
  keys: [NUMBER_ANCHOR, ...MONTH_WORDS.keys(), "year", "month"],
  match(view, i) {
    const third = THIRD_WORDS.get(view.lower(i));
    if (third === undefined) return undefined;
    const word = view.lower(i);
    let j = i + 1;
    // `start of`, `end of`, `beginning of`, `middle of` take `of`; `early`,
    // `mid`, `late` take the period directly (`mid-2024` with a glued dash).
    const takesOf = word === "start" || word === "end" || word === "beginning" || word === "middle" || word === "midst";
    if (takesOf) {
      if (!view.is(j, "of")) return undefined;
      j++;
      if (view.is(j, "the")) {
        // `the end of the year`, `the middle of the month`: this year, this month.
        const theYear = readTheYear(view, j);
        if (theYear !== undefined) return yearPart(i, theYear.next, third, theYear.value);
        if (view.lower(j + 1) === "month") return monthPartRelative(i, j + 2, third, 0);
        return undefined;
      }
    } else if (view.isDash(j) && view.glued(j) && view.glued(j + 1)) {
      j++;
    } else if (view.glued(j) || view.lineBefore(j)) {
      return undefined;
    }
    // A month: `early June`, `end of June 2024`, `mid-November`
    const m = readMonth(view, j);
    if (m !== undefined) {
      const month = m.value;
      const y = readYear(view, m.next);
      if (y !== undefined && !view.lineBefore(m.next)) {
        return fixedMatch(i, y.next, "day", monthThird(y.value, month, third), { year: y.value });
      }
      const phrase = readYearPhrase(view, m.next);
      if (phrase !== undefined) {
        const spec = phrase.value;
        return relativeMatch(i, phrase.next, "day", (env) => {
          const yr = resolveYear(spec, env);
          return yr === null ? null : monthThird(yr, month, third);
        });
      }
      const next = m.next;
      return relativeMatch(i, next, "day", (env) =>
        env.reference === null ? null : (placeInYear(env.reference, env.bias, month, undefined, (yr) => monthThird(yr, month, third)) ?? null),
        { withYear: (year) => fixedMatch(i, next, "day", monthThird(year, month, third), { year }) },
      );
    }
    // `early this month`, `late last month`
    const rel = view.lower(j);
    if ((rel === "this" || rel === "last" || rel === "next") && view.is(j + 1, "month")) {
      return monthPartRelative(i, j + 2, third, rel === "this" ? 0 : rel === "last" ? -1 : 1);
    }
    // A year: `early 2024`, `mid-2024`, `end of 2028`, `late last year` — not a decade (`early 2000s`).
    const phrase = readYearPhrase(view, j);
    if (phrase === undefined) return undefined;
    if (phrase.value.type === "year" && view.glued(phrase.next) && view.is(phrase.next, "s")) return undefined;
    return yearPart(i, phrase.next, third, phrase.value);
  },
};

function yearPart(first: number, next: number, third: 0 | 1 | 2, spec: Parameters<typeof yearSpecMatch>[3]): DateMatch | undefined {
  return yearSpecMatch(first, next, "month", spec, (y) => yearThird(y, third));
}

function monthPartRelative(first: number, next: number, third: 0 | 1 | 2, offset: number): DateMatch {
  return relativeMatch(first, next, "day", (env) => {
    if (env.reference === null) return null;
    const c = civilFromDay(env.reference);
    const index = c.year * 12 + (c.month - 1) + offset;
    const year = Math.floor(index / 12);
    return monthThird(year, index - year * 12 + 1, third);
  });
}

