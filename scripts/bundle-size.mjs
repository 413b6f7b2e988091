// Minified + gzipped size of each public import, with what it pulls in of
// zod, as a bundler would ship it to a browser or an edge function. Uses
// esbuild (which tsup already brings). Run after a build.
// `node scripts/bundle-size.mjs --inputs` also lists, per import, the source
// files (zod grouped by folder) that contribute the most minified bytes.
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

const INPUTS = process.argv.includes("--inputs");
const rows = [];
const details = [];
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
    metafile: INPUTS,
  }).catch((error) => ({ error }));
  if ("error" in result) {
    rows.push(`| ${name} | – | – | not built: ${result.error.message.split("\n")[0]} |`);
    continue;
  }
  const code = result.outputFiles[0].contents;
  rows.push(`| ${name} | ${(code.length / 1024).toFixed(1)} kB | ${(gzipSync(code).length / 1024).toFixed(1)} kB |`);
  if (INPUTS) details.push(`\n${name}\n${biggestInputs(result.metafile)}`);
}
console.log("| import | minified | min + gzip |\n| --- | ---: | ---: |");
console.log(rows.join("\n"));
if (INPUTS) console.log(details.join("\n"));

/** The ten inputs with the most bytes in the output, zod grouped by folder. */
function biggestInputs(metafile) {
  const bytes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = file.replace(/^(.*node_modules\/zod\/(?:v4\/)?[^/]+)\/.*$/, "$1/*");
      bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([file, n]) => `  ${(n / 1024).toFixed(1).padStart(6)} kB  ${file}`)
    .join("\n");
}
