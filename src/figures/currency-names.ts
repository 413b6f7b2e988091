import { ISO_4217_CURRENCIES } from "../core/currencies.js";

/**
 * Currency names and symbols, mapped to ISO 4217 codes. Three-letter codes
 * themselves (`KZT 1.5 billion`, `1.5 billion KZT`) need no entry: every
 * current ISO code is recognised through `isIso4217Code`, and every ISO
 * currency name (`Swiss Franc`, `Kuwaiti Dinar`) is derived from the same
 * generated table. This file holds what ISO does not print: symbols, plurals,
 * local spellings and the bare names news writers use (`tenge`, `som`, `sum`).
 */

/**
 * One way of writing a currency.
 *
 * @category Figures
 */
export interface CurrencyName {
  /** ISO 4217 code, or `null` for a currency with no current code (`francs`, `markka`): the figure is money without a `currency`. */
  readonly code: string | null;
  /** Written names after the number, singular and plural, matched case-insensitively: `"tenge"`, `"swiss francs"`. */
  readonly names?: readonly string[];
  /** Symbols before or after the number, matched case-insensitively: `"$"`, `"US$"`, `"₸"`. */
  readonly symbols?: readonly string[];
  /** A minor unit folded into the value: `cents` is 0.01 USD. */
  readonly factor?: number;
  /**
   * Another code to use when one of these words stands in the same line:
   * `manat` is Turkmen unless the paragraph is about Azerbaijan. When the
   * line names both countries, the cue word nearest before the figure (else
   * nearest after it) decides.
   */
  readonly cues?: {
    /** The ISO 4217 code to use instead. */
    readonly code: string;
    /** Lower-case words that, in the same line, switch to `code`. */
    readonly words: readonly string[];
    /** Lower-case words that keep `code` of the currency itself when they are the nearer cue: `turkmenistan`, `ashgabat` for `manat`. */
    readonly homeWords?: readonly string[];
  };
  /**
   * Only a currency with a scale word (`361 million pounds`) or as one side of
   * a bracketed conversion (`25 pounds ($32)`); otherwise it is a unit (`25
   * pounds`). ISO codes that are also English words (`ALL`, `TOP`, `GEL`) are
   * read the same way.
   */
  readonly needsScale?: boolean;
}

/**
 * The currency names and symbols newsfacts knows by default, on top of the
 * ISO codes and names. `¥` is read as the Japanese yen (`元` is the yuan).
 *
 * @example
 * ```ts
 * // The tiyn, a hundredth of a tenge:
 * const currencies = [...DEFAULT_CURRENCY_NAMES, { code: "KZT", names: ["tiyn", "tiyns"], factor: 0.01 }];
 * createFigureExtractor({ currencies }).extract("Bread rose by 35 tiyn a loaf.");
 * // → [{ text: "35 tiyn a loaf", span: { start: 14, end: 28 }, kind: "money", value: 0.35, currency: "KZT", per: "loaf" }]
 * ```
 *
 * @category Figures
 */
export const DEFAULT_CURRENCY_NAMES: readonly CurrencyName[] = [
  // Central Asia and neighbours
  { code: "KZT", names: ["tenge", "tenges", "kazakh tenge", "kazakhstani tenge"], symbols: ["₸"] },
  { code: "KGS", names: ["som", "soms", "kyrgyz som", "kyrgyz soms"] },
  { code: "UZS", names: ["sum", "sums", "soum", "soums", "so'm", "so‘m", "uzbek sum", "uzbek soum", "uzbek sums", "uzbek soums"] },
  { code: "TJS", names: ["somoni", "somonis", "tajik somoni"] },
  { code: "TMT", names: ["manat", "manats", "turkmen manat", "turkmen manats"], cues: { code: "AZN", words: ["azerbaijan", "azerbaijani", "azerbaijan's", "azerbaijan’s", "baku"], homeWords: ["turkmenistan", "turkmen", "turkmenistan's", "turkmenistan’s", "ashgabat"] } },
  { code: "AZN", names: ["azerbaijani manat", "azerbaijani manats"], symbols: ["₼"] },
  { code: "RUB", names: ["rouble", "roubles", "ruble", "rubles", "russian rubles", "russian roubles"], symbols: ["₽"] },
  { code: "RUB", names: ["kopeck", "kopecks", "kopek", "kopeks"], factor: 0.01 },
  { code: "CNY", names: ["yuan", "renminbi", "rmb", "chinese yuan"], symbols: ["元", "CN¥", "RMB"] },
  { code: "GEL", names: ["lari", "laris"], symbols: ["₾"] },
  { code: "AMD", names: ["dram", "drams"], symbols: ["֏"] },
  { code: "UAH", names: ["hryvnia", "hryvnias", "hryvnya", "hryvnyas"], symbols: ["₴"] },
  { code: "TRY", names: ["lira", "liras", "turkish lira", "turkish liras"], symbols: ["₺"] },
  { code: "AFN", names: ["afghani", "afghanis"] },
  { code: "MNT", names: ["tugrik", "tugriks", "tögrög"], symbols: ["₮"] },
  { code: "IRR", names: ["iranian rials"] },
  { code: "PKR", names: ["pakistani rupee", "pakistani rupees"] },
  // Dollars and the majors
  { code: "USD", names: ["dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollars", "usd", "bucks"], symbols: ["$", "US$", "U.S.$", "U.S. $", "u.s $", "USD$"] },
  { code: "USD", names: ["cent", "cents", "us cent", "us cents", "u.s. cent", "u.s. cents"], factor: 0.01 },
  { code: "CAD", names: ["canadian dollar", "canadian dollars"], symbols: ["C$", "CA$", "CAD$"] },
  { code: "AUD", names: ["australian dollar", "australian dollars"], symbols: ["A$", "AU$", "AUD$"] },
  { code: "NZD", names: ["new zealand dollar", "new zealand dollars"], symbols: ["NZ$"] },
  { code: "HKD", names: ["hong kong dollar", "hong kong dollars"], symbols: ["HK$"] },
  { code: "SGD", names: ["singapore dollar", "singapore dollars"], symbols: ["S$"] },
  { code: "TWD", names: ["taiwan dollars", "new taiwan dollars"], symbols: ["NT$"] },
  { code: "BRL", names: ["reais", "brazilian real", "brazilian reais"], symbols: ["R$"] },
  { code: "MXN", names: ["mexican pesos"], symbols: ["MX$"] },
  { code: "EUR", names: ["euro", "euros"], symbols: ["€"] },
  { code: "EUR", names: ["euro cent", "euro cents", "eurocent", "eurocents"], factor: 0.01 },
  { code: "GBP", names: ["pound", "pounds"], needsScale: true },
  { code: "GBP", names: ["pounds sterling", "pound sterling", "british pounds", "sterling"], symbols: ["£"] },
  { code: "GBP", names: ["penny", "pennies", "pence"], factor: 0.01 },
  { code: "JPY", names: ["yen", "japanese yen"], symbols: ["¥", "円"] },
  { code: "CHF", names: ["swiss franc", "swiss francs"] },
  { code: "INR", names: ["rupee", "rupees", "indian rupees"], symbols: ["₹"] },
  { code: "LKR", symbols: ["ரூ"] },
  { code: "KRW", names: ["won", "korean won"], symbols: ["₩"] },
  { code: "PLN", names: ["zloty", "zlotys", "zlotych"] },
  { code: "HUF", names: ["forint", "forints"] },
  { code: "CZK", names: ["koruna", "korunas", "czech crowns"] },
  { code: "SEK", names: ["kronor", "swedish krona", "swedish kronor"] },
  { code: "ZAR", names: ["rand", "rands"] },
  { code: "NGN", names: ["naira"], symbols: ["₦"] },
  { code: "PHP", symbols: ["₱"] },
  { code: "VND", names: ["dong"], symbols: ["₫"] },
  { code: "ILS", names: ["shekel", "shekels", "sheqel", "sheqels"], symbols: ["₪"] },
  { code: "THB", names: ["baht"], symbols: ["฿"] },
  { code: "CRC", symbols: ["₡"] },
  { code: "LAK", names: ["kip"], symbols: ["₭"] },
  { code: "BGN", names: ["leva"] },
  { code: "RON", names: ["lei"] },
  // Names with no single current code: money, but no currency is claimed.
  { code: null, names: ["franc", "francs", "peso", "pesos", "dinar", "dinars", "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "krone", "kroner", "shilling", "shillings", "markka", "markkaa", "guilder", "guilders", "dutch guilders", "finnish markka", "peseta", "pesetas", "deutsche mark", "deutsche marks", "deutschmarks", "sen"] },
];

/** ISO entries that are not money a news page would quote (metals, funds, test codes). */
const NOT_MONEY = new Set(["XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD", "XTS", "XXX", "XSU", "XUA", "BOV", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "CHE", "CHW", "ZWG"]);

/**
 * Currency names derived from the ISO 4217 table (`"Swiss Franc"` → CHF,
 * `"Kuwaiti Dinar"` → KWD), with a plural on the last word. Names that ISO
 * gives to two codes are left out, and so are single words that are also
 * common English (`Sol`, `Real`, `Colon`...): a bare word must be in
 * {@link DEFAULT_CURRENCY_NAMES} to count.
 *
 * @returns One entry per ISO currency that has a usable name.
 *
 * @example
 * ```ts
 * isoCurrencyNames().find((c) => c.names?.includes("swiss franc"));
 * // → { code: "CHF", names: ["swiss franc", "swiss francs"] }
 * ```
 *
 * @category Figures
 */
export function isoCurrencyNames(): CurrencyName[] {
  const byName = new Map<string, string | null>();
  for (const c of ISO_4217_CURRENCIES) {
    if (NOT_MONEY.has(c.code)) continue;
    const name = c.name.trim().toLowerCase();
    // One-word ISO names ("sol", "real", "rand") are too often English words.
    if (!name.includes(" ") || name.includes("(")) continue;
    const prior = byName.get(name);
    byName.set(name, prior === undefined || prior === c.code ? c.code : null);
  }
  const out: CurrencyName[] = [];
  for (const [name, code] of byName) {
    if (code === null) continue;
    out.push({ code, names: [name, `${name}s`] });
  }
  return out;
}
