import { wordShapes } from "./rule.js";
import type { DateGrain } from "./types.js";

/**
 * The words dates are made of, as data. A contributor adds a spelling or a
 * season with one line; the rules read these tables and never list words of
 * their own.
 */

/** Each grain's rank, finest (day) first. */
export const GRAIN_RANK: Readonly<Record<DateGrain, number>> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, season: 5, year: 6, decade: 7, century: 8 };

/** Month names and their abbreviations, lowercase → month 1–12. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1],
  ["february", 2], ["feb", 2],
  ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4],
  ["may", 5],
  ["june", 6], ["jun", 6],
  ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8],
  ["september", 9], ["sep", 9], ["sept", 9],
  ["october", 10], ["oct", 10],
  ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

/** Shapes of {@link MONTH_WORDS}, to rule out most words without lowercasing them. */
export const MONTH_SHAPES: Uint8Array = wordShapes(MONTH_WORDS.keys());

/**
 * Month spellings that are also ordinary English words (`may`, `march`) or
 * read as other words when abbreviated. Alone and without a day or year they
 * need a capital letter and a preposition before them (`In May`).
 */
export const AMBIGUOUS_MONTH_WORDS: ReadonlySet<string> = new Set(["may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb", "apr"]);

/** Weekday names and abbreviations, lowercase → ISO weekday (1 = Monday). */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["monday", 1], ["mon", 1],
  ["tuesday", 2], ["tue", 2], ["tues", 2],
  ["wednesday", 3], ["wed", 3],
  ["thursday", 4], ["thu", 4], ["thur", 4], ["thurs", 4],
  ["friday", 5], ["fri", 5],
  ["saturday", 6], ["sat", 6],
  ["sunday", 7], ["sun", 7],
]);

/** Weekday abbreviations that are English words (`sat`, `sun`, `wed`): only read next to a date. */
export const SHORT_WEEKDAY_WORDS: ReadonlySet<string> = new Set(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);

/**
 * A season: the month it starts in and how many months it lasts. Seasons are
 * meteorological (SPEC.md); winter starts in December and runs into the next year.
 */
export interface SeasonDef {
  /** First month, 1–12. */
  startMonth: number;
  /** Length in months. */
  months: number;
}

/** Season names, lowercase. `fall` is the American autumn. */
export const SEASON_WORDS: ReadonlyMap<string, SeasonDef> = new Map([
  ["spring", { startMonth: 3, months: 3 }],
  ["summer", { startMonth: 6, months: 3 }],
  ["autumn", { startMonth: 9, months: 3 }],
  ["fall", { startMonth: 9, months: 3 }],
  ["winter", { startMonth: 12, months: 3 }],
]);

/** Part-of-period nouns: how many parts a year has, and the grain they give. */
export interface PartDef {
  /** Parts per year. */
  perYear: number;
  /** The grain of one part. */
  grain: "half" | "quarter";
}

/** `half` and `quarter` (and `qtr`), lowercase. */
export const PART_WORDS: ReadonlyMap<string, PartDef> = new Map([
  ["half", { perYear: 2, grain: "half" }],
  ["quarter", { perYear: 4, grain: "quarter" }],
  ["qtr", { perYear: 4, grain: "quarter" }],
]);

/**
 * Thirds of a period: `early 2024` is January–April, `mid-2024` May–August,
 * `late 2024` September–December; for a month, days 1–10, 11–20, 21–end.
 * `start of` and `end of` read as early and late (SPEC.md).
 */
export const THIRD_WORDS: ReadonlyMap<string, 0 | 1 | 2> = new Map([
  ["early", 0], ["beginning", 0], ["start", 0],
  ["mid", 1], ["middle", 1], ["midst", 1],
  ["late", 2], ["end", 2],
]);

/** Calendar units, lowercase (singular and plural, common abbreviations). */
export type DateUnit = "day" | "week" | "month" | "quarter" | "year" | "decade" | "century";

/** Unit words → unit. */
export const UNIT_WORDS: ReadonlyMap<string, DateUnit> = new Map([
  ["day", "day"], ["days", "day"],
  ["week", "week"], ["weeks", "week"], ["wk", "week"], ["wks", "week"],
  ["month", "month"], ["months", "month"], ["mo", "month"], ["mos", "month"],
  ["quarter", "quarter"], ["quarters", "quarter"],
  ["year", "year"], ["years", "year"], ["yr", "year"], ["yrs", "year"],
  ["decade", "decade"], ["decades", "decade"],
  ["century", "century"], ["centuries", "century"],
]);

/** Shapes of {@link UNIT_WORDS}. */
export const UNIT_SHAPES: Uint8Array = wordShapes(UNIT_WORDS.keys());

/** `last`, `this`, `next` and their synonyms → offset in units from the reference. */
export const RELATIVE_WORDS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ["last", -1], ["past", -1], ["previous", -1],
  ["this", 0], ["current", 0],
  ["next", 1], ["coming", 1],
]);

/** Words that, before a bare number, say it is a year: `in 2023`, `since 1994`, `by 2030`. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "since", "by", "until", "till", "til", "from", "to", "of", "before", "after", "during",
  "through", "throughout", "for", "circa", "c", "ca", "year", "fy", "early", "late", "mid", "between",
  "and", "as", "into", "around", "than", "summer", "spring", "autumn", "winter", "fall",
]);

/**
 * Words that after a number say it counts things, not a year: `2000 people`,
 * `1500 tons`. A year is never followed by a unit of measure.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  "people", "persons", "person", "residents", "citizens", "workers", "employees", "children", "students",
  "families", "households", "cases", "patients", "tons", "tonnes", "ton", "tonne", "kg", "kilograms", "grams",
  "g", "km", "kilometers", "kilometres", "miles", "meters", "metres", "m", "feet", "ft", "hectares", "ha",
  "acres", "units", "pieces", "times", "percent", "per", "points", "votes", "dollars", "euros", "tenge",
  "rubles", "roubles", "som", "sum", "manat", "somoni", "usd", "kzt", "eur", "rub", "mw", "kw", "gw", "kv",
  "mwh", "gwh", "barrels", "cars", "vehicles", "trucks", "wagons", "jobs", "projects", "companies", "firms",
  "schools", "hospitals", "beds", "apartments", "homes", "houses", "flights", "passengers", "tourists",
  "visitors", "members", "participants", "soldiers", "troops", "years", "months", "days", "hours", "minutes",
  "seconds", "weeks", "km2", "sq", "square", "cubic", "liters", "litres", "head", "animals", "trees",
  "items", "copies", "words", "pages", "steps", "calories", "degrees", "million", "billion", "thousand",
  "mln", "bln", "bn", "mn", "rpm", "mph", "kph", "teu", "containers",
]);

/** `BC`, `BCE`, `AD`, `CE` after a year or century. */
export const ERA_WORDS: ReadonlyMap<string, "bc" | "ad"> = new Map([
  ["bc", "bc"], ["bce", "bc"], ["ad", "ad"], ["ce", "ad"],
]);
