import { describe, expect, it } from "vitest";
import { isIso4217Code } from "../core/currencies.js";
import { DEFAULT_CURRENCY_NAMES, isoCurrencyNames } from "./currency-names.js";

describe("currency tables", () => {
  it("map every name to a current ISO 4217 code or to none", () => {
    for (const c of DEFAULT_CURRENCY_NAMES) if (c.code !== null) expect(isIso4217Code(c.code), c.code).toBe(true);
    for (const c of isoCurrencyNames()) expect(isIso4217Code(c.code!)).toBe(true);
  });
  it("derive multi-word names from the ISO table", () => {
    const swiss = isoCurrencyNames().find((c) => c.names?.includes("swiss franc"));
    expect(swiss?.code).toBe("CHF");
  });
  it("leave out one-word ISO names that are English words", () => {
    expect(isoCurrencyNames().some((c) => c.names?.includes("sol"))).toBe(false);
  });
});
