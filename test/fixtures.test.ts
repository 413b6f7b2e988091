/**
 * Fixture test: the output of parsePage on every page in fixtures/pages is
 * compared with fixtures/expected/<page>.json. Run with UPDATE_FIXTURES=1 to
 * rewrite the expected files; reviewers read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PageSchema, parsePage } from "../src/index.js";
import { FIXTURES, loadSeeds } from "./support/shared.js";

const UPDATE = process.env.UPDATE_FIXTURES === "1";
const EXPECTED = join(FIXTURES, "expected");

describe("fixture pages", () => {
  for (const seed of loadSeeds()) {
    it(`parsePage(${seed.id}) matches fixtures/expected/${seed.id}.json`, () => {
      const page = parsePage(seed.text);
      expect(PageSchema.safeParse(page).success).toBe(true);
      const file = join(EXPECTED, `${seed.id}.json`);
      const actual = `${JSON.stringify(page, null, 2)}\n`;
      if (UPDATE || !existsSync(file)) {
        mkdirSync(EXPECTED, { recursive: true });
        writeFileSync(file, actual);
        if (!UPDATE) throw new Error(`${file} did not exist; it has been written — review and commit it`);
        return;
      }
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, "utf8")));
    });
  }
});
