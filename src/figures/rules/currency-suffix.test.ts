import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { currencyPrefixRule } from "./currency-prefix.js";
import { currencySuffixRule } from "./currency-suffix.js";

// The prefix rule reads the bracketed "$1.2 million".
const { extract } = createFigureExtractor({ rules: [currencySuffixRule, currencyPrefixRule] });

describe("currencySuffixRule", () => {
  it("reads an ISO code after the number, with its bracketed conversion", () => {
    const [f] = extract("600 million KZT ($1.2 million) was seized");
    expect(f).toMatchObject({ text: "600 million KZT ($1.2 million)", value: 6e8, currency: "KZT" });
    expect(f?.equivalent).toMatchObject({ value: 1.2e6, currency: "USD" });
  });
  it("reads a range in tenge and keeps the bracketed code in the span", () => {
    expect(extract("rose from 548,900 to 791,300 tenge (KZT).")[0]).toMatchObject({
      text: "from 548,900 to 791,300 tenge (KZT)",
      value: null,
      min: 548_900,
      max: 791_300,
      currency: "KZT",
    });
  });
  it("maps Central Asian currency names to their codes", () => {
    expect(extract("5 million som, 2 billion sum and 300 somoni").map((f) => f.currency)).toEqual(["KGS", "UZS", "TJS"]);
  });
  it("reads manat as Turkmen unless the line is about Azerbaijan", () => {
    expect(extract("a fine of 500 manat")[0]?.currency).toBe("TMT");
    expect(extract("Azerbaijan spent 1.5 billion manat")[0]?.currency).toBe("AZN");
    // Both countries in the line: the nearer mention before the figure decides.
    expect(extract("Turkmenistan and Azerbaijan agreed on a study, and Ashgabat has budgeted 350 million manat for it")[0]?.currency).toBe("TMT");
    expect(extract("Turkmenistan and Azerbaijan agreed on a study, and Baku has budgeted 30 million manat for it")[0]?.currency).toBe("AZN");
    expect(extract("It cost 30 million manat, Azerbaijan's ministry said, not Turkmenistan's")[0]?.currency).toBe("AZN");
  });
  it("reads Swiss francs and the minor unit cents", () => {
    expect(extract("over 20 million Swiss francs")[0]).toMatchObject({ value: 2e7, currency: "CHF", approx: "over" });
    expect(extract("down 34 cents")[0]).toMatchObject({ value: 0.34, currency: "USD" });
  });
  it("reads pounds as sterling only after a scale word", () => {
    expect(extract("profit of 361 million pounds")[0]).toMatchObject({ currency: "GBP", value: 3.61e8 });
    expect(extract("lost 25 pounds")).toEqual([]);
  });
  it("reads pounds, and codes that are also words, as money in a bracketed conversion", () => {
    expect(extract("The ticket was 40 pounds ($51) at the gate")[0]).toMatchObject({ text: "40 pounds ($51)", value: 40, currency: "GBP" });
    expect(extract("he weighed 90 kilograms (198 pounds)")).toEqual([]);
  });
  it("reads a code that is also a word after a scaled number, not after a bare one", () => {
    expect(extract("Wine sales brought in 2.4 billion GEL last year")).toMatchObject([{ text: "2.4 billion GEL", value: 2.4e9, currency: "GEL" }]);
    expect(extract("the 3 GEL fare and the 5 TOP picks")).toEqual([]);
  });
  it("reads a code that is also a word after a price with two decimals, not pounds", () => {
    expect(extract("Petrol sold for 2.95 GEL a litre.")).toMatchObject([{ text: "2.95 GEL a litre", value: 2.95, currency: "GEL", per: "liter" }]);
    expect(extract("the 4.5 GEL fare, and a parcel of 12.50 pounds")).toEqual([]);
  });
  it("reads manat by the cue in the lines just before when its own line names no country", () => {
    const az = "Baku will raise gas prices for households next year.\n\nWhat drivers will pay\n\nA litre of petrol will cost 1.15 manat from March.";
    expect(extract(az)[0]).toMatchObject({ text: "1.15 manat", currency: "AZN" });
    // The nearest cue decides, and a cue in the figure's own line, before or after it, comes first.
    expect(extract("Azerbaijan raised tariffs.\nTurkmenistan kept its own.\nBread costs 2 manat a loaf.")[0]?.currency).toBe("TMT");
    expect(extract("Azerbaijan raised tariffs.\nBread costs 2 manat, Ashgabat said.")[0]?.currency).toBe("TMT");
    // Nothing is read past about two paragraphs.
    const far = `Azerbaijan raised tariffs.\n${"The council met again and talked. ".repeat(40)}\nBread costs 2 manat.`;
    expect(extract(far)[0]?.currency).toBe("TMT");
  });
  it("reads US cents and euro cents as hundredths of their currency", () => {
    expect(extract("a tariff of 6.5 US cents and a fee of 20 euro cents")).toMatchObject([
      { text: "6.5 US cents", kind: "money", value: 0.065, currency: "USD" },
      { text: "20 euro cents", kind: "money", value: 0.2, currency: "EUR" },
    ]);
    expect(extract("up 3 U.S. cents")[0]).toMatchObject({ text: "3 U.S. cents", value: 0.03, currency: "USD" });
  });
});
