// A 100 MB page through parsePage in one call: it must not crash, and the
// peak resident memory must stay within a small multiple of the input.
// Run in its own process so the peak is this job's alone:
//   node bench/memory.mjs [megabytes]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as newsfacts from "../dist/index.js";

const ROOT = new URL("..", import.meta.url).pathname;
const megabytes = Number(process.argv[2] ?? 100);
const seeds = readdirSync(join(ROOT, "fixtures/pages"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(ROOT, "fixtures/pages", f), "utf8"));

const unit = seeds.join("\n\n");
let text = unit.repeat(Math.ceil((megabytes * 1e6) / Buffer.byteLength(unit)));
const inputBytes = Buffer.byteLength(text);
const rssBefore = process.memoryUsage().rss;

const t0 = process.hrtime.bigint();
const page = newsfacts.parsePage(text);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

const articles = page.articles.length;
const facts = page.articles.reduce((n, a) => n + (a.dates?.length ?? 0) + (a.figures?.length ?? 0), 0);
text = undefined;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `100 MB check: ${(inputBytes / 1e6).toFixed(0)} MB input (${articles} articles, ${facts} facts) parsed in ${seconds.toFixed(1)} s ` +
    `(${(inputBytes / 1e6 / seconds).toFixed(1)} MB/s); peak RSS ${(peak / 1e6).toFixed(0)} MB = ${(peak / inputBytes).toFixed(1)}× the input ` +
    `(RSS before parsing, input held: ${(rssBefore / 1e6).toFixed(0)} MB)`,
);
