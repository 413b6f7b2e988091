import { describe, expect, it } from "vitest";
import { DEFAULT_CUE_WEIGHTS } from "./cues.js";
import { segmentArticles, segmentWith, type TitleTrace } from "./segment-articles.js";

const TICKER = ["• KGS/USD = 0.01144 0%", "  • KZT/USD = 0.00196 -0%", "  • TJS/USD = 0.10899 0%", "  • UZS/USD = 0.00008 0%"];

/** Headlines and subheadings of a page, for short assertions. */
function outline(text: string): string[] {
  return segmentArticles(text).articles.flatMap((a) => [
    `H ${a.headline.text}`,
    ...a.blocks.filter((b) => b.type === "subheading").map((b) => `S ${b.text}`),
  ]);
}

describe("segmentArticles: the header", () => {
  it("matches its documented example", () => {
    const page = [
      "• KGS/USD = 0.01144 0%",
      "  • KZT/USD = 0.00196 -0%",
      "08 December 2025",
      "",
      "Drop in Uzbekistan’s Gold Sales",
      "",
      "In April, Uzbekistan’s sales of gold dropped significantly, according to data published by the World Gold Council (WGC).",
    ].join("\n");
    const seg = segmentArticles(page);
    expect(seg.date).toEqual({ value: "2025-12-08", span: { start: 49, end: 65 } });
    expect(seg.articles[0]?.headline.text).toBe("Drop in Uzbekistan’s Gold Sales");
    expect(seg.articles[0]?.blocks[0]?.type).toBe("paragraph");
  });

  it("spans the whole ticker block, from the first bullet to the last percent sign", () => {
    const text = `${[...TICKER, ...TICKER].join("\n")}\n08 December 2025\n\nA Headline About Water Deals\n\nThe ministers met again on Monday.`;
    const seg = segmentArticles(text);
    expect(seg.ticker).toEqual({ start: 0, end: text.indexOf("\n08 December") });
    expect(seg.date?.value).toBe("2025-12-08");
  });

  it("reads a page without a ticker or a date line", () => {
    const seg = segmentArticles("A Headline About Water Deals\n\nThe ministers met again on Monday.");
    expect(seg.ticker).toBeNull();
    expect(seg.date).toBeNull();
    expect(seg.articles).toHaveLength(1);
  });

  it("reads the pagination of a listing page and keeps the printed total", () => {
    const text = `${TICKER.join("\n")}\n02 December 2024\n\nViewing results 1 - 2 of 1\n\nFirst Story About Trade\n\nTrade grew by 5%...\n\nSecond Story About Power\n\nPower prices rose.`;
    const seg = segmentArticles(text);
    expect(seg.pagination).toMatchObject({ from: 1, to: 2, total: 1 });
    expect(text.slice(seg.pagination!.span.start, seg.pagination!.span.end)).toBe("Viewing results 1 - 2 of 1");
  });

  it("keeps a stray line before the first headline in the preamble", () => {
    const seg = segmentArticles(`${TICKER.join("\n")}\n08 December 2025\n\nAdvertisement\n\nA Headline About Water Deals\n\nThe ministers met again on Monday.`);
    expect(seg.preamble.map((b) => [b.type, b.text])).toEqual([["paragraph", "Advertisement"]]);
    expect(seg.articles[0]?.headline.text).toBe("A Headline About Water Deals");
  });

  it("finds the ticker block and the date line after a stray line, which stays in the preamble", () => {
    const text = `Subscribe to our newsletter.\n${TICKER.join("\n")}\n08 December 2025\n\nA Headline About Water Deals\n\nThe ministers met.`;
    const seg = segmentArticles(text);
    expect(seg.ticker).toEqual({ start: text.indexOf("•"), end: text.indexOf("\n08 December") });
    expect(seg.date?.value).toBe("2025-12-08");
    expect(seg.preamble.map((b) => b.text)).toEqual(["Subscribe to our newsletter."]);
    expect(seg.articles.map((a) => a.headline.text)).toEqual(["A Headline About Water Deals"]);
  });

  it("finds the pagination line after a stray line between the date and the first headline", () => {
    const text = `Advertisement\n${TICKER.join("\n")}\n02 December 2024\n\nSponsored content\n\nViewing results 1 - 2 of 40\n\nFirst Story About Trade\n\nTrade grew by 5%...\n\nSecond Story About Power\n\nPower prices rose.`;
    const seg = segmentArticles(text);
    expect(seg.ticker).not.toBeNull();
    expect(seg.date?.value).toBe("2024-12-02");
    expect(seg.pagination).toMatchObject({ from: 1, to: 2, total: 40 });
    expect(seg.preamble.map((b) => b.text)).toEqual(["Advertisement", "Sponsored content"]);
    expect(seg.articles).toHaveLength(2);
  });

  it("takes a date line only right after the ticker block or at the top of the page", () => {
    const seg = segmentArticles(`${TICKER.join("\n")}\nAdvertisement\n08 December 2025\n\nA Headline About Water Deals\n\nThe ministers met.`);
    expect(seg.ticker).not.toBeNull();
    expect(seg.date).toBeNull();
    expect(seg.preamble.map((b) => b.text)).toEqual(["Advertisement", "08 December 2025"]);
  });

  it("puts body text before any headline in the preamble", () => {
    const seg = segmentArticles("the end of a story cut off by the scraper.\n\nA Headline About Water Deals\n\nThe ministers met.");
    expect(seg.preamble.map((b) => b.text)).toEqual(["the end of a story cut off by the scraper."]);
  });

  it("returns an empty segmentation for an empty or blank page", () => {
    for (const text of ["", "\n\n", " \u00a0 \n\t"]) {
      expect(segmentArticles(text)).toEqual({ ticker: null, date: null, pagination: null, preamble: [], articles: [] });
    }
  });
});

describe("segmentArticles: blocks", () => {
  const STORY = [
    "World Bank: Poverty Falls in Kazakhstan, but Inequality Persists",
    "",
    "The World Bank has released a report on poverty in Kazakhstan, analyzing trends from 2006 to 2021.",
    "",
    "Defining Poverty",
    "",
    "Image: TCA, Ilyas Otan",
    "",
    "Poverty is broadly defined as the inability to meet basic human needs.",
    "",
    "@worldbank.org",
    "",
    "The World Bank identifies three distinct phases of development:",
    "",
    "  • 2006-2013 – Growth: Economic expansion reduced poverty from 49.5% to 11.1%",
    "  • 2014-2016 – Crisis: A sharp decline in oil prices saw poverty spike to 20.2%",
    "",
    '[caption id="a1" width="800"]The steppe in spring[/caption]',
    "",
    "  1. Investigation Planning – the system classifies the offense",
  ].join("\n");

  it("types every line of the body", () => {
    const [article] = segmentArticles(STORY).articles;
    expect(article?.blocks.map((b) => b.type)).toEqual([
      "paragraph",
      "subheading",
      "credit",
      "paragraph",
      "credit",
      "paragraph",
      "list-item",
      "list-item",
      "caption",
      "list-item",
    ]);
  });

  it("gives each block the trimmed line as text, and a span that slices to it", () => {
    const [article] = segmentArticles(STORY).articles;
    for (const b of article!.blocks) {
      expect(STORY.slice(b.span.start, b.span.end)).toBe(b.text);
      expect(b.text).toBe(b.text.trim());
    }
    expect(article?.span).toEqual({ start: 0, end: STORY.length });
  });

  it("leaves subheads flattened into a teaser inside the paragraph", () => {
    const text = "Opinion: Lessons of the Transition\n\nThe end of an era came with protests.  Akezhan Kazhegeldin Former Prime Minister fled abroad in 1998...";
    const [article] = segmentArticles(text).articles;
    expect(article?.blocks.map((b) => b.type)).toEqual(["paragraph"]);
    expect(article?.truncated).toBe(true);
  });

  it("flags a teaser cut even when a Continue reading marker follows it", () => {
    const text = "A Story About Water\n\nThe ministers met again and signed a protocol that nobody...\n\nContinue reading\n\nA Story About Power\n\nPrices rose.";
    expect(segmentArticles(text).articles.map((a) => a.truncated)).toEqual([true, false]);
  });

  it("flags a teaser cut followed by a Continue reading marker on the same line", () => {
    const text = "A Story About Water\n\nThe ministers met again and signed a protocol that nobody... Continue reading";
    expect(segmentArticles(text).articles[0]?.truncated).toBe(true);
    expect(segmentArticles("A Story About Water\n\nThe ministers met. Continue reading").articles[0]?.truncated).toBe(false);
  });

  it("reads a title with nothing after it as a paragraph", () => {
    const [article] = segmentArticles("A Story About Water\n\nThe ministers met.\n\nReporting by Our Correspondent").articles;
    expect(article?.blocks.map((b) => [b.type, b.text])).toEqual([
      ["paragraph", "The ministers met."],
      ["paragraph", "Reporting by Our Correspondent"],
    ]);
  });
});

describe("segmentArticles: headline or subheading", () => {
  it("takes every title of a listing page as a headline", () => {
    const text = [
      "Viewing results 7 - 9 of 950",
      "Short Title",
      "Teaser one goes on and on about trade...",
      "Another Short Title",
      "Teaser two about power prices.",
      "Third",
      "Teaser three about water.",
    ].join("\n\n");
    expect(outline(text)).toEqual(["H Short Title", "H Another Short Title", "H Third"]);
  });

  it("starts a new story after an NBSP-only separator line", () => {
    const text = [
      "Kazakhstan Expands Copper Smelting Capacity in the Abai Region",
      "Kazakhstan plans to double copper output by 2030, the ministry said.",
      "The smelter will employ two thousand people.",
      "\u00a0",
      "Drop in Gold Sales",
      "Gold sales fell in April, according to the World Gold Council.",
    ].join("\n\n");
    expect(outline(text)).toEqual(["H Kazakhstan Expands Copper Smelting Capacity in the Abai Region", "H Drop in Gold Sales"]);
  });

  it("keeps a short title followed by a connective inside the story", () => {
    const text = [
      "Kazakhstan Expands Copper Smelting Capacity in the Abai Region",
      "Kazakhstan plans to double copper output by 2030, the ministry said.",
      "The smelter will employ two thousand people and process ore from three deposits.",
      "Rising Tensions",
      "However, the copper expansion worries smelters in neighbouring countries.",
    ].join("\n\n");
    expect(outline(text)).toEqual(["H Kazakhstan Expands Copper Smelting Capacity in the Abai Region", "S Rising Tensions"]);
  });

  it("explains each decision, cue by cue, through the trace", () => {
    const text = [
      "Kazakhstan Expands Copper Smelting Capacity in the Abai Region",
      "Kazakhstan plans to double copper output by 2030, the ministry said.",
      "The smelter will employ two thousand people and process ore from three deposits.",
      "Rising Tensions",
      "However, the copper expansion worries smelters in neighbouring countries.",
    ].join("\n\n");
    const trace: TitleTrace[] = [];
    const seg = segmentWith(text, DEFAULT_CUE_WEIGHTS, trace);
    expect(trace.map((t) => [t.title, t.role])).toEqual([["Rising Tensions", "subheading"]]);
    expect(trace[0]?.score.votes.continuingOpening).toBeLessThan(0);
    expect(seg).toEqual(segmentArticles(text));
  });

  it("treats CRLF pages like LF pages", () => {
    const lf = "A Story About Water\n\nThe ministers met.\n\nHowever Talks Went On\n\nHowever, nothing was signed.";
    const crlf = lf.replaceAll("\n", "\r\n");
    const texts = (t: string) => segmentArticles(t).articles.map((a) => [a.headline.text, a.blocks.map((b) => [b.type, b.text])]);
    expect(texts(crlf)).toEqual(texts(lf));
  });
});

describe("segmentArticles: misuse", () => {
  it("throws a TypeError that names the function on a non-string", () => {
    expect(() => segmentArticles(42 as unknown as string)).toThrow(TypeError);
    expect(() => segmentArticles(null as unknown as string)).toThrow(/segmentArticles\(text\) expects a string/);
  });
});
