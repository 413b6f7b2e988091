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

export { SpanSchema } from "./schema.js";

/** Builds a span. Kept tiny so hot loops can inline it. */
export function span(start: number, end: number): Span {
  return { start, end };
}
