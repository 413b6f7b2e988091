// Hostile inputs: what unattended scrapers feed a parser. Every public
// function must keep at least 5 MB/s on each, and time must grow linearly
// (1 MB vs 10 MB). Run with `npm run bench` (after the main benchmark) or
// `node bench/hostile.mjs` after a build. Set HOSTILE_BIG=0 to skip 10 MB.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as newsfacts from "../dist/index.js";

const ROOT = new URL("..", import.meta.url).pathname;
const MB = 1_000_000;
const seeds = readdirSync(join(ROOT, "fixtures/pages"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(ROOT, "fixtures/pages", f), "utf8"));

function fill(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

const MONTHS = "January February March April May June July August September October November December ";
const TICKER = "  • KZT/USD = 0.00192 -0%\n";
/** name → (size in bytes) → text of at least that size */
const INPUTS = {
  "run of digits": (n) => fill("1234567890", n),
  '"1,000 " repeated': (n) => fill("1,000 ", n),
  '"2006-2013-" repeated': (n) => fill("2006-2013-", n),
  "page with no newlines": (n) => fill(seeds.join(" ").replace(/\s+/g, " "), n),
  "ticker lines (≥30,000)": (n) => fill(TICKER, Math.max(n, 30_000 * TICKER.length)),
  "run of dots": (n) => fill(".", n),
  "month names repeated": (n) => fill(MONTHS, n),
  "one-letter lines (≥500,000)": (n) => fill("a\n", Math.max(n, 1_000_000)),
};

const FUNCTIONS = [
  ["parseTicker", (t) => newsfacts.parseTicker(t)],
  ["segmentArticles", newsfacts.segmentArticles && ((t) => newsfacts.segmentArticles(t))],
  ["detectDates", newsfacts.detectDates && ((t) => newsfacts.detectDates(t, { referenceDate: "2025-12-12" }))],
  ["extractFigures", newsfacts.extractFigures && ((t) => newsfacts.extractFigures(t))],
  ["parsePage", (t) => newsfacts.parsePage(t, { referenceDate: "2025-12-12" })],
].filter(([, fn]) => typeof fn === "function");

/**
 * Seconds for one call on `text`, steady state: a warm-up call on the whole
 * input (so the compiler has seen this shape), then the median of three.
 */
function time(fn, text) {
  fn(text);
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    fn(text);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return runs.sort((a, b) => a - b)[1];
}

const big = process.env.HOSTILE_BIG !== "0";
const header = `| input | ${FUNCTIONS.map(([n]) => `${n} MB/s`).join(" | ")} |${big ? " 10 MB / 1 MB time (parsePage) |" : ""}`;
console.log("\nHostile inputs (MB/s on ≥1 MB; the floor is 5 MB/s)\n");
console.log(header);
console.log(`| --- | ${FUNCTIONS.map(() => "---:").join(" | ")} |${big ? " ---: |" : ""}`);
let worst = Infinity;
let worstAt = "";
for (const [name, make] of Object.entries(INPUTS)) {
  const text = make(MB);
  const cells = [];
  for (const [fname, fn] of FUNCTIONS) {
    const s = time(fn, text);
    const mbps = Buffer.byteLength(text) / MB / s;
    if (mbps < worst) {
      worst = mbps;
      worstAt = `${fname} on ${name}`;
    }
    cells.push(mbps.toFixed(1));
  }
  let growth = "";
  if (big) {
    const pp = FUNCTIONS.find(([n]) => n === "parsePage")[1];
    const small = make(MB);
    const large = make(10 * MB);
    const ts = time(pp, small);
    const tl = time(pp, large);
    growth = ` ${(tl / ts).toFixed(1)}× for ${(large.length / small.length).toFixed(1)}× the text |`;
  }
  console.log(`| ${name} (${(Buffer.byteLength(text) / MB).toFixed(1)} MB) | ${cells.join(" | ")} |${growth}`);
}
console.log(`\nslowest: ${worst.toFixed(1)} MB/s (${worstAt}) — ${worst >= 5 ? "above" : "BELOW"} the 5 MB/s floor`);
