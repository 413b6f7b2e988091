/**
 * The packaging check: what a user installs from npm works. Packs the real
 * tarball (prepack builds it), lints it with publint and
 * are-the-types-wrong, installs it into an empty folder and imports every
 * subpath with both `import` and `require`, then runs the bin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Installed, packAndInstall, removeInstalled, sh } from "./support/packed.js";
import { ROOT } from "./support/shared.js";

const SUBPATHS = ["newsfacts", "newsfacts/ticker", "newsfacts/segment", "newsfacts/dates", "newsfacts/figures"];
const SAMPLE = "• KZT/USD = 0.00192 -0%\\n  • UZS/USD = 0.00008 0%\\n";

let installed: Installed | undefined;
let tarball: string;
let app: string;

beforeAll(() => {
  installed = packAndInstall("newsfacts-pack-");
  ({ tarball, app } = installed);
});

afterAll(() => removeInstalled(installed));

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
