export { parsePage } from "./parse-page.js";
export { PageArticleSchema, PageOptionsSchema, PageSchema } from "./schema.js";
export type { Page, PageArticle, PageOptions } from "./types.js";
