import { describe, expect, it } from "vitest";
import { parseTicker } from "./parse-ticker.js";

const BLOCK = [
  "• KGS/USD = 0.01144 0%",
  "  • KZT/USD = 0.00192 -0%",
  "  • TJS/USD = 0.10879 0.28%",
].join("\n");

describe("parseTicker", () => {
  it("reads each quote with rate, change and trend", () => {
    const quotes = parseTicker(BLOCK);
    expect(quotes.map((q) => q.pair)).toEqual(["KGS/USD", "KZT/USD", "TJS/USD"]);
    expect(quotes[2]).toMatchObject({ base: "TJS", quote: "USD", rate: 0.10879, rateText: "0.10879", change: 0.28, trend: "up" });
  });

  it("reads -0% as a small fall and 0% as flat", () => {
    const [kgs, kzt] = parseTicker(BLOCK);
    expect(kgs).toMatchObject({ change: 0, changeText: "0%", trend: "flat" });
    expect(kzt).toMatchObject({ change: 0, changeText: "-0%", trend: "down" });
    expect(Object.is(kzt!.change, -0)).toBe(false);
  });

  it("reads negative changes as negative numbers", () => {
    const [q] = parseTicker("• UZS/USD = 0.00008 -1.25%");
    expect(q).toMatchObject({ change: -1.25, trend: "down" });
  });

  it("keeps the rate text verbatim while the rate is a number", () => {
    const [q] = parseTicker("• UZS/USD = 0.00008 0%");
    expect(q!.rateText).toBe("0.00008");
    expect(q!.rate).toBe(0.00008);
  });

  it("counts repeated quotes once, in first-seen order, with their occurrences", () => {
    const text = `${BLOCK}\n  ${BLOCK}\n  ${BLOCK}\n`;
    const quotes = parseTicker(text);
    expect(quotes).toHaveLength(3);
    expect(quotes.map((q) => q.occurrences)).toEqual([3, 3, 3]);
  });

  it("gives the first occurrence's span, from bullet to percent sign", () => {
    const quotes = parseTicker(`${BLOCK}\n${BLOCK}`);
    for (const q of quotes) expect(BLOCK.slice(q.span.start, q.span.end)).toMatch(/^• [A-Z]{3}\/USD = [\d.]+ -?[\d.]+%$/);
    expect(quotes[0]!.span).toEqual({ start: 0, end: 22 });
  });

  it("gives two quotes for the same pair at two rates", () => {
    const quotes = parseTicker("• KZT/USD = 0.00192 0%\n• KZT/USD = 0.00193 0%\n• KZT/USD = 0.00192 0%");
    expect(quotes.map((q) => [q.rateText, q.occurrences])).toEqual([
      ["0.00192", 2],
      ["0.00193", 1],
    ]);
  });

  it("rejects codes that are not ISO 4217", () => {
    expect(parseTicker("• KZX/USD = 0.00192 0%\n• KZT/USX = 0.1 0%")).toEqual([]);
  });

  it("rejects malformed lines", () => {
    const lines = [
      "• KZT/USD = abc 0%",
      "• KZT/USD = 0.00192",
      "• KZT/USD 0.00192 0%",
      "• kzt/usd = 0.00192 0%",
      "• KZT/USD = 0.00192 0% extra",
      "• KZT-USD = 0.00192 0%",
      "• KZTUSD = 0.00192 0%",
    ];
    expect(parseTicker(lines.join("\n"))).toEqual([]);
  });

  it("ignores a quote written inside prose", () => {
    expect(parseTicker("On Monday the rate stood at KZT/USD = 0.00192 -0% according to the bank.")).toEqual([]);
  });

  it("reads CRLF input like LF input", () => {
    const lf = parseTicker(BLOCK);
    const crlf = parseTicker(BLOCK.replaceAll("\n", "\r\n"));
    expect(crlf.map(({ span: _s, ...q }) => q)).toEqual(lf.map(({ span: _s, ...q }) => q));
  });

  it("returns nothing for empty or tickerless text", () => {
    expect(parseTicker("")).toEqual([]);
    expect(parseTicker("Just a headline\n\nAnd a paragraph.")).toEqual([]);
  });

  it("throws a TypeError that names the problem for a non-string", () => {
    expect(() => parseTicker(null as unknown as string)).toThrow(TypeError);
    expect(() => parseTicker(null as unknown as string)).toThrow(/parseTicker\(text\) expects a string, got null/);
  });
});
