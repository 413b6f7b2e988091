import { LINE_BEFORE, TokenKind } from "../../core/tokens.js";
import type { FigureContext, FigureRule } from "../context.js";
import type { Amount } from "../read-number.js";
import { NOUN_STOP_WORDS, PER_TIME } from "../words.js";
import { afterLabel, amountMatch, drop, gluedTail, onLine, punctIs, readNounPhrase, wordIs } from "../rule-helpers.js";

/** Words after `N of` that make `N` a count of something named before (`19 of the 34`). */
const OF_FOLLOWERS: ReadonlySet<string> = new Set([
  "the", "them", "these", "those", "its", "their", "whom", "which", "us", "his", "her", "our", "all", "whom", "you",
]);

/** Words before `of N` that take a part of a whole: `one of 1,247`. */
const PART_WORDS: ReadonlySet<string> = new Set(["one", "out", "all", "each", "any", "none", "some", "most", "many", "several", "two", "three"]);

/** How far back (in characters) an elliptical count may look for the count it continues. */
const ELLIPSIS_WINDOW = 300;

function sameSentence(text: string, from: number, to: number): boolean {
  if (to - from > ELLIPSIS_WINDOW || to < from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && k + 1 < to && text.charCodeAt(k + 1) === 0x20) return false;
  }
  return true;
}

/**
 * Whether a bare number continues a count with the noun left out: `46
 * wanted individuals, 30 in Almaty`, `19 of the 34 known elements`.
 */
function isEllipticalCount(ctx: FigureContext, start: number, next: number, words: boolean, value: number): boolean {
  if (wordIs(ctx, next, "of") && OF_FOLLOWERS.has(ctx.lower(next + 1))) return true;
  // "one of 1,247 involving e-scooters": the whole a part is taken from.
  if (wordIs(ctx, start - 1, "of") && PART_WORDS.has(ctx.lower(start - 2))) return true;
  // Ages and ranks are small; a bare amount in the thousands counts something
  // named nearby ("more than 3,400 were registered"), unless it is a rating
  // or a rank ("rated 2,740").
  if (value >= 1000 && Number.isInteger(value)) return !afterRatingWord(ctx, start);
  // "Of those, approximately 20,000 are …": the part named just before.
  for (let k = start - 1; k >= 0 && k >= start - 5; k--) {
    if (wordIs(ctx, k, "of") && OF_FOLLOWERS.has(ctx.lower(k + 1))) return true;
    if ((ctx.tokens.flags[k]! & 2) !== 0) break;
  }
  // "a shortlist of six", "a team of four": the members of a group named just before.
  if (afterCollective(ctx, start)) return true;
  // "made his debut at 19", "married at 20": an age, whatever was counted before.
  if (!words && ageAfterEvent(ctx, start, next, value)) return false;
  // A number in words standing alone is read as a number ("soon seventy");
  // digits after a count in the same sentence continue it ("30 in Almaty"),
  // and so do words in a coordinated clause that says what befell them
  // ("Four miners were killed and nine injured"), the level it changed
  // from ("Eleven universities are ranked, up from seven") or a lead over a
  // rival ("on 20 points, two ahead of Norway").
  const prev = ctx.figures[ctx.figures.length - 1];
  if (prev === undefined || prev.kind !== "count") return false;
  if (words && !(COORDINATORS.has(ctx.lower(start - 1)) && isParticiple(ctx, next)) && !changeOrigin(ctx, start) && !isMargin(ctx, next)) return false;
  return sameSentence(ctx.tokens.text, prev.span.end, ctx.tokens.start[start]!);
}

/**
 * Whether the amount at `start` gives where a change started: `up from
 * seven`, `down from nine`, or a range `from seven to eleven` (the amount
 * then starts at `from`).
 */
function changeOrigin(ctx: FigureContext, start: number): boolean {
  const t = ctx.tokens;
  if (wordIs(ctx, start, "from")) return true;
  if (!wordIs(ctx, start - 1, "from") || !onLine(t, start) || !onLine(t, start - 1)) return false;
  return wordIs(ctx, start - 2, "up") || wordIs(ctx, start - 2, "down");
}

/**
 * Whether the words at `next`, right after an amount, make it a lead over or
 * a gap to a rival: `two ahead of the United States`, `three behind the
 * leader`, `four clear of Norway`. In words, such an amount counts what the
 * count before it counted (`finished on 20 points, two ahead of …`).
 */
function isMargin(ctx: FigureContext, next: number): boolean {
  const t = ctx.tokens;
  if (!onLine(t, next) || t.kind[next] !== TokenKind.Word) return false;
  const w = ctx.lower(next);
  return w === "ahead" || w === "behind" || (w === "clear" && wordIs(ctx, next + 1, "of") && onLine(t, next + 1));
}

/**
 * Collective nouns whose members a number after `of` counts: `a shortlist
 * of six`, `a team of four`, `a family of five`, `a total of nine`.
 */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  "shortlist", "list", "group", "team", "squad", "panel", "family", "crew", "delegation", "batch", "pool", "field", "total",
]);

/**
 * Whether a lower-case collective noun and `of` stand right before the
 * amount at `start`: `a shortlist of six drawn from 212 entries`. Not a
 * name in capitals (`the Group of Seven`).
 */
function afterCollective(ctx: FigureContext, start: number): boolean {
  const t = ctx.tokens;
  const n = start - 2;
  if (n < 0 || !wordIs(ctx, start - 1, "of") || !onLine(t, start) || !onLine(t, start - 1) || t.kind[n] !== TokenKind.Word) return false;
  const c = t.text.charCodeAt(t.start[n]!);
  return c >= 0x61 && c <= 0x7a && COLLECTIVE_NOUNS.has(ctx.lower(n));
}

/**
 * Words of a life event before `at` that make the number after it an age:
 * `made his debut at 19`, `married at 20`, `died at 85`.
 */
const AGE_EVENTS: ReadonlySet<string> = new Set([
  "debut", "debuted", "married", "wed", "died", "retired", "graduated", "enlisted", "emigrated", "widowed", "orphaned",
]);

/**
 * Whether the number at `start` (digits) is an age: a whole number below
 * 130 after a life event and `at`, ending its clause (`debut at 19.`,
 * `died at 85,`).
 */
function ageAfterEvent(ctx: FigureContext, start: number, next: number, value: number): boolean {
  const t = ctx.tokens;
  if (!Number.isInteger(value) || value < 1 || value >= 130 || next !== start + 1) return false;
  if (!wordIs(ctx, start - 1, "at") || !onLine(t, start) || !onLine(t, start - 1) || !AGE_EVENTS.has(ctx.lower(start - 2))) return false;
  if (next >= t.count || !onLine(t, next)) return true;
  if (t.kind[next] !== TokenKind.Punct) return false;
  const c = t.text.charCodeAt(t.start[next]!);
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x21 || c === 0x3f;
}

/** Whether the figure before is a count with a decimal value, an average: `4.1 people`. */
function afterAverageCount(ctx: FigureContext): boolean {
  const prev = ctx.figures[ctx.figures.length - 1];
  return prev !== undefined && prev.kind === "count" && prev.value !== null && !Number.isInteger(prev.value);
}

/** Prepositions before a zero in words that make it a level, not an amount: `at zero`, `to zero`, `below zero`. */
const ZERO_LEVEL_WORDS: ReadonlySet<string> = new Set(["at", "to", "near", "below", "above", "from", "toward", "towards"]);

/** Whether the figure just before ends right before `to` at `start - 1`: `from 5% to zero`. */
function endsChange(ctx: FigureContext, start: number): boolean {
  const prev = ctx.figures[ctx.figures.length - 1];
  const t = ctx.tokens;
  return prev !== undefined && start >= 2 && wordIs(ctx, start - 1, "to") && prev.span.end === t.end[start - 2];
}

/** Nouns of a band of positions or values that a dash range before them spans: `the 601–800 band`. */
const BAND_NOUNS: ReadonlySet<string> = new Set(["band", "bracket", "range"]);

/**
 * Whether a dash range of digits is a band: `the`, the range rising (`601–800`,
 * never a score such as `4-1`), then `band`, `bracket` or `range`.
 */
function isBand(ctx: FigureContext, a: Amount): boolean {
  const t = ctx.tokens;
  if (a.first.words || a.last.words || a.first.value >= a.last.value || !wordIs(ctx, a.start - 1, "the") || !onLine(t, a.start)) return false;
  return a.next < t.count && onLine(t, a.next) && t.kind[a.next] === TokenKind.Word && BAND_NOUNS.has(ctx.lower(a.next));
}

/**
 * Words after which a number is a rating or a rank, a plain `number` even in
 * the thousands: `he is rated 2,740`, `a rating of 2,800`, `an Elo of
 * 2,650`, `ranked 1,024 of the world's universities`.
 */
const RATING_WORDS: ReadonlySet<string> = new Set(["rated", "rating", "ratings", "elo", "ranked", "ranking", "rank"]);

/** Whether a rating word stands right before token `start`, or before `of` right before it. */
function afterRatingWord(ctx: FigureContext, start: number): boolean {
  const t = ctx.tokens;
  if (!onLine(t, start) || t.kind[start - 1] !== TokenKind.Word) return false;
  let p = start - 1;
  if (wordIs(ctx, p, "of") || wordIs(ctx, p, "at")) {
    if (!onLine(t, p)) return false;
    p--;
  }
  return p >= 0 && t.kind[p] === TokenKind.Word && RATING_WORDS.has(ctx.lower(p));
}

/** Words that open a coordinated clause whose subject is a bare number (`and nine injured`). */
const COORDINATORS: ReadonlySet<string> = new Set(["and", "while", "but", "with"]);

/** States a participle would name but that do not end in -ed (`two dead`, `three missing`). */
const STATE_WORDS: ReadonlySet<string> = new Set(["dead", "hurt", "missing", "wounded", "alive", "unharmed"]);

/** Whether token k is a lower-case participle or state word: `injured`, `arrested`, `dead`. */
function isParticiple(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== TokenKind.Word || (t.flags[k]! & LINE_BEFORE) !== 0) return false;
  const first = t.text.charCodeAt(t.start[k]!);
  if (first < 0x61 || first > 0x7a) return false;
  const w = ctx.lower(k);
  return (w.length > 4 && w.endsWith("ed")) || STATE_WORDS.has(w);
}

/** Whether token `k` is a group of 1–5 plain digits, as phone numbers are written. */
function isDigitGroup(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== TokenKind.Number || ctx.blocked(k)) return false;
  const s = t.start[k]!;
  const e = t.end[k]!;
  if (e - s > 5) return false;
  for (let c = s; c < e; c++) {
    const ch = t.text.charCodeAt(c);
    if (ch < 0x30 || ch > 0x39) return false;
  }
  return true;
}

/** Separators inside a phone number: one space, or a hyphen, dot or bracket. */
function isPhoneGap(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  return k < t.count && (t.flags[k]! & LINE_BEFORE) === 0 && t.start[k]! - t.end[k - 1]! <= 1;
}

/**
 * Where a phone number that opens with `+` and its country code at token
 * `start` ends: `+7 7172 60 3030`, `+996 312 62 12 34`, `+7 (727) 123-45-67`,
 * `+1 202-555-0143`. Digit groups joined by single spaces, hyphens, dots or
 * brackets on one line; only when they hold at least seven digits, so that a
 * signed `+5` before another number keeps to itself; else `next`, the end
 * of the number read at the code.
 */
function phoneEnd(ctx: FigureContext, start: number, next: number): number {
  const t = ctx.tokens;
  let digits = 0;
  let end = start;
  let k = start;
  while (k < t.count && (k === start || isPhoneGap(ctx, k))) {
    if (isDigitGroup(ctx, k)) {
      digits += t.end[k]! - t.start[k]!;
      end = ++k;
    } else if (k > start && (punctIs(t, k, 0x28) || punctIs(t, k, 0x29) || punctIs(t, k, 0x2d) || punctIs(t, k, 0x2e)) && isPhoneGap(ctx, k + 1)) {
      k++;
    } else {
      break;
    }
  }
  // The number read at the code may run further ("+996 312" is one grouped number to the reader).
  return digits >= 7 ? Math.max(end, next) : next;
}

/** Words that ask for a number to dial: the digits after them are a phone number. */
const PHONE_WORDS: ReadonlySet<string> = new Set(["call", "phone", "telephone", "tel", "hotline", "helpline", "dial", "fax", "whatsapp"]);

/**
 * Words before `line` or `number` that make it a number to dial: `the
 * emergency line`, `the phone number`, `a help line`. Alone, `line 3` and
 * `number 5` are labels.
 */
const DIAL_QUALIFIERS: ReadonlySet<string> = new Set(["emergency", "hot", "help", "phone", "telephone", "contact", "support", "trust", "short"]);

/** Services reached on a number: `report it to the police on 102`, `the ambulance on 103`. */
const DIAL_SERVICES: ReadonlySet<string> = new Set(["police", "ambulance", "militia", "firefighters", "hotline", "helpline"]);

/** Nouns that name a number to dial after a {@link DIAL_QUALIFIERS} word. */
const DIAL_NOUNS: ReadonlySet<string> = new Set(["line", "number", "lines", "numbers"]);

/**
 * Whether a phone word stands just before token `k` on its line, with at
 * most a `:`, `.` or `,` between: `call 112`, `the hotline 8 800 080 7777`,
 * `Tel.: 8 (7172) …`, `the helpline, 1414`; or `line`/`number` after a word
 * that makes it one to dial: `the 24/7 emergency line, 112`, `the phone
 * number 8 800 …`, `a short number such as 7555`; or a service and `on`:
 * `report calls to the police on 102`.
 */
function afterPhoneWord(ctx: FigureContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && onLine(t, j + 1) && (punctIs(t, j, 0x3a) || punctIs(t, j, 0x2e) || (j === k - 1 && punctIs(t, j, 0x2c)))) j--;
  if (j < 0 || !onLine(t, j + 1) || t.kind[j] !== TokenKind.Word) return false;
  let w = ctx.lower(j);
  if (w === "on" && j === k - 1 && onLine(t, j)) return t.kind[j - 1] === TokenKind.Word && DIAL_SERVICES.has(ctx.lower(j - 1));
  // "a short number such as 7555", "a hotline like 1414": the example given is one to dial.
  if (j === k - 1 && onLine(t, j) && (w === "like" || (w === "as" && wordIs(ctx, j - 1, "such") && onLine(t, j - 1)))) {
    j -= w === "like" ? 1 : 2;
    if (j < 0 || t.kind[j] !== TokenKind.Word) return false;
    w = ctx.lower(j);
  }
  if (PHONE_WORDS.has(w)) return true;
  if (!DIAL_NOUNS.has(w) || !onLine(t, j) || t.kind[j - 1] !== TokenKind.Word) return false;
  return DIAL_QUALIFIERS.has(ctx.lower(j - 1));
}

/** How many ASCII digits stand in `text` from `start` to `end`. */
function digitCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let c = start; c < end; c++) {
    const ch = text.charCodeAt(c);
    if (ch >= 0x30 && ch <= 0x39) n++;
  }
  return n;
}

/**
 * Whether a time rate stands right after the amount: `to 21 a week`, `30 per
 * day`, `from 14 to 18 every month`. The number then counts something named
 * before it (flights, trains) and the extractor keeps the rate in its span.
 * Not `a year ago` or `a week earlier`, which are points in time.
 */
function timeRateAfter(ctx: FigureContext, j: number): boolean {
  const t = ctx.tokens;
  if (!onLine(t, j) || !onLine(t, j + 1) || ctx.blocked(j) || ctx.blocked(j + 1)) return false;
  const w = ctx.lower(j);
  if (w !== "a" && w !== "an" && w !== "per" && w !== "every" && w !== "each") return false;
  if (t.kind[j + 1] !== TokenKind.Word || !PER_TIME.has(ctx.lower(j + 1))) return false;
  if (w === "a" || w === "an") {
    const after = ctx.lower(j + 2);
    if (after === "earlier" || after === "later" || after === "ago" || after === "before" || after === "after") return false;
  }
  return true;
}

/** Units of length that, written before a number, name a point on a road: `kilometer 96`, `km 12`. */
const MARKER_WORDS: ReadonlySet<string> = new Set(["kilometer", "kilometre", "km", "mile", "milepost", "verst"]);

/** Words before a marker word that make it a unit of a rate or a measure, not a road marker: `tenge per km 96`. */
const NOT_MARKER: ReadonlySet<string> = new Set(["per", "a", "an", "each", "every", "square", "cubic", "sq"]);

/**
 * Whether the number at `start` is a road marker: `closed near kilometer
 * 96`, `at km 12 of the highway`. The unit comes first and no number or rate
 * word stands before it (`2 km 500 m` is a length).
 */
function isRoadMarker(ctx: FigureContext, start: number): boolean {
  const t = ctx.tokens;
  const u = start - 1;
  if (!onLine(t, start) || u < 0 || t.kind[u] !== TokenKind.Word || !MARKER_WORDS.has(ctx.lower(u))) return false;
  if (!onLine(t, u)) return true;
  return t.kind[u - 1] !== TokenKind.Number && !NOT_MARKER.has(ctx.lower(u - 1)) && !punctIs(t, u - 1, 0x2f);
}

/** Verbs and prepositions that give `the number of <things>` its value: `put the number of houses at 620`. */
const NUMBER_OF_LINKS: ReadonlySet<string> = new Set([
  "at", "to", "is", "was", "were", "are", "reached", "reaches", "hit", "hits", "stood", "stands", "totalled", "totaled", "totals",
  "became", "remains", "remained",
]);

/**
 * Whether the bare number at `start` is the value of `the number of
 * <things>` earlier in its sentence: `put the number of damaged houses at
 * 620`, `the number of victims rose to 35`, `The number of clinics is 14`.
 * The number then counts those things. Only when a linking word stands right
 * before it, the counted phrase ends in a plural noun, and no other figure
 * stands between.
 */
function numberOfValue(ctx: FigureContext, start: number): boolean {
  const t = ctx.tokens;
  if (!onLine(t, start) || !NUMBER_OF_LINKS.has(ctx.lower(start - 1))) return false;
  const prev = ctx.figures[ctx.figures.length - 1];
  for (let k = start - 2; k >= 1 && k >= start - 14; k--) {
    if (t.kind[k] === TokenKind.Number || ctx.blocked(k)) return false;
    if (t.kind[k] === TokenKind.Punct) {
      const c = t.text.charCodeAt(t.start[k]!);
      if (c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29) return false;
    }
    if (wordIs(ctx, k, "number") && wordIs(ctx, k + 1, "of") && (wordIs(ctx, k - 1, "the") || wordIs(ctx, k - 1, "total"))) {
      if (prev !== undefined && prev.span.end > t.start[k]!) return false;
      const np = readNounPhrase(ctx, k + 2, false);
      return np !== undefined && np.end < start;
    }
    if (!onLine(t, k)) return false;
  }
  return false;
}

/** Fractions of a year that name its parts: `quarters`, `halves`. */
const YEAR_PARTS: ReadonlySet<string> = new Set(["quarters", "halves"]);

/**
 * Whether a fraction in words is a run of a year's quarters or halves:
 * `the first three quarters of 2025`, `the last two quarters`, `three
 * quarters of the year`. The numbers of a date are not figures.
 */
function isYearPart(ctx: FigureContext, start: number, next: number): boolean {
  if (!YEAR_PARTS.has(ctx.lower(next - 1))) return false;
  const before = ctx.lower(start - 1);
  if (before === "first" || before === "last" || before === "past" || before === "previous" || before === "next") return true;
  if (!wordIs(ctx, next, "of") || !onLine(ctx.tokens, next + 1)) return false;
  const k = next + 1;
  if (ctx.blocked(k)) return true;
  const y = ctx.numberAt(k);
  if (y !== undefined && y.yearLike) return true;
  return (ctx.lower(k) === "the" || ctx.lower(k) === "this" || ctx.lower(k) === "last") && ctx.lower(k + 1) === "year";
}

/**
 * Any other stand-alone number: ranks, ages, elliptical counts (`30 in
 * Almaty` after `46 wanted individuals` is a count). Not figures, and
 * consumed: years, the bare word `one`, scores and bare dash ranges (`6-3`),
 * clock times and dotted codes, glued codes and ordinals (`5G`, `17th`),
 * list markers at the start of a line (`1.`), labels (`Article 5`) and road
 * markers (`kilometer 96`). The value of `the number of <things>` is a count
 * of them (`put the number of damaged houses at 620`).
 *
 * @example `ranked as low as 82` (seed 002) → number 82.
 *
 * @category Figures
 */
export const bareNumberRule: FigureRule = {
  name: "bare-number",
  order: 1000,
  startsWith: { numbers: true },
  read(ctx, i) {
    const a = ctx.amountAt(i);
    if (a === undefined) return undefined;
    const t = ctx.tokens;
    if (a.value !== null && (a.first.one || a.first.yearLike)) return drop(a.start, a.next);
    if (a.joint === "dash") {
      // "moved into the 601–800 band": a band of ranks or ages, a number range.
      if (isBand(ctx, a)) return amountMatch(a, a.next, "number");
      // A score, with a tie-break glued after it: "7-6(4)"; or a phone number "123-45-67".
      let e = a.next;
      if (punctIs(t, e, 0x28) && (t.flags[e]! & 3) === 0 && t.kind[e + 1] === TokenKind.Number && punctIs(t, e + 2, 0x29)) e += 3;
      while (e + 1 < t.count && punctIs(t, e, 0x2d) && (t.flags[e]! & 3) === 0 && t.kind[e + 1] === TokenKind.Number && (t.flags[e + 1]! & 3) === 0) e += 2;
      return drop(a.start, e);
    }
    // "+7 (727) …": a plus sign glued to a bare number is a dialling code, not a
    // figure, and so are the digit groups of the phone number after it.
    if (punctIs(t, a.start - 1, 0x2b) && (t.flags[a.start]! & 3) === 0) return drop(a.start, phoneEnd(ctx, a.start, a.next));
    // "call the hotline 8 800 080 7777", "Tel.: 8 (7172) 60-30-30", "dial
    // 112": digits after a word that asks for a number to dial are one.
    if (afterPhoneWord(ctx, a.start)) {
      const end = phoneEnd(ctx, a.start, a.next);
      if (end > a.next || digitCount(t.text, t.start[a.start]!, t.end[a.next - 1]!) >= 3) return drop(a.start, end);
    }
    // "zero tolerance": a zero in words before a noun is an idiom, not a figure.
    if (a.value === 0 && a.first.words && t.kind[a.next] === TokenKind.Word && onLine(t, a.next) && !NOUN_STOP_WORDS.has(ctx.lower(a.next))) {
      return drop(a.start, a.next);
    }
    // "kept the tax at zero", "cut tariffs to zero", "below zero": a zero in
    // words after a preposition names a level (none at all), not an amount.
    // Not the end of a change from a figure: "fell from 5% to zero".
    if (a.value === 0 && a.first.words && a.start === i && ZERO_LEVEL_WORDS.has(ctx.lower(a.start - 1)) && onLine(t, a.start) && !endsChange(ctx, a.start)) {
      return drop(a.start, a.next);
    }
    // "one in two families", "1 in 10 people": a ratio, not two figures.
    if (wordIs(ctx, a.start - 1, "in") && (ctx.lower(a.start - 2) === "one" || ctx.lower(a.start - 2) === "1")) return drop(a.start, a.next);
    if (a.value === 1 && wordIs(ctx, a.next, "in") && ctx.numberAt(a.next + 1) !== undefined) return drop(a.start, a.next);
    // "the round of 16"
    if (wordIs(ctx, a.start - 1, "of") && wordIs(ctx, a.start - 2, "round")) return drop(a.start, a.next);
    if (gluedTail(ctx, a.next)) {
      let e = a.next + 1;
      while (e < t.count && (t.flags[e]! & 3) === 0 && t.kind[e] !== TokenKind.Punct) e++;
      return drop(a.start, e);
    }
    // "1." or "2)" opening a line is a list marker.
    if ((t.flags[a.start]! & 2) !== 0 && (punctIs(t, a.next, 0x2e) || punctIs(t, a.next, 0x29)) && (t.flags[a.next]! & 3) === 0 && onLine(t, a.next + 1)) {
      return drop(a.start, a.next);
    }
    if (afterLabel(ctx, a.start) || isRoadMarker(ctx, a.start)) return drop(a.start, a.next);
    // "the first three quarters of 2025": quarters of a year, a date (or a period), not a fraction.
    if (isYearPart(ctx, a.start, a.next)) return drop(a.start, a.next);
    // A fraction ("about a third of the population") is a proportion, never a
    // count; but a decimal continues a count that is itself an average
    // ("4.1 people on average, against 4.6 in 2019").
    const fraction = a.value !== null && !Number.isInteger(a.value) && !(!a.first.words && afterAverageCount(ctx));
    const counted =
      !fraction &&
      (isEllipticalCount(ctx, a.start, a.next, a.first.words, a.value ?? 0) || (!a.first.words && timeRateAfter(ctx, a.next)) || numberOfValue(ctx, a.start));
    const kind = counted ? "count" : "number";
    return amountMatch(a, a.next, kind);
  },
};
