/**
 * The default rule lists are generated from the rule folders (`npm run
 * generate`), so adding a rule is one file. This checks the generated list
 * against the folder: every exported rule is in it once, with a unique name,
 * and nothing else is.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATE_RULES, DEFAULT_FIGURE_RULES } from "../src/index.js";
import { ROOT } from "./support/shared.js";

function exportedRules(folder: string, type: string): string[] {
  const dir = join(ROOT, folder);
  const names: string[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file === "index.ts") continue;
    const source = readFileSync(join(dir, file), "utf8");
    for (const m of source.matchAll(new RegExp(`^export const (\\w+): ${type} =`, "gm"))) names.push(m[1]!);
  }
  return names.sort();
}

describe("rule registries", () => {
  it("DEFAULT_DATE_RULES holds every rule exported from src/dates/rules/, once, in file-name order", async () => {
    const expected = exportedRules("src/dates/rules", "DateRule");
    expect(expected.length).toBeGreaterThanOrEqual(17);
    expect(DEFAULT_DATE_RULES).toHaveLength(expected.length);
    const mod = (await import("../src/dates/generated/rules.js")) as { DISCOVERED_RULES: readonly unknown[] };
    expect(DEFAULT_DATE_RULES).toBe(mod.DISCOVERED_RULES);
    const byModule = await Promise.all(
      readdirSync(join(ROOT, "src/dates/rules"))
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts")
        .sort()
        .map(async (f) => Object.values((await import(/* @vite-ignore */ pathToFileURL(join(ROOT, "src/dates/rules", f)).href)) as Record<string, unknown>)),
    );
    expect(DEFAULT_DATE_RULES).toEqual(byModule.flat());
    const names = DEFAULT_DATE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("DEFAULT_FIGURE_RULES holds every rule exported from src/figures/rules/, once, by ascending order", () => {
    const expected = exportedRules("src/figures/rules", "FigureRule");
    expect(expected.length).toBeGreaterThanOrEqual(13);
    expect(DEFAULT_FIGURE_RULES).toHaveLength(expected.length);
    const names = DEFAULT_FIGURE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const orders = DEFAULT_FIGURE_RULES.map((r) => r.order);
    for (const o of orders) expect(typeof o).toBe("number");
    expect(orders).toEqual([...orders].sort((a, b) => a! - b!));
    // The bare number reads any number, so it must come last.
    expect(names.at(-1)).toBe("bare-number");
  });
});
