/**
 * The zod schemas: what users call on them, the JSON Schema they give, and
 * the English messages of option errors, which must not depend on (or
 * change) zod's global configuration: the schemas are built with zod/mini,
 * which loads no locale, and a library must not call `z.config`.
 */
import { config, toJSONSchema } from "zod/mini";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as newsfacts from "../src/index.js";
import { createFigureExtractor, detectDates, PageSchema, parsePage, SpanSchema } from "../src/index.js";

const SCHEMA_EXPORTS = [
  "ArticleSchema",
  "BlockSchema",
  "DateMentionSchema",
  "DateOptionsSchema",
  "FigureSchema",
  "HeadlineSchema",
  "PageArticleSchema",
  "PageDateSchema",
  "PageOptionsSchema",
  "PageSchema",
  "PaginationSchema",
  "SegmentationSchema",
  "SpanSchema",
  "TickerQuoteSchema",
];

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error("did not throw");
}

describe("the exported schemas", () => {
  it("are all exported, each with parse and safeParse", () => {
    const exported = Object.keys(newsfacts).filter((k) => k.endsWith("Schema")).sort();
    expect(exported).toEqual(SCHEMA_EXPORTS);
    for (const name of SCHEMA_EXPORTS) {
      const schema = (newsfacts as unknown as Record<string, { parse: unknown; safeParse: unknown }>)[name]!;
      expect(typeof schema.parse, name).toBe("function");
      expect(typeof schema.safeParse, name).toBe("function");
    }
  });

  it("parse what the functions return and reject what they never return", () => {
    const page = parsePage("• KZT/USD = 0.00192 -0%\n\nA Headline\n\nKZT 1.5 billion on 12 December 2025.\n");
    expect(PageSchema.parse(page)).toEqual(page);
    expect(SpanSchema.safeParse({ start: 1, end: 2 }).success).toBe(true);
    const bad = SpanSchema.safeParse({ start: -1, end: 1.5 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.code, i.path])).toEqual([
      ["too_small", ["start"]],
      ["invalid_type", ["end"]],
    ]);
  });

  it("give the JSON Schema of Page with its ids and descriptions", () => {
    const json = toJSONSchema(PageSchema, { target: "draft-2020-12", unrepresentable: "any" }) as {
      $ref: string;
      $defs: Record<string, { description?: string; title?: string; required?: string[] }>;
    };
    expect(json.$ref).toBe("#/$defs/Page");
    expect(Object.keys(json.$defs).sort()).toEqual(
      ["Block", "DateMention", "Figure", "Headline", "Page", "PageArticle", "PageDate", "Pagination", "Span", "TickerQuote"],
    );
    expect(json.$defs.Page!.title).toBe("newsfacts Page");
    expect(json.$defs.Page!.description).toBe("A scraped news page parsed by newsfacts.");
    expect(json.$defs.Span!.description).toBe("Half-open UTF-16 offsets into the input text.");
    expect(json.$defs.Figure!.required).toEqual(["text", "span", "kind", "value"]);
    expect(json.$defs.Page!.required).toEqual(["ticker", "date", "pagination", "preamble", "quotes", "articles"]);
  });
});

describe("option errors", () => {
  // Unset zod's global locale for these tests, as it is in an app that
  // never builds a classic zod schema; the messages must still be English.
  let saved: ReturnType<typeof config>["localeError"];
  beforeEach(() => {
    saved = config().localeError;
    config({ localeError: undefined });
  });
  afterEach(() => {
    config({ localeError: saved });
  });

  it("are English without a global zod locale", () => {
    expect(message(() => detectDates("x", { bias: "soon" as "past" }))).toBe(
      'newsfacts: detectDates: invalid options — options.bias: Invalid option: expected one of "past"|"future"|"nearest"',
    );
    expect(message(() => detectDates("x", 5 as unknown as object))).toBe(
      "newsfacts: detectDates: invalid options — options: Invalid input: expected object, received number",
    );
    expect(message(() => parsePage("x", { rates: { KZT: Number.POSITIVE_INFINITY } }))).toBe(
      "newsfacts: parsePage: invalid options — options.rates.KZT: Invalid input: expected number, received Infinity",
    );
    expect(message(() => parsePage("x", { rates: { KZT: -1 } }))).toBe(
      "newsfacts: parsePage: invalid options — options.rates.KZT: must be positive",
    );
    expect(message(() => parsePage("x", { rates: { tenge: 0.002 } }))).toBe(
      'newsfacts: parsePage: invalid options — options.rates.tenge: "tenge" is not an ISO 4217 currency code (use upper case, such as KZT)',
    );
    expect(message(() => parsePage("x", { bias: "x" as "past", referenceDate: "2025-02-30", foo: 1 } as object))).toBe(
      'newsfacts: parsePage: invalid options — options.referenceDate: is not a real calendar date; options.bias: Invalid option: expected one of "past"|"future"|"nearest"; options: unknown option "foo"',
    );
    expect(message(() => detectDates("x", { referenceDate: "yesterday" }))).toBe(
      "newsfacts: detectDates: invalid options — options.referenceDate: must be an ISO date YYYY-MM-DD; options.referenceDate: is not a real calendar date",
    );
    expect(message(() => createFigureExtractor({ currencies: [{ code: "KZTX", factor: -1 }] }))).toBe(
      "newsfacts: createFigureExtractor: invalid options — options.currencies.0.code: Too big: expected string to have exactly 3 characters; options.currencies.0.factor: Too small: expected number to be >0",
    );
    expect(message(() => createFigureExtractor({ units: [{ id: "", dimension: "mass", names: [] }] }))).toBe(
      "newsfacts: createFigureExtractor: invalid options — options.units.0.id: Too small: expected string to have >=1 characters",
    );
  });

  it("leave zod's global configuration alone", () => {
    expect(() => parsePage("x", { rates: { KZT: -1 } })).toThrow(TypeError);
    expect(config().localeError).toBeUndefined();
  });
});
