/**
 * Headline or subheading when two stories in a row share a country and a
 * sector, on pages written for these tests (not taken from the fixtures).
 * The second headline is a clause in the news present tense ("Nurek
 * Drought Forces Dushanbe to Ration Power in Winter"): its lede names the country
 * the story before it kept naming, so the lede and topic cues alone would
 * read it as a section; the headline's grammar tips it. Section titles
 * that are noun phrases, questions or relative clauses stay sections, and
 * so does a clause-shaped section title over a lede that goes on.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CUE_WEIGHTS } from "../src/segment/cues.js";
import { type Segmentation, segmentArticles } from "../src/segment/index.js";
import { segmentWith } from "../src/segment/segment-articles.js";

/** Each article as its headline and its subheadings. */
function outline(seg: Segmentation): [string, string[]][] {
  return seg.articles.map((a) => [a.headline.text, a.blocks.filter((b) => b.type === "subheading").map((b) => b.text)]);
}

const HEADER = ["• KGS/USD = 0.01144 0%", "  • KZT/USD = 0.00192 -0%", "  • TJS/USD = 0.10870 0%", "03 November 2025", ""];

/**
 * Two Tajik energy stories: a hydropower tender with a short noun-phrase
 * section at its end, then a power-rationing story whose lede opens on
 * "Tajikistan", as the tender story's lines did.
 */
const TAJIK_ENERGY = [
  ...HEADER,
  "Tajikistan Opens Tender for Two Small Hydropower Plants on the Zarafshan",
  "",
  "Tajikistan’s Ministry of Energy and Water Resources has invited bids to build two run-of-river plants with a combined capacity of 120 MW on the Zarafshan river. Offers are due by 20 January, and the winners will operate the plants for 25 years.",
  "",
  "The tender is the first under the public-private partnership law adopted in 2023. Bidders will meet ministry officials in Dushanbe on 4 December. Small plants now supply about 4% of Tajikistan’s electricity.",
  "",
  "Small Dams, Big Hopes",
  "",
  "Private investors have so far built eleven small plants in Tajikistan, most of them in the Pamirs. The Pamir Energy company, owned by the Aga Khan Fund, buys their output at one of the lowest tariffs in the region.",
  "",
  "Nurek Drought Forces Dushanbe to Ration Power in Winter",
  "",
  "Tajikistan will ration power for households this winter, limiting supplies to ten hours a day from November, as a dry summer has left the Nurek reservoir four meters lower than a year ago.",
  "",
  "Schools and hospitals will be exempt. In the winter of 2023, when the reservoir was nearly as low, villages in the Khatlon province went without power for up to 14 hours a day.",
  "",
  "Kyrgyz Parliament Approves Budget With Record Spending on Roads",
  "",
  "Kyrgyzstan’s parliament has approved the 2026 budget, with spending on roads up 30% from this year, the Ministry of Finance said on Thursday.",
  "",
].join("\n");

/**
 * One story about a water fee with three sections: a noun phrase with a
 * relative clause, a question, and a clause-shaped title over a paragraph
 * that goes on with the story ("They say…").
 */
const WATER_FEE = [
  ...HEADER,
  "Uzbekistan to Charge Farmers for Irrigation Water From Next Season",
  "",
  "Uzbekistan’s Ministry of Water Resources has announced that farms will pay for irrigation water from the 2026 season, ending decades of free supplies. The fee will start at 50 sum per cubic meter.",
  "",
  "A Fee That Rewards Drip Systems",
  "",
  "The fee will be halved for farms that have switched to drip or sprinkler irrigation, which the ministry says use a third less water than furrows.",
  "",
  "How Tashkent Plans to Collect the Money",
  "",
  "The water user associations will install meters on the main canals and bill their members every quarter. They will keep 10% of the payments for canal repairs.",
  "",
  "Cotton Growers Fear Higher Costs",
  "",
  "They say the fee comes on top of rising fuel and fertilizer prices. Growers in the Syrdarya region estimate that it will add 6% to the cost of a tonne of raw cotton.",
  "",
].join("\n");

/** The cues without the headline-grammar vote. */
const WITHOUT_CLAUSE = {
  ...DEFAULT_CUE_WEIGHTS,
  weights: { ...DEFAULT_CUE_WEIGHTS.weights, headlineClause: 0 },
};

describe("two stories in a row on one country's energy sector", () => {
  it("starts a new story at a present-tense headline over a lede that names the same country", () => {
    expect(outline(segmentArticles(TAJIK_ENERGY))).toEqual([
      ["Tajikistan Opens Tender for Two Small Hydropower Plants on the Zarafshan", ["Small Dams, Big Hopes"]],
      ["Nurek Drought Forces Dushanbe to Ration Power in Winter", []],
      ["Kyrgyz Parliament Approves Budget With Record Spending on Roads", []],
    ]);
  });

  it("owes the split to the headline's grammar: without that cue the lede and topic cues read a section", () => {
    expect(outline(segmentWith(TAJIK_ENERGY, WITHOUT_CLAUSE))[0]![1]).toContain("Nurek Drought Forces Dushanbe to Ration Power in Winter");
    const trace: Parameters<typeof segmentWith>[2] & object = [];
    segmentWith(TAJIK_ENERGY, DEFAULT_CUE_WEIGHTS, trace);
    const drought = trace.find((t) => t.title.startsWith("Nurek Drought"))!;
    expect(drought.score.votes.headlineClause).toBe(DEFAULT_CUE_WEIGHTS.weights.headlineClause);
    expect(drought.role).toBe("headline");
  });
});

describe("section titles in one story", () => {
  it("keeps a relative clause, a question and a clause over a going-on paragraph as sections", () => {
    expect(outline(segmentArticles(WATER_FEE))).toEqual([
      [
        "Uzbekistan to Charge Farmers for Irrigation Water From Next Season",
        ["A Fee That Rewards Drip Systems", "How Tashkent Plans to Collect the Money", "Cotton Growers Fear Higher Costs"],
      ],
    ]);
  });
});
