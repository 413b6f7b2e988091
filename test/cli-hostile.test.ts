/**
 * The CLI fed what unattended scrapers produce: unreadable files, folders
 * it may not enter, and an output that cannot be written. Each problem is
 * one line on stderr naming the input; the others are still processed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/shared.js";

const CLI = join(ROOT, "dist/cli.js");
const PAGE = join(ROOT, "fixtures/pages/000_707ad08c9f3bffaf.txt");
const isRoot = process.getuid?.() === 0;
// Root reads through any permission bits; drop to `nobody` to see them bite.
const runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((p) => existsSync(p));

/**
 * The CLI bundled into one file in a folder everyone may read: a checkout in
 * a private temp folder (as CI makes) is closed to `nobody`.
 */
function portableCli(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
  chmodSync(dir, 0o755);
  const out = join(dir, "cli.mjs");
  execFileSync(join(ROOT, "node_modules/.bin/esbuild"), [
    CLI,
    "--bundle",
    "--platform=node",
    "--format=esm",
    "--log-level=error",
    // Bundled ESM needs a require for Node built-ins used by CJS dependencies.
    "--banner:js=import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    `--outfile=${out}`,
  ]);
  chmodSync(out, 0o755);
  return out;
}

function cli(args: string[], opts: { asNobody?: boolean; shell?: string } = {}) {
  if (opts.shell !== undefined) {
    const r = spawnSync("bash", ["-c", opts.shell], { encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const argv =
    opts.asNobody && isRoot && runuser
      ? [runuser, "-u", "nobody", "--", process.execPath, portableCli(), "--jobs", "1", ...args]
      : [process.execPath, CLI, ...args];
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: "utf8", cwd: tmpdir() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder everyone may read, so that `nobody` reaches the files we lock. */
function openFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsfacts-hostile-"));
  chmodSync(dir, 0o755);
  return dir;
}

describe("newsfacts CLI on hostile inputs", () => {
  it.runIf(!isRoot || runuser !== undefined)("names an unreadable file and a folder it may not enter, and still parses the rest", () => {
    const dir = openFolder();
    const good = join(dir, "good.txt");
    writeFileSync(good, "• KZT/USD = 0.00192 -0%\n");
    chmodSync(good, 0o644);
    const locked = join(dir, "locked.txt");
    writeFileSync(locked, "secret");
    chmodSync(locked, 0o000);
    const closed = join(dir, "closed");
    mkdirSync(closed);
    writeFileSync(join(closed, "inside.txt"), "x");
    chmodSync(closed, 0o000);

    const r = cli(["--format", "ndjson", locked, closed, good], { asNobody: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/locked\.txt: permission denied/);
    expect(r.stderr).toMatch(/closed: permission denied/);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { input: string; error?: string; result?: unknown });
    expect(lines.map((l) => l.input)).toEqual([locked, closed, good]);
    expect(lines[0]!.error).toMatch(/permission denied/);
    expect(lines[2]!.result).toBeDefined();
  });

  it("reports a file that fails while being read (EIO) by name", () => {
    // /proc/self/mem cannot be read from the start: a real read error, even for root.
    const r = cli(["--format", "ndjson", "/proc/self/mem", PAGE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/proc\/self\/mem: /);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("reports a write error (disk full) and exits non-zero", () => {
    const r = cli([], { shell: `node ${CLI} ${PAGE} > /dev/full` });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/cannot write output|ENOSPC|no space/i);
    expect(r.stderr.split("\n").filter((l) => l.trim() !== "")).toHaveLength(1);
  });

  it("keeps one NDJSON line per input, in input order, whatever failed", () => {
    const dir = openFolder();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "nul.txt"), Buffer.from("a\u0000b"));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const inputs = [join(dir, "empty.txt"), "missing.txt", join(dir, "nul.txt"), join(dir, "latin1.txt"), PAGE];
    const r = cli(["--format", "ndjson", ...inputs]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { input: string; error?: string });
    expect(lines.map((l) => l.input)).toEqual(inputs);
    expect(lines.map((l) => l.error !== undefined)).toEqual([true, true, true, false, false]);
    expect(r.stderr).toMatch(/latin1\.txt: warning: invalid UTF-8/);
  });
});
