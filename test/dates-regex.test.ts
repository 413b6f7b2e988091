import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/shared.js";

/** Every regular expression literal in the date detector's sources (tests included), found with the TypeScript parser. */
function regexLiterals(dir: string): { file: string; source: string; flags: string }[] {
  const out: { file: string; source: string; flags: string }[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) {
        const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(sf);
            const end = text.lastIndexOf("/");
            out.push({ file: relative(ROOT, path), source: text.slice(1, end), flags: text.slice(end + 1) });
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(dir);
  return out;
}

describe("regular expressions of date detection", () => {
  it("has none with super-linear backtracking (recheck)", { timeout: 120_000 }, async () => {
    const found = regexLiterals(join(ROOT, "src/dates"));
    const unsafe: string[] = [];
    for (const r of found) {
      const diagnostics = await check(r.source, r.flags);
      if (diagnostics.status !== "safe") unsafe.push(`${r.file}: /${r.source}/${r.flags} → ${diagnostics.status}`);
    }
    console.log(`checked ${found.length} regular expressions in src/dates (the scan itself uses none: rules read tokens)`);
    expect(unsafe).toEqual([]);
  });
});
