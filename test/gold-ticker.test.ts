import { describe, expect, it } from "vitest";
import { parseTicker } from "../src/index.js";
import { loadGold, loadSeeds } from "./support/shared.js";

interface GoldQuote {
  pair: string;
  rate: number;
  change: string;
  rateText: string;
}
interface GoldSegment {
  ticker: GoldQuote[];
  tickerLines: number;
}

describe("parseTicker against the gold", () => {
  for (const seed of loadSeeds()) {
    it(`is exact on ${seed.id}`, () => {
      const gold = loadGold<GoldSegment>(seed.id, "segment");
      const quotes = parseTicker(seed.text);
      expect(quotes.map((q) => ({ pair: q.pair, rate: q.rate, change: q.changeText, rateText: q.rateText }))).toEqual(
        gold.ticker,
      );
      expect(quotes.reduce((n, q) => n + q.occurrences, 0)).toBe(gold.tickerLines);
      for (const q of quotes) expect(seed.text.slice(q.span.start, q.span.end).startsWith("•")).toBe(true);
    });
  }
});
