import { describe, expect, it } from "vitest";
import {
  anecdoteTopicShift,
  CUES,
  continuingOpening,
  creditAfter,
  DEFAULT_CUE_WEIGHTS,
  datelineLede,
  DEFINITE_DESCRIPTION_VOTE,
  headlineClause,
  headlineEcho,
  headlineKicker,
  isHeadline,
  ledeEcho,
  OPENING_WORD_COUNT,
  openingWords,
  scoreTitle,
  separatorBefore,
  storySoFar,
  subjectContinues,
  type TitleContext,
  teaserCutBefore,
  titleLength,
  titleNamesNothing,
  topicShift,
} from "./cues.js";
import { lineWords, readVocabulary } from "./topic.js";

interface Parts {
  /** The story so far: its headline, then its body lines. */
  story: string[];
  /** The title line to decide. */
  title: string;
  /** The paragraph after it. */
  next: string;
  separator?: boolean;
  credit?: boolean;
  readMore?: boolean;
}

/**
 * The rest of the page: other stories, so that the page-level word
 * frequencies are those of a real page rather than of five lines.
 */
const REST_OF_PAGE = [
  "Uzbekistan’s sales of gold dropped significantly in April, according to the World Gold Council.",
  "The United Nations Development Programme is launching an online course for civil servants.",
  "Switzerland has long conducted a development program in Kyrgyzstan in sectors including water.",
  "The documentary follows the film crew’s expedition through the Altai Mountains.",
  "Alexander Bublik celebrated his second title of the season in Halle.",
  "The number of children in the region has soared, the ombudsman reported.",
  "Farmers are replacing furrow irrigation with drip systems as water becomes scarcer.",
  "The central bank left its policy rate unchanged, citing a slowdown of inflation.",
  "Kazakhstan plans to expand iron ore production by 40%, aiming for 52 million tons.",
  "A new documentary series has premiered on the global streaming platform.",
  "Participants can use the funds to acquire equipment and materials.",
  "The visit concluded with an evening reception organized by the embassy.",
];

/** Builds the context the segmenter would build for `title` after `story`. */
function context(parts: Parts): TitleContext {
  const lines = [...parts.story, parts.title, parts.next, ...REST_OF_PAGE];
  const text = lines.join("\n");
  let at = 0;
  const ranges = lines.map((line, k) => {
    const r = { start: at, end: at + line.length, prose: k !== 0 && k !== parts.story.length };
    at += line.length + 1;
    return r;
  });
  const vocabulary = readVocabulary(text, ranges);
  const storyCounts = new Int32Array(vocabulary.size);
  parts.story.forEach((_, k) => {
    for (const id of lineWords(vocabulary, k)) storyCounts[id]! += 1;
  });
  const t = parts.story.length;
  const titleWords = lineWords(vocabulary, t);
  const nextWords = lineWords(vocabulary, t + 1);
  const body = ranges.slice(1, t);
  const next = ranges[t + 1]!;
  return {
    text,
    title: ranges[t]!,
    next,
    nextOpening: openingWords(text, next.start, next.end, OPENING_WORD_COUNT),
    previous: ranges[t - 1],
    previousIsReadMore: parts.readMore ?? false,
    separatorBefore: parts.separator ?? false,
    creditAfter: parts.credit ?? false,
    storyParagraphs: body.length,
    storyChars: body.reduce((n, r) => n + r.end - r.start, 0),
    newWords: Int32Array.from(new Set([...titleWords, ...nextWords])),
    titleWords,
    sharedWithLede: [...titleWords].filter((id) => nextWords.includes(id)).length,
    headlineWords: lineWords(vocabulary, 0),
    storyCounts,
    vocabulary,
  };
}

const RAIL_STORY = [
  "Kazakhstan and Russia to Expand Rail Freight Volumes, Including China-Europe Transit",
  "Kazakhstan Temir Zholy, the national railway operator, and Russian Railways are preparing to boost cargo transportation.",
  "The agreement outlines plans to modernize railway infrastructure at nine key border crossings and expand capacity.",
];

describe("the lede test", () => {
  it("hears a connective or a pronoun opening the next paragraph as the story going on", () => {
    for (const next of ["However, the talks stalled.", "In response, the ministry acted.", "Both speakers praised the deal.", "As mentioned, the law passed."]) {
      expect(continuingOpening(context({ story: RAIL_STORY, title: "Boosting Rail Throughput", next })), next).toBe(-1);
    }
  });

  it("hears a known subject with also or further as the story going on", () => {
    const ctx = context({ story: RAIL_STORY, title: "Advancing Transit", next: "KTZ and RZD further agreed to accelerate automation." });
    expect(continuingOpening(ctx)).toBe(-1);
  });

  it("has nothing to say about an ordinary opening", () => {
    const ctx = context({ story: RAIL_STORY, title: "Drop in Gold Sales", next: "In April, gold sales dropped significantly." });
    expect(continuingOpening(ctx)).toBe(0);
  });

  it("hears a bare definite description as pointing back, half as strongly as a connective", () => {
    for (const next of ["The operator expects the work to take two years.", "The ministry, which oversees the railways, agreed.", "The new crossings will open in spring."]) {
      expect(continuingOpening(context({ story: RAIL_STORY, title: "Boosting Rail Throughput", next })), next).toBe(DEFINITE_DESCRIPTION_VOTE);
    }
  });

  it("hears a determiner that needs an antecedent (`The next`, `The other`) as a connective", () => {
    for (const next of ["The next two crossings will open in 2027.", "The other terminal stays closed.", "The remaining wagons arrive in May."]) {
      expect(continuingOpening(context({ story: RAIL_STORY, title: "Crossings Next", next })), next).toBe(-1);
    }
  });

  it("hears a participle clause before a bare definite description as pointing back", () => {
    const built = context({ story: RAIL_STORY, title: "An Ageing Soviet Line", next: "Built between 1958 and 1964, the line was last upgraded in the 1990s." });
    expect(continuingOpening(built)).toBe(DEFINITE_DESCRIPTION_VOTE);
    // A lede names its subject, and other opening clauses are left alone.
    const named = context({ story: RAIL_STORY, title: "An Ageing Soviet Line", next: "Built between 1958 and 1964, the Turksib line was last upgraded in the 1990s." });
    expect(continuingOpening(named)).toBe(0);
    const dated = context({ story: RAIL_STORY, title: "Freight Rates Rise", next: "On Monday, the ministry raised freight rates by 8%." });
    expect(continuingOpening(dated)).toBe(0);
  });

  it("does not hear a definite description that names its subject as pointing back", () => {
    for (const next of [
      "The Asian Development Bank has approved a loan for rail signalling.",
      "The finance ministers of Kazakhstan and Uzbekistan met in Samarkand.",
      "The 2026 budget raises spending on railways.",
      "Theater tickets in Almaty rose by a fifth.",
    ]) {
      expect(continuingOpening(context({ story: RAIL_STORY, title: "Boosting Rail Throughput", next })), next).toBe(0);
    }
  });

  it("takes a definite description as the story's own subject after one earlier use", () => {
    const ctx = context({ story: RAIL_STORY, title: "Why the Crossings Matter", next: "The agreement also covers customs posts and warehouses." });
    expect(subjectContinues(ctx)).toBe(-1);
    const plain = context({ story: RAIL_STORY, title: "Why the Crossings Matter", next: "Agreement was reached on customs posts and warehouses." });
    expect(subjectContinues(plain)).toBe(0.5);
  });

  it("hears a lede that restates its title as a story's start, and one that takes up none of it as a section's", () => {
    const restated = context({
      story: RAIL_STORY,
      title: "Kyrgyz Coal Miners Strike Over Wages",
      next: "Coal miners in southern Kyrgyzstan have gone on strike over wages that are three months late.",
    });
    expect(ledeEcho(restated)).toBe(1);
    const aside = context({
      story: RAIL_STORY,
      title: "Why Freight Tariffs Stay Low",
      next: "Officials fear that shippers would move to the sea route through Iran.",
    });
    expect(ledeEcho(aside)).toBe(-1);
    const oneWord = context({ story: RAIL_STORY, title: "Tariffs", next: "Officials fear higher costs." });
    expect(ledeEcho(oneWord)).toBe(0);
  });

  it("does not count a restatement as a lede's when the paragraph opens by continuing", () => {
    const section = context({
      story: RAIL_STORY,
      title: "Crossings at Nur Zholy and Kolzhat Next",
      next: "The next two crossings, at Nur Zholy and Kolzhat, are due to open in 2027.",
    });
    expect(ledeEcho(section)).toBe(0);
  });

  it("takes a news-agency dateline as the start of a story", () => {
    const ctx = context({ story: RAIL_STORY, title: "Tajik Power Line", next: "DUSHANBE (TCA) — Tajikistan has started building a power line." });
    expect(datelineLede(ctx)).toBe(1);
  });

  it("hears a paragraph that opens on the story's own subject as a section", () => {
    const ctx = context({
      story: [...RAIL_STORY, "Railways carried more cargo than ever, the railway operator said."],
      title: "Boosting Throughput",
      next: "Railway officials signed a protocol on junction points.",
    });
    expect(subjectContinues(ctx)).toBe(-1);
  });
});

describe("the lede test under a scene-setting opening", () => {
  const story = [...RAIL_STORY, "Railways carried more cargo than ever, the railway operator said."];

  it("reads the subject after an opening clause, not the clause's setting", () => {
    // "railway" is the story's word, but here it only sets the scene.
    const ctx = context({
      story,
      title: "Court Jails Official",
      next: "When auditors searched a railway depot outside Taraz in March, they found cash hidden in barrels.",
    });
    expect(subjectContinues(ctx)).toBe(0.5);
  });

  it("still reads a phrase that points back with a definite article", () => {
    const ctx = context({ story, title: "Tariffs and Times", next: "Under the railway agreement, times will be cut from 36 hours to 12." });
    expect(subjectContinues(ctx)).toBe(-1);
  });

  it("hears a lede whose subject the story's headline named, even once, as a section", () => {
    const ctx = context({ story: RAIL_STORY, title: "Problems at the Border", next: "Freight was not without problems this winter." });
    expect(subjectContinues(ctx)).toBe(-1);
  });
});

describe("the topic cues", () => {
  it("count a nil overlap under an anecdote lede as a new story", () => {
    const ctx = context({
      story: RAIL_STORY,
      title: "Astana fines cyclists on sidewalks",
      next: "On a cold morning in November, a courier riding near the Bayterek monument collided with a pensioner, police in the capital said.",
    });
    expect(anecdoteTopicShift(ctx)).toBe(1);
  });

  it("say nothing when the lede opens on its subject, or the title reuses the story's words", () => {
    const fresh = "Astana fines cyclists on sidewalks";
    const subject = context({ story: RAIL_STORY, title: fresh, next: "Police in the capital fined a courier near the Bayterek monument." });
    expect(anecdoteTopicShift(subject)).toBe(0);
    const echo = context({
      story: RAIL_STORY,
      title: "Railway fines for late wagons",
      next: "On a cold morning in November, a courier riding near the Bayterek monument collided with a pensioner.",
    });
    expect(anecdoteTopicShift(echo)).toBe(0);
  });

  it("see a title and lede with new words as a new story", () => {
    const ctx = context({
      story: RAIL_STORY,
      title: "Bublik Wins a Grass Title Ahead of Wimbledon",
      next: "Alexander Bublik won the Halle tournament on Sunday, beating Medvedev in straight sets.",
    });
    expect(topicShift(ctx)).toBeGreaterThan(0.5);
    expect(headlineEcho(ctx)).toBe(0);
  });

  it("see a title that reuses the headline's words as a section", () => {
    const ctx = context({
      story: RAIL_STORY,
      title: "Advancing China-Europe Rail Transit",
      next: "Freight volumes on the China-Europe route have continued to rise, the railway operator said.",
    });
    expect(headlineEcho(ctx)).toBe(-1);
  });

  it("see a title that names nothing as a section", () => {
    const ctx = context({ story: RAIL_STORY, title: "Looking Ahead", next: "Analysts expect volumes to keep growing." });
    expect(titleNamesNothing(ctx)).toBe(-1);
  });
});

describe("the structural cues", () => {
  const plain = { story: RAIL_STORY, title: "Some Title Line", next: "A paragraph follows here." };

  it("take an NBSP separator line and a teaser cut before a title as the end of a story", () => {
    expect(separatorBefore(context({ ...plain, separator: true }))).toBe(1);
    expect(separatorBefore(context(plain))).toBe(0);
    expect(teaserCutBefore(context({ ...plain, story: [...RAIL_STORY, "so it appeared the Kazakh company..."] }))).toBe(1);
    expect(teaserCutBefore(context({ ...plain, readMore: true }))).toBe(1);
    expect(teaserCutBefore(context(plain))).toBe(0);
  });

  it("take Opinion:, Interview:, hashtags and Part markers as headline kickers", () => {
    for (const title of [
      "Opinion: Kazakhstan’s Electoral Reforms",
      "Interview: The Minister on Trade",
      "#ForSaltanat: The Quest for Justice",
      "In the Wake of Bishimbayev: From Politicians to Felons – Part One",
    ]) {
      expect(headlineKicker(context({ ...plain, title })), title).toBe(1);
    }
    expect(headlineKicker(context(plain))).toBe(0);
  });

  it("read a present-tense clause in title case as headline grammar, and noun phrases, questions and relative clauses as not", () => {
    for (const title of [
      "Drought Forces Dushanbe to Ration Power",
      "Almaty Court Jails Former Akim for Bribery",
      "Bishkek Signs €40 Million Loan for Trolleybuses",
      "Grain Prices Climb as Harvest Falls Short",
    ]) {
      expect(headlineClause(context({ ...plain, title })), title).toBe(1);
    }
    for (const title of [
      "Rising Tensions With Russia",
      "How Tashkent Plans to Collect the Money",
      "A Fee That Rewards Drip Systems",
      "Trade Dynamics: What Kazakhstan Sells and Buys",
      "Ruins From the 14th Century",
      "Business Plans for 2026",
      "Astana bans scooters from sidewalks",
      "Misplaced Trust",
    ]) {
      expect(headlineClause(context({ ...plain, title })), title).toBe(0);
    }
  });

  it("take a credit after the title as a section", () => {
    expect(creditAfter(context({ ...plain, credit: true }))).toBe(-1);
  });

  it("vote by length around 50 characters", () => {
    expect(titleLength(context({ ...plain, title: "Misplaced Trust" }))).toBe(-1);
    expect(titleLength(context({ ...plain, title: "x".repeat(80) }))).toBe(1);
  });

  it("see a lone short lede as a story going on and a lone long teaser as a finished story", () => {
    expect(storySoFar(context({ ...plain, story: RAIL_STORY.slice(0, 2) }))).toBe(-1);
    expect(storySoFar(context({ ...plain, story: [RAIL_STORY[0]!, "word ".repeat(300)] }))).toBe(1);
    expect(storySoFar(context(plain))).toBe(0);
  });
});

describe("scoreTitle", () => {
  it("gives each cue's weighted vote and their sum", () => {
    const ctx = context({ story: RAIL_STORY, title: "Boosting Rail Throughput", next: "However, the talks stalled." });
    const { score, votes } = scoreTitle(ctx);
    expect(Object.keys(votes).sort()).toEqual(Object.keys(CUES).sort());
    expect(votes.continuingOpening).toBe(-DEFAULT_CUE_WEIGHTS.weights.continuingOpening);
    expect(score).toBeCloseTo(Object.values(votes).reduce((a, b) => a + b, 0));
    expect(isHeadline(ctx)).toBe(false);
  });

  it("lets a contributor reweight: with the lede test alone a connective decides", () => {
    const only = Object.fromEntries(Object.keys(CUES).map((k) => [k, k === "continuingOpening" ? 1 : 0])) as typeof DEFAULT_CUE_WEIGHTS.weights;
    const ctx = context({ story: RAIL_STORY, title: "Bublik Wins Halle", next: "However, the talks stalled." });
    expect(isHeadline(ctx, { weights: only, threshold: 0 })).toBe(false);
    expect(isHeadline(ctx, { weights: only, threshold: -2 })).toBe(true);
  });
});
