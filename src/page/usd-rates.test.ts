import { describe, expect, it } from "vitest";
import type { Figure } from "../figures/types.js";
import type { TickerQuote } from "../ticker/types.js";
import { usdRates, withUsd } from "./usd-rates.js";

function quote(pair: string, rate: number, occurrences = 8): TickerQuote {
  const [base, q] = pair.split("/") as [string, string];
  return { pair, base, quote: q, rate, rateText: String(rate), change: 0, changeText: "0%", trend: "flat", occurrences, span: { start: 0, end: 1 } };
}
const kzt = (value: number | null): Figure => ({ text: "KZT 1 billion", span: { start: 0, end: 13 }, kind: "money", value, currency: "KZT" });

describe("usdRates", () => {
  it("reads XXX/USD quotes as dollars per unit, and makes USD itself 1", () => {
    const table = usdRates([quote("KZT/USD", 0.00192), quote("UZS/USD", 0.00008)], undefined);
    expect(table.get("KZT")).toEqual({ rate: 0.00192, source: "ticker" });
    expect(table.get("USD")).toEqual({ rate: 1, source: "ticker" });
  });

  it("inverts a USD/XXX quote, but prefers a direct quote of the same currency", () => {
    expect(usdRates([quote("USD/KZT", 500)], undefined).get("KZT")!.rate).toBe(0.002);
    expect(usdRates([quote("USD/KZT", 500), quote("KZT/USD", 0.00192)], undefined).get("KZT")!.rate).toBe(0.00192);
  });

  it("takes the rate seen most often when a pair is printed with two rates", () => {
    expect(usdRates([quote("KZT/USD", 0.00191, 1), quote("KZT/USD", 0.00192, 7)], undefined).get("KZT")!.rate).toBe(0.00192);
  });

  it("ignores quotes between two other currencies and rates that cannot convert", () => {
    const table = usdRates([quote("KZT/RUB", 0.15), quote("UZS/USD", 0)], undefined);
    expect(table.size).toBe(0);
  });

  it("lets the caller's rates win over the ticker", () => {
    const table = usdRates([quote("KZT/USD", 0.00192)], { KZT: 0.002, EUR: 1.08 });
    expect(table.get("KZT")).toEqual({ rate: 0.002, source: "rates" });
    expect(table.get("EUR")).toEqual({ rate: 1.08, source: "rates" });
    expect(table.get("USD")).toEqual({ rate: 1, source: "ticker" });
  });

  it("is empty with no ticker and no rates", () => {
    expect(usdRates([], undefined).size).toBe(0);
    expect(usdRates([], {}).size).toBe(0);
  });
});

describe("withUsd", () => {
  const table = usdRates([quote("KZT/USD", 0.00192)], undefined);

  it("multiplies without binary noise", () => {
    expect(withUsd(kzt(1_500_000_000), table).usd).toEqual({ value: 2_880_000, rate: 0.00192, source: "ticker" });
  });

  it("does not touch the figure it was given", () => {
    const f = kzt(1_000_000);
    const priced = withUsd(f, table);
    expect(priced).not.toBe(f);
    expect(f.usd).toBeUndefined();
  });

  it("prices the bracketed equivalent too", () => {
    const f: Figure = { ...kzt(1_500_000_000), equivalent: { text: "$2.8 million", span: { start: 0, end: 1 }, kind: "money", value: 2_800_000, currency: "USD" } };
    expect(withUsd(f, table).equivalent!.usd).toEqual({ value: 2_800_000, rate: 1, source: "ticker" });
  });

  it("leaves money without a single value, unknown currencies and other kinds as they are", () => {
    for (const f of [kzt(null), { ...kzt(5), currency: "EUR" }, { ...kzt(5), kind: "count" as const, currency: undefined }]) {
      const g = f as Figure;
      expect(withUsd(g, table)).toBe(g);
    }
  });
});
