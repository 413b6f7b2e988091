import { endsInEllipsis, isLowerLetter } from "./classify-line.js";
import {
  DATELINE,
  HASHTAG_KICKER,
  HEADLINE_KICKER,
  PAST_PARTICIPLE,
  READ_MORE_TAIL,
  SERIES_TAIL,
  WRAP_UP_TAIL,
} from "./patterns.js";
import { frequency, isAlwaysCapitalised, isName, openingWordIds, type PageVocabulary, topicOverlap } from "./topic.js";

/**
 * Headline or subheading? A title line (short, no closing full stop) inside
 * an article stream either starts a new story or heads a section of the
 * current one. Each cue below reads one kind of evidence listed in
 * `gold/CONVENTIONS.md` and returns a number in [-1, 1]: positive means "a new
 * story starts here", negative "the story goes on", 0 "no evidence". The
 * decision is the weighted sum of the cues against a threshold, so a
 * contributor tunes the behaviour by editing {@link DEFAULT_CUE_WEIGHTS}
 * (or passing other weights) and can see each cue's vote with
 * {@link scoreTitle}.
 */

/** A trimmed line of the page: offsets into the input text. */
export interface LineRef {
  /** Offset of the first non-white-space code unit. */
  start: number;
  /** Offset past the last non-white-space code unit. */
  end: number;
}

/** What the cues may look at for one title line. */
export interface TitleContext {
  /** The page text. */
  text: string;
  /** The title line being decided. */
  title: LineRef;
  /** The first body line (paragraph or list item) after the title: the would-be lede. */
  next: LineRef;
  /** The would-be lede's first words, lower-cased, with "," where a comma ends the opening phrase ({@link openingWords}). */
  nextOpening: readonly string[];
  /** The last non-title line before the title (the end of the story so far), if any. */
  previous: LineRef | undefined;
  /** Whether the previous line was a "Continue reading" marker. */
  previousIsReadMore: boolean;
  /** Whether a line of non-ASCII white space (an NBSP separator) stands just before the title. */
  separatorBefore: boolean;
  /** Whether the line right after the title is a credit (`Image: …`). */
  creditAfter: boolean;
  /** Body paragraphs and list items of the current story so far (0 when none). */
  storyParagraphs: number;
  /** Characters in the current story's body so far. */
  storyChars: number;
  /** Topic words (ids in `vocabulary`) of the title and its would-be lede. */
  newWords: ArrayLike<number>;
  /** Topic words of the title alone. */
  titleWords: ArrayLike<number>;
  /** How many of the title's topic words its would-be lede (its first sentences) uses too. */
  sharedWithLede: number;
  /** Topic words of the current story's headline. */
  headlineWords: ArrayLike<number>;
  /** Per word id: how many lines of the current story's window (headline, latest subheadings, latest body lines) use it. */
  storyCounts: Int32Array;
  /** The page's topic words: document frequencies and names. */
  vocabulary: PageVocabulary;
}

/** A cue: reads one kind of evidence and votes in [-1, 1] (positive: a new story). */
export type Cue = (ctx: TitleContext) => number;

/**
 * Words that open a paragraph continuing a story rather than opening one:
 * connectives, pronouns and demonstratives that point back (CONVENTIONS.md,
 * "lede test": "However,", "Both speakers…", "In response,").
 */
const CONTINUING_OPENERS: ReadonlySet<string> = new Set([
  "however", "meanwhile", "moreover", "furthermore", "additionally", "nevertheless", "nonetheless", "still",
  "but", "and", "yet", "so", "thus", "therefore", "consequently", "hence", "instead", "also", "likewise",
  "similarly", "besides", "otherwise", "indeed", "finally", "lastly", "then", "now", "this", "these", "those",
  "that", "such", "it", "its", "they", "their", "he", "she", "his", "her", "both", "alongside", "although",
  "though", "while", "whereas", "despite", "unlike", "another", "others", "here", "accordingly", "overall",
  "ultimately", "again", "later", "afterwards", "subsequently", "notably", "importantly", "specifically",
]);

/**
 * Two- and three-word openers with the same role ("In response,", "As mentioned,", "The
 * latter"). Only pairs that point back: "At the…" or "On the…" open ledes too.
 */
const CONTINUING_OPENER_PAIRS: ReadonlySet<string> = new Set([
  "in response", "in addition", "as mentioned", "as noted", "as such", "as a result", "in turn",
  "for example", "for instance", "in contrast", "by contrast", "even so", "in fact", "to that",
  "the two", "the same", "the latter", "the former", "the above", "in particular", "of these", "of those",
  "in short", "in sum", "as well", "as previously", "at that", "on that", "by then", "until then",
]);

/**
 * The first words of {@link CONTINUING_OPENER_PAIRS}: only a lede opening with
 * one of them builds the two- and three-word strings to look up.
 */
const PAIR_FIRST_WORDS: ReadonlySet<string> = new Set([...CONTINUING_OPENER_PAIRS].map((pair) => pair.split(" ")[0]!));

/** Verbs that, right after a name, mark it as already introduced: "Aliyev also…", "KTZ and RZD further…". */
const CONTINUING_ADVERBS: ReadonlySet<string> = new Set(["also", "further", "too", "likewise"]);

/** How many opening words of the would-be lede the cues read. */
export const OPENING_WORD_COUNT = 10;

/**
 * Reads the opening words of a paragraph for the lede test.
 *
 * @param text - The page text.
 * @param start - Offset of the paragraph's first character.
 * @param end - Offset past its last character.
 * @param max - How many words to read (the first 120 characters at most).
 * @returns Lower-cased words up to the first `.`, `:` or `;`, with a ","
 *   entry after a word that a comma follows: "In response, Aliyev…" →
 *   `["in", "response", ",", "aliyev", …]`.
 */
export function openingWords(text: string, start: number, end: number, max: number): string[] {
  const words: string[] = [];
  let i = start;
  const stop = Math.min(end, start + 120);
  while (i < stop && words.length < max) {
    while (i < stop && !isWordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 0x2e || c === 0x3a || c === 0x3b) return words;
      i++;
    }
    const s = i;
    while (i < stop && isWordChar(text.charCodeAt(i))) i++;
    if (i > s) words.push(text.slice(s, i).toLowerCase());
    // A comma ends the opening phrase: "In response, …".
    if (i < stop && text.charCodeAt(i) === 0x2c) {
      words.push(",");
    }
  }
  return words;
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c >= 0xc0;
}

/**
 * Lede test (CONVENTIONS.md cue 2): a paragraph that opens with a connective,
 * a pronoun or a back-reference continues a story, so the title above it is
 * a subheading. Returns -1 for such an opening, {@link
 * DEFINITE_DESCRIPTION_VOTE} for a bare definite description (`The
 * ministry…`), 0 otherwise.
 */
export const continuingOpening: Cue = (ctx) => {
  const words = ctx.nextOpening;
  const [w0 = "", w1 = "", w2 = ""] = words;
  if (CONTINUING_OPENERS.has(w0)) return -1;
  if (
    PAIR_FIRST_WORDS.has(w0) &&
    (CONTINUING_OPENER_PAIRS.has(`${w0} ${w1}`) || CONTINUING_OPENER_PAIRS.has(`${w0} ${w1} ${w2}`))
  ) {
    return -1;
  }
  // "Aliyev also underlined…", "KTZ and RZD further agreed…": a known subject
  // plus an adverb of continuation within the first words.
  for (let k = 1; k < Math.min(words.length, 5); k++) {
    const w = words[k] ?? "";
    if (w === ",") break;
    if (CONTINUING_ADVERBS.has(w)) return -1;
  }
  if (w0 === "the") {
    // "The next two lines…", "The other plant…": a determiner that needs
    // something named before it continues a story like a connective.
    if (ANAPHORIC_DETERMINERS.has(w1)) return -1;
    if (definiteDescription(ctx.text, ctx.next.start, ctx.next.end)) return DEFINITE_DESCRIPTION_VOTE;
  }
  // "Built between 1961 and 1987, the dam was…": a participle clause, then a
  // bare definite description as the subject, as a section opens on a thing
  // the story has named. (A lede names it: "Built in 1961, the Enguri dam…".)
  if (isParticiple(w0)) {
    const comma = words.indexOf(",");
    if (comma > 0 && comma < 8 && words[comma + 1] === "the") {
      const at = commaOffset(ctx.text, ctx.next.start, ctx.next.end);
      if (at >= 0 && definiteDescription(ctx.text, at, ctx.next.end)) return DEFINITE_DESCRIPTION_VOTE;
    }
  }
  return 0;
};

/** Words after `The` that point back to something named before: `The next two lines`, `The other plant`. */
const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(["next", "other", "remaining", "same", "latter", "former", "rest"]);

/** Past participles that open a descriptive clause without the `-ed` ending: `Built in 1961, …`. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(["built", "begun", "made", "known", "set", "held", "laid", "run", "shut", "sold", "taken", "given", "seen", "hit", "left", "written", "drawn", "grown", "dug"]);

/** Whether an opening word is a past participle (`Built`, `Opened`, `Launched`). */
function isParticiple(word: string): boolean {
  return (word.length > 4 && word.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(word);
}

/** The offset of the first word after the first comma of a paragraph (within its first 120 characters), at `The`; or −1. */
function commaOffset(text: string, start: number, end: number): number {
  const stop = Math.min(end, start + 120);
  for (let i = start; i < stop; i++) {
    if (text.charCodeAt(i) !== 0x2c) continue;
    let j = i + 1;
    while (j < end && isInlineSpace(text.charCodeAt(j))) j++;
    return j < end && (text.charCodeAt(j) === 0x74 || text.charCodeAt(j) === 0x54) ? j : -1;
  }
  return -1;
}

/**
 * The vote of a lede that opens on a bare definite description ("The
 * ministry worries…", "The documentary follows…", "The plant, which…"):
 * half a connective's, since a story's first paragraph opens so now and
 * then ("The price of gold rose…").
 */
export const DEFINITE_DESCRIPTION_VOTE = -0.75;

/** How many words after `The` a definite description is read for a name. */
const DEFINITE_DESCRIPTION_WORDS = 4;

/**
 * Whether a paragraph opens on a definite description that names nothing:
 * `The` and then lower-case words only, up to {@link
 * DEFINITE_DESCRIPTION_WORDS} of them or the first `,` `:` `;` `.`. Such a
 * subject points back to what the story has already named ("The ministry
 * worries that higher duties…" in a story about an export duty the
 * ministry announced; CONVENTIONS.md lists "The documentary…" among the
 * anaphora that follow a subheading). A lede names its subject: "The World
 * Bank has released…", "The finance ministers of Kazakhstan and
 * Uzbekistan…".
 */
function definiteDescription(text: string, start: number, end: number): boolean {
  // `The` itself, then a space.
  if (!(text.startsWith("The", start) || text.startsWith("the", start)) || start + 4 >= end || !isInlineSpace(text.charCodeAt(start + 3))) return false;
  let i = start + 4;
  let words = 0;
  while (i < end && words < DEFINITE_DESCRIPTION_WORDS) {
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3a || c === 0x3b || c === 0x2e) break;
    // A word in lower case; a capital, a digit or a quote may open a name.
    if (!isLowerLetter(c)) return false;
    words++;
    while (i < end && !isInlineSpace(text.charCodeAt(i))) {
      const d = text.charCodeAt(i);
      if (d === 0x2c || d === 0x3a || d === 0x3b || d === 0x2e) return words > 0;
      i++;
    }
  }
  return words > 0;
}

function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09;
}

/**
 * Lede test, the other side: a dateline (`DUSHANBE (TCA) —`) opens only a
 * story's first paragraph. Returns 1 when the would-be lede has one.
 */
export const datelineLede: Cue = (ctx) => {
  const { text, next } = ctx;
  // The pattern opens with two capitals (or a capital and `'’.-`): test them first.
  const c0 = text.charCodeAt(next.start);
  const c1 = next.end - next.start > 1 ? text.charCodeAt(next.start + 1) : 0;
  if (!(c0 >= 0x41 && c0 <= 0x5a) || !((c1 >= 0x41 && c1 <= 0x5a) || c1 === 0x27 || c1 === 0x2019 || c1 === 0x2e || c1 === 0x2d)) {
    return 0;
  }
  return DATELINE.test(text.slice(next.start, Math.min(next.end, next.start + 80))) ? 1 : 0;
};

/**
 * Lede test: a news lede introduces its subject with the present perfect
 * ("The World Bank has released…", "Turkmenportal has reported…") or with an
 * indefinite article ("A new documentary…"). Returns 0.5 or 1 for those
 * shapes, 0 otherwise. Weak on its own: body paragraphs use them too.
 */
export const introducingLede: Cue = (ctx) => {
  const words = ctx.nextOpening;
  if (words[0] === "a" || words[0] === "an") return 0.5;
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k];
    if (w === ",") return 0;
    if ((w === "has" || w === "have") && PAST_PARTICIPLE.test(words[k + 1] ?? "")) return 1;
  }
  return 0;
};

/**
 * Topic/entity shift (cue 3): how much of the rare vocabulary of the title and
 * its would-be lede the current story has already used. A new story brings
 * new people, places and organisations; a subheading keeps them. Maps the
 * rarity-weighted overlap o ∈ [0, 1] to ({@link TOPIC_PIVOT} − o) /
 * {@link TOPIC_SPREAD}, clamped to [-1, 1]. The story is a window of its
 * headline, latest subheadings and latest lines (see `segment-articles.ts`).
 */
export const topicShift: Cue = (ctx) => {
  const o = topicOverlap(ctx.newWords, ctx.storyCounts, ctx.vocabulary);
  return clamp((TOPIC_PIVOT - o) / TOPIC_SPREAD);
};

/**
 * The overlap at which the topic cue turns from "new story" to "same story".
 * On the seed pages a new story shares at most 0.14 of its rare vocabulary
 * with the story before it, most sections 0.2–0.45; after a long story the
 * chance overlap grows, hence a soft slope.
 */
export const TOPIC_PIVOT = 0.2;
/** How far from the pivot the topic cue saturates at ±1. */
export const TOPIC_SPREAD = 0.15;

/**
 * Lede test, by subject: a lede names its subject afresh and echoes its
 * headline; a section opener talks about what the story already named
 * ("Perizat Kairat’s defense…" under "Political Connections and
 * Allegations", "Aliyev highlighted…"). Looks at the first content words of
 * the would-be lede: −1 when one of them, not common on the page and not in
 * the title itself, was used by at least two lines of the story (by one,
 * after a bare definite article: "The ministry worries…" once the story has
 * named the ministry); +0.5 when none was. A subject the title also names
 * is an echo, which ledes and section openers share, so it counts for
 * neither.
 */
export const subjectContinues: Cue = (ctx) => {
  const from = subjectStart(ctx);
  const opening = openingWordIds(ctx.text, from, ctx.next.end, ctx.vocabulary);
  if (opening.length === 0) return 0;
  // "The ministry worries…": a bare definite description refers back, so
  // one earlier use is its antecedent.
  const used = from === ctx.next.start && ctx.nextOpening[0] === "the" && definiteDescription(ctx.text, from, ctx.next.end) ? 1 : 2;
  for (const s of opening) {
    if (isCommon(ctx, s) || includes(ctx.titleWords, s)) continue;
    // Used by two lines of the story, or named by its headline: the
    // story's own subject ("The season was…" under "…tourism season…").
    if (ctx.storyCounts[s]! >= used || (ctx.storyCounts[s]! > 0 && includes(ctx.headlineWords, s))) return -1;
  }
  return 0.5;
};

/**
 * Words that open a scene-setting clause or phrase before a lede's subject:
 * "When investigators searched a house outside Taraz on March 3, they
 * found…", "On a warm evening in September, a boy…", "In Almaty, a young
 * woman…", "From 1 March, riders…". The words of such a clause are setting,
 * not subject, so the lede test reads the subject after its comma. A phrase
 * with a definite determiner ("Under the agreement, …", "In its report, …")
 * points back to the story instead, and is read as before.
 */
const SCENE_OPENERS: ReadonlySet<string> = new Set([
  "when", "after", "before", "once", "since", "if", "until", "as", "on", "in", "at", "from", "during", "by",
  "for", "with", "following", "last", "earlier", "over", "across", "under", "amid", "within", "throughout",
]);

/** Determiners that make a scene-setting phrase point back ("Under the agreement"). */
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "such"]);

/** How far into a paragraph the comma that closes a scene-setting opening may come. */
const SCENE_OPENING_CHARS = 90;

/**
 * Where the would-be lede's subject starts: after the comma of a
 * scene-setting opening ({@link SCENE_OPENERS}), else at its start.
 */
function subjectStart(ctx: TitleContext): number {
  const { text, next } = ctx;
  const [first = "", second = ""] = ctx.nextOpening;
  if (!SCENE_OPENERS.has(first) || DEFINITE_DETERMINERS.has(second)) return next.start;
  // A bounded loop, not indexOf: a page without commas must not be rescanned per title.
  const stop = Math.min(next.end, next.start + SCENE_OPENING_CHARS);
  for (let i = next.start; i < stop; i++) if (text.charCodeAt(i) === 0x2c) return i + 1;
  return next.start;
}

function includes(words: ArrayLike<number>, id: number): boolean {
  for (let i = 0; i < words.length; i++) if (words[i] === id) return true;
  return false;
}

/**
 * A word on more than this share of the page's lines is common (the country
 * a site covers, "government"), so it ties no line to one story.
 */
export const COMMON_STEM_SHARE = 0.25;
/** …and on at least this many lines: on a short page no word is common enough to ignore. */
export const COMMON_STEM_MIN_LINES = 8;

function isCommon(ctx: TitleContext, id: number): boolean {
  const f = frequency(ctx.vocabulary, id);
  return f >= COMMON_STEM_MIN_LINES && f > COMMON_STEM_SHARE * ctx.vocabulary.lineCount;
}

/**
 * Topic shift under an anecdote lede. A lede that opens on a scene ("On a
 * warm evening in September, a boy…", "When investigators searched a
 * house…", "In Almaty, a young woman…") names nothing the lede test can
 * read, so a short, sentence-case headline above it loses to the length and
 * case cues (CONVENTIONS.md: "the decision rests on the topic shift"). Then
 * a nil overlap counts for more: +1 when the title shares no topic word with
 * the story and the title and lede name people, places or organisations none
 * of which the story has named; 0 otherwise. {@link topicShift} rarely sees
 * an overlap of exactly nil, since short stems meet by chance ("records" and
 * "recorded"), hence this separate vote.
 */
export const anecdoteTopicShift: Cue = (ctx) => {
  if (subjectStart(ctx) === ctx.next.start) return 0;
  for (let i = 0; i < ctx.titleWords.length; i++) if (ctx.storyCounts[ctx.titleWords[i]!]! > 0) return 0;
  let names = 0;
  for (let i = 0; i < ctx.newWords.length; i++) {
    const id = ctx.newWords[i]!;
    if (!isName(ctx.vocabulary, id)) continue;
    if (ctx.storyCounts[id]! > 0) return 0;
    names++;
  }
  return names > 0 ? 1 : 0;
};

/**
 * Lede test, the echo: a lede restates its headline ("Drop in Uzbekistan’s
 * Gold Sales" → "In April, Uzbekistan’s sales of gold dropped…"; "Kyrgyz
 * Coal Miners Strike Over Unpaid Wages" → "…state coal company Kyrgyzkomur
 * has been hit by a strike of 600 miners…"), while a section's first
 * paragraph goes on with the story and often takes up none of its
 * subheading's words ("Looking Ahead"; "How Bishkek Plans to Keep Small
 * Miners From Going Underground Again" → "The ministry worries…").
 * Compares the topic words of the title with those of its would-be lede:
 * −1 when a title of two words or more shares none; +1 when the lede takes
 * up at least {@link LEDE_ECHO_WORDS} of them and most of them
 * ({@link LEDE_ECHO_SHARE}); 0 otherwise. Whether the words are new to the
 * story is the topic cues' business: this one reads only how the two lines
 * stand to each other, so it holds when two stories in a row share a country.
 */
export const ledeEcho: Cue = (ctx) => {
  const words = ctx.titleWords.length;
  if (words < 2) return 0;
  const shared = ctx.sharedWithLede;
  if (shared === 0) return -1;
  // A paragraph that opens by continuing ("The next two lines, to
  // Shiveekhuren and Bichigt, …") is no lede, so restating the title there
  // is a section's explanation, not a story's opening.
  if (continuingOpening(ctx) < 0) return 0;
  return shared >= LEDE_ECHO_WORDS && shared >= LEDE_ECHO_SHARE * words ? 1 : 0;
};

/** How many of the title's topic words a lede must repeat to echo it. */
export const LEDE_ECHO_WORDS = 3;
/** …and what share of them. */
export const LEDE_ECHO_SHARE = 0.6;

/**
 * Topic shift, the title alone: a subheading reuses the story's words
 * ("Consumption and Inequality" deep in an inequality story). Only votes for
 * "same story": −1 when at least half of the title's rare words occur in the
 * story so far, 0 when under a fifth do.
 */
export const titleEcho: Cue = (ctx) => {
  if (ctx.titleWords.length === 0) return 0;
  const o = topicOverlap(ctx.titleWords, ctx.storyCounts, ctx.vocabulary);
  return Math.min(0, clamp((0.2 - o) / 0.3));
};

/**
 * Headline echo: a subheading reuses the words of its story's headline
 * ("Child Poverty: An Alarming Trend" under "…but Inequality and Child
 * Poverty Persist"; "Chinese Investment: …" under "…Weakening Investment").
 * Counts the title's words, not common on the page, that the headline
 * uses: −0.5 for one, −1 for two or more. Only votes for "same story"; two
 * stories in a row on one subject share a word too, so one word is half a vote.
 */
export const headlineEcho: Cue = (ctx) => {
  let shared = 0;
  for (let i = 0; i < ctx.titleWords.length; i++) {
    const id = ctx.titleWords[i]!;
    if (isCommon(ctx, id)) continue;
    for (let j = 0; j < ctx.headlineWords.length; j++) {
      if (ctx.headlineWords[j] === id) {
        shared++;
        break;
      }
    }
  }
  return shared === 0 ? 0 : shared === 1 ? -0.5 : -1;
};

/**
 * Entity shift, the title's names: the people, places and organisations a
 * title names (words the page writes capitalised mid-sentence, not common on
 * the page). A subheading names the story's own ("Uzbekistan’s First
 * Contribution" in a story about Uzbekistan; "Chinese Investment" under a
 * China headline); a new story names others. The vote is (unseen − seen) /
 * max(names, 2): one name is only half the evidence of two.
 */
export const titleNames: Cue = (ctx) => {
  let total = 0;
  let seen = 0;
  for (let i = 0; i < ctx.titleWords.length; i++) {
    const s = ctx.titleWords[i]!;
    if (!isName(ctx.vocabulary, s) || isCommon(ctx, s)) continue;
    total++;
    if (ctx.storyCounts[s]! > 0) seen++;
  }
  if (total === 0) return 0;
  return (total - 2 * seen) / Math.max(total, 2);
};

/**
 * A headline names someone or something: a country, a company, a person. A
 * title none of whose words the page's paragraphs write as a name —
 * capitalised mid-sentence, or capitalised every time (`Kyrgyzstan’s
 * parliament…`) — heads a section ("Looking Ahead", "How the Program Works",
 * "Financing the Project"). −1 for such a title, 0 otherwise.
 */
export const titleNamesNothing: Cue = (ctx) => {
  for (let i = 0; i < ctx.titleWords.length; i++) {
    const id = ctx.titleWords[i]!;
    if (isName(ctx.vocabulary, id) || isAlwaysCapitalised(ctx.vocabulary, id)) return 0;
  }
  return -1;
};

/**
 * Preceding line (cue 4): a line of NBSP alone separates stories on some
 * pages; a strong signal when present.
 */
export const separatorBefore: Cue = (ctx) => (ctx.separatorBefore ? 1 : 0);

/**
 * Preceding line: a teaser that ends in a cut (`...`, `…`, `Continue
 * reading`) ends a story, so the next title starts one.
 */
export const teaserCutBefore: Cue = (ctx) => {
  if (ctx.previousIsReadMore) return 1;
  const p = ctx.previous;
  if (p === undefined) return 0;
  if (endsInEllipsis(ctx.text, p.start, p.end)) return 1;
  // The marker takes 9 characters at least (`read more`).
  if (p.end - p.start < 9) return 0;
  return READ_MORE_TAIL.test(ctx.text.slice(Math.max(p.start, p.end - 40), p.end)) ? 1 : 0;
};

/**
 * Preceding line: a wrap-up ("…, concluded Zakiyeva.", "The trial …
 * continues.") closes a story. Weak: a section can end the same way.
 */
export const wrapUpBefore: Cue = (ctx) => {
  const p = ctx.previous;
  if (p === undefined) return 0;
  // The pattern ends in `.`, `!` or `?`, before a closing quote if any: test that first.
  let last = ctx.text.charCodeAt(p.end - 1);
  if ((last === 0x22 || last === 0x201d || last === 0x2019) && p.end - p.start >= 2) last = ctx.text.charCodeAt(p.end - 2);
  if (last !== 0x2e && last !== 0x21 && last !== 0x3f) return 0;
  return WRAP_UP_TAIL.test(ctx.text.slice(Math.max(p.start, p.end - 80), p.end)) ? 1 : 0;
};

/**
 * Credits (`Image: …`, `@…`) occur inside articles, between a subheading and
 * its paragraph. −1 when a credit follows the title.
 */
export const creditAfter: Cue = (ctx) => (ctx.creditAfter ? -1 : 0);

/**
 * Length (cue 5): headlines run 31–101 characters (median 68), subheadings
 * 13–51 (median 31). A linear vote around 45 characters, saturating at ±1.
 */
export const titleLength: Cue = (ctx) => clamp((ctx.title.end - ctx.title.start - 50) / 15);

/**
 * Genre labels and series markers that only headlines carry: `Opinion: …`,
 * `Interview: …`, `#ForSaltanat: …`, `… – Part Two`.
 */
export const headlineKicker: Cue = (ctx) => {
  const { text, title } = ctx;
  // Test the kickers' first letters (`#`, or those of `Opinion`, `Interview`,
  // …, in either case) before slicing and running the patterns.
  const first = text.charCodeAt(title.start);
  if (first === 0x23 || KICKER_INITIALS.has(first | 0x20)) {
    const head = text.slice(title.start, Math.min(title.end, title.start + 30));
    if (HEADLINE_KICKER.test(head) || HASHTAG_KICKER.test(head)) return 1;
  }
  // `-Part 1` is the shortest series marker.
  if (title.end - title.start < 7) return 0;
  return SERIES_TAIL.test(text.slice(Math.max(title.start, title.end - 24), title.end)) ? 1 : 0;
};

/**
 * Headline grammar: a headline is a clause in the news present tense, its
 * subject and then its verb with an object ("Drought Forces Dushanbe to
 * Ration Power", "Almaty Marathon Draws Runners From…", "Kazakh Court Jails
 * Ex-Akim…"), while a section title is mostly a noun phrase ("Rising
 * Tensions with Russia", "Trade Dynamics: What Kazakhstan Sells and Buys",
 * "Ruins From the 14th Century"), a question word's clause ("How Bishkek
 * Plans to Keep…") or a noun with a relative clause ("A Market That Rewards
 * Saving"). Reads a title-case title word by word: +1 when, after one or
 * more capitalised words, a capitalised word ends in a plain `-s` (the
 * verb, `Forces`; or a plural subject before its verb, `Prices Climb`) and
 * the word after it is a capitalised content word or a number (the object
 * or the verb); 0 otherwise, and 0 as soon as a lower-case word, a `:` or
 * `,`, or a question word or relative pronoun breaks the run of capitals.
 * Only votes for "new story", and weakly: the suffix is no sure sign of a
 * verb, and some sections are headed by a clause too ("Grid Bottlenecks
 * Remain").
 */
export const headlineClause: Cue = (ctx) => {
  const { text, title } = ctx;
  const end = Math.min(title.end, title.start + 160);
  let i = title.start;
  let index = 0;
  /** Whether the previous word ended in a plain `-s`. */
  let sWord = false;
  while (i < end) {
    while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isInlineSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(s);
    const last = text.charCodeAt(i - 1);
    const capital = (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x24 || c === 0x20ac || c === 0x20b8 || c === 0x20bd || c === 0xa3;
    if (sWord && capital && !CLAUSE_FUNCTION_WORDS.has(text.slice(s, letterEnd(text, s, i)).toLowerCase())) return 1;
    // The subject is title-case words without a break (`:` or `,` end it).
    if (!capital) return 0;
    // "How Bishkek Plans to…" asks; "A Market That Rewards Saving" names.
    if (i - s <= 5 && CLAUSE_OPENERS.has(text.slice(s, i).toLowerCase())) return 0;
    if (last === 0x3a || last === 0x2c || last === 0x3b) return 0;
    sWord = index > 0 && plainPluralS(text, s, i);
    index++;
  }
  return 0;
};

/**
 * Question words and relative pronouns: a title that opens with one is a
 * question ("How Bishkek Plans to…", "Why Dushanbe Keeps…"), and one inside
 * the run of capitals opens a relative clause in a noun phrase ("A Market
 * That Rewards Saving").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["how", "what", "why", "when", "where", "who", "which", "whose", "that"]);

/**
 * Words that title case capitalises without making them an object: articles,
 * conjunctions, prepositions (`Tensions With Russia`, `Ruins From the…`).
 */
const CLAUSE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
  "onto", "over", "under", "after", "before", "about", "above", "across", "against", "among", "amid", "between",
  "through", "during", "without", "toward", "towards", "as", "than", "via", "per", "is", "are", "was", "were",
  "be", "vs", "upon", "within", "beyond", "since", "until", "despite", "behind", "near", "off", "out", "up",
]);

/** The end of `text[s, e)` without its closing punctuation (`Saving,` → `Saving`). */
function letterEnd(text: string, s: number, e: number): number {
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (c !== 0x2c && c !== 0x3a && c !== 0x3b && c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x27 && c !== 0x22 && c !== 0x2019 && c !== 0x201d) break;
    e--;
  }
  return e;
}

/**
 * Whether `text[s, e)` is a capitalised word of letters ending in a plain
 * `-s`: not `-ss`, `-us`, `-is` or `-ics` (`Business`, `Bonus`, `Crisis`,
 * `Economics`), not a possessive.
 */
function plainPluralS(text: string, s: number, e: number): boolean {
  if (e - s < 4) return false;
  const c = text.charCodeAt(s);
  if (!(c >= 0x41 && c <= 0x5a)) return false;
  for (let k = s + 1; k < e; k++) {
    const d = text.charCodeAt(k);
    if (!(d >= 0x61 && d <= 0x7a)) return false;
  }
  if (text.charCodeAt(e - 1) !== 0x73) return false;
  const before = text.charCodeAt(e - 2);
  if (before === 0x73 || before === 0x75 || before === 0x69) return false;
  return !(before === 0x63 && text.charCodeAt(e - 3) === 0x69);
}

/** The lower-case first letters of the words {@link HEADLINE_KICKER} accepts. */
const KICKER_INITIALS: ReadonlySet<number> = new Set([..."oiacefrqps"].map((c) => c.charCodeAt(0)));

/**
 * The story so far. A story of one ordinary paragraph is only a lede, and a
 * title after it is usually its first subheading; one very long paragraph,
 * or one cut short by a teaser cut, is a whole story flattened into a teaser,
 * which a new story follows.
 */
export const storySoFar: Cue = (ctx) => {
  if (ctx.storyParagraphs !== 1) return 0;
  return ctx.storyChars >= FLATTENED_STORY_CHARS || teaserCutBefore(ctx) > 0 ? 1 : -1;
};

/** A single paragraph at least this long is a flattened teaser (listing teasers run 1,400–3,600). */
export const FLATTENED_STORY_CHARS = 1000;

function clamp(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}

/** The cues, by name. */
export const CUES: Readonly<Record<CueName, Cue>> = {
  separatorBefore,
  teaserCutBefore,
  headlineKicker,
  headlineClause,
  datelineLede,
  continuingOpening,
  introducingLede,
  subjectContinues,
  topicShift,
  anecdoteTopicShift,
  ledeEcho,
  titleEcho,
  headlineEcho,
  titleNames,
  titleNamesNothing,
  wrapUpBefore,
  creditAfter,
  titleLength,
  storySoFar,
};

/** The names of the headline cues, in the order of {@link CUES}. */
const CUE_NAMES: readonly CueName[] = Object.keys(CUES) as CueName[];

/** The names of the headline cues. */
export type CueName =
  | "separatorBefore"
  | "teaserCutBefore"
  | "headlineKicker"
  | "headlineClause"
  | "datelineLede"
  | "continuingOpening"
  | "introducingLede"
  | "subjectContinues"
  | "topicShift"
  | "anecdoteTopicShift"
  | "ledeEcho"
  | "titleEcho"
  | "headlineEcho"
  | "titleNames"
  | "titleNamesNothing"
  | "wrapUpBefore"
  | "creditAfter"
  | "titleLength"
  | "storySoFar";

/**
 * How much each cue counts, and the threshold the weighted sum must pass for
 * a title to start a new story. Strong structural signals (a separator, a
 * teaser cut, a kicker, a dateline) outweigh everything else; the lede test
 * and the topic shift come next; length and wrap-ups only tip close calls.
 */
export interface CueWeights {
  /** Weight of each cue. */
  readonly weights: Readonly<Record<CueName, number>>;
  /** A title is a headline when the weighted sum exceeds this. */
  readonly threshold: number;
}

/**
 * The weights used by `segmentArticles`.
 *
 * @category Segment
 */
export const DEFAULT_CUE_WEIGHTS: CueWeights = {
  weights: {
    separatorBefore: 4,
    teaserCutBefore: 4,
    headlineKicker: 3,
    headlineClause: 0.5,
    datelineLede: 3,
    continuingOpening: 2,
    introducingLede: 1,
    subjectContinues: 1.5,
    topicShift: 1.5,
    anecdoteTopicShift: 1,
    ledeEcho: 1,
    titleEcho: 1,
    headlineEcho: 1,
    titleNames: 1.5,
    titleNamesNothing: 1,
    wrapUpBefore: 0.5,
    creditAfter: 1,
    titleLength: 1.5,
    storySoFar: 2,
  },
  threshold: 0,
};

/** Each cue's weighted vote and their sum. */
export interface TitleScore {
  /** Weighted sum of the votes. */
  score: number;
  /** Each cue's weighted vote, by name. */
  votes: Record<CueName, number>;
}

/**
 * Scores a title line: every cue's weighted vote, and the sum. The way to see
 * why a title was judged as it was.
 *
 * @param ctx - What the cues may look at.
 * @param weights - The weights and threshold (default {@link DEFAULT_CUE_WEIGHTS}).
 * @returns The sum and each cue's weighted vote.
 */
export function scoreTitle(ctx: TitleContext, weights: CueWeights = DEFAULT_CUE_WEIGHTS): TitleScore {
  const votes = {} as Record<CueName, number>;
  let score = 0;
  for (const name of CUE_NAMES) {
    const w = weights.weights[name];
    const v = w === 0 ? 0 : w * CUES[name](ctx);
    votes[name] = v;
    score += v;
  }
  return { score, votes };
}

/**
 * The decision: does this title start a new story?
 *
 * @param ctx - What the cues may look at.
 * @param weights - The weights and threshold (default {@link DEFAULT_CUE_WEIGHTS}).
 * @returns `true` for a headline, `false` for a subheading.
 */
export function isHeadline(ctx: TitleContext, weights: CueWeights = DEFAULT_CUE_WEIGHTS): boolean {
  return exceedsThreshold(ctx, weightedCues(weights), weights.threshold);
}

/** A cue with its (non-zero) weight. */
export interface WeightedCue {
  readonly cue: Cue;
  readonly weight: number;
}

/**
 * The cues of non-zero weight with their weights, in the order of
 * {@link CUES}: read once per page, so that deciding a title is a plain loop
 * rather than two lookups by name per cue (which cost as much as the cues
 * on a page of thousands of one-line sections).
 *
 * @param weights - The weights.
 * @returns The list {@link exceedsThreshold} sums.
 */
export function weightedCues(weights: CueWeights): WeightedCue[] {
  const list: WeightedCue[] = [];
  for (const name of CUE_NAMES) {
    const weight = weights.weights[name];
    if (weight !== 0) list.push({ cue: CUES[name], weight });
  }
  return list;
}

/**
 * {@link isHeadline} with the cue list read beforehand ({@link weightedCues}):
 * the same sum, in the same order, without building the votes.
 *
 * @param ctx - What the cues may look at.
 * @param cues - The weighted cues.
 * @param threshold - The weights' threshold.
 * @returns `true` for a headline, `false` for a subheading.
 */
export function exceedsThreshold(ctx: TitleContext, cues: readonly WeightedCue[], threshold: number): boolean {
  let score = 0;
  for (let i = 0; i < cues.length; i++) score += cues[i]!.weight * cues[i]!.cue(ctx);
  return score > threshold;
}
