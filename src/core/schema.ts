import * as z from "zod/mini";
import type { Span } from "./span.js";

/**
 * The zod schema of {@link Span}.
 *
 * @category Schemas
 */
export const SpanSchema: z.ZodMiniType<Span> = /* @__PURE__ */ z
  .object({
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.nonnegative()),
  })
  .register(z.globalRegistry, { id: "Span", description: "Half-open UTF-16 offsets into the input text." });
