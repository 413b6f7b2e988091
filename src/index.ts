/**
 * newsfacts turns a scraped plain-text news page into typed data: the
 * currency ticker, the page header, the articles, and every date and figure
 * in them, each with its exact span.
 *
 * @module newsfacts
 */
export { SpanSchema, type Span } from "./core/span.js";
export { LINE_BEFORE, SPACE_BEFORE, TokenKind, tokenize, type Tokens } from "./core/tokens.js";
export * from "./ticker/index.js";
export * from "./segment/index.js";
export * from "./dates/index.js";
export * from "./figures/index.js";
export * from "./page/index.js";
