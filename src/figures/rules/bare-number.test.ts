import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { DEFAULT_FIGURE_RULES } from "./index.js";
import { bareNumberRule } from "./bare-number.js";

const { extract } = createFigureExtractor({ rules: [bareNumberRule] });

describe("bareNumberRule", () => {
  it("reads a stand-alone number", () => {
    expect(extract("when she was 23.")).toMatchObject([{ text: "23", kind: "number", value: 23 }]);
  });
  it("reads N of them as an elliptical count", () => {
    expect(extract("seven of them were girls")[0]).toMatchObject({ kind: "count", value: 7 });
  });
  it("continues a count in the same sentence", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("46 wanted individuals, 30 in Almaty")[1]).toMatchObject({ text: "30", kind: "count", value: 30 });
  });
  it("continues a count with a number in words in a clause that says what befell them", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Four miners were killed and nine injured in the blast").map((f) => [f.text, f.kind, f.value])).toEqual([
      ["Four miners", "count", 4],
      ["nine", "count", 9],
    ]);
    expect(all.extract("Three climbers died while two missing were found")[1]).toMatchObject({ text: "two", kind: "count" });
    // Without the count before, or without the participle, a word stays a number.
    expect(all.extract("The team scored and nine injured players sat out")[0]).toMatchObject({ kind: "count" });
    expect(all.extract("Four miners were killed and soon seventy more")[1]).toMatchObject({ text: "seventy", kind: "number" });
    expect(all.extract("It happened at nine, and nine injured")[0]).toMatchObject({ kind: "number" });
  });
  it("skips scores, clock times, codes, list markers and years", () => {
    expect(extract("won 6-3, 7-6(4) at 10:30 with COVID-19 and 5G\n1. In 2023")).toEqual([]);
  });
  it("skips the bare word one and zero before a noun", () => {
    expect(extract("one of the largest; zero tolerance")).toEqual([]);
  });
  it("skips a zero in words that names a level after a preposition", () => {
    expect(extract("The duty was cut to zero, held at zero for a year, and night frosts dipped below zero.")).toEqual([]);
    // The end of a change from a figure is its new value.
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Import duties fell from 12% to zero.").map((f) => [f.text, f.value])).toEqual([
      ["12%", 12],
      ["zero", 0],
    ]);
    // Digits, and a zero that is no object of a preposition, stay numbers.
    expect(extract("The rate stood at 0 while zero is the target").map((f) => [f.text, f.value])).toEqual([
      ["0", 0],
      ["zero", 0],
    ]);
  });
  it("reads a rating or a rank in the thousands as a number, not a count", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("At 19 she is already rated 2,615, and her coach had a rating of 2,480.").map((f) => [f.text, f.kind])).toEqual([
      ["19", "number"],
      ["2,615", "number"],
      ["2,480", "number"],
    ]);
    expect(all.extract("The university is ranked 1,150 worldwide.")[0]).toMatchObject({ text: "1,150", kind: "number" });
    // Elsewhere a bare amount in the thousands still counts something named nearby.
    expect(all.extract("More than 3,400 were registered.")[0]).toMatchObject({ kind: "count" });
  });
  it("skips a phone number after a plus sign, group by group", () => {
    expect(extract("Call the hotline on +7 727 244 11 22 or +1 415 555 0100 (24/7), or +44 (20) 7946-0958.")).toEqual([]);
  });
  it("skips a phone number after a word that asks to dial it", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("For help, call the hotline 8 800 080 7777 or write to us.")).toEqual([]);
    expect(all.extract("Tel.: 8 (7172) 60-30-30")).toEqual([]);
    expect(all.extract("In an emergency, dial 112.")).toEqual([]);
    // Not after other words, and not when the phone word names a thing counted.
    expect(all.extract("The 3 500 workers")[0]).toMatchObject({ text: "3 500 workers", kind: "count", value: 3500 });
    expect(all.extract("a phone that costs 300 som")[0]).toMatchObject({ kind: "money", value: 300 });
  });
  it("skips a short number to dial after an emergency line or a help line, with a comma", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Report a gas leak to the emergency line, 104, or the helpline, 1414.")).toEqual([]);
    expect(all.extract("Write down the phone number 8 800 080 1234 and the emergency number: 103.")).toEqual([]);
    // A line or a number without a dialling word stays a label, or a number.
    expect(all.extract("Take metro line, 3 stops on; the line, 150 km long, the number, 42, is lucky.").map((f) => f.text)).toEqual([
      "3 stops",
      "150 km",
      "42",
    ]);
  });
  it("continues an average count with a decimal", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Women have 2.9 children on average, against 3.4 a decade ago.")).toMatchObject([
      { text: "2.9 children", kind: "count", value: 2.9 },
      { text: "3.4", kind: "count", value: 3.4 },
    ]);
    // A decimal after a whole count is a number, as before.
    expect(all.extract("Some 40 families left, about 0.5 of the village.")[1]).toMatchObject({ text: "about 0.5", kind: "number" });
  });
  it("keeps a number after a signed short one", () => {
    expect(extract("a swing of +3 and 45 later")).toMatchObject([{ text: "45", value: 45 }]);
  });
  it("reads a number with a time rate after it as an elliptical count", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("The line added buses, to 40 a day, and the ferry sails 3 per week.")).toMatchObject([
      { text: "40 a day", kind: "count", value: 40, per: "day" },
      { text: "3 per week", kind: "count", value: 3, per: "week" },
    ]);
    expect(all.extract("Trains rose from 12 to 16 every month.")[0]).toMatchObject({ text: "from 12 to 16 every month", kind: "count", min: 12, max: 16, per: "month" });
  });
  it("does not read a point in time as a rate", () => {
    expect(extract("up from 35 a year ago")).toMatchObject([{ text: "35", kind: "number" }]);
  });
  it("skips road markers: a unit of length before the number", () => {
    expect(extract("Traffic was stopped at km 214 of the M39, near Kilometre 38.")).toEqual([]);
    // Not a rate or a length with two units.
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Tolls are 30 tenge per km 12 times a day").map((f) => f.text)).toEqual(["30 tenge per km", "12 times"]);
  });
  it("counts the things named by the number of … at its value", () => {
    expect(extract("Officials put the number of flooded homes at 340.")).toMatchObject([{ text: "340", kind: "count", value: 340 }]);
    expect(extract("The total number of licensed clinics stood at 18, and the number of beds rose to 96.")).toMatchObject([
      { text: "18", kind: "count" },
      { text: "96", kind: "count" },
    ]);
  });
  it("keeps a number a number when the number of … is not what it gives", () => {
    expect(extract("The number of victims is unknown; he was 58.")).toMatchObject([{ text: "58", kind: "number" }]);
    expect(extract("A number of schools closed at 3")).toMatchObject([{ text: "3", kind: "number" }]);
  });
  it("skips quarters and halves of a year", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Profit grew in the first three quarters of 2023 and fell in the last two quarters.")).toEqual([]);
    expect(all.extract("Three quarters of the harvest was lost.")).toMatchObject([{ text: "Three quarters", value: 0.75 }]);
  });
  it("skips a flight number after flight and an airline code", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Passengers on flight KC 917 and on Flights J2 8012 were rebooked.")).toEqual([]);
    // A code alone, or flight without a code, is not enough to make a count a label.
    expect(all.extract("The KC 917 seats sold out.")[0]).toMatchObject({ text: "917 seats", kind: "count" });
    expect(all.extract("The flight took 14 passengers.")[0]).toMatchObject({ text: "14 passengers", kind: "count" });
  });
  it("skips school years after grades and classes", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("New textbooks reach 420,000 children in grades 5 to 9 and all classes 10-11 next term.").map((f) => f.text)).toEqual(["420,000 children"]);
  });
  it("continues a count with a number in words after up from or down from", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Nine regional airports now take foreign flights, up from four in 2021.").map((f) => [f.text, f.kind])).toEqual([
      ["Nine regional airports", "count"],
      ["four", "count"],
    ]);
    expect(all.extract("Thirty clinics stayed open, down from forty.")[1]).toMatchObject({ text: "forty", kind: "count", value: 40 });
    // Without a count before it, it stays a number.
    expect(all.extract("The index is at nine, up from four.").map((f) => f.kind)).toEqual(["number", "number"]);
  });
  it("counts the members of a group named right before of", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("The prize went to one of a shortlist of five chosen by the jury.")).toMatchObject([{ text: "five", kind: "count", value: 5 }]);
    expect(all.extract("A team of twelve reached the summit.")).toMatchObject([{ text: "twelve", kind: "count", value: 12 }]);
    // A name in capitals is no group.
    expect(all.extract("The Group of Seven met in Rome.")).toMatchObject([{ text: "Seven", kind: "number" }]);
  });
  it("reads an age after a life event and at as a number, not a continued count", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("She won 14 medals in 9 seasons and retired at 31.").map((f) => [f.text, f.kind])).toEqual([
      ["14 medals", "count"],
      ["9 seasons", "count"],
      ["31", "number"],
    ]);
    // Other words before at still continue the count.
    expect(all.extract("Police detained 40 people, with 12 at the station.")[1]).toMatchObject({ text: "12", kind: "count" });
  });
  it("skips a short number given as an example and a service's number after on", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("Scam texts come from a short number such as 1414; call the ambulance on 103.")).toEqual([]);
    // "on" after other words, and a short number of one or two digits, stay figures.
    expect(all.extract("Police on 12 occasions fined 30 drivers on 5.").map((f) => f.text)).toEqual(["12 occasions", "30 drivers", "5"]);
  });
  it("reads a rising dash range before band, bracket or range as a number range", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("The school entered the 301–350 band after a 3-1 loss.")).toMatchObject([
      { text: "301–350", kind: "number", value: null, min: 301, max: 350 },
    ]);
    expect(all.extract("the 50-40 band")).toEqual([]);
  });
  it("reads a lead in words after a count as counting the same thing", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("The club ended on 61 points, three behind the champions, and Norway finished four clear of Sweden.")).toMatchObject([
      { text: "61 points", kind: "count", value: 61 },
      { text: "three", kind: "count", value: 3 },
      { text: "four", kind: "count", value: 4 },
    ]);
    // Without a count before it, a lead in words is a plain number.
    expect(all.extract("Kazakhstan finished two ahead of Iran.")).toMatchObject([{ text: "two", kind: "number", value: 2 }]);
  });
  it("reads a board or lane number as a label", () => {
    const all = createFigureExtractor({ rules: DEFAULT_FIGURE_RULES });
    expect(all.extract("She won 6 games on board 2, and he swam in lane 5.").map((f) => f.text)).toEqual(["6 games"]);
  });
});
