import { LINE_BEFORE, TokenKind, tokenize, type Tokens } from "../core/tokens.js";
import { isoCurrencyNames, type CurrencyName } from "./currency-names.js";
import { hashToken, sameToken } from "./token-hash.js";
import type { UnitDefinition } from "./units.js";

/**
 * Phrase tables compiled into token tries, so that a rule asks "does a unit
 * (or a currency) start at token i?" with a few map lookups and no regular
 * expression. Phrases are tokenised with the same tokenizer as the page, so
 * `km/h`, `p.p.` and `twenty-foot equivalent units` match token by token.
 */

/** A trie node keyed by token text. */
interface TrieNode<T> {
  /** The token text that leads here (lower-case in a folding trie). */
  readonly key: string;
  /** Children by their key. */
  readonly next: Map<string, TrieNode<T>>;
  /** The children with an ASCII key, by `hashToken` of it: a token is looked up where it stands, unsliced. */
  readonly byHash: Map<number, TrieNode<T>[]>;
  /**
   * One bit per ASCII first code unit of a child key. Most tokens asked about
   * (a digit group, a dash, "the") lead nowhere; this rejects them from one
   * read instead of a hash of the whole token and a map lookup.
   */
  readonly firsts: Uint32Array;
  value: T | undefined;
}

/** A phrase found in the text: its entry and the token after it. */
export interface PhraseMatch<T> {
  /** The table entry. */
  readonly value: T;
  /** Index of the first token after the phrase. */
  readonly next: number;
}

/** A compiled phrase table. */
export interface PhraseTrie<T> {
  /** Whether keys were lower-cased (names) or kept (abbreviations). */
  readonly foldCase: boolean;
  readonly root: TrieNode<T>;
}

function node<T>(key: string): TrieNode<T> {
  return { key, next: new Map(), byHash: new Map(), firsts: new Uint32Array(4), value: undefined };
}

/** Builds an empty trie. */
export function createTrie<T>(foldCase: boolean): PhraseTrie<T> {
  return { foldCase, root: node<T>("") };
}

/** Adds a phrase; the first entry added for a phrase wins. */
export function addPhrase<T>(trie: PhraseTrie<T>, phrase: string, value: T): void {
  const t = tokenize(trie.foldCase ? phrase.toLowerCase() : phrase);
  if (t.count === 0) return;
  let n = trie.root;
  for (let i = 0; i < t.count; i++) {
    const key = t.text.slice(t.start[i]!, t.end[i]!);
    let child = n.next.get(key);
    if (child === undefined) {
      child = node<T>(key);
      n.next.set(key, child);
      const c0 = key.charCodeAt(0);
      if (c0 < 0x80) n.firsts[c0 >>> 5]! |= 1 << (c0 & 31);
      const h = hashToken(key, 0, key.length, false);
      if (h >= 0) {
        const bucket = n.byHash.get(h);
        if (bucket === undefined) n.byHash.set(h, [child]);
        else bucket.push(child);
      }
    }
    n = child;
  }
  n.value ??= value;
}

/**
 * The longest phrase of the trie that starts at token `i` and stays on one
 * line, or `undefined`.
 */
export function matchPhrase<T>(trie: PhraseTrie<T>, tokens: Tokens, i: number, lower: (i: number) => string): PhraseMatch<T> | undefined {
  let n = trie.root;
  let best: PhraseMatch<T> | undefined;
  // Phrases are a few tokens long; the bound keeps a pathological table linear.
  for (let j = i; j < tokens.count && j < i + 8; j++) {
    if (j > i && (tokens.flags[j]! & LINE_BEFORE) !== 0) break;
    const child = childAt(trie, n, tokens, j, lower);
    if (child === undefined) break;
    n = child;
    if (n.value !== undefined) best = { value: n.value, next: j + 1 };
  }
  return best;
}

/** The child of `n` that token j leads to. */
function childAt<T>(trie: PhraseTrie<T>, n: TrieNode<T>, tokens: Tokens, j: number, lower: (i: number) => string): TrieNode<T> | undefined {
  const text = tokens.text;
  const s = tokens.start[j]!;
  const e = tokens.end[j]!;
  // An ASCII first code unit is the first of the token's key too: lower-casing
  // maps ASCII to ASCII whatever follows. So no child starting with it, no child.
  let c0 = text.charCodeAt(s);
  if (c0 < 0x80 && e > s) {
    if (trie.foldCase && c0 >= 0x41 && c0 <= 0x5a) c0 += 0x20;
    if ((n.firsts[c0 >>> 5]! & (1 << (c0 & 31))) === 0) return undefined;
  }
  const h = hashToken(text, s, e, trie.foldCase);
  if (h < 0) return n.next.get(trie.foldCase ? lower(j) : text.slice(s, e));
  const bucket = n.byHash.get(h);
  if (bucket !== undefined) for (const child of bucket) if (sameToken(text, s, e, child.key, trie.foldCase)) return child;
  return undefined;
}

/** A resolved currency entry. */
export interface CurrencyEntry {
  readonly code: string | null;
  readonly factor: number;
  readonly cues: CurrencyName["cues"];
  readonly needsScale: boolean;
}

/** A resolved unit entry. */
export interface UnitEntry {
  readonly id: string;
  readonly dimension: UnitDefinition["dimension"];
  readonly factor: number;
  readonly per: string | undefined;
}

/** The compiled tables a figure extractor reads. */
export interface FigureLexicon {
  /** Unit names, case-insensitive. */
  readonly unitNames: PhraseTrie<UnitEntry>;
  /** Unit abbreviations, case-sensitive. */
  readonly unitAbbreviations: PhraseTrie<UnitEntry>;
  /**
   * The capitalised forms of the lower-case abbreviations (`Bcm`, `Km`,
   * `Kwh`), case-sensitive, for lines set in title case (`… Exports to 65 Bcm
   * a Year`). Only abbreviations of two or more ASCII letters, and never a
   * form that is itself an abbreviation (`Mb`).
   */
  readonly unitTitleAbbreviations: PhraseTrie<UnitEntry>;
  /** Unit name or abbreviation by canonical id, for `(TEU)` after `twenty-foot equivalent units`. */
  readonly unitIds: ReadonlyMap<string, UnitEntry>;
  /** Currency names after the number, case-insensitive. */
  readonly currencyNames: PhraseTrie<CurrencyEntry>;
  /** Currency symbols before or after the number, case-insensitive. */
  readonly currencySymbols: PhraseTrie<CurrencyEntry>;
}

function currencyEntry(c: CurrencyName): CurrencyEntry {
  return { code: c.code, factor: c.factor ?? 1, cues: c.cues, needsScale: c.needsScale === true };
}

/**
 * Compiles unit and currency tables. Curated currency names win over the
 * names derived from ISO 4217, and earlier entries over later ones.
 */
export function compileLexicon(units: readonly UnitDefinition[], currencies: readonly CurrencyName[]): FigureLexicon {
  const unitNames = createTrie<UnitEntry>(true);
  const unitAbbreviations = createTrie<UnitEntry>(false);
  const unitTitleAbbreviations = createTrie<UnitEntry>(false);
  const unitIds = new Map<string, UnitEntry>();
  const abbreviations = new Set(units.flatMap((u) => u.abbreviations ?? []));
  for (const u of units) {
    const entry: UnitEntry = { id: u.id, dimension: u.dimension, factor: u.factor ?? 1, per: u.per };
    if (!unitIds.has(u.id)) unitIds.set(u.id, entry);
    for (const name of u.names) addPhrase(unitNames, name, entry);
    // A name of several words also reads hyphenated, as in a compound
    // adjective: "a 42,000-square-meter terminal", "a 2-percentage-point rise".
    for (const name of u.names) if (name.includes(" ")) addPhrase(unitNames, name.split(" ").filter((w) => w !== "").join("-"), entry);
    for (const abbr of u.abbreviations ?? []) {
      addPhrase(unitAbbreviations, abbr, entry);
      const title = titleForm(abbr);
      if (title !== undefined && !abbreviations.has(title)) addPhrase(unitTitleAbbreviations, title, entry);
    }
  }
  const currencyNames = createTrie<CurrencyEntry>(true);
  const currencySymbols = createTrie<CurrencyEntry>(true);
  for (const c of [...currencies, ...isoCurrencyNames()]) {
    const entry = currencyEntry(c);
    for (const name of c.names ?? []) addPhrase(currencyNames, name, entry);
    for (const symbol of c.symbols ?? []) addPhrase(currencySymbols, symbol, entry);
  }
  return { unitNames, unitAbbreviations, unitTitleAbbreviations, unitIds, currencyNames, currencySymbols };
}

/** `Bcm` for `bcm`: the capitalised form of an abbreviation of two or more lower-case ASCII letters, else `undefined`. */
function titleForm(abbr: string): string | undefined {
  if (abbr.length < 2) return undefined;
  for (let k = 0; k < abbr.length; k++) {
    const c = abbr.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return undefined;
  }
  return abbr.charAt(0).toUpperCase() + abbr.slice(1);
}

/** Whether token `i` is a word. */
export function isWord(tokens: Tokens, i: number): boolean {
  return i < tokens.count && tokens.kind[i] === TokenKind.Word;
}
