/**
 * The packaging check: what a user installs from npm works. Packs the real
 * tarball (prepack builds it), lints it with publint and
 * are-the-types-wrong, installs it into an empty folder and imports every
 * subpath with both `import` and `require`, then runs the bin.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/shared.js";

const SUBPATHS = ["newsfacts", "newsfacts/ticker", "newsfacts/segment", "newsfacts/dates", "newsfacts/figures"];
const SAMPLE = "• KZT/USD = 0.00192 -0%\\n  • UZS/USD = 0.00008 0%\\n";

let work: string;
let tarball: string;
let app: string;

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" },
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "newsfacts-pack-"));
  // `npm test` has just built dist (pretest); skip prepack so no other test file
  // sees dist vanish while tsup cleans it.
  sh("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], ROOT);
  const file = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (file === undefined) throw new Error("npm pack wrote no tarball");
  tarball = join(work, file);
  app = join(work, "app");
  sh("mkdir", ["-p", app], work);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
  sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], app);
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the published package", () => {
  it("passes publint --strict", () => {
    expect(() => sh("npx", ["--no-install", "publint", "--strict", tarball], ROOT)).not.toThrow();
  });

  it("has no type resolution problems under node16 (attw)", () => {
    expect(() => sh("npx", ["--no-install", "attw", tarball, "--profile", "node16"], ROOT)).not.toThrow();
  });

  for (const subpath of SUBPATHS) {
    it(`imports ${subpath} from ESM`, () => {
      const out = sh("node", ["--input-type=module", "-e", `import * as m from "${subpath}"; console.log(Object.keys(m).sort().join(","));`], app);
      expect(out.trim().split(",").length).toBeGreaterThan(0);
      expect(out).toMatch(/Schema/);
    });

    it(`requires ${subpath} from CJS`, () => {
      const out = sh("node", ["-e", `const m = require("${subpath}"); console.log(Object.keys(m).sort().join(","));`], app);
      expect(out).toMatch(/Schema/);
    });
  }

  it("parses a ticker through import and require alike", () => {
    const esm = sh("node", ["--input-type=module", "-e", `import { parseTicker } from "newsfacts/ticker"; console.log(JSON.stringify(parseTicker("${SAMPLE}")));`], app);
    const cjs = sh("node", ["-e", `const { parseTicker } = require("newsfacts"); console.log(JSON.stringify(parseTicker("${SAMPLE}")));`], app);
    expect(JSON.parse(esm)).toEqual(JSON.parse(cjs));
    expect(JSON.parse(esm)).toHaveLength(2);
  });

  it("ships the JSON Schema of Page as newsfacts/schema.json", () => {
    const out = sh("node", ["-e", `const s = require("newsfacts/schema.json"); console.log(s.$ref, Object.keys(s.$defs).length);`], app);
    expect(out).toMatch(/^#\/\$defs\/Page \d+/);
  });

  it("runs the bin with npx newsfacts --version", () => {
    const out = sh("npx", ["--no-install", "newsfacts", "--version"], app);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
