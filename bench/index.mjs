// `npm run bench`: throughput of newsfacts against its peers, measured in one
// Node process on the same pages (speed is never a timed test).
//
// - Corpus: the five seed pages (fixtures/pages) repeated to at least 5 MB,
//   fed page by page, as a scraper pipeline would.
// - Each task runs a warm-up round, then ROUNDS timed rounds over the whole
//   corpus; the median round gives MB/s.
// - Peers: chrono-node's casual parser, and Microsoft Recognizers-Text
//   (number, percentage, currency, dimension) on a smaller sample because it
//   is slow. A single regex pass over the same text is the ceiling.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import * as newsfacts from "../dist/index.js";

const ROOT = new URL("..", import.meta.url).pathname;
const PAGES_DIR = join(ROOT, "fixtures/pages");
const TARGET_BYTES = 5 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const seeds = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(PAGES_DIR, f), "utf8"));
const corpus = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const page of seeds) {
    corpus.push(page);
    bytes += Buffer.byteLength(page);
  }
}
const MB = bytes / 1e6;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs fn over every page of `pages`; returns median MB/s over rounds. */
function measure(fn, pages = corpus, rounds = ROUNDS) {
  const size = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
  let sink = 0;
  for (const p of pages.slice(0, Math.min(pages.length, 20))) sink += count(fn(p)); // warm-up
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const p of pages) sink += count(fn(p));
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  if (sink < 0) console.log(sink); // keep results alive
  return size / median(times);
}
function count(result) {
  return Array.isArray(result) ? result.length : result && typeof result === "object" ? 1 : 0;
}

const rows = [];
function row(name, mbps, note = "") {
  rows.push({ name, mbps, note });
  process.stderr.write(`  ${name}: ${mbps.toFixed(2)} MB/s\n`);
}

process.stderr.write(`corpus: ${corpus.length} pages, ${MB.toFixed(2)} MB; ${ROUNDS} rounds after warm-up\n`);

// The ceiling: one pass of one simple regex over the same text, visiting
// every number (the least any figure or date extractor must do).
const CEILING_RE = /\d[\d,.]*/g;
const ceiling = measure((p) => {
  let n = 0;
  CEILING_RE.lastIndex = 0;
  while (CEILING_RE.exec(p) !== null) n++;
  return [n];
});
row("single regex pass (ceiling)", ceiling);

const ours = [
  ["parseTicker", (p) => newsfacts.parseTicker(p)],
  ["segmentArticles", newsfacts.segmentArticles && ((p) => newsfacts.segmentArticles(p))],
  ["detectDates", newsfacts.detectDates && ((p) => newsfacts.detectDates(p, { referenceDate: "2025-12-12" }))],
  ["extractFigures", newsfacts.extractFigures && ((p) => newsfacts.extractFigures(p))],
  ["parsePage", (p) => newsfacts.parsePage(p)],
].filter(([, fn]) => typeof fn === "function");
const results = {};
for (const [name, fn] of ours) {
  results[name] = measure(fn);
  row(`newsfacts ${name}`, results[name]);
}

const ref = new Date(Date.UTC(2025, 11, 12, 12));
const chronoMbps = measure((p) => chrono.casual.parse(p, ref), corpus.slice(0, Math.ceil(corpus.length / 2)), 3);
row("chrono-node casual.parse", chronoMbps);

// Recognizers-Text is 2-3 orders of magnitude slower: one seed page, one
// round. It is fed paragraph by paragraph, its best case: on a whole page its
// currency and dimension models slow down superlinearly (0.0003 MB/s seen).
let recognizers;
try {
  recognizers = await import("@microsoft/recognizers-text-suite");
} catch {}
let recognizersMbps;
if (recognizers) {
  const R = recognizers.default ?? recognizers;
  const C = R.Culture.English;
  const sample = seeds[0].split("\n").filter((l) => l.trim() !== "");
  const all = (p) => [
    ...R.recognizeNumber(p, C),
    ...R.recognizePercentage(p, C),
    ...R.recognizeCurrency(p, C),
    ...R.recognizeDimension(p, C),
  ];
  recognizersMbps = measure(all, sample, 1);
  row("Recognizers-Text number+percent+currency+dimension", recognizersMbps, "1 page, by paragraph");
}

const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : "n/a");
console.log("");
console.log(`| task | MB/s | ratio |`);
console.log(`| --- | ---: | --- |`);
console.log(`| single regex pass (ceiling) | ${ceiling.toFixed(1)} | 1 |`);
for (const [name] of ours) {
  const extra =
    name === "detectDates"
      ? `; ${ratio(results[name], chronoMbps)} chrono-node`
      : name === "extractFigures"
        ? `; ${ratio(results[name], recognizersMbps)} Recognizers-Text`
        : "";
  console.log(`| newsfacts ${name} | ${results[name].toFixed(1)} | 1/${(ceiling / results[name]).toFixed(1)} of ceiling${extra} |`);
}
console.log(`| chrono-node casual.parse | ${chronoMbps.toFixed(2)} | 1/${(ceiling / chronoMbps).toFixed(0)} of ceiling |`);
if (recognizersMbps !== undefined) {
  console.log(`| Recognizers-Text (4 models, 1 page by paragraph) | ${recognizersMbps.toFixed(3)} | 1/${(ceiling / recognizersMbps).toFixed(0)} of ceiling |`);
}
