import { createTokenPool, TokenKind, type Tokens } from "../core/tokens.js";
import { assertText, parseOptions } from "../core/validate.js";
import { formatDay, parseIsoDay, type Day } from "./calendar.js";
import { mergeRanges } from "./merge-ranges.js";
import { isDashCode, KEY_REACH, NUMBER_ANCHOR, TokenView, type DateMatch, type DateRule, type ResolveEnv } from "./rule.js";
import { DEFAULT_DATE_RULES } from "./rules/index.js";
import { DateOptionsSchema, quickDateOptions } from "./schema.js";
import type { DateBias, DateGrain, DateMention, DateOptions } from "./types.js";

/** Grains from finest to coarsest. */
const GRAIN_ORDER: readonly DateGrain[] = ["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"];

/**
 * A date detector built from a list of rules.
 *
 * @category Dates
 */
export interface DateDetector {
  /**
   * Finds every date mention in `text`.
   *
   * @param text - Any string.
   * @param options - `referenceDate` and `bias`, as for {@link detectDates}.
   * @returns The mentions, sorted by position, never overlapping.
   */
  detect(text: string, options?: DateOptions): DateMention[];
  /**
   * Finds every date mention in an already tokenised text (the page parser
   * tokenises once and shares the stream).
   *
   * @param tokens - The token stream.
   * @param options - The reference date as `YYYY-MM-DD` or null, and the bias.
   * @returns The mentions, sorted by position, never overlapping.
   */
  detectInTokens(tokens: Tokens, options: { referenceDate: string | null; bias: DateBias }): DateMention[];
}

/**
 * Options of {@link createDateDetector}.
 *
 * @category Dates
 */
export interface DateDetectorOptions {
  /** The rules, tried in this order where their anchors stand. Default {@link DEFAULT_DATE_RULES}. */
  rules?: readonly DateRule[];
}

/** A case-folded hash of an ASCII word, computed on the text without slicing it. */
function hashWord(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/** Whether text[start, end) equals `word` (lowercase ASCII) ignoring case. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Rules with a key bit each (see {@link DateRule.keys}): a rule is tried
 * at an anchor only when a token within {@link KEY_REACH} carries its bit.
 * Bit 0 means "always try" (a rule past the 30th, or one whose keys the
 * filter cannot see).
 */
interface RuleList {
  rules: DateRule[];
  bits: number[];
}

interface AnchorEntry {
  word: string;
  list: RuleList;
}

interface KeyEntry {
  word: string;
  /** The bits of the rules this word is a key of. */
  mask: number;
}

/** A word that is an anchor, a key or both: what the scan's first pass needs of it in one lookup. */
interface WordEntry {
  word: string;
  /** Its rules as an anchor: 1 + an index into {@link AnchorIndex.wordLists}; 0 when it is no anchor. */
  list: number;
  /** The bits of the rules it is a key of. */
  mask: number;
}

/** The rules indexed by anchor and by key, built once per detector. */
interface AnchorIndex {
  byHash: Map<number, AnchorEntry[]>;
  /** Number rules by digit count (index 1–9); index 0 for longer numbers. */
  numberRules: RuleList[];
  /** Every number rule, for a dotted number that may start a date (`2015.05.25`). */
  allNumberRules: RuleList;
  maxLength: number;
  /**
   * A cheap filter run before hashing: one bit per (first letter, second
   * letter, last letter, length) of some anchor word. Most words of a page
   * (`the`, `and`, `of`) fail it after three reads, which keeps the scan
   * near the tokenizer's speed.
   */
  shapes: Uint32Array;
  /** Key words by hash, with the same kind of shape filter. */
  keyByHash: Map<number, KeyEntry[]>;
  keyShapes: Uint32Array;
  keyMaxLength: number;
  /** The bits of the rules a number is a key of. */
  numberMask: number;
  /** Whether some rule has bit 0 (always tried). */
  always: boolean;
  /** Anchor and key words by hash in one table, for the scan's first pass. */
  wordByHash: Map<number, WordEntry[]>;
  /** The anchor rule lists {@link WordEntry.list} points into. */
  wordLists: RuleList[];
}

const SHAPE_WORDS = (26 * 26 * 26 * 16) >>> 5;

function buildIndex(rules: readonly DateRule[]): AnchorIndex {
  const byHash = new Map<number, AnchorEntry[]>();
  const numberRules: RuleList[] = Array.from({ length: 10 }, () => ({ rules: [], bits: [] }));
  const allNumberRules: RuleList = { rules: [], bits: [] };
  const shapes = new Uint32Array(SHAPE_WORDS);
  const keyByHash = new Map<number, KeyEntry[]>();
  const keyShapes = new Uint32Array(SHAPE_WORDS);
  let maxLength = 0;
  let keyMaxLength = 0;
  let numberMask = 0;
  let always = false;
  const push = (list: RuleList, rule: DateRule, bit: number): void => {
    list.rules.push(rule);
    list.bits.push(bit);
  };
  rules.forEach((rule, k) => {
    const keys = rule.keys ?? rule.anchors;
    let bit = k < 30 && keys.length > 0 ? 1 << k : 0;
    for (const key of keys) if (key !== NUMBER_ANCHOR && anchorShape(key.toLowerCase(), 0, key.length) < 0) bit = 0;
    if (bit === 0) always = true;
    if (bit !== 0) {
      for (const key of new Set(keys)) {
        if (key === NUMBER_ANCHOR) {
          numberMask |= bit;
          continue;
        }
        const word = key.toLowerCase();
        keyMaxLength = Math.max(keyMaxLength, word.length);
        const shape = anchorShape(word, 0, word.length);
        keyShapes[shape >>> 5]! |= 1 << (shape & 31);
        const h = hashWord(word, 0, word.length);
        let bucket = keyByHash.get(h);
        if (bucket === undefined) {
          bucket = [];
          keyByHash.set(h, bucket);
        }
        const entry = bucket.find((e) => e.word === word);
        if (entry === undefined) bucket.push({ word, mask: bit });
        else entry.mask |= bit;
      }
    }
    for (const anchor of new Set(rule.anchors)) {
      if (anchor === NUMBER_ANCHOR) {
        for (let d = 0; d < 10; d++) if (rule.digits === undefined || rule.digits.includes(d)) push(numberRules[d]!, rule, bit);
        push(allNumberRules, rule, bit);
        continue;
      }
      const word = anchor.toLowerCase();
      maxLength = Math.max(maxLength, word.length);
      const shape = anchorShape(word, 0, word.length);
      if (shape >= 0) shapes[shape >>> 5]! |= 1 << (shape & 31);
      const h = hashWord(word, 0, word.length);
      let bucket = byHash.get(h);
      if (bucket === undefined) {
        bucket = [];
        byHash.set(h, bucket);
      }
      let entry = bucket.find((e) => e.word === word);
      if (entry === undefined) {
        entry = { word, list: { rules: [], bits: [] } };
        bucket.push(entry);
      }
      push(entry.list, rule, bit);
    }
  });
  // One table for the first pass: a month name is an anchor and a key, and
  // one lookup serves both.
  const wordByHash = new Map<number, WordEntry[]>();
  const wordLists: RuleList[] = [];
  const entryOf = (h: number, word: string): WordEntry => {
    let bucket = wordByHash.get(h);
    if (bucket === undefined) {
      bucket = [];
      wordByHash.set(h, bucket);
    }
    let entry = bucket.find((e) => e.word === word);
    if (entry === undefined) {
      entry = { word, list: 0, mask: 0 };
      bucket.push(entry);
    }
    return entry;
  };
  for (const [h, bucket] of byHash) {
    for (const e of bucket) {
      wordLists.push(e.list);
      entryOf(h, e.word).list = wordLists.length;
    }
  }
  for (const [h, bucket] of keyByHash) for (const e of bucket) entryOf(h, e.word).mask = e.mask;
  return { byHash, numberRules, allNumberRules, maxLength, shapes, keyByHash, keyShapes, keyMaxLength, numberMask, always, wordByHash, wordLists };
}

/** The anchor-and-key entry of the word text[s, e), or undefined. */
function wordEntryOf(index: AnchorIndex, text: string, s: number, e: number): WordEntry | undefined {
  const bucket = index.wordByHash.get(hashWord(text, s, e));
  if (bucket === undefined) return undefined;
  for (const entry of bucket) if (sameWord(text, s, e, entry.word)) return entry;
  return undefined;
}

/** A word's (first, second, last letter, length) as a bit index, or -1 (see {@link AnchorIndex.shapes}). */
function anchorShape(text: string, start: number, end: number): number {
  const len = end - start;
  if (len > 15 || len < 1) return -1;
  const a = (text.charCodeAt(start) | 0x20) - 0x61;
  const b = (text.charCodeAt(start + (len > 1 ? 1 : 0)) | 0x20) - 0x61;
  const z = (text.charCodeAt(end - 1) | 0x20) - 0x61;
  if (a < 0 || a > 25 || b < 0 || b > 25 || z < 0 || z > 25) return -1;
  return ((a * 26 + b) * 26 + z) * 16 + len;
}

/** The key bits of the word text[s, e) (already past the shape filter), or 0. */
function keyMaskOf(index: AnchorIndex, text: string, s: number, e: number): number {
  const bucket = index.keyByHash.get(hashWord(text, s, e));
  if (bucket === undefined) return 0;
  for (const entry of bucket) if (sameWord(text, s, e, entry.word)) return entry.mask;
  return 0;
}

/** The digit count of number token i, -1 when it has thousands groups, -2 when it has a decimal point. */
function plainDigits(tokens: Tokens, i: number): number {
  const t = tokens.text;
  const s = tokens.start[i]!;
  const e = tokens.end[i]!;
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x2e) return -2;
    if (c === 0x2c) return -1;
  }
  return e - s;
}

/** The rules anchored at token i, or undefined. */
function rulesAt(index: AnchorIndex, tokens: Tokens, i: number): RuleList | undefined {
  const kind = tokens.kind[i];
  if (kind === TokenKind.Number) {
    // A decimal (`0.00192`, `15.1`) can only start a dotted date
    // (`2015.05.25`), and a number with thousands groups (`2,264`) none:
    // skipping them spares every number rule on ticker lines and amounts.
    const digits = plainDigits(tokens, i);
    if (digits < 0) {
      const dotted = digits === -2 && i + 1 < tokens.count && tokens.text.charCodeAt(tokens.start[i + 1]!) === 0x2e && tokens.start[i + 1] === tokens.end[i];
      return dotted ? index.allNumberRules : undefined;
    }
    return index.numberRules[digits > 9 ? 0 : digits];
  }
  if (kind !== TokenKind.Word) return undefined;
  const s = tokens.start[i]!;
  const e = tokens.end[i]!;
  if (e - s > index.maxLength) return undefined;
  const shape = anchorShape(tokens.text, s, e);
  if (shape < 0 || (index.shapes[shape >>> 5]! & (1 << (shape & 31))) === 0) return undefined;
  const bucket = index.byHash.get(hashWord(tokens.text, s, e));
  if (bucket === undefined) return undefined;
  for (const entry of bucket) if (sameWord(tokens.text, s, e, entry.word)) return entry.list;
  return undefined;
}

/** The longest match of any rule anchored at i (for nested reads through {@link TokenView.matchAt}). */
function bestAt(index: AnchorIndex, view: TokenView, i: number): DateMatch | undefined {
  const list = rulesAt(index, view.tokens, i);
  return list === undefined ? undefined : longest(list, view, i, -1);
}

/**
 * Tries the rules anchored at i whose bit is in `reach` (or 0) and keeps
 * the longest match (the first rule wins a tie).
 */
function longest(list: RuleList, view: TokenView, i: number, reach: number): DateMatch | undefined {
  let best: DateMatch | undefined;
  const { rules, bits } = list;
  for (let k = 0; k < rules.length; k++) {
    const bit = bits[k]!;
    if (bit !== 0 && (bit & reach) === 0) continue;
    const m = rules[k]!.match(view, i);
    if (m !== undefined && m.next > i && m.first === i && (best === undefined || m.next > best.next)) best = m;
  }
  return best;
}

/**
 * Two passes over the tokens. The first, which runs for every token of
 * every page, lists the anchors and marks the key words and numbers with
 * the bits of the rules they are keys of; the common case (a word that is
 * neither) is decided inline from three characters and two bits, with the
 * token arrays held in locals. The second tries, at each anchor not inside
 * the previous match, the rules whose key stands within reach, keeps the
 * longest match and skips past it. (One pass with the anchors waiting in a
 * ring until their reach is scanned measured slower.)
 */
function scan(index: AnchorIndex, tokens: Tokens): { view: TokenView; matches: DateMatch[] } {
  const view = new TokenView(tokens, (v, i) => bestAt(index, v, i));
  const matches: DateMatch[] = [];
  const { kind, start, end, text, count } = tokens;
  const { shapes, keyShapes, maxLength, keyMaxLength, numberMask, always } = index;
  const longestWord = Math.max(maxLength, keyMaxLength + 2);
  // Zero past the end, so the reach of the last anchors needs no bound check.
  const keyMask = new Int32Array(count + KEY_REACH);
  const anchors = new Int32Array(count);
  // For a word anchor, its rules (1 + index into wordLists); 0 for a number.
  const anchorLists = new Int32Array(count);
  const { wordLists } = index;
  let anchorCount = 0;
  const NUMBER = TokenKind.Number;
  const WORD = TokenKind.Word;
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    if (k === NUMBER) {
      keyMask[i] = numberMask;
      // A number glued after `<number>-` (`2013` in `2006-2013`, every
      // number of `2006-2013-2006-…`) continues what the rules anchored at
      // the first number have judged: a range, a numeric date, a code. It
      // starts nothing of its own, so it is not an anchor (on a page of
      // dash-joined numbers this spares every number rule at every number).
      if (i >= 2 && kind[i - 2] === NUMBER && start[i] === end[i - 1] && end[i - 2] === start[i - 1] && isDashCode(text.charCodeAt(start[i - 1]!))) continue;
      anchors[anchorCount++] = i;
      continue;
    }
    if (k !== WORD) continue;
    const s = start[i]!;
    const len = end[i]! - s;
    if (len > longestWord) continue;
    const a = (text.charCodeAt(s) | 0x20) - 0x61;
    const b = (text.charCodeAt(len > 1 ? s + 1 : s) | 0x20) - 0x61;
    const z = (text.charCodeAt(s + len - 1) | 0x20) - 0x61;
    // Unsigned compare: a non-letter gives a value outside 0–25.
    if (a >>> 0 > 25 || b >>> 0 > 25 || z >>> 0 > 25) continue;
    const shape = ((a * 26 + b) * 26 + z) * 16 + len;
    const word = shape >>> 5;
    const bit = 1 << (shape & 31);
    let mask = 0;
    // Past the shape filters, one lookup says whether the word is an anchor
    // (and of which rules) and which rules it is a key of.
    if ((len <= maxLength && (shapes[word]! & bit) !== 0) || (len <= keyMaxLength && (keyShapes[word]! & bit) !== 0)) {
      const entry = wordEntryOf(index, text, s, s + len);
      if (entry !== undefined) {
        if (entry.list !== 0) {
          anchorLists[anchorCount] = entry.list;
          anchors[anchorCount++] = i;
        }
        mask = entry.mask;
      }
    }
    if (mask === 0 && z === 0x12 && len > 3) {
      const q = text.charCodeAt(s + len - 2);
      if (q === 0x2019 || q === 0x27) mask = possessiveKeyMask(index, text, s, s + len);
    }
    keyMask[i] = mask;
  }
  let free = 0;
  for (let n = 0; n < anchorCount; n++) {
    const i = anchors[n]!;
    if (i < free) continue;
    let reach = 0;
    for (let j = i; j < i + KEY_REACH; j++) reach |= keyMask[j]!;
    // No key within reach: no rule can match here (`a`, `that` in most sentences).
    if (reach === 0 && !always) continue;
    const listId = anchorLists[n]!;
    const list = listId !== 0 ? wordLists[listId - 1] : rulesAt(index, tokens, i);
    const m = list === undefined ? undefined : longest(list, view, i, reach);
    if (m === undefined) continue;
    matches.push(m);
    free = m.next;
  }
  return { view, matches };
}

/** The key bits of a word with a possessive (`year’s` → `year`), or 0. */
function possessiveKeyMask(index: AnchorIndex, text: string, s: number, e: number): number {
  const q = text.charCodeAt(e - 2);
  if (q !== 0x2019 && q !== 0x27) return 0;
  const shape = anchorShape(text, s, e - 2);
  if (shape < 0 || (index.keyShapes[shape >>> 5]! & (1 << (shape & 31))) === 0) return 0;
  return keyMaskOf(index, text, s, e - 2);
}

/**
 * The end of a mention's last token without a possessive `’s`: the
 * tokenizer keeps `year’s` whole, but the mention is `this year`.
 */
function trimPossessive(tokens: Tokens, last: number): number {
  const end = tokens.end[last]!;
  if (tokens.kind[last] !== TokenKind.Word || end - tokens.start[last]! < 3) return end;
  const a = tokens.text.charCodeAt(end - 2);
  const s = tokens.text.charCodeAt(end - 1);
  return (a === 0x27 || a === 0x2019) && (s === 0x73 || s === 0x53) ? end - 2 : end;
}

/** Turns matches into mentions, resolving each against the reference and the mention before it. */
function resolveAll(tokens: Tokens, matches: readonly DateMatch[], reference: Day | null, bias: DateBias): DateMention[] {
  const out: DateMention[] = [];
  let previous: ResolveEnv["previous"] = null;
  // The latest resolved mention of each grain, with its position, for
  // back-references that need a fine enough anchor.
  const latest: { at: number; value: NonNullable<ResolveEnv["previous"]> }[] = [];
  const previousAt = (grain: DateGrain): ResolveEnv["previous"] => {
    let best: (typeof latest)[number] | undefined;
    for (let g = 0; g <= GRAIN_ORDER.indexOf(grain); g++) {
      const entry = latest[g];
      if (entry !== undefined && (best === undefined || entry.at > best.at)) best = entry;
    }
    return best?.value ?? null;
  };
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const env: ResolveEnv = { reference, bias, previous, previousAt };
    const r = m.resolve(env);
    const start = tokens.start[m.first]!;
    const end = trimPossessive(tokens, m.next - 1);
    out.push({
      text: tokens.text.slice(start, end),
      span: { start, end },
      start: r === null ? null : formatDay(r.start),
      end: r === null ? null : formatDay(r.end),
      grain: m.grain,
      kind: m.kind,
      relative: m.relative,
    });
    if (r !== null) {
      previous = { start: r.start, end: r.end, grain: m.grain };
      latest[GRAIN_ORDER.indexOf(m.grain)] = { at: k, value: previous };
    }
  }
  return out;
}

/** The reference date option as `YYYY-MM-DD` (a `Date` is read in UTC), or null. */
function normaliseReference(ref: string | Date | undefined): string | null {
  if (ref === undefined) return null;
  if (typeof ref === "string") return ref.slice(0, 10);
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  const d = ref.getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Builds a date detector from rules: the defaults, or your own list.
 *
 * @param options - `rules`: the rules to use (default {@link DEFAULT_DATE_RULES}).
 * @returns A detector with `detect(text, options?)` and `detectInTokens(tokens, options)`.
 * @example
 * ```ts
 * // Seed page 000: with the default rules `spring 2024` is a season; a
 * // detector without the season rule reads only its year.
 * const text = "raised during the spring 2024 floods";
 * createDateDetector().detect(text).map((d) => [d.text, d.start, d.end, d.grain]);
 * // → [["spring 2024", "2024-03-01", "2024-05-31", "season"]]
 * const noSeasons = createDateDetector({ rules: DEFAULT_DATE_RULES.filter((r) => r.name !== "season") });
 * noSeasons.detect(text).map((d) => [d.text, d.start, d.end, d.grain]);
 * // → [["2024", "2024-01-01", "2024-12-31", "year"]]
 *
 * // A rule of your own is added the same way, `[...DEFAULT_DATE_RULES, nauryzRule]`:
 * // see the worked example in docs/extending.md.
 * ```
 * @category Dates
 */
export function createDateDetector(options?: DateDetectorOptions): DateDetector {
  const rules = options?.rules ?? DEFAULT_DATE_RULES;
  if (!Array.isArray(rules)) throw new TypeError("newsfacts: createDateDetector: options.rules must be an array of rules");
  for (const r of rules as unknown[]) {
    const rule = r as Partial<DateRule> | null;
    if (rule === null || typeof rule !== "object" || typeof rule.match !== "function" || !Array.isArray(rule.anchors)) {
      throw new TypeError("newsfacts: createDateDetector: every rule needs anchors (an array) and match (a function)");
    }
    if (rule.keys !== undefined && !Array.isArray(rule.keys)) {
      throw new TypeError(`newsfacts: createDateDetector: rule ${String(rule.name)}: keys must be an array of words when given`);
    }
  }
  const index = buildIndex(rules);
  const detectInTokens = (tokens: Tokens, opts: { referenceDate: string | null; bias: DateBias }): DateMention[] => {
    const reference = opts.referenceDate === null ? null : (parseIsoDay(opts.referenceDate) ?? null);
    const { view, matches } = scan(index, tokens);
    return resolveAll(tokens, mergeRanges(view, matches), reference, opts.bias);
  };
  // The detector's own token arrays, reused page after page (the tokens
  // never leave `detect`).
  const pool = createTokenPool();
  return {
    detect(text: string, opts?: DateOptions): DateMention[] {
      assertText("detectDates", text);
      const parsed = parseOptions("detectDates", DateOptionsSchema, opts, quickDateOptions);
      const resolved = { referenceDate: normaliseReference(parsed.referenceDate), bias: parsed.bias ?? "past" };
      return pool.run(text, (tokens) => detectInTokens(tokens, resolved));
    },
    detectInTokens,
  };
}

// The default detector is built on first use (an index of anchor words), not
// at import time; it is a cache of a pure function of the default rules, so
// it cannot change any result.
let defaultDetector: DateDetector | undefined;
function getDefault(): DateDetector {
  defaultDetector ??= createDateDetector();
  return defaultDetector;
}

/**
 * Finds every date mention in an already tokenised text with the default
 * rules. `parsePage` tokenises a page once and calls this; figure extraction
 * calls it to leave numbers that belong to dates alone.
 *
 * @param tokens - The token stream of the text (see `tokenize`).
 * @param options - The reference date, already normalised to `YYYY-MM-DD` (or null), and the bias.
 * @returns The date mentions in text order.
 * @example
 * ```ts
 * // Seed page 000; `tokenize` is exported from the package root.
 * detectDatesInTokens(tokenize("By mid-2024, Azerbaijan had spent more"), { referenceDate: "2025-12-12", bias: "past" });
 * // [{ text: "mid-2024", start: "2024-05-01", end: "2024-08-31", grain: "month", … }]
 * ```
 * @category Dates
 */
export function detectDatesInTokens(
  tokens: Tokens,
  options: { referenceDate: string | null; bias: DateBias },
): DateMention[] {
  return getDefault().detectInTokens(tokens, options);
}

/**
 * Finds every date mention in a text: full and partial dates, bare years,
 * parts of years, decades and centuries, ranges, and mentions relative to
 * the reference date or to the date before them, each normalised to an
 * inclusive ISO range with a grain.
 *
 * @param text - Any string (a scraped page, a paragraph).
 * @param options - `referenceDate` (ISO `YYYY-MM-DD` or a `Date`, read in UTC) and `bias` (`"past"` by default).
 * @returns The mentions, sorted by position, never overlapping.
 * @throws TypeError when `text` is not a string or an option is invalid.
 * @example
 * ```ts
 * // Two sentences of seed page 000, whose date line is 12 December 2025:
 * detectDates("Kairat’s arrest in November 2024. On July 14, she requested…", { referenceDate: "2025-12-12" });
 * // → [{ text: "November 2024", start: "2024-11-01", end: "2024-11-30", grain: "month", relative: false, … },
 * //    { text: "July 14", start: "2025-07-14", end: "2025-07-14", grain: "day", relative: true, … }]
 * ```
 * @category Dates
 */
export function detectDates(text: string, options?: DateOptions): DateMention[] {
  return getDefault().detect(text, options);
}
