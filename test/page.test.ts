/**
 * parsePage: the capabilities composed the way users consume them, on the
 * seed pages (fixtures/pages).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDates, PageSchema, parsePage, parseTicker, segmentArticles, type Figure, type Page } from "../src/index.js";
import { hostileText, mutatedPage, RUNS } from "./support/arbitraries.js";
import { loadSeeds } from "./support/shared.js";

const seeds = loadSeeds();
const seed000 = seeds.find((s) => s.id.startsWith("000_"))!.text;
/** Page 000 without its ticker block: the same stories, no rates on the page. */
const withoutTicker = seed000.slice(segmentArticles(seed000).ticker!.end);

function allFigures(page: Page): Figure[] {
  return page.articles.flatMap((a) => a.figures);
}
function money(page: Page, currency: string): Figure[] {
  return allFigures(page).filter((f) => f.kind === "money" && f.currency === currency);
}

describe("parsePage on seed page 000", () => {
  const page = parsePage(seed000);

  it("is a valid Page by its own schema", () => {
    expect(PageSchema.safeParse(page).success).toBe(true);
  });

  it("keeps the header of the segmentation and the quotes of the ticker", () => {
    const seg = segmentArticles(seed000);
    expect(page.ticker).toEqual(seg.ticker);
    expect(page.date).toEqual({ value: "2025-12-12", span: seg.date!.span });
    expect(page.quotes).toEqual(parseTicker(seed000));
    expect(page.articles.map((a) => a.headline)).toEqual(seg.articles.map((a) => a.headline));
  });

  it("prices KZT amounts in dollars at the page's own KZT/USD rate", () => {
    const kzt = money(page, "KZT").filter((f) => f.value !== null);
    expect(kzt.length).toBeGreaterThanOrEqual(5);
    for (const f of kzt) {
      expect(f.usd).toEqual({ value: expect.any(Number), rate: 0.00192, source: "ticker" });
      expect(f.usd!.value).toBeCloseTo(f.value! * 0.00192, 6);
    }
    const charity = kzt.find((f) => f.text === "more than KZT 1.5 billion ($2.8 million)")!;
    expect(charity.usd).toEqual({ value: 2_880_000, rate: 0.00192, source: "ticker" });
  });

  it("gives the bracketed dollar equivalent a usd value at rate 1", () => {
    const charity = money(page, "KZT").find((f) => f.equivalent !== undefined)!;
    expect(charity.equivalent!.usd).toEqual({ value: charity.equivalent!.value, rate: 1, source: "ticker" });
  });

  it("leaves money without a single value (\"billions of tenge\") without usd", () => {
    const vague = money(page, "KZT").find((f) => f.value === null)!;
    expect(vague.text).toBe("billions of tenge");
    expect(vague.usd).toBeUndefined();
  });

  it("gives usd to money only", () => {
    for (const f of allFigures(page)) if (f.kind !== "money") expect(f.usd).toBeUndefined();
  });

  it("gives every article its own dates and figures, each inside the article's span", () => {
    expect(page.articles.length).toBe(6);
    for (const article of page.articles) {
      expect(article.dates.length + article.figures.length).toBeGreaterThan(0);
      for (const fact of [...article.dates, ...article.figures]) {
        expect(fact.span.start).toBeGreaterThanOrEqual(article.span.start);
        expect(fact.span.end).toBeLessThanOrEqual(article.span.end);
        expect(seed000.slice(fact.span.start, fact.span.end)).toBe(fact.text);
      }
    }
  });

  it("keeps each article's facts sorted by position", () => {
    for (const a of page.articles) {
      for (const list of [a.dates, a.figures]) {
        const starts = list.map((f) => f.span.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
      }
    }
  });

  it("does not repeat facts of the header (the date line, the ticker rates) in any article", () => {
    const headerEnd = page.articles[0]!.span.start;
    for (const a of page.articles) for (const fact of [...a.dates, ...a.figures]) expect(fact.span.start).toBeGreaterThanOrEqual(headerEnd);
    const everyDate = detectDates(seed000, { referenceDate: "2025-12-12" });
    expect(everyDate.some((d) => d.span.start < headerEnd)).toBe(true);
  });

  it("resolves relative dates against the page's date line", () => {
    const july = page.articles[0]!.dates.find((d) => d.text === "July 14")!;
    expect(july).toMatchObject({ start: "2025-07-14", end: "2025-07-14", relative: true });
  });
});

describe("parsePage options", () => {
  it("resolves relative dates against options.referenceDate instead of the page date", () => {
    const page = parsePage(seed000, { referenceDate: "2025-03-01" });
    const july = page.articles[0]!.dates.find((d) => d.text === "July 14")!;
    expect(july.start).toBe("2024-07-14");
  });

  it("passes the bias on: a yearless date leans forward with bias future", () => {
    const page = parsePage(seed000, { bias: "future" });
    expect(page.articles[0]!.dates.find((d) => d.text === "July 14")!.start).toBe("2026-07-14");
  });

  it("takes a Date as the reference, read in UTC", () => {
    const page = parsePage(seed000, { referenceDate: new Date(Date.UTC(2025, 2, 1)) });
    expect(page.articles[0]!.dates.find((d) => d.text === "July 14")!.start).toBe("2024-07-14");
  });

  it("uses options.rates when the page has no ticker", () => {
    const page = parsePage(withoutTicker, { rates: { KZT: 0.002 } });
    expect(page.quotes).toEqual([]);
    const kzt = money(page, "KZT").filter((f) => f.value !== null);
    expect(kzt.length).toBeGreaterThan(0);
    for (const f of kzt) expect(f.usd).toMatchObject({ rate: 0.002, source: "rates" });
    expect(money(page, "USD").find((f) => f.value !== null)!.usd).toMatchObject({ rate: 1, source: "rates" });
  });

  it("lets the caller's rates win over the page's ticker", () => {
    const page = parsePage(seed000, { rates: { KZT: 0.002 } });
    const charity = money(page, "KZT").find((f) => f.text === "more than KZT 1.5 billion ($2.8 million)")!;
    expect(charity.usd).toEqual({ value: 3_000_000, rate: 0.002, source: "rates" });
  });

  it("gives no usd at all without a ticker and without rates", () => {
    const page = parsePage(withoutTicker);
    expect(allFigures(page).filter((f) => f.kind === "money").length).toBeGreaterThan(0);
    expect(allFigures(page).some((f) => f.usd !== undefined || f.equivalent?.usd !== undefined)).toBe(false);
  });

  it("inverts a USD/XXX quote when the ticker prints the dollar first", () => {
    const text = "• USD/KZT = 500 0%\n12 December 2025\n\nKazakh Budget Grows Again\n\nThe budget received KZT 1 billion in taxes last year.\n";
    const page = parsePage(text);
    const f = money(page, "KZT")[0]!;
    expect(f.usd).toEqual({ value: 2_000_000, rate: 0.002, source: "ticker" });
  });

  it("throws a TypeError naming a bad option", () => {
    expect(() => parsePage(seed000, { referenceDate: "2025-13-40" })).toThrow(/referenceDate/);
    expect(() => parsePage(seed000, { bias: "sideways" as never })).toThrow(/bias/);
    expect(() => parsePage(seed000, { rates: { KZT: Number.NaN } })).toThrow(/rates\.KZT/);
    expect(() => parsePage(seed000, { rates: { kzt: 0.002 } })).toThrow(/ISO 4217/);
    expect(() => parsePage(seed000, { colour: "red" } as never)).toThrow(/unknown option "colour"/);
    expect(() => parsePage(seed000, { bias: "sideways" as never })).toThrow(TypeError);
  });

  it("throws a TypeError on a text that is not a string", () => {
    expect(() => parsePage(null as never)).toThrow(TypeError);
    expect(() => parsePage(42 as never)).toThrow(/parsePage\(text\) expects a string/);
  });
});

describe("parsePage on every seed page", () => {
  for (const seed of seeds) {
    it(`${seed.id}: articles, quotes and facts are consistent and the same twice`, () => {
      const page = parsePage(seed.text);
      expect(PageSchema.safeParse(page).success).toBe(true);
      expect(page.articles.length).toBeGreaterThan(0);
      for (const a of page.articles) {
        for (const f of [...a.dates, ...a.figures]) {
          expect(f.span.start).toBeGreaterThanOrEqual(a.span.start);
          expect(f.span.end).toBeLessThanOrEqual(a.span.end);
        }
      }
      expect(parsePage(seed.text)).toEqual(page);
    });
  }

  it("gives the segmentation's articles with their facts, key for key, and the ticker's quotes", () => {
    for (const seed of seeds) {
      const page = parsePage(seed.text);
      const seg = segmentArticles(seed.text);
      expect(page.quotes).toEqual(parseTicker(seed.text));
      expect(page.preamble).toEqual(seg.preamble);
      expect(page.articles.map(({ dates: _d, figures: _f, ...article }) => article)).toEqual(seg.articles);
      for (const a of page.articles) expect(Object.keys(a)).toEqual(["headline", "blocks", "truncated", "span", "dates", "figures"]);
    }
  });

  it("never throws on odd text", () => {
    for (const text of ["", "\n", "\u00a0", "\ud800", "• KZT/USD = 0 0%", "$", "KZT", "1".repeat(10_000)]) {
      expect(() => parsePage(text)).not.toThrow();
    }
  });
});

describe("parsePage reads the ticker from the lines it segments", () => {
  /** The quotes parsePage reports and the ones parseTicker reads from the whole text. */
  const same = (text: string): void => {
    expect(parsePage(text).quotes).toEqual(parseTicker(text));
  };

  it("finds the same quotes as parseTicker wherever ticker lines stand and however they are indented", () => {
    const line = "• KZT/USD = 0.00192 -0%";
    same(`Stray line\n${line}\n  • KGS/USD = 0.01144 0%\n12 December 2025\n\nHeadline Here\n\nBody text.\n  ${line}\n`);
    same(`\u2003${line}\n\t${line}\u00a0\n \u00a0${line} \r\n${line}\u2003\r${line}`);
    same(`${line}\n${line.replace("0.00192", "0.00193")}\n${line}\n  • USD/KZT = 500 +1%\n  • XXX/USD = 1 0%`);
    same("• KZT/USD = 0.00192 -0%".repeat(3));
  });

  it("finds the same quotes as parseTicker on mutated pages and hostile text", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedPage, hostileText), (text) => {
        same(text);
      }),
      { numRuns: RUNS },
    );
  });
});
