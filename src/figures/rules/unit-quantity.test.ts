import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { unitQuantityRule } from "./unit-quantity.js";

const { extract } = createFigureExtractor({ rules: [unitQuantityRule] });

describe("unitQuantityRule", () => {
  it("reads tons as tonnes with the scale applied", () => {
    expect(extract("some 25 million tonnes of freight")[0]).toMatchObject({ text: "some 25 million tonnes", value: 2.5e7, unit: "tonne", approx: "about" });
  });
  it("keeps the unit abbreviation in brackets inside the span", () => {
    expect(extract("handled 273,300 twenty-foot equivalent units (TEU), up")[0]).toMatchObject({
      text: "273,300 twenty-foot equivalent units (TEU)",
      value: 273_300,
      unit: "teu",
    });
  });
  it("keeps any bracketed abbreviation of the same unit in the span, scaled ones too", () => {
    expect(extract("Proven reserves stand at 2.7 trillion cubic metres (tcm) and output at 9.5 billion cubic meters (bcm); the pass is 12 kilometers (km) long.").map((f) => [f.text, f.value, f.unit])).toEqual([
      ["2.7 trillion cubic metres (tcm)", 2.7e12, "cubic-meter"],
      ["9.5 billion cubic meters (bcm)", 9.5e9, "cubic-meter"],
      ["12 kilometers (km)", 12, "kilometer"],
    ]);
    // Another unit in the bracket is no abbreviation of it.
    expect(extract("a 40 kilometers (25 miles) drive")[0]).toMatchObject({ text: "40 kilometers", unit: "kilometer" });
  });
  it("reads tcm, tcf and bcf with their scale", () => {
    expect(extract("The basin may hold 1.4 tcm of gas, or about 50 tcf, and produces 3 Bcf a day.").map((f) => [f.text, f.value, f.unit])).toEqual([
      ["1.4 tcm", 1.4e12, "cubic-meter"],
      ["about 50 tcf", 5e13, "cubic-foot"],
      ["3 Bcf a day", 3e9, "cubic-foot"],
    ]);
  });
  it("leaves from out of a dash range that ends a change", () => {
    expect(extract("Yields rose to 3.1 tonnes a hectare, up from 2.4-2.6 tonnes in 2022.").map((f) => f.text)).toEqual([
      "3.1 tonnes a hectare",
      "2.4-2.6 tonnes",
    ]);
    expect(extract("Cotton output fell from 1.2–1.3 million tonnes to 900,000 tonnes.")).toMatchObject([
      { text: "1.2–1.3 million tonnes", value: null, min: 1.2e6, max: 1.3e6, unit: "tonne" },
      { text: "900,000 tonnes", value: 9e5 },
    ]);
    // A from-to range keeps its from.
    expect(extract("from 40 to 55 hectares")[0]).toMatchObject({ text: "from 40 to 55 hectares", min: 40, max: 55 });
  });
  it("reads a unit after more, fewer or extra, with the comparative in the span", () => {
    expect(extract("The lease runs for two more years; the drivers get three extra days off and 40 more hectares.").map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ["two more years", "duration", 2, "year"],
      ["three extra days", "duration", 3, "day"],
      ["40 more hectares", "quantity", 40, "hectare"],
    ]);
    // Not a one- or two-letter abbreviation, and not more than.
    expect(extract("5 more m of cable, 3 more than in May")).toEqual([]);
  });
  it("reads durations, hyphenated durations and ages", () => {
    expect(extract("served 24 years; the 44-day war; a 28-year-old").map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ["24 years", "duration", 24, "year"],
      ["44-day", "duration", 44, "day"],
      ["28-year-old", "duration", 28, "year"],
    ]);
  });
  it("reads an age bracket as a range", () => {
    expect(extract("among 20-24 years old,")[0]).toMatchObject({ text: "20-24 years old", value: null, min: 20, max: 24, unit: "year" });
  });
  it("does not report a relative date such as five years ago", () => {
    expect(extract("five years ago")).toEqual([]);
  });
  it("reads energy units and bcm", () => {
    expect(extract("10 GW and 2 bcm").map((f) => [f.unit, f.value])).toEqual([
      ["gigawatt", 10],
      ["cubic-meter", 2e9],
    ]);
  });
  it("reads cubic kilometers of water, after an approximation too", () => {
    expect(extract("to release at least 4.5 cubic kilometers from the reservoir")[0]).toMatchObject({
      text: "at least 4.5 cubic kilometers",
      kind: "quantity",
      value: 4.5,
      unit: "cubic-kilometer",
      approx: "at-least",
    });
    expect(extract("about 12 km³ a year").map((f) => [f.unit, f.value])).toEqual([["cubic-kilometer", 12]]);
  });
  it("gives both numbers of 110- and 220-kV the unit", () => {
    expect(extract("110- and 220-kV lines").map((f) => [f.text, f.unit])).toEqual([
      ["110", "kilovolt"],
      ["220-kV", "kilovolt"],
    ]);
  });
  it("reads a unit of several words hyphenated into a compound adjective", () => {
    expect(extract("a 1,200-square-metre warehouse, a 30-cubic-meter tank and a 5-square-kilometer lake").map((f) => [f.text, f.value, f.unit])).toEqual([
      ["1,200-square-metre", 1200, "square-meter"],
      ["30-cubic-meter", 30, "cubic-meter"],
      ["5-square-kilometer", 5, "square-kilometer"],
    ]);
    expect(extract("after a 1.5-percentage-point cut")[0]).toMatchObject({ text: "1.5-percentage-point", kind: "quantity", unit: "percentage-point" });
    expect(extract("a 50-metric-ton crane")[0]).toMatchObject({ text: "50-metric-ton", unit: "tonne", value: 50 });
  });
  it("reads a capitalised abbreviation in a title-case line", () => {
    expect(extract("Uzbekistan to Pump 12 Bcm of Gas Through New Line").map((f) => [f.text, f.value, f.unit])).toEqual([["12 Bcm", 12e9, "cubic-meter"]]);
    expect(extract("Road Link Cuts 240 Km From the Trip to Osh")[0]).toMatchObject({ text: "240 Km", unit: "kilometer" });
    expect(extract("Solar Park Will Store 80 Kwh per Home")[0]).toMatchObject({ text: "80 Kwh per Home", unit: "kilowatt-hour", per: "home" });
    // Abbreviations as written stay exact: MW is a megawatt, Mb a megabit.
    expect(extract("Plant Adds 500 MW and 20 Mb Links")).toMatchObject([{ unit: "megawatt" }, { unit: "megabit" }]);
  });
  it("keeps a capitalised abbreviation out of a sentence", () => {
    expect(extract("Officials said the pipeline would carry 12 Bcm from next year, and the road 240 Km further.")).toEqual([]);
    // A form that no lower-case abbreviation has is not guessed: "Mw" (MW? mW?).
    expect(extract("Kyrgyzstan Plans 300 Mw Hydropower Plant")).toEqual([]);
  });
  it("reads percentage points as a quantity", () => {
    expect(extract("fell 2.5 percentage points")[0]).toMatchObject({ kind: "quantity", unit: "percentage-point", value: 2.5 });
  });
});
