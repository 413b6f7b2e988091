/**
 * The CLI from the packed tarball, as a user installs it: every format, the
 * worker threads of --jobs (dist/cli-worker.js must ship), and stdin. Same
 * approach as test/package.test.ts: npm pack, install into an empty folder,
 * run the installed bin.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Installed, packAndInstall, removeInstalled } from "./support/packed.js";
import { ROOT } from "./support/shared.js";

const PAGES = join(ROOT, "fixtures/pages");
let installed: Installed | undefined;
let app: string;
let bin: string;
let pages: string;

function newsfacts(args: string[], input = "") {
  const r = spawnSync(bin, args, { cwd: app, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  installed = packAndInstall("newsfacts-cli-pack-");
  app = installed.app;
  bin = join(app, "node_modules/.bin/newsfacts");
  pages = join(app, "pages");
  mkdirSync(pages);
  for (const f of readdirSync(PAGES)) copyFileSync(join(PAGES, f), join(pages, f));
});

afterAll(() => {
  removeInstalled(installed);
});

describe("the installed newsfacts command", () => {
  it("ships its worker thread beside the bin", () => {
    expect(readdirSync(join(app, "node_modules/newsfacts/dist"))).toContain("cli-worker.js");
  });

  it("prints a page as json, with usd from the page's ticker", () => {
    const r = newsfacts(["pages/000_707ad08c9f3bffaf.txt"]);
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout) as { articles: { figures: { usd?: { rate: number } }[] }[] };
    expect(page.articles[0]!.figures.some((f) => f.usd?.rate === 0.00192)).toBe(true);
  });

  it("prints ndjson for a directory with --jobs 2, in input order", () => {
    const r = newsfacts(["--jobs", "2", "pages"]);
    expect(r.code).toBe(0);
    const inputs = r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { input: string }).input);
    expect(inputs).toEqual(readdirSync(PAGES).sort().map((f) => join("pages", f)));
  });

  it("prints csv with its header row", () => {
    const r = newsfacts(["--format", "csv", "--jobs", "2", "pages"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("input,article,headline,kind,text,start,end,value,min,max,unit_or_currency,usd,date_start,date_end");
    expect(lines.filter((l) => l.includes(",money,")).length).toBeGreaterThan(20);
  });

  it("writes a self-contained html report", () => {
    const r = newsfacts(["--format", "html", "pages/000_707ad08c9f3bffaf.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<mark class="f k-money"');
    expect(r.stdout).not.toMatch(/<(script|link|img)\b|https?:\/\//i);
  });

  it("reads standard input", () => {
    const text = readFileSync(join(PAGES, "001_b76d596f063135f9.txt"), "utf8");
    const r = newsfacts(["--only", "ticker", "-"], text);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(5);
  });
});
