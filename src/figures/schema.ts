import * as z from "zod/mini";
import { SpanSchema } from "../core/span.js";
import type { FigureRule } from "./context.js";
import type { CurrencyName } from "./currency-names.js";
import type { Figure } from "./types.js";
import type { UnitDefinition } from "./units.js";

/**
 * The zod schema of {@link Figure}.
 *
 * @category Schemas
 */
export const FigureSchema: z.ZodMiniType<Figure> = /* @__PURE__ */ z
  .object({
    text: z.string(),
    span: SpanSchema,
    kind: z.enum(["money", "percent", "quantity", "count", "duration", "multiplier", "number"]),
    value: z.nullable(z.number()),
    min: z.exactOptional(z.number()),
    max: z.exactOptional(z.number()),
    currency: z.exactOptional(z.string().check(z.length(3))),
    unit: z.exactOptional(z.string()),
    per: z.exactOptional(z.string()),
    approx: z.exactOptional(z.enum(["about", "over", "under", "at-least", "up-to", "nearly"])),
    get equivalent() {
      return z.exactOptional(FigureSchema);
    },
    noun: z.exactOptional(z.string()),
    usd: z.exactOptional(z.object({ value: z.number(), rate: z.number(), source: z.enum(["ticker", "rates"]) })),
  })
  .register(z.globalRegistry, { id: "Figure" });

const ruleSchema = /* @__PURE__ */ z.custom<FigureRule>(
  (v) => typeof v === "object" && v !== null && typeof (v as { read?: unknown }).read === "function" && typeof (v as { name?: unknown }).name === "string",
  "must be a rule: an object with a string `name` and a `read(ctx, i)` function",
);
const unitSchema = /* @__PURE__ */ z.object({
  id: z.string().check(z.minLength(1)),
  dimension: z.enum(["mass", "length", "area", "volume", "energy", "power", "voltage", "time", "container", "data", "speed", "ratio", "temperature"]),
  names: z.readonly(z.array(z.string())),
  abbreviations: z.exactOptional(z.readonly(z.array(z.string()))),
  factor: z.exactOptional(z.number().check(z.positive())),
  per: z.exactOptional(z.string()),
});
const currencySchema = /* @__PURE__ */ z.object({
  code: z.nullable(z.string().check(z.length(3))),
  names: z.exactOptional(z.readonly(z.array(z.string()))),
  symbols: z.exactOptional(z.readonly(z.array(z.string()))),
  factor: z.exactOptional(z.number().check(z.positive())),
  cues: z.exactOptional(
    z.object({
      code: z.string().check(z.length(3)),
      words: z.readonly(z.array(z.string())),
      homeWords: z.exactOptional(z.readonly(z.array(z.string()))),
    }),
  ),
  needsScale: z.exactOptional(z.boolean()),
});

/** The options of `createFigureExtractor`; unknown options are rejected. */
export const figureExtractorOptionsSchema: z.ZodMiniType<{
  rules?: readonly FigureRule[];
  units?: readonly UnitDefinition[];
  currencies?: readonly CurrencyName[];
}> = /* @__PURE__ */ z.strictObject({
  rules: z.exactOptional(z.readonly(z.array(ruleSchema))),
  units: z.exactOptional(z.readonly(z.array(unitSchema))),
  currencies: z.exactOptional(z.readonly(z.array(currencySchema))),
});
