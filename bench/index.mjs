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

// The floor of any JavaScript scanner on this machine: a loop that reads
// every code unit, and one that also finds the words (no stores). A
// tokenizer cannot beat the second; detectDates tokenises, then scans.
const charLoop = measure((p) => {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p.charCodeAt(i);
  return [sum];
});
row("bare JS loop over code units", charLoop);
const wordLoop = measure((p) => {
  let n = 0;
  let i = 0;
  const L = p.length;
  while (i < L) {
    if (((p.charCodeAt(i) | 0x20) - 0x61) >>> 0 < 26) {
      n++;
      i++;
      while (i < L && ((p.charCodeAt(i) | 0x20) - 0x61) >>> 0 < 26) i++;
    } else i++;
  }
  return [n];
});
row("bare JS word loop", wordLoop);
const tokenizeMbps = newsfacts.tokenize ? measure((p) => [newsfacts.tokenize(p).count]) : undefined;
if (tokenizeMbps !== undefined) row("newsfacts tokenize", tokenizeMbps);

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
// Same pages, same rounds as ours: a ratio of two medians taken alike.
const chronoMbps = measure((p) => chrono.casual.parse(p, ref));
row("chrono-node casual.parse", chronoMbps);

/**
 * detectDates against chrono-node round by round: on a shared machine the
 * speed of both drifts within a run, so each round times one pass of each
 * over the corpus back to back, and the ratio reported is the median of the
 * rounds' ratios.
 */
function pairedRatio(ourFn, peerFn, rounds = ROUNDS) {
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const p of corpus) ourFn(p);
    const t1 = process.hrtime.bigint();
    for (const p of corpus) peerFn(p);
    const t2 = process.hrtime.bigint();
    ratios.push(Number(t2 - t1) / Number(t1 - t0));
  }
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}
const datesVsChrono = newsfacts.detectDates
  ? pairedRatio((p) => newsfacts.detectDates(p, { referenceDate: "2025-12-12" }), (p) => chrono.casual.parse(p, ref))
  : undefined;
if (datesVsChrono !== undefined) {
  process.stderr.write(
    `  detectDates / chrono-node, paired rounds: ${datesVsChrono.median.toFixed(1)}× (rounds ${datesVsChrono.min.toFixed(1)}–${datesVsChrono.max.toFixed(1)}×)\n`,
  );
}

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
console.log(`| bare JS loop over code units | ${charLoop.toFixed(1)} | 1/${(ceiling / charLoop).toFixed(1)} of ceiling |`);
console.log(`| bare JS word loop | ${wordLoop.toFixed(1)} | 1/${(ceiling / wordLoop).toFixed(1)} of ceiling |`);
if (tokenizeMbps !== undefined) console.log(`| newsfacts tokenize | ${tokenizeMbps.toFixed(1)} | ${(tokenizeMbps / wordLoop).toFixed(2)} of the bare word loop |`);
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
if (datesVsChrono !== undefined) {
  console.log(
    `| detectDates / chrono-node, paired rounds | ${datesVsChrono.median.toFixed(1)}× | rounds ${datesVsChrono.min.toFixed(1)}–${datesVsChrono.max.toFixed(1)}× |`,
  );
}
if (recognizersMbps !== undefined) {
  console.log(`| Recognizers-Text (4 models, 1 page by paragraph) | ${recognizersMbps.toFixed(3)} | 1/${(ceiling / recognizersMbps).toFixed(0)} of ceiling |`);
}
