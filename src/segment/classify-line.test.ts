import { describe, expect, it } from "vitest";
import { classifyLine, endsInEllipsis, readPageDate, readPagination } from "./classify-line.js";

/** Classifies a whole string as one trimmed line. */
function kind(line: string): string {
  return classifyLine(line, 0, line.length);
}

describe("classifyLine", () => {
  it("reads a short line without a closing full stop as a title", () => {
    expect(kind("Drop in Uzbekistan’s Gold Sales")).toBe("title");
    expect(kind("When Mom and Dad are the murderers")).toBe("title");
  });

  it("lets titles ask questions and quote", () => {
    expect(kind("Planting Trees to Heal Old Wounds: Can a Desert Forest Save the Aral’s Last Residents?")).toBe("title");
    expect(kind("Netflix Documentary ‘Off Road’ Showcases Kyrgyzstan to the World")).toBe("title");
    expect(kind("“Survivalist tree?”")).toBe("title");
  });

  it("reads short sentences ending in a full stop, a colon or a quoted sentence as paragraphs", () => {
    expect(kind("Alexander Bublik wasn’t enjoying tennis.")).toBe("paragraph");
    expect(kind("The World Bank identifies three distinct phases of development:")).toBe("paragraph");
    expect(kind("“I cannot just take only good emotions and just, you know, fly in the clouds.”")).toBe("paragraph");
  });

  it("reads a line holding a whole sentence before more text as a paragraph", () => {
    expect(kind("Your plan took three years to finish. What held it up?")).toBe("paragraph");
    expect(kind("The talks failed. Now what?")).toBe("paragraph");
  });

  it("reads the labelled turns of an interview as paragraphs, however short", () => {
    expect(kind("Q: How big is the catch now?")).toBe("paragraph");
    expect(kind("A: Bigger than anyone expected")).toBe("paragraph");
    expect(kind("Question: What comes next?")).toBe("paragraph");
    expect(kind("Answer – Nobody knows")).toBe("paragraph");
    // A title that merely opens with the letter, or with an article, stays one.
    expect(kind("Qatar Airways Adds Almaty Flights")).toBe("title");
    expect(kind("A New Road for the Pamirs")).toBe("title");
  });

  it("reads a question in running prose (a connective, sentence case) as a paragraph", () => {
    expect(kind("So who will pay for the new roads?")).toBe("paragraph");
    expect(kind("But will the money reach the villages?")).toBe("paragraph");
    expect(kind("And what happens when the quota runs out?")).toBe("paragraph");
    expect(kind("Yet why would Astana agree?")).toBe("paragraph");
  });

  it("keeps a question in title case, or one that opens without a connective, a title", () => {
    expect(kind("So What Comes Next for the Caspian Pipeline?")).toBe("title");
    expect(kind("But Is It Enough?")).toBe("title");
    expect(kind("Can Kyrgyz Hydropower Keep the Lights On?")).toBe("title");
    expect(kind("Solar Auctions: Who Wins, Who Pays?")).toBe("title");
  });

  it("keeps abbreviations and initials inside a title", () => {
    expect(kind("U.S. Envoy Visits Tashkent for Talks on Trade")).toBe("title");
    expect(kind("Kazakhstan vs. Uzbekistan: Who Leads in Solar?")).toBe("title");
    expect(kind("St. Petersburg Forum Draws Central Asian Leaders")).toBe("title");
    expect(kind("Tennis Star Climbs to No. 4 in the World")).toBe("title");
    expect(kind("Dr. Aliya Sultan on the Future of Medicine")).toBe("title");
    expect(kind("Samruk Energy Corp. Buys a Stake in a Wind Farm")).toBe("title");
  });

  it("reads a teaser cut and a line that starts in lower case as paragraphs", () => {
    expect(kind("Meanwhile, political scientist Andrey Chebotarev highlighted...")).toBe("paragraph");
    expect(kind("and the talks went on")).toBe("paragraph");
  });

  it("reads a long line as a paragraph even without a full stop", () => {
    expect(kind(`A ${"very ".repeat(40)}long line`)).toBe("paragraph");
  });

  it("reads bullets and numbered items as list items", () => {
    expect(kind("• 2006-2013 – Growth: Economic expansion and proactive social policies reduced poverty")).toBe("list-item");
    expect(kind("1. Investigation Planning – Upon registration of a criminal case, the system classifies the offense")).toBe("list-item");
    expect(kind("2024. A year of change")).not.toBe("list-item");
  });

  it("reads image credits and handles as credits", () => {
    expect(kind("Image: TCA, Ilyas Otan")).toBe("credit");
    expect(kind("@worldbank.org")).toBe("credit");
    expect(kind("@pip.worldbank.org")).toBe("credit");
    expect(kind("Photo credit: Akorda")).toBe("credit");
  });

  it("reads a caption shortcode on its own line as a caption", () => {
    expect(kind('[caption id="attachment_1" align="alignnone" width="800"]A tree in the Aralkum[/caption]')).toBe("caption");
  });

  it("reads Continue reading markers as markers, not titles", () => {
    expect(kind("Continue reading")).toBe("read-more");
    expect(kind("Read more »")).toBe("read-more");
  });

  it("reads a date line inside the body as text, not a title", () => {
    expect(kind("08 December 2025")).toBe("paragraph");
  });

  it("classifies a slice of a larger text by its offsets", () => {
    const text = "xx Misplaced Trust yy";
    expect(classifyLine(text, 3, 18)).toBe("title");
  });
});

describe("readPageDate", () => {
  it("reads the zero-padded page date as ISO", () => {
    expect(readPageDate("08 December 2025", 0, 16)).toBe("2025-12-08");
    expect(readPageDate("2 December 2024", 0, 15)).toBe("2024-12-02");
  });

  it("rejects days that do not exist and dates inside sentences", () => {
    expect(readPageDate("31 February 2025", 0, 16)).toBeUndefined();
    expect(readPageDate("29 February 2024", 0, 16)).toBe("2024-02-29");
    const s = "On 08 December 2025 it rained";
    expect(readPageDate(s, 0, s.length)).toBeUndefined();
  });
});

describe("readPagination", () => {
  it("keeps the numbers as printed, even a total below the last result", () => {
    expect(readPagination("Viewing results 19 - 24 of 1312", 0, 31)).toEqual({ from: 19, to: 24, total: 1312 });
    expect(readPagination("Viewing results 1 - 6 of 5", 0, 26)).toEqual({ from: 1, to: 6, total: 5 });
  });

  it("rejects other lines", () => {
    expect(readPagination("Viewing results", 0, 15)).toBeUndefined();
  });
});

describe("endsInEllipsis", () => {
  it("sees three dots, more dots and the ellipsis character", () => {
    for (const s of ["the center of...", "‘Kazakhgate’....", "Rwanda and…"]) expect(endsInEllipsis(s, 0, s.length)).toBe(true);
  });

  it("does not see a single full stop or an empty range", () => {
    expect(endsInEllipsis("the end.", 0, 8)).toBe(false);
    expect(endsInEllipsis("..", 0, 2)).toBe(false);
    expect(endsInEllipsis("...", 1, 1)).toBe(false);
  });
});
