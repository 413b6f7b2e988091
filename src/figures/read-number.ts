import { CARDINAL_WORDS, readWordNumber, SCALE_WORDS } from "../core/number-words.js";
import { LINE_BEFORE, SPACE_BEFORE, TokenKind, type Tokens } from "../core/tokens.js";
import type { FigureContext } from "./context.js";
import { FRACTION_DENOMINATORS, NOUN_STOP_WORDS } from "./words.js";

/**
 * Reading one number (digits or words, with its scale) and one amount (a
 * number or a range of two) from the token stream. No regular expressions:
 * each step looks at the next token or two, so reading is linear.
 */

/** A number read from the tokens. */
export interface NumberRead {
  /** First token (a sign, `a`, or the number itself). */
  start: number;
  /** First token after the number and its scale. */
  next: number;
  /** The value with scale applied. */
  value: number;
  /** The scale factor applied (1 when none): `1.5 billion` → 1e9. */
  scale: number;
  /** Whether it was written in words (`twelve`, `a hundred`). */
  words: boolean;
  /** The bare word `one` (or `a`), unscaled: not a figure on its own. */
  one: boolean;
  /** A plain four-digit integer 1000–2099: likely a year. */
  yearLike: boolean;
}

/** A number or a range. */
export interface Amount {
  /** First token (including `from`/`between`). */
  start: number;
  /** First token after the amount. */
  next: number;
  /** The value; `null` for a range. */
  value: number | null;
  /** Range bounds. */
  min?: number;
  max?: number;
  /** The (last) number read. */
  last: NumberRead;
  /** The first number read. */
  first: NumberRead;
  /** How the range was joined: `"dash"` (`14-15`), `"word"` (`to`, `or`, `and`), or `undefined` for one number. */
  joint?: "dash" | "word";
}

/** Denominators of slash fractions: `1/4`, `3/8`, `10 1/2`. */
const FRACTION_SLASH_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100]);

/** Abbreviated scales, case-sensitive, only when glued to the digits: `10k`, `$5M`, `1.2b`, `1MM`. */
const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3], ["K", 1e3], ["M", 1e6], ["MM", 1e6], ["mil", 1e6], ["b", 1e9], ["B", 1e9], ["bn", 1e9], ["Bn", 1e9],
  ["mn", 1e6], ["Mn", 1e6], ["mln", 1e6], ["bln", 1e9], ["tn", 1e12], ["trn", 1e12], ["trln", 1e12],
]);

function tokenIs(t: Tokens, i: number, code: number): boolean {
  return i < t.count && t.kind[i] === TokenKind.Punct && t.end[i]! - t.start[i]! === 1 && t.text.charCodeAt(t.start[i]!) === code;
}

function touches(t: Tokens, i: number): boolean {
  return i < t.count && (t.flags[i]! & (SPACE_BEFORE | LINE_BEFORE)) === 0;
}

function sameLine(t: Tokens, i: number): boolean {
  return i < t.count && (t.flags[i]! & LINE_BEFORE) === 0;
}

/**
 * The value of a digit token (`1,000`, `3.5`). Digits and commas with at most
 * 15 digits are summed in place: such an integer is exact in a double, so the
 * sum equals `Number` of the string without commas, and a page of "1,000 "
 * no longer allocates a string per number. Anything else takes `Number`.
 */
function digitsValue(s: string): number {
  let v = 0;
  let digits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x2c) continue;
    if (c < 0x30 || c > 0x39 || ++digits > 15) return Number(s.includes(",") ? s.replaceAll(",", "") : s);
    v = v * 10 + (c - 0x30);
  }
  return digits === 0 ? Number(s.includes(",") ? s.replaceAll(",", "") : s) : v;
}

function isPlainDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A single gap character between digit groups: `40 000`, `40\u202f000`. */
function isGroupGap(text: string, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const c = text.charCodeAt(end);
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Reads a number at token `i`: digits (`2,264`, `3.5`, `40 000`, `1/4`,
 * `10 1/2`, `1.3e6`), words (`twenty-five`, `a hundred`, `two thirds`,
 * `two and a half`), an optional sign (`-9.2`, `minus five`) and a scale
 * (`1.5 billion`, `10k`, `13 lakh`). Returns `undefined` when no number
 * starts there or the token is blocked. Digits glued to a word before them
 * are a code (`S450`, `G7`) unless `afterCode`: the caller read that word as
 * a currency code (`KZT5bn`).
 */
export function readNumber(ctx: FigureContext, i: number, afterCode = false): NumberRead | undefined {
  const t = ctx.tokens;
  if (i >= t.count) return undefined;
  const kind = t.kind[i];
  // `readDigits` tells a blocked token itself.
  if (kind === TokenKind.Number) return readDigits(ctx, i, i, 1, afterCode);
  if (ctx.blocked(i)) return undefined;
  if (kind === TokenKind.Punct) {
    // "-9.2": a minus that touches the digits and not the token before it
    // (so "14-15" stays a range).
    const c = t.text.charCodeAt(t.start[i]!);
    if ((c === 0x2d || c === 0x2212) && t.kind[i + 1] === TokenKind.Number && touches(t, i + 1) && !touches(t, i)) {
      const n = readDigits(ctx, i + 1, i, -1);
      return n;
    }
    // ".08": a leading decimal point after white space.
    if (c === 0x2e && t.kind[i + 1] === TokenKind.Number && touches(t, i + 1) && !touches(t, i)) {
      const s = ctx.raw(i + 1);
      if (isPlainDigits(s, 1, 30) && !ctx.blocked(i + 1)) {
        const v = Number(`0.${s}`);
        return withScale(ctx, { start: i, next: i + 2, value: v, scale: 1, words: false, one: false, yearLike: false });
      }
    }
    return undefined;
  }
  if (kind !== TokenKind.Word) return undefined;
  const w = ctx.lower(i);
  if ((w === "minus" || w === "negative") && sameLine(t, i + 1)) {
    const n = readNumber(ctx, i + 1);
    if (n === undefined || n.start !== i + 1) return undefined;
    return { ...n, start: i, value: -n.value, one: false };
  }
  return readWords(ctx, i);
}

/**
 * Whether the digits at token `i` are part of a name or code rather than a
 * number: glued to a word before (`S450`, `G7`), after a word and a hyphen
 * or underscore (`LX-600`, `COVID-19`, `attachment_39897`), after digits and
 * a slash, colon or dot (`24/7`, `10:30`, `192.168`), or a shortcode
 * attribute (`width="1378"`).
 */
function isCodePart(ctx: FigureContext, i: number): boolean {
  const t = ctx.tokens;
  if (!touches(t, i)) return false;
  const p = i - 1;
  const pk = t.kind[p];
  if (pk === TokenKind.Word) return true;
  if (pk !== TokenKind.Punct || t.end[p]! - t.start[p]! !== 1) return false;
  const c = t.text.charCodeAt(t.start[p]!);
  const before = p - 1;
  const beforeTouches = before >= 0 && touches(t, p);
  if ((c === 0x2d || c === 0x5f) && beforeTouches && t.kind[before] === TokenKind.Word) return true;
  // "September 10–12": the second day of a date range the date detector took only in part.
  if ((c === 0x2d || c === 0x2013 || c === 0x2014) && beforeTouches && t.kind[before] === TokenKind.Number && ctx.blocked(before)) return true;
  if (c === 0x5f) return true;
  if ((c === 0x2f || c === 0x3a || c === 0x2e) && beforeTouches && t.kind[before] === TokenKind.Number) return true;
  // A path: "site.kz/news/123".
  if (c === 0x2f && beforeTouches && t.kind[before] === TokenKind.Word) return true;
  if (c === 0x3d) return true;
  if ((c === 0x22 || c === 0x27) && beforeTouches && tokenIs(t, before, 0x3d)) return true;
  return false;
}

function readDigits(ctx: FigureContext, i: number, start: number, sign: number, afterCode = false): NumberRead | undefined {
  const t = ctx.tokens;
  if (ctx.blocked(i) || (start === i && !afterCode && isCodePart(ctx, i))) return undefined;
  // The digits are read where they stand: a page of numbers would otherwise
  // slice each one (`digitsValue` of the slice is the slow path for the rest).
  const text = t.text;
  const s0 = t.start[i]!;
  const len = t.end[i]! - s0;
  let value = 0;
  let digits = 0;
  let plain = len <= 40;
  let exact = true;
  for (let k = s0; k < s0 + len; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2c) {
      plain = false;
      continue;
    }
    if (c < 0x30 || c > 0x39) {
      plain = false;
      exact = false;
      break;
    }
    if (++digits > 15) {
      // Past what a double holds exactly: `Number` reads it (a megabyte of digits is no number anyone wrote).
      exact = false;
      if (!plain) break;
    }
    value = value * 10 + (c - 0x30);
  }
  if (!exact || digits === 0) value = digitsValue(ctx.raw(i));
  let next = i + 1;
  // What the token after the digits is decides which of the shapes below can
  // follow, so it is read once: most numbers are followed by a space.
  const afterKind = next < t.count ? t.kind[next] : 0;
  const afterTouches = touches(t, next);
  const afterMark = afterKind === TokenKind.Punct && t.end[next]! - t.start[next]! === 1 ? text.charCodeAt(t.start[next]!) : -1;
  // "1 234 567", "40 000": groups of exactly three digits after one space.
  if (plain && len <= 3 && afterKind === TokenKind.Number) {
    let acc = ctx.raw(i);
    let j = i + 1;
    while (j < t.count && t.kind[j] === TokenKind.Number && isGroupGap(t.text, t.end[j - 1]!, t.start[j]!) && !ctx.blocked(j)) {
      const g = ctx.raw(j);
      const dot = g.indexOf(".");
      const head = dot === -1 ? g : g.slice(0, dot);
      if (!isPlainDigits(head, 3, 3)) break;
      acc += g;
      j++;
      if (dot !== -1) break;
    }
    if (j > i + 1) {
      value = Number(acc);
      next = j;
      plain = false;
    }
  }
  // Fractions: "3/4", "10 1/2". Only a proper fraction; "24/7" and "12/05" are not.
  if (plain && next === i + 1) {
    if (afterMark === 0x2f && afterTouches) {
      const frac = fractionAt(ctx, i);
      if (frac === undefined) return undefined;
      value = frac.value;
      next = frac.next;
      plain = false;
    } else if (afterKind === TokenKind.Number && !afterTouches && sameLine(t, next)) {
      const mixed = fractionAt(ctx, i + 1);
      if (mixed !== undefined && mixed.value < 1) {
        value += mixed.value;
        next = mixed.next;
        plain = false;
      }
    }
  }
  // Exponents: "1.3e6", "12.32e+14", "-12e-1".
  if (next === i + 1 && afterKind === TokenKind.Word && afterTouches && (ctx.raw(next) === "e" || ctx.raw(next) === "E")) {
    let k = next + 1;
    let expSign = 1;
    if ((tokenIs(t, k, 0x2b) || tokenIs(t, k, 0x2d)) && touches(t, k)) {
      expSign = tokenIs(t, k, 0x2d) ? -1 : 1;
      k++;
    }
    if (t.kind[k] === TokenKind.Number && touches(t, k) && isPlainDigits(ctx.raw(k), 1, 3)) {
      value = Number(`${value}e${expSign * Number(ctx.raw(k))}`);
      next = k + 1;
      plain = false;
    }
  }
  // Powers: "1.1^23", "2.5^-1", "-1.1^--23" (the sign of the base stays outside).
  if (next === i + 1 ? afterMark === 0x5e && afterTouches : tokenIs(t, next, 0x5e) && touches(t, next)) {
    let k = next + 1;
    let expSign = 1;
    while ((tokenIs(t, k, 0x2b) || tokenIs(t, k, 0x2d)) && touches(t, k) && k < next + 4) {
      if (tokenIs(t, k, 0x2d)) expSign = -expSign;
      k++;
    }
    if (t.kind[k] === TokenKind.Number && touches(t, k) && isPlainDigits(ctx.raw(k), 1, 3)) {
      value = value ** (expSign * Number(ctx.raw(k)));
      next = k + 1;
      plain = false;
    }
  }
  const over = overFraction(ctx, value, next);
  if (over !== undefined) {
    const r: NumberRead = { start, next: over.next, value: sign * over.value, scale: 1, words: false, one: false, yearLike: false };
    return r;
  }
  // A megabyte of digits is not a number anyone wrote; JSON cannot carry Infinity either.
  if (!Number.isFinite(value)) return undefined;
  const yearLike = plain && len === 4 && value >= 1000 && value <= 2099;
  const n = withScale(ctx, { start, next, value, scale: 1, words: false, one: false, yearLike });
  if (sign < 0) n.value = -n.value;
  if (n.scale !== 1) n.yearLike = false;
  return n;
}

/**
 * "one over three", "1 over 20", "one out of three": a fraction in words,
 * only when nothing follows the denominator that it could count or measure
 * ("$2000 over 3 years" is money and a duration).
 */
function overFraction(ctx: FigureContext, numerator: number, j: number): { value: number; next: number } | undefined {
  const t = ctx.tokens;
  if (t.kind[j] !== TokenKind.Word) return undefined;
  const w = ctx.lower(j);
  let k: number;
  if (w === "over") k = j + 1;
  else if (w === "out" && ctx.lower(j + 1) === "of") k = j + 2;
  else return undefined;
  if (!sameLine(t, j) || !sameLine(t, k) || ctx.blocked(k)) return undefined;
  let den: number;
  let end: number;
  if (t.kind[k] === TokenKind.Number) {
    const s = ctx.raw(k);
    if (!isPlainDigits(s.replaceAll(",", ""), 1, 12) || isCodePartAt(ctx, k)) return undefined;
    den = digitsValue(s);
    end = k + 1;
  } else {
    const wn = readWordNumber(t, k);
    if (wn === undefined) return undefined;
    den = wn.value;
    end = wn.next;
  }
  if (den === 0) return undefined;
  if (end < t.count && sameLine(t, end) && t.kind[end] !== TokenKind.Punct) return undefined;
  return { value: numerator / den, next: end };
}

function isCodePartAt(ctx: FigureContext, k: number): boolean {
  return isCodePart(ctx, k);
}

/** A proper fraction `a/b` at token i, glued, with nothing glued after it. */
function fractionAt(ctx: FigureContext, i: number): { value: number; next: number } | undefined {
  const t = ctx.tokens;
  if (!(tokenIs(t, i + 1, 0x2f) && touches(t, i + 1) && t.kind[i + 2] === TokenKind.Number && touches(t, i + 2))) return undefined;
  const a = ctx.raw(i);
  const b = ctx.raw(i + 2);
  if (!isPlainDigits(a, 1, 3) || !isPlainDigits(b, 1, 3)) return undefined;
  // "12/05/2024" is a date; "1/4/" something else.
  if (tokenIs(t, i + 3, 0x2f) && touches(t, i + 3)) return undefined;
  const num = Number(a);
  const den = Number(b);
  // Fractions people write with a slash have small round denominators; "9/11" is a name.
  if (!FRACTION_SLASH_DENOMINATORS.has(den) || num >= den) return undefined;
  return { value: num / den, next: i + 3 };
}

/**
 * `value × factor` without binary rounding for powers of ten: `4.1 × 1e6` is
 * 4099999.9999999995 in floating point, `Number("4.1e6")` is 4100000.
 */
export function scaleBy(value: number, factor: number): number {
  if (factor === 1) return value;
  const exp = Math.log10(factor);
  if (Number.isInteger(exp) && Number.isFinite(value)) {
    const v = Number(`${value}e${exp}`);
    if (Number.isFinite(v)) return v;
  }
  return value * factor;
}

/** Applies a scale word after the digits: `1.5 billion`, `10k`, `three lakh crore`. */
function withScale(ctx: FigureContext, n: NumberRead): NumberRead {
  const t = ctx.tokens;
  let j = n.next;
  let last = 0;
  for (;;) {
    if (j >= t.count || t.kind[j] !== TokenKind.Word || !sameLine(t, j) || ctx.blocked(j)) break;
    const raw = ctx.raw(j);
    let scale: number | undefined;
    if (touches(t, j)) {
      scale = GLUED_SCALES.get(raw);
      // "10k" but not "10kg": a glued scale must not run into another word.
      if (scale !== undefined && j + 1 < t.count && touches(t, j + 1) && t.kind[j + 1] !== TokenKind.Punct) scale = undefined;
    }
    if (scale === undefined) {
      const w = ctx.lower(j);
      scale = SCALE_WORDS.get(w);
      // A spaced "k" ("2.33 k") only at the end of a phrase.
      if (scale === undefined && (raw === "k" || raw === "K" || raw === "M") && (j + 1 >= t.count || t.kind[j + 1] !== TokenKind.Word)) {
        scale = raw === "M" ? 1e6 : 1e3;
      }
    }
    if (scale === undefined) break;
    // "hundred thousand" multiplies; "thousand hundred" does not read on.
    if (last !== 0 && scale <= last) break;
    n.value = scaleBy(n.value, scale);
    n.scale *= scale;
    last = scale;
    j++;
  }
  n.next = j;
  return n;
}

function isCardinalWord(ctx: FigureContext, i: number): boolean {
  return i < ctx.tokens.count && ctx.tokens.kind[i] === TokenKind.Word && CARDINAL_WORDS.has(ctx.lower(i));
}

/** Words that may follow a fraction `a third` without making it an ordinal: `fell by a third last year`. */
const AFTER_FRACTION: ReadonlySet<string> = new Set(["last", "next", "overnight", "year-on-year", "annually", "since", "compared"]);

/**
 * Whether the ordinal-looking denominator at `k` (`third`, `fifth`, not
 * `half` or `quarter`) is an ordinal before its noun: `a third station`,
 * `A fifth round of talks`. A fraction is followed by `of`, punctuation, the
 * end of the line or a function word (`a third of voters`, `cut by a third.`).
 */
function ordinalBeforeNoun(ctx: FigureContext, k: number): boolean {
  const w = ctx.lower(k);
  if (w === "half" || w === "quarter") return false;
  const t = ctx.tokens;
  const n = k + 1;
  if (n >= t.count || t.kind[n] !== TokenKind.Word || !sameLine(t, n)) return false;
  const next = ctx.lower(n);
  return !NOUN_STOP_WORDS.has(next) && !SCALE_WORDS.has(next) && !AFTER_FRACTION.has(next);
}

function readWords(ctx: FigureContext, i: number): NumberRead | undefined {
  const t = ctx.tokens;
  const w = ctx.lower(i);
  // "a half", "a quarter", "a third" (but not "a second"); "half a dozen".
  if ((w === "a" || w === "an") && t.kind[i + 1] === TokenKind.Word && sameLine(t, i + 1)) {
    const den = FRACTION_DENOMINATORS.get(ctx.lower(i + 1));
    // "a third-floor flat" is an ordinal, not a fraction.
    const hyphenAfter = tokenIs(t, i + 2, 0x2d) && touches(t, i + 2);
    if (den !== undefined && !ctx.lower(i + 1).endsWith("s") && !hyphenAfter && !ordinalBeforeNoun(ctx, i + 1)) {
      return { start: i, next: i + 2, value: 1 / den, scale: 1, words: true, one: false, yearLike: false };
    }
  }
  // Most "a"s are articles: decide on the next word before reading further.
  if ((w === "a" || w === "an") && !SCALE_WORDS.has(ctx.lower(i + 1))) return undefined;
  // "half a dozen", "half a million".
  if (w === "half" && ctx.lower(i + 1) === "a" && sameLine(t, i + 2)) {
    const sc = SCALE_WORDS.get(ctx.lower(i + 2));
    if (sc !== undefined && ctx.lower(i + 2) !== "dozens") return { start: i, next: i + 3, value: sc / 2, scale: sc, words: true, one: false, yearLike: false };
    return undefined;
  }
  // A number in words opens with a cardinal ("a hundred" was let through above):
  // deciding that here spares `readWordNumber` slicing every word after "from".
  if (w !== "a" && w !== "an" && !CARDINAL_WORDS.has(w)) return undefined;
  const wn = readWordNumber(t, i);
  if (wn === undefined) return undefined;
  for (let k = i; k < wn.next; k++) if (ctx.blocked(k)) return undefined;
  let value = wn.value;
  let next = wn.next;
  let scaled = wn.scaled;
  let fraction = false;
  // "two hundred point zero three", "nine point nought four".
  if (ctx.lower(next) === "point" && isCardinalWord(ctx, next + 1) && sameLine(t, next)) {
    // Each word after "point" is its own digits: "zero three" is "03", "seventy-one" is "71".
    let digits = "";
    let k = next + 1;
    while (isCardinalWord(ctx, k) && sameLine(t, k)) {
      let d = CARDINAL_WORDS.get(ctx.lower(k))!;
      k++;
      if (d >= 20 && d % 10 === 0 && tokenIs(t, k, 0x2d) && touches(t, k) && touches(t, k + 1) && isCardinalWord(ctx, k + 1)) {
        const u = CARDINAL_WORDS.get(ctx.lower(k + 1))!;
        if (u >= 1 && u <= 9) {
          d += u;
          k += 2;
        }
      }
      digits += String(d);
    }
    if (digits !== "") {
      value = Number(`${value}.${digits}`);
      next = k;
    }
  }
  // "two and a half (million)", "one and a quarter", "two-and-a-half".
  const hy = tokenIs(t, next, 0x2d) && touches(t, next) && touches(t, next + 1);
  const andAt = hy ? next + 1 : next;
  const step = hy ? 2 : 1;
  if (ctx.lower(andAt) === "and" && sameLine(t, andAt + 2 * step)) {
    const art = ctx.lower(andAt + step);
    const denAt = andAt + 2 * step;
    const joined = !hy || (tokenIs(t, andAt + 1, 0x2d) && tokenIs(t, andAt + 3, 0x2d) && touches(t, denAt));
    const den = FRACTION_DENOMINATORS.get(ctx.lower(denAt));
    if ((art === "a" || art === "an") && joined && den !== undefined && !ctx.lower(denAt).endsWith("s")) {
      value += 1 / den;
      next = denAt + 1;
      fraction = true;
    }
  }
  // "two thirds", "twenty-three fifths", "one-eighth", "one - fourth".
  if (!fraction) {
    let k = next;
    if (k < t.count && tokenIs(t, k, 0x2d) && sameLine(t, k + 1)) k++;
    const den =
      k < t.count && t.kind[k] === TokenKind.Word && sameLine(t, k) && !(tokenIs(t, k + 1, 0x2d) && touches(t, k + 1))
        ? FRACTION_DENOMINATORS.get(ctx.lower(k))
        : undefined;
    if (den !== undefined && value >= 1 && (value === 1 || ctx.lower(k).endsWith("s") || ctx.lower(k) === "half")) {
      value /= den;
      next = k + 1;
      fraction = true;
      scaled = false;
    } else if (ctx.lower(next) === "and" && isCardinalWord(ctx, next + 1) && sameLine(t, next + 1)) {
      // "twenty and three fifths".
      const part = readWordNumber(t, next + 1);
      if (part !== undefined && !part.scaled && part.value >= 1) {
        const d = FRACTION_DENOMINATORS.get(ctx.lower(part.next));
        if (d !== undefined && sameLine(t, part.next) && (part.value === 1 || ctx.lower(part.next).endsWith("s"))) {
          value += part.value / d;
          next = part.next + 1;
          fraction = true;
        }
      }
    }
  }
  if (!fraction) {
    const over = overFraction(ctx, value, next);
    if (over !== undefined) return { start: i, next: over.next, value: over.value, scale: 1, words: true, one: false, yearLike: false };
  }
  const one = value === 1 && !scaled && !fraction && w === "one";
  const n: NumberRead = { start: i, next, value, scale: 1, words: true, one, yearLike: false };
  // Scale after a fraction: "two and a half million".
  if (fraction || !scaled) {
    const before = n.next;
    withScale(ctx, n);
    if (n.next !== before) n.one = false;
  }
  return n;
}

/** Range joiners after the first number. */
function rangeJoint(ctx: FigureContext, j: number, opener: string): "dash" | "word" | undefined {
  const t = ctx.tokens;
  if (j >= t.count || !sameLine(t, j) || ctx.blocked(j)) return undefined;
  if (t.kind[j] === TokenKind.Punct) {
    const c = t.text.charCodeAt(t.start[j]!);
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && t.end[j]! - t.start[j]! === 1) return "dash";
    return undefined;
  }
  // Joining words are two or three letters: a number or a longer word is sliced for nothing.
  const len = t.end[j]! - t.start[j]!;
  if (t.kind[j] !== TokenKind.Word || len < 2 || len > 3) return undefined;
  const w = ctx.lower(j);
  if (w === "to" || w === "or") return opener === "between" ? undefined : "word";
  if (w === "and") return opener === "between" ? "word" : undefined;
  return undefined;
}

/**
 * Reads an amount at token `i`: one number, or a range of two
 * (`14-15`, `from 65 to 85`, `three or four`, `between 5 and 10`,
 * `548,900 to 791,300`). A scale after the second number applies to the
 * first too (`5-6 million`). `from`/`between` belong to the span only when a
 * range they open follows them: `from 65 to 85`, but not `up from
 * 25,000–26,000 tonnes`, where the dash range is whole on its own and `from`
 * marks where a change started. `afterCode`: see {@link readNumber}.
 */
export function readAmount(ctx: FigureContext, i: number, afterCode = false): Amount | undefined {
  const t = ctx.tokens;
  const opener = t.kind[i] === TokenKind.Word ? ctx.lower(i) : "";
  const hasOpener = opener === "from" || opener === "between";
  const at = hasOpener ? i + 1 : i;
  if (hasOpener && !sameLine(t, at)) return undefined;
  // Number reads are never changed after they are made, so the amount shares them.
  const first = afterCode ? readNumber(ctx, at, true) : ctx.numberAt(at);
  if (first === undefined) return undefined;
  const single: Amount = { start: at, next: first.next, value: first.value, first, last: first };
  // A year starts no range ("2006-2013" is a date range, or two years).
  const joint = first.yearLike ? undefined : rangeJoint(ctx, first.next, opener);
  if (joint !== undefined) {
    const second = readNumber(ctx, first.next + 1);
    if (second !== undefined && !second.yearLike && second.start === first.next + 1 && sameLine(t, second.start)) {
      // A dash range joins digits to digits; "three-four" is not a range.
      const ok = joint === "word" || (!first.words && !second.words && touches(t, first.next + 1) === touches(t, first.next));
      // "10 bln or 10 tln" are two numbers, each with its own scale.
      const ownScales = first.scale !== 1 && second.scale !== 1 && first.scale !== second.scale;
      // "up from 25,000–26,000 tonnes": a dash range is whole without `from`,
      // which then opens the origin of a change, not the range.
      if (ok && !ownScales && !(opener === "from" && joint === "dash")) {
        let a = first.value;
        if (first.scale === 1 && second.scale !== 1) a = scaleBy(a, second.scale);
        const b = second.value;
        const min = Math.min(a, b);
        const max = Math.max(a, b);
        if (min !== max) {
          const firstScaled: NumberRead = { ...first, value: a, one: false };
          return { start: hasOpener ? i : at, next: second.next, value: null, min, max, first: firstScaled, last: second, joint };
        }
      }
    }
  }
  if (hasOpener) return undefined;
  return single;
}
