import type { Approx } from "./types.js";
import { addPhrase, createTrie, type PhraseTrie } from "./lexicon.js";

/**
 * Word tables the figure rules share. Like the unit and currency tables,
 * each is data a contributor extends with one line.
 */

/**
 * Approximation and bound phrases that stand right before a figure.
 * Phrases opening with `in`, `of` or `on` (`in excess of`) are left out on
 * purpose: those words are so frequent that testing each of them would cost
 * more than the rare phrase is worth.
 * `estimated` is deliberately absent (the gold keeps `an estimated 1.79
 * million` exact), and so is `just` (`just four months`). `above` is read
 * like `over` (`contracts above KGS 10 million`), as `below` is like `under`.
 * `as far as` bounds a distance like `up to` (`carry salt as far as 500 km`).
 */
export const APPROX_PHRASES: ReadonlyArray<readonly [string, Approx]> = [
  ["approximately", "about"], ["approx.", "about"], ["approx", "about"], ["about", "about"], ["around", "about"],
  ["roughly", "about"], ["some", "about"], ["circa", "about"], ["ca.", "about"], ["an approximate", "about"],
  ["nearly", "nearly"], ["almost", "nearly"], ["close to", "nearly"], ["just under", "under"], ["just below", "under"],
  ["more than", "over"], ["over", "over"], ["exceeded", "over"], ["exceeding", "over"], ["exceeds", "over"], ["exceed", "over"],
  ["surpassed", "over"], ["surpassing", "over"], ["surpasses", "over"], ["upwards of", "over"],
  ["greater than", "over"], ["just over", "over"], ["well over", "over"], ["above", "over"], ["just above", "over"], ["well above", "over"],
  ["topped", "over"], ["tops", "over"],
  ["less than", "under"], ["under", "under"], ["fewer than", "under"], ["below", "under"], ["no more than", "up-to"],
  ["at least", "at-least"], ["no less than", "at-least"], ["not less than", "at-least"], ["no fewer than", "at-least"], ["a minimum of", "at-least"],
  ["up to", "up-to"], ["as many as", "up-to"], ["as much as", "up-to"], ["as far as", "up-to"], ["at most", "up-to"], ["a maximum of", "up-to"],
];

/**
 * Verbs of staying at or moving past a level: in a condition, before
 * `above`, `below`, `over` or `under`, they make the figure a threshold, not
 * an approximate amount (`if oil prices stay above $65 per barrel`, `its
 * assets must not fall below $60 billion`), so the bound word is left out of
 * the figure. Stated as a fact (`temperatures stayed above minus 5°C`,
 * `output fell below 2 million tonnes`) the bound word bounds the figure as
 * anywhere else. Not `held` or `kept`, which also mean "contained": `the
 * reservoir held over 12 bcm`.
 */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "hover", "hovers", "hovered", "hovering",
  "fall", "falls", "falling", "drop", "drops", "dropping", "dip", "dips", "sink", "sinks", "slip", "slips", "rise", "rises",
  "rising", "climb", "climbs", "go", "goes",
]);

/**
 * Words that put a level verb in a condition, before it in its clause: `if`,
 * `unless`, `provided`, and what must or should hold (`must remain below
 * 3%`, `needs to stay above`). `as long as` is read apart.
 */
export const CONDITION_WORDS: ReadonlySet<string> = new Set([
  "if", "unless", "provided", "providing", "once", "until", "whether", "must", "should", "need", "needs", "needed",
]);

/**
 * Verbs of motion or change whose particle `up` makes `up to` no bound: in
 * `the lowest wage will go up to UZS 1.9 million` and `fares rose up to
 * $780` the amount is the new level, so `up to` stays out of the figure.
 * After `can`, `could`, `may` or `might` (`fines can go up to $500`) the
 * amount is a ceiling and `up to` bounds it as anywhere else.
 */
export const UP_TO_VERBS: ReadonlySet<string> = new Set([
  "go", "goes", "went", "gone", "going", "rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "climbing",
  "move", "moves", "moved", "moving",
]);

/** Modal verbs before an {@link UP_TO_VERBS} verb that keep `up to` a ceiling: `can go up to $500`. */
export const CEILING_MODALS: ReadonlySet<string> = new Set(["can", "could", "may", "might"]);

/**
 * Words right before an amount that make `X to Y` a change, two figures, not
 * a range: the amount is where it started (`from`) or its size (`rose $2 to
 * $45`, `by 5% to 7%`, `up 3% to 12%`), or one side of a result (`trailed
 * 41% to 55%`).
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  "from", "by", "up", "down", "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
  "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "grew", "grow", "grows",
  "grown", "growing", "gained", "gain", "gains", "lost", "lose", "loses", "jumped", "jump", "jumps", "climbed", "climb", "climbs",
  "dropped", "drop", "drops", "declined", "decline", "declines", "slipped", "slid", "surged", "soared", "plunged", "plummeted",
  "tumbled", "sank", "raised", "raise", "raises", "raising", "cut", "cuts", "cutting", "lowered", "lower", "lowers", "added",
  "adds", "shed", "sheds", "advanced", "edged", "inched", "widened", "narrowed", "shrank", "expanded", "hiked", "trimmed",
  // A result, not a range: "trailed 41% to 55%".
  "won", "led", "leads", "trailed", "trails", "beat", "defeated",
]);

/**
 * Words of {@link CHANGE_WORDS} that take a part of a whole as their object:
 * `X% to Y% of` after them is a range of that part (`will lose 20% to 30% of
 * their value`, `cut 5% to 10% of jobs`), not the size and end of a change.
 */
export const PART_CHANGE_VERBS: ReadonlySet<string> = new Set(["lose", "loses", "lost", "shed", "sheds", "cut", "cuts", "cutting"]);

/** The bound words that {@link LEVEL_VERBS} turn into a threshold. */
export const LEVEL_BOUNDS: ReadonlySet<string> = new Set(["above", "below", "over", "under"]);

/** Rate words after a figure: `annually` → per year. */
export const RATE_WORDS: ReadonlyMap<string, string> = new Map([
  ["annually", "year"], ["yearly", "year"], ["daily", "day"], ["monthly", "month"], ["weekly", "week"], ["hourly", "hour"],
  ["quarterly", "quarter"],
]);

/** Rate adjectives before a figure (`annual capacity of 10 million tons`). */
export const RATE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["annual", "year"], ["annually", "year"], ["yearly", "year"], ["daily", "day"], ["monthly", "month"], ["weekly", "week"],
]);

/** Nouns after `per`/`a`/`every` that are time units, in the singular `per` reports. */
export const PER_TIME: ReadonlyMap<string, string> = new Map([
  ["year", "year"], ["years", "year"], ["annum", "year"], ["month", "month"], ["week", "week"], ["day", "day"], ["hour", "hour"],
  ["minute", "minute"], ["second", "second"], ["quarter", "quarter"], ["night", "night"], ["shift", "shift"], ["season", "season"],
]);

/**
 * Words that end the noun phrase of a count (`46 wanted individuals, 30 in
 * Almaty`): determiners, prepositions, conjunctions, pronouns, auxiliaries
 * and adverbs that never belong to the counted thing.
 */
export const NOUN_STOP_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "these", "those", "that", "its", "their", "his", "her", "our", "my", "your", "of", "in", "on", "at",
  "for", "from", "to", "by", "with", "into", "onto", "per", "over", "under", "between", "among", "across", "through", "during",
  "since", "than", "as", "about", "after", "before", "within", "without", "including", "via", "against", "toward", "towards",
  "near", "behind", "like", "worth", "and", "or", "but", "nor", "while", "whereas", "if", "because", "so", "who", "which", "whom",
  "whose", "it", "they", "we", "he", "she", "you", "i", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
  "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "also", "still", "each",
  "respectively", "already", "now", "then", "there", "here", "only", "just", "not", "more", "less", "fewer", "out", "up", "down",
  "ago", "later", "earlier", "old", "times", "percent", "per", "cent", "thus", "plus", "minus", "yet", "even", "all", "both",
  "every", "other", "others", "them", "us", "him", "me", "what", "when", "where", "how", "why", "whether", "upon", "beyond",
  "around", "along", "amid", "amongst", "despite", "versus", "vs", "each", "either", "neither", "according", "compared",
  // Participles that work as prepositions: "one of 1,247 involving e-scooters".
  "involving", "including", "concerning", "regarding", "following", "excluding", "exceeding", "totaling", "totalling",
  "costing", "amounting", "ranging", "reaching", "affecting", "covering", "worth",
]);

/** Plural nouns that do not end in `s`. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "livestock", "fish", "deer", "teeth",
  "mice", "geese", "persons", "data", "media", "criteria", "phenomena", "youth", "poultry", "clergy", "offspring", "aircraft",
  "spacecraft", "crew", "alumni", "head", "swine", "pigs", "salmon", "bison", "militia",
]);

/**
 * Endings of compounds whose plural is irregular: `schoolchildren`,
 * `townspeople`, `businesswomen`, `fishermen`, `townsfolk`. A word ending in
 * one of them (with at least two letters before it) is plural unless it is in
 * {@link SINGULAR_COMPOUNDS}.
 */
export const IRREGULAR_PLURAL_ENDINGS: readonly string[] = ["children", "people", "women", "men", "folk"];

/** Singular words that end like an irregular plural: `specimen`, `abdomen`, `Norfolk`. */
export const SINGULAR_COMPOUNDS: ReadonlySet<string> = new Set([
  "specimen", "abdomen", "regimen", "stamen", "acumen", "bitumen", "albumen", "cerumen", "foramen", "cyclamen", "gravamen",
  "dolmen", "yemen", "carmen", "hymen", "semen", "lumen", "ramen", "rumen", "germen", "putamen", "velamen", "numen", "tegmen",
  "culmen", "flamen", "nomen", "cognomen", "agnomen", "praenomen", "omen", "amen", "norfolk", "suffolk",
]);

/**
 * Words before a number that make it a name or a label, not a figure:
 * `Article 5`, `Resolution 2231`, `Flight 370`, `Highway 35`, and school
 * years: `grade 9`, `pupils in grades 1 to 4`, `classes 5-9`.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  "article", "articles", "section", "chapter", "part", "paragraph", "clause", "resolution", "decree", "law", "order", "room",
  "highway", "route", "exit", "gate", "block", "building", "house", "school", "lyceum", "gymnasium", "hospital", "platform",
  "terminal", "line", "bus", "flight", "pier", "phase", "stage", "grade", "grades", "class", "classes", "category", "item", "unit", "level", "page",
  "pages", "volume", "issue", "episode", "season", "act", "annex", "appendix", "table", "figure", "fig", "version", "v",
  "model", "number", "nr", "nrs", "no", "nos", "channel", "district", "microdistrict", "street", "apartment", "apt", "suite",
  "floor", "ward", "zone", "sector", "plot", "lot", "camp", "colony", "cell", "case", "codex", "code", "tier", "round",
  // Positions in a team match: "scored 8 points on board 1", "swam in lane 4".
  "board", "boards", "lane",
  "boeing", "airbus", "iphone", "windows", "galaxy", "covid", "sars", "euro", "cop", "g", "su", "mig", "f", "t", "ak",
]);

/**
 * Words before a label word that make it a verb (`will issue`, `did not
 * order`): see `afterLabel`. Not `to`, which is as often a preposition
 * (`moved to stage 2`, `switched to channel 5`).
 */
export const VERB_CUES: ReadonlySet<string> = new Set([
  "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "not",
]);

/** Words whose number after them is a rank or a number label kept as a `number` figure: `No. 30`. */
export const RANK_WORDS: ReadonlySet<string> = new Set(["no", "nr", "#"]);

/** Vague scale words: `billions of tenge`, `thousands`, `millions of viewers`. */
export const VAGUE_SCALES: ReadonlySet<string> = new Set([
  "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "trillions",
]);

/** Multiplier verbs and adjectives: `doubled` → 2. */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ["doubled", 2], ["doubling", 2], ["doubles", 2], ["double", 2], ["tripled", 3], ["tripling", 3], ["triples", 3], ["triple", 3],
  ["trebled", 3], ["quadrupled", 4], ["halved", 0.5], ["halving", 0.5], ["twice", 2], ["thrice", 3], ["quadrupling", 4], ["quadruple", 4], ["quintupled", 5],
  ["twofold", 2], ["threefold", 3], ["fourfold", 4], ["fivefold", 5], ["sixfold", 6], ["sevenfold", 7], ["eightfold", 8],
  ["ninefold", 9], ["tenfold", 10], ["hundredfold", 100],
]);

/** Ordinal denominators of fractions in words: `two thirds`, `a quarter`, `five eighths`. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4], ["fourth", 4], ["fourths", 4],
  ["fifth", 5], ["fifths", 5], ["sixth", 6], ["sixths", 6], ["seventh", 7], ["sevenths", 7], ["eighth", 8], ["eighths", 8],
  ["ninth", 9], ["ninths", 9], ["tenth", 10], ["tenths", 10], ["hundredth", 100], ["hundredths", 100],
  ["thousandth", 1e3], ["thousandths", 1e3], ["millionth", 1e6], ["millionths", 1e6], ["billionth", 1e9], ["billionths", 1e9],
  ["trillionth", 1e12], ["trillionths", 1e12],
]);

/** Percent words: `40.7 percent`, `100 percentage`. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(["percent", "percents", "percentage", "pct", "prc"]);

let approxTrie: PhraseTrie<Approx> | undefined;

/** The approximation phrases compiled for matching, built on first use so that importing stays free. */
export function getApproxTrie(): PhraseTrie<Approx> {
  if (approxTrie === undefined) {
    const trie = createTrie<Approx>(true);
    for (const [phrase, approx] of APPROX_PHRASES) addPhrase(trie, phrase, approx);
    approxTrie = trie;
  }
  return approxTrie;
}
