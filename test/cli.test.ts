/**
 * The CLI as a build script calls it: the built dist/cli.js (npm test builds
 * first), real files, exit codes and streams.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/shared.js";

const CLI = join(ROOT, "dist/cli.js");
const PAGE = join(ROOT, "fixtures/pages/000_707ad08c9f3bffaf.txt");
const PAGE2 = join(ROOT, "fixtures/pages/001_b76d596f063135f9.txt");

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input: input ?? "", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("newsfacts CLI", () => {
  it("prints the parsed page as pretty JSON for one file, with its five quotes", () => {
    const r = run([PAGE]);
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout);
    expect(page.quotes.map((q: { pair: string }) => q.pair)).toEqual(["KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD"]);
    expect(r.stdout).toContain('\n  "quotes"');
  });

  it("prints one NDJSON line per input, with its path, for several files", () => {
    const r = run([PAGE, PAGE2]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([PAGE, PAGE2]);
    expect(lines[0].result.quotes).toHaveLength(5);
  });

  it("names a missing file, still prints the others, and exits 1", () => {
    const r = run([PAGE, "does-not-exist.txt", PAGE2]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does-not-exist\.txt: no such file or directory/);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ input: "does-not-exist.txt", error: "no such file or directory" });
    expect(lines[2].result.quotes).toHaveLength(5);
  });

  it("reads standard input when given -", () => {
    const r = run(["--only", "ticker", "-"], "• KZT/USD = 0.00192 -0%\n");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ pair: "KZT/USD", trend: "down" })]);
  });

  it("walks a directory for .txt files in sorted order", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "b.txt"), "• KZT/USD = 0.00192 -0%\n");
    writeFileSync(join(dir, "sub", "a.txt"), "• UZS/USD = 0.00008 0%\n");
    writeFileSync(join(dir, "notes.md"), "ignored");
    const r = run(["--only", "ticker", dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([join(dir, "b.txt"), join(dir, "sub", "a.txt")]);
  });

  it("reports empty and binary files by name and goes on", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const r = run([join(dir, "empty.txt"), join(dir, "binary.txt"), PAGE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/binary\.txt: binary file/);
    expect(r.stdout.trim().split("\n")).toHaveLength(3);
  });

  it("decodes invalid UTF-8 with replacement characters and a warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
    const file = join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const r = run(["--only", "ticker", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.txt: warning: invalid UTF-8/);
  });

  it("exits 2 with the usage text on an unknown option or a bad value", () => {
    for (const args of [["--bogus"], ["--format", "xml", PAGE], ["--reference-date", "12/12/2025", PAGE], ["--only", "weather", PAGE]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Usage: newsfacts/);
    }
  });

  it("prints its version and help", () => {
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format/);
  });

  it("ends quietly when the reader closes the pipe", () => {
    const r = spawnSync("bash", ["-c", `node ${CLI} ${PAGE} ${PAGE} ${PAGE} ${PAGE} | head -c 10 >/dev/null`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});
