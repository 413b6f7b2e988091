/**
 * Headline or subheading on pages written for these tests (not taken from
 * the fixtures): two stories in a row on the same country, and an opinion
 * column that asks questions in running prose.
 */
import { describe, expect, it } from "vitest";
import { type Segmentation, segmentArticles } from "../src/segment/index.js";

/** Each article as its headline and its subheadings. */
function outline(seg: Segmentation): [string, string[]][] {
  return seg.articles.map((a) => [a.headline.text, a.blocks.filter((b) => b.type === "subheading").map((b) => b.text)]);
}

/**
 * Two Kyrgyz stories in a row. The first has a long title-case subheading
 * with no question mark ("How Bishkek Plans…", 67 characters) over a
 * paragraph that opens on a definite description ("The ministry worries…")
 * and takes up none of its words; the second story's headline names the
 * same country, and its lede restates it.
 */
const SAME_COUNTRY = [
  "• KGS/USD = 0.01144 0%",
  "  • KZT/USD = 0.00192 -0%",
  "14 November 2025",
  "",
  "Kyrgyzstan Raises Export Duty on Unrefined Gold to 10 Percent",
  "",
  "BISHKEK (TCA) — Kyrgyzstan’s Cabinet of Ministers has raised the export duty on unrefined gold from 5 to 10 percent, the Ministry of Economy said on Tuesday. The new rate will apply from January 1.",
  "",
  "The duty was last changed in 2019. Officials expect the measure to bring an additional 2 billion soms to the budget next year and to steer more of the metal to the refinery in Kara-Balta.",
  "",
  "How Bishkek Plans to Keep Small Miners From Going Underground Again",
  "",
  "The ministry worries that higher duties could push artisanal prospectors back into the shadow economy, as happened a decade ago. It proposes to buy their output at world prices through licensed dealers.",
  "",
  "Refinery Upgrade Slips to 2027",
  "",
  "As before, the Kara-Balta plant will process ore from Kumtor and smaller deposits, but the upgrade of its smelting line has been postponed by two years.",
  "",
  "Kyrgyz Coal Miners Strike Over Unpaid Wages",
  "",
  "Kyrgyzstan’s state coal company Kyrgyzkomur has been hit by a strike of 600 miners at its Kara-Keche mine, who say their wages are three months in arrears.",
  "",
  "The miners want the debt paid before the heating season starts. The company blames late payments from power plants in Bishkek.",
].join("\n");

/**
 * An opinion column whose writer asks two questions in running prose ("But
 * who will maintain…?", "So what should…?"), with one real subheading.
 */
const COLUMN = [
  "• KGS/USD = 0.01144 0%",
  "  • KZT/USD = 0.00192 -0%",
  "03 September 2025",
  "",
  "Opinion: Kazakhstan’s Irrigation Canals Need Owners, Not Another Master Plan",
  "",
  "Half of Kazakhstan’s irrigation canals were built before 1990, and a third of the water they carry is lost before it reaches a field. Every few years a new master plan promises to fix them.",
  "",
  "But who will maintain the canals once the plan is signed?",
  "",
  "Today nobody does. Farmers pay a token fee per cubic meter, and the state agency that runs the network spends most of its budget on salaries.",
  "",
  "A Market That Rewards Saving",
  "",
  "Farmers who line their own ditches or install drip systems should be able to sell the water they save to their neighbors. Pilot projects in the Turkestan region show that savings of 25% are possible.",
  "",
  "So what should the government do first?",
  "",
  "It should hand the smaller canals to water user associations and let them keep the fees they collect.",
  "",
  "Kazakhstan and China Open a New Border Crossing for Grain",
  "",
  "Kazakhstan and China have opened a new rail crossing at Bakhty for grain exports, the Ministry of Transport said on Monday.",
].join("\n");

describe("two stories in a row on one country", () => {
  const seg = segmentArticles(SAME_COUNTRY);

  it("keeps a long title-case subheading over a paragraph that points back inside its story", () => {
    expect(outline(seg)[0]).toEqual([
      "Kyrgyzstan Raises Export Duty on Unrefined Gold to 10 Percent",
      ["How Bishkek Plans to Keep Small Miners From Going Underground Again", "Refinery Upgrade Slips to 2027"],
    ]);
  });

  it("still starts the second story at its headline, whose lede restates it", () => {
    expect(outline(seg).map(([headline]) => headline)).toEqual([
      "Kyrgyzstan Raises Export Duty on Unrefined Gold to 10 Percent",
      "Kyrgyz Coal Miners Strike Over Unpaid Wages",
    ]);
    expect(seg.articles[1]!.blocks.map((b) => b.type)).toEqual(["paragraph", "paragraph"]);
  });
});

describe("questions in an opinion column", () => {
  const seg = segmentArticles(COLUMN);

  it("reads a question that opens with a connective, in sentence case, as a paragraph", () => {
    const blocks = seg.articles[0]!.blocks;
    for (const question of ["But who will maintain the canals once the plan is signed?", "So what should the government do first?"]) {
      expect(blocks.find((b) => b.text === question)?.type, question).toBe("paragraph");
    }
  });

  it("keeps the column's real subheading and the next story's headline", () => {
    expect(outline(seg)).toEqual([
      ["Opinion: Kazakhstan’s Irrigation Canals Need Owners, Not Another Master Plan", ["A Market That Rewards Saving"]],
      ["Kazakhstan and China Open a New Border Crossing for Grain", []],
    ]);
  });
});
