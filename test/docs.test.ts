/**
 * The examples in README.md and docs/*.md are run, and what they print is
 * checked: a doc example that no longer matches the output fails.
 *
 * The convention (see docs/extending.md, "Doc examples are tests"):
 *
 *     <!-- doctest -->
 *     ```ts
 *     import { extractFigures } from "newsfacts";
 *
 *     extractFigures("Prices rose 4.1%.").map((f) => f.text);
 *     // → ["4.1%"]
 *     ```
 *
 * - Only a ```ts block right after a `<!-- doctest -->` line is run; other
 *   blocks are illustrations.
 * - A `// → value` comment (continued on the following `//` lines) is the
 *   value of the statement just above it: an expression, or a `const x = …`
 *   whose `x` is meant. The value is any JavaScript literal, compared with
 *   `toEqual`; with a `…` in it (`{ text: "40%", kind: "percent", … }`) the
 *   objects may hold more fields than shown (`toMatchObject`).
 * - `newsfacts` and its subpaths resolve to src/, so the docs describe the
 *   code in this checkout; paths such as `fixtures/pages/…` are relative to
 *   the repository root.
 *
 * The `@example` blocks of the JSDoc in src/ (the folders in JSDOC_ROOTS)
 * are run the same way when they hold a `// →` comment; an example without
 * one is an illustration. They import nothing: every public export of
 * src/index.ts is in scope.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./support/shared.js";

/** The subpaths of the package, as the examples import them. */
const SUBPATHS: Readonly<Record<string, string>> = {
  newsfacts: "src/index.ts",
  "newsfacts/ticker": "src/ticker/index.ts",
  "newsfacts/segment": "src/segment/index.ts",
  "newsfacts/dates": "src/dates/index.ts",
  "newsfacts/figures": "src/figures/index.ts",
};

const MARKER = "<!-- doctest -->";
const ARROW = "// →";

interface Example {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

/** The marked ```ts blocks of one Markdown file. */
export function examplesOf(file: string, markdown: string): Example[] {
  const lines = markdown.split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== MARKER) continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.trim() === "") k++;
    if (!/^```(ts|typescript)\s*$/.test(lines[k] ?? "")) throw new Error(`${file}:${i + 1}: ${MARKER} must stand right before a \`\`\`ts block`);
    const start = k + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    out.push({ file, line: k + 1, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return out;
}

/** Whether a line starts a new statement (rather than continuing the one above). */
function startsStatement(line: string): boolean {
  return line.length > 0 && !/^[\s)\]}.?:,+\-*/|&]/.test(line) && !line.startsWith("//");
}

/**
 * Turns an example into a module that records, in order, each value an
 * arrow comment is about (`__actual`) and the value the comment states
 * (`__expected`).
 */
export function instrument(code: string): { source: string; checks: number } {
  const lines = code.split("\n");
  const imports: string[] = [];
  const body: string[] = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("import ")) {
      // An import runs to the line that names its module.
      let stmt = line;
      while (!/from\s+["'][^"']+["'];?\s*$|^import\s+["'][^"']+["'];?\s*$/.test(stmt.split("\n").at(-1)!) && i + 1 < lines.length) stmt += `\n${lines[++i]!}`;
      imports.push(stmt.replace(/(from\s+|import\s+)["']([^"']+)["']/, (all, kw: string, spec: string) => {
        const local = SUBPATHS[spec];
        return local === undefined ? all : `${kw}${JSON.stringify(pathToFileURL(join(ROOT, local)).href)}`;
      }));
      continue;
    }
    if (!line.trimStart().startsWith(ARROW)) {
      body.push(line);
      continue;
    }
    // The stated value: this comment and the `//` lines that continue it.
    let expected = line.trimStart().slice(ARROW.length);
    while (i + 1 < lines.length && /^\s*\/\/(?!\s*→)/.test(lines[i + 1]!)) expected += `\n${lines[++i]!.trimStart().slice(2)}`;
    // The statement just above: from the last line that starts one.
    let s = body.length - 1;
    while (s >= 0 && body[s]!.trim() === "") s--;
    const last = s;
    while (s > 0 && !startsStatement(body[s]!)) s--;
    if (s < 0) throw new Error(`an arrow comment with no statement above it: ${line}`);
    // Without its final semicolon and a trailing `; // remark` on its last line.
    const stmt = body
      .splice(s, last - s + 1)
      .join("\n")
      .replace(/;\s*\/\/[^"'`]*$/, "")
      .replace(/;\s*$/, "");
    const decl = /^(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(stmt);
    if (decl !== null) body.push(`${stmt};`, `__actual.push(${decl[1]});`);
    else body.push(`__actual.push((${stmt}));`);
    // "…" stands for fields left out: drop it and compare the rest.
    const partial = expected.includes("…");
    if (partial) expected = expected.replace(/,\s*…/g, "").replace(/…\s*,?/g, "");
    body.push(`__expected.push((${expected}));`, `__partial.push(${partial});`);
    checks++;
  }
  const source = [...imports, "export const __actual: unknown[] = [];", "export const __expected: unknown[] = [];", "export const __partial: boolean[] = [];", ...body, ""].join("\n");
  return { source, checks };
}

/**
 * The ```ts blocks after `@example` in the JSDoc comments of a source file,
 * without their ` * ` margin, that hold an arrow comment.
 */
export function jsdocExamplesOf(file: string, source: string): Example[] {
  const lines = source.split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue;
    let k = i + 1;
    while (k < lines.length && /^\s*\*\s*$/.test(lines[k]!)) k++;
    if (!/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[k] ?? "")) continue;
    const body: string[] = [];
    let end = k + 1;
    while (end < lines.length && !/^\s*\*\s*```/.test(lines[end]!) && !/\*\//.test(lines[end]!)) {
      body.push(lines[end]!.replace(/^\s*\* ?/, ""));
      end++;
    }
    const code = body.join("\n");
    if (code.includes(ARROW)) out.push({ file, line: k + 1, code });
    i = end;
  }
  return out;
}

/** Where the JSDoc examples are run: the folders whose examples follow the arrow convention. */
const JSDOC_ROOTS: readonly string[] = ["src/index.ts", "src/core", "src/ticker", "src/segment", "src/dates", "src/figures", "src/page"];

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => `${path}/${f}`);
}

/** Every value export of the package, as `const { a, b } = …` names for a JSDoc example. */
const PUBLIC_NAMES: readonly string[] = Object.keys(await import(pathToFileURL(join(ROOT, "src/index.ts")).href));

/** README.md and the guides in docs/ (the conformance notes hold no code to run). */
function documents(): { file: string; text: string }[] {
  const guides = readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md") && !f.startsWith("conformance-"))
    .sort()
    .map((f) => `docs/${f}`);
  return ["README.md", ...guides].map((file) => ({ file, text: readFileSync(join(ROOT, file), "utf8") }));
}

/** Runs an instrumented example and compares each stated value with the real one. */
async function check(module: string, checks: number, ex: Example): Promise<void> {
  const run = (await import(pathToFileURL(module).href)) as { __actual: unknown[]; __expected: unknown[]; __partial: boolean[] };
  expect(run.__actual.length).toBe(checks);
  for (let k = 0; k < checks; k++) {
    const what = `check ${k + 1} of ${ex.file}:${ex.line}`;
    if (run.__partial[k] === true) expect(run.__actual[k], what).toMatchObject(run.__expected[k] as object);
    else expect(run.__actual[k], what).toEqual(run.__expected[k]);
  }
}

const scratch = mkdtempSync(join(tmpdir(), "newsfacts-doctest-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("doc examples", () => {
  it("finds the examples of the guides (a guide with code has tested code)", () => {
    for (const { file, text } of documents()) {
      if (file === "README.md") continue;
      if (/```ts\n/.test(text)) expect(examplesOf(file, text).length, `${file} has ts blocks but no ${MARKER}`).toBeGreaterThan(0);
    }
  });

  for (const { file, text } of documents()) {
    for (const ex of examplesOf(file, text)) {
      it(`${ex.file}:${ex.line} prints what it says`, async () => {
        const { source, checks } = instrument(ex.code);
        const module = join(scratch, `${ex.file.replace(/[^\w]+/g, "_")}_${ex.line}.ts`);
        writeFileSync(module, source);
        await check(module, checks, ex);
      });
    }
  }
});

describe("JSDoc examples", () => {
  const examples = JSDOC_ROOTS.flatMap(sourceFiles).flatMap((file) => jsdocExamplesOf(file, readFileSync(join(ROOT, file), "utf8")));

  it("finds the JSDoc examples that state their output", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const ex of examples) {
    it(`${ex.file}:${ex.line} prints what it says`, async () => {
      const { source, checks } = instrument(ex.code);
      const index = JSON.stringify(pathToFileURL(join(ROOT, "src/index.ts")).href);
      const module = join(scratch, `${ex.file.replace(/[^\w]+/g, "_")}_${ex.line}.ts`);
      writeFileSync(module, `import { ${PUBLIC_NAMES.join(", ")} } from ${index};\n${source}`);
      await check(module, checks, ex);
    });
  }
});

describe("the doc-example runner", () => {
  it("reads a marked block and leaves an unmarked one alone", () => {
    const md = ["<!-- doctest -->", "```ts", "1 + 1;", "// → 2", "```", "", "```ts", "nope();", "```"].join("\n");
    expect(examplesOf("x.md", md)).toEqual([{ file: "x.md", line: 2, code: "1 + 1;\n// → 2" }]);
  });

  it("checks the statement above each arrow, over several lines, and a declared name", () => {
    const { source, checks } = instrument(["const a = [1,", "  2];", "// → [1, 2]", "a", "  .map((x) => x * 2);", "// → [2,", "//    4]"].join("\n"));
    expect(checks).toBe(2);
    expect(source).toContain("__actual.push(a);");
    expect(source).toContain("__actual.push((a\n  .map((x) => x * 2)));");
    expect(source).toContain("__expected.push(( [2,\n    4]));");
  });

  it("reads an ellipsis as fields left out", () => {
    const { source } = instrument(["f();", '// → [{ a: 1, … }, { b: 2, … }]'].join("\n"));
    expect(source).toContain("__expected.push(( [{ a: 1 }, { b: 2 }]));\n__partial.push(true);");
  });

  it("drops a remark after the statement's semicolon", () => {
    expect(instrument(['f("a // b"); // seed page 004', "// → 1"].join("\n")).source).toContain('__actual.push((f("a // b")));');
  });
});
