import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./html.js";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  });
});

describe("the html format", () => {
  it("names an input that could not be read, escaped", () => {
    const out = html.item({ index: 0, name: "<b>.txt", error: "no such file or directory" }, { only: undefined, many: true });
    expect(out).toContain("&lt;b&gt;.txt");
    expect(out).toContain("no such file or directory");
  });

  it("opens and closes one document, with totals only for several inputs", () => {
    const counts = { pages: 2, failed: 0, articles: 3, quotes: 5, dates: 4, figures: 6, byKind: { money: 6 } };
    expect(html.head({ only: undefined, many: false })).toMatch(/^<!doctype html>/);
    expect(html.tail({ only: undefined, many: false }, counts)).toBe("</body></html>\n");
    expect(html.tail({ only: undefined, many: true }, counts)).toMatch(/2 page\(s\) parsed.*money <b>6<\/b>/);
  });
});
