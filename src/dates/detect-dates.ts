import { createLender } from "../core/lend.js";
import { createLexicon, isLexiconWord, wordId, type Lexicon } from "../core/lexicon.js";
import { createTokenPool, emptyHits, findHits, TokenKind, type TokenHits, type Tokens } from "../core/tokens.js";
import { assertText, parseOptions } from "../core/validate.js";
import { formatDay, parseIsoDay, type Day } from "./calendar.js";
import { mergeRanges } from "./merge-ranges.js";
import { isDashCode, KEY_REACH, NUMBER_ANCHOR, TokenView, type DateMatch, type DateRule, type ResolveEnv } from "./rule.js";
import { DEFAULT_DATE_RULES } from "./rules/index.js";
import { GRAIN_RANK } from "./tables.js";
import { DateOptionsSchema, quickDateOptions } from "./schema.js";
import type { DateBias, DateGrain, DateMention, DateOptions } from "./types.js";

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

/** Arrays {@link scan} fills, kept from page to page by a detector. */
interface ScanScratch {
  /** The key bits of each hit. */
  masks: Int32Array;
  /** The hits that are anchors. */
  anchors: Int32Array;
}

/** The most hits whose arrays a detector keeps between pages (a page of about 1 MB). */
const MAX_KEPT_HITS = 1 << 16;

function newScratch(): ScanScratch {
  return { masks: new Int32Array(256), anchors: new Int32Array(256) };
}

/** The rules indexed by anchor and by key, built once per detector. */
interface AnchorIndex {
  /** Reads a nested date with these rules (see {@link TokenView.matchAt}). */
  nested: (view: TokenView, i: number) => DateMatch | undefined;
  /** Every anchor and key word: the tokenizer looks them up as it reads the page. */
  lexicon: Lexicon;
  /** By lexicon id: the rules the word is an anchor of, or undefined. */
  anchorRules: (RuleList | undefined)[];
  /** By lexicon id: the bits of the rules the word is a key of. */
  keyMasks: Int32Array;
  /** Number rules by digit count (index 1–9); index 0 for longer numbers. */
  numberRules: RuleList[];
  /** Every number rule, for a dotted number that may start a date (`2015.05.25`). */
  allNumberRules: RuleList;
  /** The bits of the rules a number is a key of. */
  numberMask: number;
  /** Whether some rule has bit 0 (always tried). */
  always: boolean;
}

function buildIndex(rules: readonly DateRule[]): AnchorIndex {
  const numberRules: RuleList[] = Array.from({ length: 10 }, () => ({ rules: [], bits: [] }));
  const allNumberRules: RuleList = { rules: [], bits: [] };
  const anchorsByWord = new Map<string, RuleList>();
  const keysByWord = new Map<string, number>();
  let numberMask = 0;
  let always = false;
  const push = (list: RuleList, rule: DateRule, bit: number): void => {
    list.rules.push(rule);
    list.bits.push(bit);
  };
  rules.forEach((rule, k) => {
    const keys = (rule.keys ?? rule.anchors).map((key) => (key === NUMBER_ANCHOR ? key : key.toLowerCase()));
    // A key the lexicon cannot hold (`mid-year`) is never seen, so such a
    // rule is tried at every anchor.
    const bit = k < 30 && keys.length > 0 && keys.every((key) => key === NUMBER_ANCHOR || isLexiconWord(key)) ? 1 << k : 0;
    if (bit === 0) always = true;
    else {
      for (const key of new Set(keys)) {
        if (key === NUMBER_ANCHOR) numberMask |= bit;
        else keysByWord.set(key, (keysByWord.get(key) ?? 0) | bit);
      }
    }
    for (const anchor of new Set(rule.anchors)) {
      if (anchor === NUMBER_ANCHOR) {
        for (let d = 0; d < 10; d++) if (rule.digits === undefined || rule.digits.includes(d)) push(numberRules[d]!, rule, bit);
        push(allNumberRules, rule, bit);
        continue;
      }
      // An anchor the lexicon cannot hold is never a whole token (the
      // tokenizer splits `mid-year`), so it is left out.
      const word = anchor.toLowerCase();
      if (!isLexiconWord(word)) continue;
      let list = anchorsByWord.get(word);
      if (list === undefined) {
        list = { rules: [], bits: [] };
        anchorsByWord.set(word, list);
      }
      push(list, rule, bit);
    }
  });
  // One lexicon for both: a month name is an anchor and a key, and one
  // lookup serves both.
  const lexicon = createLexicon([...anchorsByWord.keys(), ...keysByWord.keys()]);
  const anchorRules: (RuleList | undefined)[] = [undefined];
  const keyMasks = new Int32Array(lexicon.words.length + 1);
  lexicon.words.forEach((word, k) => {
    anchorRules.push(anchorsByWord.get(word));
    keyMasks[k + 1] = keysByWord.get(word) ?? 0;
  });
  const index: AnchorIndex = { nested: (view, i) => bestAt(index, view, i), lexicon, anchorRules, keyMasks, numberRules, allNumberRules, numberMask, always };
  return index;
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
  const id = wordId(index.lexicon, tokens.text, tokens.start[i]!, tokens.end[i]!);
  // A possessive (negative id) is a key, never an anchor.
  return id > 0 ? index.anchorRules[id] : undefined;
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
 * Two passes over the hits: the numbers and the anchor and key words, which
 * the tokenizer found as it read the page (see {@link TokenHits}); the
 * other words of the page are never visited again. The first pass lists the
 * anchors and gives each hit the bits of the rules it is a key of. The
 * second tries, at each anchor not inside the previous match, the rules
 * whose key stands within reach, keeps the longest match and skips past it.
 */
function scan(index: AnchorIndex, tokens: Tokens, hits: TokenHits, scratch: ScanScratch): { view: TokenView; matches: DateMatch[] } {
  const view = new TokenView(tokens, index.nested);
  const matches: DateMatch[] = [];
  const { kind, start, end, text } = tokens;
  const { numberMask, always, anchorRules, keyMasks } = index;
  const hitCount = hits.count;
  const at = hits.index;
  const ids = hits.id;
  if (scratch.masks.length < hitCount) {
    scratch.masks = new Int32Array(hitCount * 2);
    scratch.anchors = new Int32Array(hitCount * 2);
  }
  const { masks, anchors } = scratch;
  let anchorCount = 0;
  const NUMBER = TokenKind.Number;
  for (let h = 0; h < hitCount; h++) {
    const id = ids[h]!;
    if (id === 0) {
      masks[h] = numberMask;
      // A number glued after `<number>-` (`2013` in `2006-2013`, every
      // number of `2006-2013-2006-…`) continues what the rules anchored at
      // the first number have judged: a range, a numeric date, a code. It
      // starts nothing of its own, so it is not an anchor (on a page of
      // dash-joined numbers this spares every number rule at every number).
      const i = at[h]!;
      if (i >= 2 && kind[i - 2] === NUMBER && start[i] === end[i - 1] && end[i - 2] === start[i - 1] && isDashCode(text.charCodeAt(start[i - 1]!))) continue;
      anchors[anchorCount++] = h;
    } else if (id > 0) {
      masks[h] = keyMasks[id]!;
      if (anchorRules[id] !== undefined) anchors[anchorCount++] = h;
    } else {
      masks[h] = keyMasks[-id]!;
    }
  }
  let free = 0;
  for (let n = 0; n < anchorCount; n++) {
    const h = anchors[n]!;
    const i = at[h]!;
    if (i < free) continue;
    // The keys within reach: the hits from this one up to KEY_REACH tokens on.
    let reach = 0;
    for (let q = h; q < hitCount && at[q]! < i + KEY_REACH; q++) reach |= masks[q]!;
    // No key within reach: no rule can match here (`a`, `that` in most sentences).
    if (reach === 0 && !always) continue;
    const id = ids[h]!;
    const list = id > 0 ? anchorRules[id] : rulesAt(index, tokens, i);
    const m = list === undefined ? undefined : longest(list, view, i, reach);
    if (m === undefined) continue;
    matches.push(m);
    free = m.next;
  }
  return { view, matches };
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
    for (let g = 0; g <= GRAIN_RANK[grain]; g++) {
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
      latest[GRAIN_RANK[m.grain]] = { at: k, value: previous };
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
  // The scan's arrays, kept from page to page (a huge page's go with it).
  const lendScratch = createLender(newScratch, (scratch) => scratch.masks.length <= MAX_KEPT_HITS);
  const detectWithHits = (tokens: Tokens, hits: TokenHits, opts: { referenceDate: string | null; bias: DateBias }): DateMention[] => {
    const reference = opts.referenceDate === null ? null : (parseIsoDay(opts.referenceDate) ?? null);
    return lendScratch((scratch) => {
      const { view, matches } = scan(index, tokens, hits, scratch);
      return resolveAll(tokens, mergeRanges(view, matches), reference, opts.bias);
    });
  };
  // The detector's own token arrays, reused page after page (the tokens
  // never leave `detect`); the tokenizer looks up the anchor and key words
  // as it goes.
  const pool = createTokenPool(index.lexicon);
  return {
    detect(text: string, opts?: DateOptions): DateMention[] {
      assertText("detectDates", text);
      const parsed = parseOptions("detectDates", DateOptionsSchema, opts, quickDateOptions);
      const resolved = { referenceDate: normaliseReference(parsed.referenceDate), bias: parsed.bias ?? "past" };
      return pool.run(text, (tokens, hits) => detectWithHits(tokens, hits ?? findHits(tokens, index.lexicon, emptyHits()), resolved));
    },
    detectInTokens: (tokens, opts) => detectWithHits(tokens, findHits(tokens, index.lexicon, emptyHits()), opts),
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
