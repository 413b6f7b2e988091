/**
 * Every regular expression segmentation uses, named and commented in one
 * place. None of them runs over the whole page: each is applied to one line's
 * trimmed content, and the callers cap the length of what they pass in, so
 * even the few unanchored tails stay linear. All are checked by `recheck`.
 */

/**
 * The page date line under the ticker: `08 December 2025` (the site pads the
 * day; a scraper may not). Only the whole line counts, so a date inside a
 * sentence is never the page date.
 */
export const PAGE_DATE_LINE: RegExp =
  /^(\d{1,2})[ \t\u00a0]+(January|February|March|April|May|June|July|August|September|October|November|December)[ \t\u00a0]+(\d{4})$/;

/**
 * The pagination line of a listing page: `Viewing results 19 - 24 of 1312`.
 * The dash may be a hyphen or an en dash, with or without spaces.
 */
export const PAGINATION_LINE: RegExp =
  /^Viewing[ \t\u00a0]+results[ \t\u00a0]+(\d{1,9})[ \t\u00a0]*[-–][ \t\u00a0]*(\d{1,9})[ \t\u00a0]+of[ \t\u00a0]+(\d{1,12})$/i;

/**
 * A photo credit: `Image: TCA, Ilyas Otan`, `Photo: Akorda`, `Photo credit:
 * …`. Only the opening is matched; the caller also caps the line's length,
 * since a credit is a short line, not a paragraph that starts with "Image".
 * (`Video:` is left out: sites use it as a headline kicker.)
 */
export const CREDIT_PREFIX: RegExp =
  /^(?:images?|photos?|photographs?|pictures?|illustrations?|credits?)(?:[ \t\u00a0]+credits?)?[ \t\u00a0]*:[ \t\u00a0]*\S/i;

/**
 * A credit that is only a handle or domain, as under World Bank charts:
 * `@worldbank.org`, `@pip.worldbank.org`. The dot separates the labels, so
 * the repetition is unambiguous.
 */
export const CREDIT_HANDLE: RegExp = /^@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

/**
 * A bullet list item: `• 2006-2013 – Growth: …` (the site indents bullets by
 * two spaces; the caller passes the trimmed content). The marker must be
 * followed by a space, so `-5%` or `*note*` are not list items.
 */
export const BULLET_ITEM: RegExp = /^[•·▪◦‣∙●■*–-][ \t\u00a0]+\S/;

/**
 * A numbered list item: `1. Investigation Planning – …`, `2) …`. Up to three
 * digits, so a year (`2024. …`) never reads as a list number.
 */
export const NUMBERED_ITEM: RegExp = /^\d{1,3}[.)][ \t\u00a0]+\S/;

/**
 * A "read more" marker that a listing leaves after a teaser, on its own line
 * or at the end of the teaser: `Continue reading`, `Read more »`.
 */
export const READ_MORE_LINE: RegExp =
  /^(?:continue[ \t\u00a0]+reading|read[ \t\u00a0]+more|read[ \t\u00a0]+the[ \t\u00a0]+full[ \t\u00a0]+(?:story|article)|full[ \t\u00a0]+story)\b[^\p{L}\p{N}]{0,8}$/iu;

/**
 * The same marker at the end of a teaser paragraph (`… the company...
 * Continue reading`). Callers pass only the last 40 characters.
 */
export const READ_MORE_TAIL: RegExp =
  /(?:continue[ \t\u00a0]+reading|read[ \t\u00a0]+more)[^\p{L}\p{N}]{0,8}$/iu;

/**
 * A news-agency dateline that opens a lede: `DUSHANBE (TCA) —`,
 * `ALMATY, Kazakhstan (AP) —`, or a bare capitalised city: `ASTANA —`. A
 * dateline means a story starts here. Callers pass the first 80 characters.
 * Words are separated by exactly one space (or a comma and a space), which
 * no word class holds, so the bounded repetition cannot backtrack badly.
 */
export const DATELINE: RegExp =
  /^[A-Z][A-Z'’.-]{2,30}(?:,? [A-Z][A-Za-z'’.-]{1,30}){0,3} (?:\([A-Za-z. ]{2,24}\) )?[—–] ?\S/;

/**
 * A genre label that only starts a headline, never a subheading:
 * `Opinion: …`, `Interview: …`, `Analysis – …`. Callers pass the first 30
 * characters.
 */
export const HEADLINE_KICKER: RegExp =
  /^(?:opinion|interview|analysis|commentary|editorial|exclusive|explainer|op-ed|feature|review|q&a|podcast|photo[ \t\u00a0]+story|special[ \t\u00a0]+report)[ \t\u00a0]*[:|–—]/i;

/**
 * The kicker of an interview headline, whose story alternates questions and
 * answers: `Interview: …`, `Q&A: …`. Callers pass the first 30 characters.
 */
export const INTERVIEW_KICKER: RegExp = /^(?:interview|q[ \t\u00a0]*&[ \t\u00a0]*a)[ \t\u00a0]*[:|–—]/i;

/**
 * A turn of an interview transcript, labelled by role: `Q: How big is the
 * catch now?`, `A: About 8,000 tonnes.`, `Question: …`, `Answer — …`. A title
 * never opens with such a label. Callers pass the first 12 characters.
 */
export const INTERVIEW_TURN: RegExp = /^(?:Q|A|Question|Answer)[ \t\u00a0]*[:–—][ \t\u00a0]/;

/**
 * A question put to the interviewee: the line addresses "you". Callers pass
 * one line of at most 160 characters that ends in `?`.
 */
export const SECOND_PERSON: RegExp = /\b(?:you|your|yours|yourself)\b/i;

/**
 * An answer in an interview opens with a quotation mark or in the first
 * person: `“Money, mostly.`, `I think…`, `We filmed…`. Callers pass the
 * first 12 characters of the paragraph after a question.
 */
export const ANSWER_OPENING: RegExp = /^(?:["“«„]|(?:I|I'm|I’m|I've|I’ve|We|We're|We’re|My|Our|Well|Yes|No)\b)/;

/**
 * A campaign hashtag that opens a headline: `#ForSaltanat: …`.
 */
export const HASHTAG_KICKER: RegExp = /^#[\p{L}\p{N}_]{2,40}[ \t\u00a0]*:/u;

/**
 * A series marker that ends a headline: `… – Part One`, `… - Part 2`.
 * Callers pass the last 24 characters.
 */
export const SERIES_TAIL: RegExp =
  /[–—-][ \t\u00a0]*Part[ \t\u00a0]+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}|I|II|III|IV|V|VI)$/i;

/**
 * A closing line that reports the end of an event or a story: `…, concluded
 * Zakiyeva.`, `The trial … continues.` Callers pass the last 80 characters
 * of the line before a title.
 */
export const WRAP_UP_TAIL: RegExp =
  /(?:\bconclud(?:ed|es)\b[^.!?]{0,60}|\b(?:continues|remains to be seen|will continue|is ongoing|are ongoing)[ \t\u00a0]*)[.!?]["”’]?$/i;

/**
 * The ending of a past participle after "has"/"have" in a lede ("has
 * released", "has reported", "have grown", "has been"). Callers pass one
 * lower-cased word.
 */
export const PAST_PARTICIPLE: RegExp = /(?:ed|wn|en|ne|un|ught|lt|nt)$/;
