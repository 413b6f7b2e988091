import { addMonths, civilFromDay, dayFromCivil, endOfMonth, startOfWeek, type Day } from "./calendar.js";
import type { DayRange } from "./rule.js";
import type { DateUnit } from "./tables.js";

/**
 * Calendar units as periods: the week, month, quarter or year holding a
 * day, shifted by whole units. Weeks run Monday to Sunday (SPEC.md).
 */

/** The unit-long period holding `d`, moved `offset` units. */
export function periodOf(unit: DateUnit, d: Day, offset: number): DayRange {
  const c = civilFromDay(d);
  switch (unit) {
    case "day":
      return { start: d + offset, end: d + offset };
    case "week": {
      const s = startOfWeek(d) + 7 * offset;
      return { start: s, end: s + 6 };
    }
    case "month": {
      const t = addMonths(c.year, c.month, offset);
      return { start: dayFromCivil(t.year, t.month, 1), end: endOfMonth(t.year, t.month) };
    }
    case "quarter": {
      const q = Math.floor((c.month - 1) / 3);
      const t = addMonths(c.year, q * 3 + 1, offset * 3);
      const last = addMonths(t.year, t.month, 2);
      return { start: dayFromCivil(t.year, t.month, 1), end: endOfMonth(last.year, last.month) };
    }
    case "year":
      return { start: dayFromCivil(c.year + offset, 1, 1), end: dayFromCivil(c.year + offset, 12, 31) };
    case "decade": {
      const y = Math.floor(c.year / 10) * 10 + offset * 10;
      return { start: dayFromCivil(y, 1, 1), end: dayFromCivil(y + 9, 12, 31) };
    }
    case "century": {
      const y = Math.floor((c.year - 1) / 100) * 100 + 1 + offset * 100;
      return { start: dayFromCivil(y, 1, 1), end: dayFromCivil(y + 99, 12, 31) };
    }
  }
}
