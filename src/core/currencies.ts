import { ISO_4217_CURRENCIES } from "./generated/iso4217.js";

let codes: ReadonlySet<string> | undefined;

/**
 * Whether `code` is a current ISO 4217 alphabetic code (`"KZT"`, `"USD"`).
 * The table is generated from the `currency-codes` package at build time.
 */
export function isIso4217Code(code: string): boolean {
  codes ??= new Set(ISO_4217_CURRENCIES.map((c) => c.code));
  return code.length === 3 && codes.has(code);
}

export { ISO_4217_CURRENCIES, type Iso4217Currency } from "./generated/iso4217.js";
