import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { currencyPrefixRule } from "./currency-prefix.js";

const { extract } = createFigureExtractor({ rules: [currencyPrefixRule] });

describe("currencyPrefixRule", () => {
  it("reads an ISO code before a scaled number", () => {
    expect(extract("funds of KZT 1.5 billion were raised")).toMatchObject([
      { text: "KZT 1.5 billion", kind: "money", value: 1_500_000_000, currency: "KZT" },
    ]);
  });
  it("reads a dollar sign as US dollars", () => {
    expect(extract("reached $30.1 billion")[0]).toMatchObject({ text: "$30.1 billion", value: 30_100_000_000, currency: "USD" });
  });
  it("reads a code and a symbol of the same currency as one prefix", () => {
    expect(extract("more than USD $7 billion")[0]).toMatchObject({ text: "more than USD $7 billion", value: 7e9, currency: "USD", approx: "over" });
  });
  it("attaches a bracketed conversion as the equivalent", () => {
    const [f] = extract("KZT 2.9 billion ($5.4 million) was allocated");
    expect(f).toMatchObject({ text: "KZT 2.9 billion ($5.4 million)", value: 2.9e9, currency: "KZT" });
    expect(f?.equivalent).toMatchObject({ text: "$5.4 million", value: 5.4e6, currency: "USD" });
  });
  it("reads tenge and rouble signs and a glued m after a pound sign", () => {
    expect(extract("₸5,000, ₽300 and £15m").map((f) => [f.currency, f.value])).toEqual([
      ["KZT", 5000],
      ["RUB", 300],
      ["GBP", 15_000_000],
    ]);
  });
  it("does not take a capitalised word that is also a code for money", () => {
    expect(extract("ALL 5 solutions are wrong")).toEqual([]);
    expect(extract("Our TOP 10 destinations and the MAD 3 tour")).toEqual([]);
  });
  it("reads a code that is also a word as money with a scale word", () => {
    expect(extract("Tbilisi will borrow GEL 240 million for the metro, and Rabat MAD 1.2 billion.")).toMatchObject([
      { text: "GEL 240 million", kind: "money", value: 2.4e8, currency: "GEL" },
      { text: "MAD 1.2 billion", kind: "money", value: 1.2e9, currency: "MAD" },
    ]);
    expect(extract("a GEL5m grant")).toMatchObject([{ text: "GEL5m", value: 5e6, currency: "GEL" }]);
    // Not in a line set in capitals.
    expect(extract("ALL 3 MILLION RESIDENTS MUST REGISTER")).toEqual([]);
  });
  it("reads a code that is also a word as money before a price with two decimals", () => {
    expect(extract("A loaf costs GEL 2.35 and a bus ride MAD 7.50 to 8.00 now.")).toMatchObject([
      { text: "GEL 2.35", kind: "money", value: 2.35, currency: "GEL" },
      { text: "MAD 7.50 to 8.00", kind: "money", value: null, min: 7.5, max: 8, currency: "MAD" },
    ]);
    // Not a whole number, one decimal or three.
    expect(extract("TOP 10 lists, ALL 2.5 points, GEL 1.250 tokens")).toEqual([]);
  });
  it("reads COP, the UN climate conference, as money only with a scale or a conversion", () => {
    expect(extract("Delegates left COP28 in Dubai for COP29, and COP 30 opens in Belém.")).toEqual([]);
    expect(extract("Bogotá raised COP3.2bn and a further COP 900 billion; a coffee cost COP 9,000 ($2.20).")).toMatchObject([
      { text: "COP3.2bn", value: 3.2e9, currency: "COP" },
      { text: "COP 900 billion", value: 9e11, currency: "COP" },
      { text: "COP 9,000 ($2.20)", value: 9000, currency: "COP" },
    ]);
  });
  it("reads a code that is also a word as money in a bracketed conversion", () => {
    const [a, b] = extract("A night costs GEL 180 ($66), a tour €40 (GEL 118).");
    expect(a).toMatchObject({ text: "GEL 180 ($66)", value: 180, currency: "GEL", equivalent: { text: "$66", value: 66, currency: "USD" } });
    expect(b).toMatchObject({ text: "€40 (GEL 118)", value: 40, currency: "EUR", equivalent: { text: "GEL 118", value: 118, currency: "GEL" } });
  });
  it("reads an amount glued to an ISO code, with a glued scale", () => {
    expect(extract("a fine of nearly EUR2m and profit of KZT12bn")).toMatchObject([
      { text: "nearly EUR2m", kind: "money", value: 2e6, currency: "EUR", approx: "nearly" },
      { text: "KZT12bn", kind: "money", value: 12e9, currency: "KZT" },
    ]);
  });
  it("does not read a code glued to digits and letters as money", () => {
    expect(extract("the MDL2X module and the GBP3d render")).toEqual([]);
  });
});
