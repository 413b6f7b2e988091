/**
 * No regular expression in the library may backtrack super-linearly: a
 * scraped page is untrusted input. Every pattern is checked with `recheck`:
 * - the regex literals in src/ (found with the TypeScript parser), and
 * - every RegExp the library builds at run time (from tables: unit names,
 *   currency names, …), captured while it parses the seed pages.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadSeeds, ROOT } from "./support/shared.js";

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of sourceFiles(join(ROOT, "src"))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf("/");
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

async function runtimePatterns(): Promise<Pattern[]> {
  const found = new Map<string, Pattern>();
  const Original = RegExp;
  const Spy = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      const key = `/${re.source}/${re.flags}`;
      if (!found.has(key)) found.set(key, { source: re.source, flags: re.flags, where: "built at run time" });
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = target(...args);
      const key = `/${re.source}/${re.flags}`;
      if (!found.has(key)) found.set(key, { source: re.source, flags: re.flags, where: "built at run time" });
      return re;
    },
  });
  globalThis.RegExp = Spy;
  try {
    // Imported only now (vitest isolates each test file), so that module-level
    // tables are built under the spy.
    const lib = await import("../src/index.js");
    for (const seed of loadSeeds()) lib.parsePage(seed.text);
    for (const name of ["parseTicker", "segmentArticles", "detectDates", "extractFigures"] as const) {
      const fn = (lib as Record<string, unknown>)[name];
      if (typeof fn === "function") for (const seed of loadSeeds()) (fn as (t: string) => unknown)(seed.text);
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return [...found.values()];
}

describe("regular expressions in src/", () => {
  it("are all free of super-linear backtracking (recheck)", async () => {
    const patterns = [...literalPatterns(), ...(await runtimePatterns())];
    expect(patterns.length).toBeGreaterThan(0);
    const unsafe: string[] = [];
    const seen = new Set<string>();
    for (const p of patterns) {
      const key = `/${p.source}/${p.flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = checkSync(p.source, p.flags.replace(/[gy]/g, ""), { timeout: 10_000 });
      if (result.status !== "safe") {
        const detail = result.status === "vulnerable" ? `${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})` : "unknown";
        unsafe.push(`${p.where}: ${key} → ${detail}`);
      }
    }
    console.log(`recheck: ${seen.size} distinct patterns checked, ${unsafe.length} not safe`);
    expect(unsafe).toEqual([]);
  }, 300_000);
});
