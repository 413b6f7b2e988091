// Minified + gzipped size of each public import, with what it pulls in of
// zod and date-fns, as a bundler would ship it to a browser or an edge
// function. Uses esbuild (which tsup already brings). Run after a build.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ENTRIES = [
  ["newsfacts (everything)", "export * from './dist/index.js';"],
  ["newsfacts: parsePage", "export { parsePage } from './dist/index.js';"],
  ["newsfacts/ticker: parseTicker", "export { parseTicker } from './dist/ticker.js';"],
  ["newsfacts/segment: segmentArticles", "export { segmentArticles } from './dist/segment.js';"],
  ["newsfacts/dates: detectDates", "export { detectDates } from './dist/dates.js';"],
  ["newsfacts/figures: extractFigures", "export { extractFigures } from './dist/figures.js';"],
];

const rows = [];
for (const [name, contents] of ENTRIES) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  }).catch((error) => ({ error }));
  if ("error" in result) {
    rows.push(`| ${name} | – | – | not built: ${result.error.message.split("\n")[0]} |`);
    continue;
  }
  const code = result.outputFiles[0].contents;
  rows.push(`| ${name} | ${(code.length / 1024).toFixed(1)} kB | ${(gzipSync(code).length / 1024).toFixed(1)} kB |`);
}
console.log("| import | minified | min + gzip |\n| --- | ---: | ---: |");
console.log(rows.join("\n"));
