import type { FigureRule } from "../context.js";
import { drop, gluedHyphen, onLine, wordIs } from "../rule-helpers.js";

/**
 * A span of time named by one word after an article: `a decade` (10 years),
 * `a century` (100 years), `half a century` (50 years), with the
 * approximation words before it (`for over a decade`). Only units that stand
 * for several of their unit (a factor above 1: decades and centuries are
 * counted in years): `a year` or `a month` is rarely a figure (`a month
 * after`, `twice a year`). `a decade ago` is a date, and `a decade-long war`
 * a compound adjective: neither is reported.
 *
 * @example `barred from public office for a decade` → duration 10 year.
 *
 * @category Figures
 */
export const articleUnitRule: FigureRule = {
  name: "article-unit",
  order: 30,
  startsWith: { words: ["a", "an", "half"] },
  read(ctx, i) {
    const t = ctx.tokens;
    let j = i;
    let share = 1;
    if (wordIs(ctx, i, "half")) {
      if (!wordIs(ctx, i + 1, "a") || !onLine(t, i + 1)) return undefined;
      j = i + 1;
      share = 0.5;
    } else if (!wordIs(ctx, i, "a") && !wordIs(ctx, i, "an")) {
      return undefined;
    }
    if (!onLine(t, j + 1)) return undefined;
    const u = ctx.unitAt(j + 1);
    if (u === undefined || u.value.dimension !== "time" || u.value.factor <= 1) return undefined;
    const end = u.next;
    if (gluedHyphen(t, end)) return undefined;
    if (wordIs(ctx, end, "ago") && onLine(t, end)) return drop(i, end + 1);
    return { start: i, end, kind: "duration", value: share * u.value.factor, unit: u.value.id };
  },
};
