/**
 * fast-check arbitraries shared by the property tests: hostile strings and
 * seed pages mutated the way scrapers break pages.
 */
import fc from "fast-check";
import { loadSeeds } from "./shared.js";

/** Runs per property: 10,000 in CI (`FC_RUNS=10000` in .ci/run), fewer locally. */
export const RUNS: number = Number(process.env.FC_RUNS ?? 300);

/** Pieces that stress the parsers: terminators, odd spaces, marks, and page fragments. */
const PIECES = [
  "\0", "\r", "\n", "\r\n", "\u00a0", "\u200b", "\u200e", "\u200f", "\u202e", "\ufeff", "😀", "\ud800", "\udc00", " ", "\t",
  "•", "  • KZT/USD = 0.00192 -0%", "• KGS/USD = 0.01144 0%", "12 December 2025", "Viewing results 19 - 24 of 1312",
  "2006-2013", "2006-2013-", "1,000", "1,000 ", "0.5", "$", "₸", "%", "KZT", "tenge", "million", "billion", "per day",
  "December", "May", "the same year", "last week", "ago", "first half of", "century BC", "between", "and", "to", "from",
  "(", ")", "...", "…", "–", "—", "-", ":", "?", "’", "“", "[caption id=\"x\" width=\"1378\"]", "[/caption]", "Image: TCA",
  "@worldbank.org", "  1. ", "more than", "about", "twenty-five", "3.5 times", "%", "9".repeat(30),
];

/** Random strings: any UTF-16 code units (lone surrogates included), and mixes of the pieces above. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join("")),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(" ")),
);

const seeds = loadSeeds().map((s) => s.text.split("\n"));

type Mutation =
  | { op: "delete"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "cut"; at: number; pos: number }
  | { op: "splice"; at: number; from: number; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("cut" as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ op: fc.constant("splice" as const), at: fc.nat(), from: fc.nat(), line: fc.nat() }),
);

function mutate(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return lines;
  const at = m.at % lines.length;
  const out = lines.slice();
  switch (m.op) {
    case "delete":
      out.splice(at, 1);
      break;
    case "duplicate":
      out.splice(at, 0, out[at]!);
      break;
    case "cut": {
      const line = out[at]!;
      out[at] = line.slice(0, m.pos % (line.length + 1));
      break;
    }
    case "splice": {
      const other = seeds[m.from % seeds.length]!;
      out.splice(at, 0, other[m.line % other.length]!);
      break;
    }
  }
  return out;
}

/** A seed page with lines deleted, duplicated, cut and spliced in from other pages; sometimes with CRLF. */
export const mutatedPage: fc.Arbitrary<string> = fc
  .record({
    seed: fc.nat({ max: seeds.length - 1 }),
    mutations: fc.array(mutation, { maxLength: 12 }),
    crlf: fc.boolean(),
  })
  .map(({ seed, mutations, crlf }) => {
    const lines = mutations.reduce(mutate, seeds[seed]!);
    return lines.join(crlf ? "\r\n" : "\n");
  });
