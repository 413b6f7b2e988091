import { describe, expect, it } from "vitest";
import { tokenize } from "../core/tokens.js";
import { detectDatesInTokens } from "../dates/detect-dates.js";
import { DEFAULT_CURRENCY_NAMES } from "./currency-names.js";
import { createFigureExtractor, extractFigures, extractFiguresFromTokens } from "./extract-figures.js";
import { DEFAULT_FIGURE_RULES } from "./rules/index.js";
import { FigureSchema } from "./schema.js";
import { DEFAULT_UNITS } from "./units.js";

describe("extractFigures", () => {
  it("reads a seed sentence into money with approximation and a USD equivalent", () => {
    const text = "The damage was estimated at more than KZT 1.5 billion ($2.8 million).";
    const [f] = extractFigures(text);
    expect(f).toMatchObject({ text: "more than KZT 1.5 billion ($2.8 million)", kind: "money", value: 1.5e9, currency: "KZT", approx: "over" });
    expect(f?.equivalent).toMatchObject({ text: "$2.8 million", value: 2.8e6, currency: "USD" });
    expect(text.slice(f!.span.start, f!.span.end)).toBe(f!.text);
  });
  it("never reports the numbers of a date", () => {
    expect(extractFigures("On 12 December 2025, since 1994 and in 2006-2013, 5 people came.").map((f) => f.text)).toEqual(["5 people"]);
  });
  it("attaches rates, adjacent and further on in the clause", () => {
    expect(extractFigures("$8.30 per day; 20,000 tons of meat per year").map((f) => [f.text, f.per])).toEqual([
      ["$8.30 per day", "day"],
      ["20,000 tons", "year"],
    ]);
  });
  it("returns results that satisfy the published schema", () => {
    for (const f of extractFigures("over 20 million Swiss francs, 14-15%, 28-year-old, 3.5 times")) {
      expect(FigureSchema.safeParse(f).success).toBe(true);
    }
  });
  it("throws a TypeError on a non-string", () => {
    expect(() => extractFigures(42 as unknown as string)).toThrow(TypeError);
  });
  it("skips ticker, pagination and shortcode lines", () => {
    const page = '• KZT/USD = 0.00192 -0%\nViewing results 19 - 24 of 1312\n[caption id="attachment_39897" width="1378"] 5 trees[/caption]';
    expect(extractFigures(page).map((f) => f.text)).toEqual(["5 trees"]);
  });
});

describe("extractFiguresFromTokens", () => {
  it("gives the same figures as extractFigures for the same tokens and dates", () => {
    const text = "In 2023, some 350,000 tons were shipped over 20 kilometers.";
    const tokens = tokenize(text);
    const dates = detectDatesInTokens(tokens, { referenceDate: null, bias: "past" });
    expect(extractFiguresFromTokens(tokens, dates)).toEqual(extractFigures(text));
  });
});

describe("createFigureExtractor", () => {
  it("takes a new unit in one line", () => {
    const units = [...DEFAULT_UNITS, { id: "carat", dimension: "mass" as const, names: ["carat", "carats"] }];
    expect(createFigureExtractor({ units }).extract("a 5 carat diamond")[0]).toMatchObject({ kind: "quantity", unit: "carat", value: 5 });
  });
  it("takes a new currency name in one line", () => {
    const currencies = [...DEFAULT_CURRENCY_NAMES, { code: "KGS", names: ["kyrgyz soms"] }];
    expect(createFigureExtractor({ currencies }).extract("5 million kyrgyz soms")[0]).toMatchObject({ currency: "KGS", value: 5e6 });
  });
  it("runs only the rules it is given", () => {
    expect(createFigureExtractor({ rules: DEFAULT_FIGURE_RULES.filter((r) => r.name === "percent") }).extract("5 tons and 4%").map((f) => f.text)).toEqual([
      "4%",
    ]);
  });
  it("rejects unknown and invalid options with a TypeError", () => {
    expect(() => createFigureExtractor({ colour: "red" } as never)).toThrow(/unknown option/);
    expect(() => createFigureExtractor({ rules: [42] } as never)).toThrow(TypeError);
  });
});

describe("extractFigures: bounds, ranges and rates", () => {
  it("reads above like over, but not after a verb of staying at a level", () => {
    expect(extractFigures("Loans above USD 5 million need approval, if inflation remains above 8% this year.").map((f) => [f.text, f.approx])).toEqual([
      ["above USD 5 million", "over"],
      ["8%", undefined],
    ]);
  });
  it("keeps the bound word after a level verb stated as a fact, not in a condition", () => {
    expect(extractFigures("Night frosts stayed below minus 12°C all week, and the lake remained above 3 meters.").map((f) => [f.text, f.approx])).toEqual([
      ["below minus 12°C", "under"],
      ["above 3 meters", "over"],
    ]);
    expect(extractFigures("Reserves must not drop below $40 billion, and as long as wheat stays above 100,000 tenge a tonne, farmers gain.").map((f) => [f.text, f.approx])).toEqual([
      ["$40 billion", undefined],
      ["100,000 tenge a tonne", undefined],
    ]);
    // The condition word must be in the verb's clause.
    expect(extractFigures("If it rains, levels remain over 2 meters.").map((f) => [f.text, f.approx])).toEqual([["over 2 meters", "over"]]);
  });
  it("reads between X% and Y% as one stated range, but from X% to Y% as two figures", () => {
    expect(extractFigures("Unemployment should settle between 4.5% and 6% next year, after falling from 9% to 7%.")).toMatchObject([
      { text: "between 4.5% and 6%", kind: "percent", value: null, min: 4.5, max: 6 },
      { text: "9%", value: 9 },
      { text: "7%", value: 7 },
    ]);
  });
  it("reads X to Y with a unit or currency on both bounds as one range, unless a change word stands before", () => {
    expect(extractFigures("A night in the new lodges costs $180 to $240, and a guide charges 15,000 tenge to 20,000 tenge a day.")).toMatchObject([
      { text: "$180 to $240", kind: "money", value: null, min: 180, max: 240, currency: "USD" },
      { text: "15,000 tenge to 20,000 tenge a day", kind: "money", value: null, min: 15000, max: 20000, currency: "KZT", per: "day" },
    ]);
    expect(extractFigures("Fares rose $3 to $41, then fell by 5% to 8%, and from 12 km to 20 km; margins shrank 9% to 7%; the mayor trailed 41% to 55%.").map((f) => f.text)).toEqual([
      "$3", "$41", "5%", "8%", "12 km", "20 km", "9%", "7%", "41%", "55%",
    ]);
  });
  it("leaves up to out of the figure after a verb of motion, but not after a modal of possibility", () => {
    expect(extractFigures("Tuition will go up to KGS 95,000, and pensions rose up to $310 in May.").map((f) => [f.text, f.approx])).toEqual([
      ["KGS 95,000", undefined],
      ["$310", undefined],
    ]);
    expect(extractFigures("Fines can go up to $900 for carrying up to 5 kg.").map((f) => [f.text, f.approx])).toEqual([
      ["up to $900", "up-to"],
      ["up to 5 kg", "up-to"],
    ]);
  });
  it("joins bounds with their own units, not a prefix currency with a scale left unsaid", () => {
    expect(extractFigures("Harvests of between 300 tonnes and 450 tonnes; bids of between $3 and $4 million.")).toMatchObject([
      { text: "between 300 tonnes and 450 tonnes", kind: "quantity", value: null, min: 300, max: 450, unit: "tonne" },
      { text: "$3", value: 3 },
      { text: "$4 million", value: 4e6 },
    ]);
  });
  it("keeps a unit after per in the span, by its id", () => {
    expect(extractFigures("Storage costs $1.75 per square meter, and farmers pay 900 tenge per metric ton.").map((f) => [f.text, f.per])).toEqual([
      ["$1.75 per square meter", "square-meter"],
      ["900 tenge per metric ton", "tonne"],
    ]);
  });
  it("keeps a rate adjective before the approximation words", () => {
    expect(extractFigures("The terminal has an annual capacity of about 4 million tonnes.")).toMatchObject([
      { text: "about 4 million tonnes", kind: "quantity", value: 4e6, unit: "tonne", approx: "about", per: "year" },
    ]);
  });
  it("keeps an adjacent time rate after a duration", () => {
    expect(extractFigures("Shops open only six hours a day and two days per week.")).toMatchObject([
      { text: "six hours a day", kind: "duration", value: 6, unit: "hour", per: "day" },
      { text: "two days per week", kind: "duration", value: 2, unit: "day", per: "week" },
    ]);
  });
  it("keeps the item a price or a yield is for in the span, after money or a quantity", () => {
    expect(extractFigures("Apricots fetched 9,000 to 12,000 sum a kilo in Fergana, and jet fuel traded at $95 a barrel.").map((f) => [f.text, f.per])).toEqual([
      ["9,000 to 12,000 sum a kilo", "kilogram"],
      ["$95 a barrel", "barrel"],
    ]);
    expect(extractFigures("Seats on the ferry cost 30 lari a passenger; growers harvest 4 tonnes a hectare.").map((f) => [f.text, f.per])).toEqual([
      ["30 lari a passenger", "passenger"],
      ["4 tonnes a hectare", "hectare"],
    ]);
  });
  it("does not read a noun phrase after money as the item priced", () => {
    expect(extractFigures("The club spent $3 million a few weeks ago.").map((f) => [f.text, f.per])).toEqual([["$3 million", undefined]]);
    expect(extractFigures("It sold for $2 billion a record for the region.").map((f) => [f.text, f.per])).toEqual([["$2 billion", undefined]]);
    expect(extractFigures("It paid $700 a tonne-kilometer rate").map((f) => f.text)).toEqual(["$700"]);
    expect(extractFigures("They won 5 medals a piece.").map((f) => [f.text, f.per])).toEqual([["5 medals a piece", "piece"]]);
  });
  it("reads over before a duration as the period an amount is spread across", () => {
    expect(extractFigures("The bank will lend $40 million over seven years.").map((f) => [f.text, f.approx])).toEqual([
      ["$40 million", undefined],
      ["seven years", undefined],
    ]);
    expect(extractFigures("Yields rose 12% over three years, and the debt is repayable over 15 years.").map((f) => [f.text, f.approx])).toEqual([
      ["12%", undefined],
      ["three years", undefined],
      ["15 years", undefined],
    ]);
    expect(extractFigures("Fees will be phased in over four years.").map((f) => [f.text, f.approx])).toEqual([["four years", undefined]]);
  });
  it("keeps over as a bound before a duration elsewhere", () => {
    expect(extractFigures("He spent over 6 years in jail; 40 workers over 55 years old.").map((f) => [f.text, f.approx])).toEqual([
      ["over 6 years", "over"],
      ["40 workers", undefined],
      ["over 55 years old", "over"],
    ]);
    expect(extractFigures("Over twelve years, the plant grew.")[0]).toMatchObject({ text: "Over twelve years", approx: "over" });
  });
  it("reads as far as like up to, in the span", () => {
    expect(extractFigures("The smoke drifted as far as 120 kilometers east.")).toMatchObject([
      { text: "as far as 120 kilometers", kind: "quantity", value: 120, unit: "kilometer", approx: "up-to" },
    ]);
  });
  it("reads a rate in US cents per unit as money in dollars", () => {
    expect(extractFigures("Power is sold at 5.1 US cents per kilowatt-hour.")).toMatchObject([
      { text: "5.1 US cents per kilowatt-hour", kind: "money", value: 0.051, currency: "USD", per: "kilowatt-hour" },
    ]);
  });
  it("reads a third before a noun as an ordinal, before of as a fraction", () => {
    expect(extractFigures("A third bridge is planned, and a fifth term was granted.")).toEqual([]);
    expect(extractFigures("A third of voters stayed home; costs fell by a fifth last year.")).toMatchObject([
      { text: "A third", kind: "number" },
      { text: "a fifth", kind: "number", value: 0.2 },
    ]);
  });
  it("joins bounds at different scales when the first is complete as written", () => {
    expect(extractFigures("Grants of between $250,000 and $2 million; loans cost $750 thousand to $1.2 million.")).toMatchObject([
      { text: "between $250,000 and $2 million", kind: "money", value: null, min: 250000, max: 2e6, currency: "USD" },
      { text: "$750 thousand to $1.2 million", kind: "money", value: null, min: 750000, max: 1.2e6, currency: "USD" },
    ]);
  });
  it("reads X% to Y% of a whole after a verb of losing as one range, other changes as two figures", () => {
    expect(extractFigures("Farms could lose 30% to 40% of their harvest, and the firm will cut 10% to 15% of its staff.").map((f) => [f.text, f.min, f.max])).toEqual([
      ["30% to 40%", 30, 40],
      ["10% to 15%", 10, 15],
    ]);
    expect(extractFigures("Debt rose 5% to 9% of GDP, and the index lost 2% to 3%.").map((f) => f.text)).toEqual(["5%", "9%", "2%", "3%"]);
  });
});
