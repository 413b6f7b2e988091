import { z } from "zod";

/**
 * A half-open range of UTF-16 code-unit offsets into the exact string the
 * caller passed in: `text.slice(span.start, span.end)` is the matched text.
 *
 * @category Schemas
 */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit (end-exclusive). */
  end: number;
}

/**
 * The zod schema of {@link Span}.
 *
 * @category Schemas
 */
export const SpanSchema: z.ZodType<Span> = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .meta({ id: "Span", description: "Half-open UTF-16 offsets into the input text." });

/** Builds a span. Kept tiny so hot loops can inline it. */
export function span(start: number, end: number): Span {
  return { start, end };
}
