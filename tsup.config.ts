import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The library: one entry per public subpath, ESM and CJS, each with its own
// declaration files (.d.ts for import, .d.cts for require).
const library = defineConfig({
  entry: {
    index: "src/index.ts",
    ticker: "src/ticker/index.ts",
    segment: "src/segment/index.ts",
    dates: "src/dates/index.ts",
    figures: "src/figures/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  treeshake: true,
});

// The CLI: ESM only (the package is "type": "module"), with its shebang kept.
const cli = defineConfig({
  // cli-worker is the --jobs worker thread, loaded by dist/cli.js beside it.
  entry: { cli: "src/cli.ts", "cli-worker": "src/cli/worker.ts" },
  format: ["esm"],
  dts: false,
  sourcemap: true,
  clean: false,
  target: "node20",
  define: { __NEWSFACTS_VERSION__: JSON.stringify(version) },
});

export default [library, cli];
