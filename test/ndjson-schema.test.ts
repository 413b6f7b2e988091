/**
 * The NDJSON a pipeline consumes, checked line by line against the JSON
 * Schema the package ships (dist/schema.json, `newsfacts/schema.json`) with a
 * real validator (ajv, draft 2020-12), not against our own zod schemas.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/shared.js";

const CLI = join(ROOT, "dist/cli.js");
const schema = JSON.parse(readFileSync(join(ROOT, "dist/schema.json"), "utf8")) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validatePage = ajv.compile(schema);

function ndjson(args: string[], input = ""): { input: string; result?: unknown; error?: string }[] {
  const r = spawnSync(process.execPath, [CLI, "--format", "ndjson", ...args], { encoding: "utf8", cwd: ROOT, input, maxBuffer: 64 * 1024 * 1024 });
  return r.stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { input: string; result?: unknown; error?: string });
}

function problems(): string {
  return ajv.errorsText(validatePage.errors, { separator: "\n" });
}

describe("NDJSON output against the shipped schema.json", () => {
  it("is a draft 2020-12 schema that ajv compiles in strict mode", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof validatePage).toBe("function");
  });

  it("validates the result of every line for the seed pages", () => {
    const lines = ndjson([join(ROOT, "fixtures/pages")]);
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line.error).toBeUndefined();
      const ok = validatePage(line.result);
      if (!ok) throw new Error(`${line.input}:\n${problems()}`);
      expect(ok).toBe(true);
    }
  });

  it("validates pages read with another reference date, from standard input, and awkward text", () => {
    const page = readFileSync(join(ROOT, "fixtures/pages/002_ff3491bc5aa37c51.txt"), "utf8");
    for (const [args, input] of [
      [["--reference-date", "2020-02-29", "-"], page],
      [["-"], "A Headline\n\nNo ticker, no date, $5 million and 40% in 2024.\n"],
      [["-"], "\u00a0\r\n\ud800 • KZT/USD = abc\n"],
    ] as const) {
      const [line] = ndjson([...args], input);
      if (!validatePage(line!.result)) throw new Error(problems());
    }
  });

  it("rejects what is not a Page (the validator really checks)", () => {
    const [line] = ndjson([join(ROOT, "fixtures/pages/000_707ad08c9f3bffaf.txt")]);
    const broken = structuredClone(line!.result) as { articles: { figures: { kind: string }[] }[] };
    broken.articles[0]!.figures[0]!.kind = "weather";
    expect(validatePage(broken)).toBe(false);
    expect(validatePage({ ...(line!.result as object), quotes: "none" })).toBe(false);
  });
});
