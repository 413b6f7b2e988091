import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createLexicon } from "../src/core/lexicon.js";
import { isSpaceCode } from "../src/core/lines.js";
import { emptyHits, findHits, LINE_BEFORE, SPACE_BEFORE, TokenKind, tokenize, tokenizeInto, type Tokens } from "../src/core/tokens.js";
import { DEFAULT_DATE_RULES } from "../src/dates/index.js";
import { hostileText, RUNS } from "./support/arbitraries.js";

/**
 * The tokenizer reads a typed copy of the text, two letters a turn, with
 * zeros after the end instead of bound checks, and looks words up in a
 * lexicon as it goes. This file checks it against a plain reading of its
 * documented rules, one code unit at a time.
 */

const LETTER = /^[\p{L}\p{M}]$/u;
const isLetter = (c: number): boolean => !(c >= 0xd800 && c <= 0xdfff) && LETTER.test(String.fromCharCode(c));
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** The token stream as plain arrays, by the documented rules. */
function reference(text: string): { kind: number[]; start: number[]; end: number[]; flags: number[] } {
  const out = { kind: [] as number[], start: [] as number[], end: [] as number[], flags: [] as number[] };
  const at = (i: number): number => (i < text.length ? text.charCodeAt(i) : -1);
  let pending = LINE_BEFORE;
  let i = 0;
  while (i < text.length) {
    const c = at(i);
    if (isBreak(c)) {
      pending |= LINE_BEFORE | SPACE_BEFORE;
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
      pending |= SPACE_BEFORE;
      i++;
      continue;
    }
    const s = i;
    let kind: number;
    if (isDigit(c)) {
      kind = TokenKind.Number;
      while (isDigit(at(i))) i++;
      if (i - s <= 3) while (at(i) === 0x2c && isDigit(at(i + 1)) && isDigit(at(i + 2)) && isDigit(at(i + 3)) && !isDigit(at(i + 4))) i += 4;
      if (at(i) === 0x2e && isDigit(at(i + 1))) {
        i += 1;
        while (isDigit(at(i))) i++;
      }
    } else if (isLetter(c)) {
      kind = TokenKind.Word;
      for (;;) {
        while (isLetter(at(i))) i++;
        if ((at(i) === 0x27 || at(i) === 0x2019) && isLetter(at(i + 1))) i++;
        else break;
      }
    } else {
      kind = TokenKind.Punct;
      i += c >= 0xd800 && c <= 0xdbff && at(i + 1) >= 0xdc00 && at(i + 1) <= 0xdfff ? 2 : 1;
    }
    out.kind.push(kind);
    out.start.push(s);
    out.end.push(i);
    out.flags.push(pending);
    pending = 0;
  }
  return out;
}

function plain(t: Tokens): ReturnType<typeof reference> {
  const n = t.count;
  return {
    kind: Array.from(t.kind.subarray(0, n)),
    start: Array.from(t.start.subarray(0, n)),
    end: Array.from(t.end.subarray(0, n)),
    flags: Array.from(t.flags.subarray(0, n)),
  };
}

/** Text made of the pieces the tokenizer's fast paths turn on. */
const tokenish = fc
  .array(fc.constantFrom("a", "Ab", "word", "WORDS", "é", "Қазақ", "’", "'", "s", " ", "  ", "\n", "\r\n", "\u00a0", "\u2028", "\t", "1", "2,264", "1,2345", "0.5", "3.", ",", "-", "😀", "\ud800", "\udc00", "\0", "May", "year’s", "Year's"), { maxLength: 30 })
  .map((parts) => parts.join(""));

const dateWords = createLexicon(DEFAULT_DATE_RULES.flatMap((r) => [...r.anchors, ...(r.keys ?? [])]).map((w) => w.toLowerCase()));

describe("tokenizer", () => {
  it("matches a plain reading of its rules on any string", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, tokenish, fc.string({ unit: "binary", maxLength: 40 })), (text) => {
        expect(plain(tokenize(text))).toEqual(reference(text));
      }),
      { numRuns: RUNS },
    );
  });

  it("gives the same tokens into reused arrays, after a longer text", () => {
    const buffers = { kind: new Uint8Array(0), start: new Int32Array(0), end: new Int32Array(0), flags: new Uint8Array(0) };
    fc.assert(
      fc.property(tokenish, tokenish, (a, b) => {
        tokenizeInto(a + b + a, buffers);
        expect(plain(tokenizeInto(b, buffers))).toEqual(reference(b));
      }),
      { numRuns: RUNS },
    );
  });

  it("finds the same hits while tokenising as a pass over the tokens does", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, tokenish), (text) => {
        const hits = emptyHits();
        const tokens = tokenizeInto(text, undefined, dateWords, hits);
        const after = findHits(tokenize(text), dateWords, emptyHits());
        expect(Array.from(hits.index.subarray(0, hits.count))).toEqual(Array.from(after.index.subarray(0, after.count)));
        expect(Array.from(hits.id.subarray(0, hits.count))).toEqual(Array.from(after.id.subarray(0, after.count)));
        expect(plain(tokens)).toEqual(reference(text));
      }),
      { numRuns: RUNS },
    );
  });

  it("reads the same without Node's Buffer (browsers, big-endian machines)", async () => {
    vi.stubGlobal("Buffer", undefined);
    vi.resetModules();
    try {
      const portable = await import("../src/core/tokens.js");
      fc.assert(
        fc.property(fc.oneof(hostileText, tokenish), (text) => {
          expect(plain(portable.tokenize(text))).toEqual(reference(text));
        }),
        { numRuns: Math.min(RUNS, 1000) },
      );
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it("keeps flags for white space and line breaks", () => {
    expect(plain(tokenize("a  b\r\nc"))).toMatchObject({ flags: [LINE_BEFORE, SPACE_BEFORE, SPACE_BEFORE | LINE_BEFORE] });
  });
});
