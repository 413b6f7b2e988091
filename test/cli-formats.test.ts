/**
 * The CLI's formats, --only, --glob, --jobs and progress bar, run as a user
 * runs them: the built dist/cli.js on real files (npm test builds first).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgress } from "../src/cli/progress.js";
import type { DateMention, Figure, Page, Segmentation } from "../src/index.js";
import { ROOT } from "./support/shared.js";

const CLI = join(ROOT, "dist/cli.js");
const PAGES = join(ROOT, "fixtures/pages");
const PAGE = join(PAGES, "000_707ad08c9f3bffaf.txt");

function run(args: string[], input = "") {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input, cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new Error("unclosed quote");
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === '"' || c === "\n" || c === "\r") {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record lacks its CRLF");
  return rows;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
}

describe("--format csv", () => {
  const { code, stdout } = run(["--format", "csv", PAGE]);
  const rows = readCsv(stdout);
  const [header, ...records] = rows;
  const page = JSON.parse(run([PAGE]).stdout) as Page;

  it("starts with the header row and gives every record every column", () => {
    expect(code).toBe(0);
    expect(header).toEqual(["input", "article", "headline", "kind", "text", "start", "end", "value", "min", "max", "unit_or_currency", "usd", "date_start", "date_end"]);
    for (const r of records) expect(r).toHaveLength(header!.length);
  });

  it("has one row per quote and per fact of every article", () => {
    const facts = page.articles.reduce((n, a) => n + a.dates.length + a.figures.length, 0);
    expect(records).toHaveLength(page.quotes.length + facts);
    expect(records.filter((r) => r[3] === "quote").map((r) => r[4])).toEqual(page.quotes.map((q) => q.pair));
  });

  it("puts the parsed values in their columns: the KZT amount with its dollar value", () => {
    const charity = records.find((r) => r[4] === "more than KZT 1.5 billion ($2.8 million)")!;
    expect(charity).toEqual([PAGE, "0", page.articles[0]!.headline.text, "money", charity[4], "1915", "1955", "1500000000", "", "", "KZT", "2880000", "", ""]);
    const june = records.find((r) => r[4] === "June 2021")!;
    expect(june.slice(3)).toEqual(["date", "June 2021", "1793", "1802", "", "", "", "month", "", "2021-06-01", "2021-06-30"]);
  });

  it("lists an article's facts in text order", () => {
    const starts = records.filter((r) => r[1] === "0").map((r) => Number(r[5]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("quotes fields with commas and double quotes (RFC 4180) and gives an unreadable input an error row", () => {
    const dir = tempDir();
    const odd = join(dir, 'budget, "final".txt');
    writeFileSync(odd, readFileSync(PAGE));
    const r = run(["--format", "csv", odd, join(dir, "missing.txt")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`"${dir}/budget, ""final"".txt"`);
    const parsed = readCsv(r.stdout);
    expect(parsed[1]![0]).toBe(odd);
    expect(parsed.at(-1)!.slice(0, 5)).toEqual([join(dir, "missing.txt"), "", "", "error", "no such file or directory"]);
  });

  it("gives one row per result of --only dates, figures and articles", () => {
    const dates = JSON.parse(run(["--only", "dates", PAGE]).stdout) as DateMention[];
    const figures = JSON.parse(run(["--only", "figures", PAGE]).stdout) as Figure[];
    const seg = JSON.parse(run(["--only", "articles", PAGE]).stdout) as Segmentation;
    expect(readCsv(run(["--only", "dates", "-f", "csv", PAGE]).stdout).slice(1).map((r) => r[4])).toEqual(dates.map((d) => d.text));
    expect(readCsv(run(["--only", "figures", "-f", "csv", PAGE]).stdout).slice(1).map((r) => r[4])).toEqual(figures.map((f) => f.text));
    expect(readCsv(run(["--only", "articles", "-f", "csv", PAGE]).stdout).slice(1).map((r) => r[2])).toEqual(seg.articles.map((a) => a.headline.text));
  });
});

describe("--only", () => {
  it("dates: every date of the text, relative ones resolved against the page's date line", () => {
    const dates = JSON.parse(run(["--only", "dates", PAGE]).stdout) as DateMention[];
    expect(dates[0]).toMatchObject({ text: "12 December 2025", start: "2025-12-12" });
    expect(dates.find((d) => d.text === "July 14")).toMatchObject({ start: "2025-07-14", relative: true });
    const earlier = JSON.parse(run(["--only", "dates", "--reference-date", "2025-03-01", PAGE]).stdout) as DateMention[];
    expect(earlier.find((d) => d.text === "July 14")).toMatchObject({ start: "2024-07-14" });
  });

  it("figures: every figure of the text", () => {
    const figures = JSON.parse(run(["--only", "figures", PAGE]).stdout) as Figure[];
    expect(figures.find((f) => f.text === "KZT 2.9 billion ($5.4 million)")).toMatchObject({ kind: "money", value: 2_900_000_000, currency: "KZT" });
  });

  it("articles: the segmentation, without facts", () => {
    const seg = JSON.parse(run(["--only", "articles", PAGE]).stdout) as Segmentation & { quotes?: unknown };
    expect(seg.articles).toHaveLength(6);
    expect(seg.quotes).toBeUndefined();
    expect(seg.articles[0]).not.toHaveProperty("dates");
  });

  it("cannot be combined with the HTML report (exit 2)", () => {
    const r = run(["--only", "dates", "--format", "html", PAGE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format html .* --only/);
  });
});

describe("--format json and ndjson", () => {
  it("json for several inputs is one valid array of {input, result} and {input, error}", () => {
    const r = run(["--format", "json", PAGE, "missing.txt"]);
    expect(r.code).toBe(1);
    const all = JSON.parse(r.stdout) as { input: string; result?: Page; error?: string }[];
    expect(all.map((e) => e.input)).toEqual([PAGE, "missing.txt"]);
    expect(all[0]!.result!.quotes).toHaveLength(5);
    expect(all[1]!.error).toBe("no such file or directory");
  });

  it("ndjson carries each page's articles with their facts", () => {
    const [line] = run(["--format", "ndjson", PAGE]).stdout.trim().split("\n");
    const page = (JSON.parse(line!) as { result: Page }).result;
    expect(page.articles[0]!.figures.some((f) => f.usd?.source === "ticker")).toBe(true);
  });
});

describe("--glob", () => {
  function tree(): string {
    const dir = tempDir();
    mkdirSync(join(dir, "2025", "12"), { recursive: true });
    writeFileSync(join(dir, "a.txt"), "• KZT/USD = 0.00192 -0%\n");
    writeFileSync(join(dir, "b.page"), "• UZS/USD = 0.00008 0%\n");
    writeFileSync(join(dir, "2025", "12", "c.page"), "• TJS/USD = 0.10879 0.28%\n");
    writeFileSync(join(dir, "2025", "d.txt"), "• KGS/USD = 0.01144 0%\n");
    return dir;
  }
  const inputs = (r: { stdout: string }): string[] => r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { input: string }).input);

  it("takes *.txt at any depth by default", () => {
    const dir = tree();
    expect(inputs(run(["--only", "ticker", "-f", "ndjson", dir]))).toEqual([join(dir, "2025", "d.txt"), join(dir, "a.txt")]);
  });

  it("matches a pattern without / against file names, and one with / against the path below the directory", () => {
    const dir = tree();
    expect(inputs(run(["--only", "ticker", "-f", "ndjson", "--glob", "*.page", dir]))).toEqual([join(dir, "2025", "12", "c.page"), join(dir, "b.page")]);
    expect(inputs(run(["--only", "ticker", "-f", "ndjson", "--glob", "2025/**/*.{txt,page}", dir]))).toEqual([join(dir, "2025", "12", "c.page"), join(dir, "2025", "d.txt")]);
    expect(inputs(run(["--only", "ticker", "-f", "ndjson", "--glob", "[ab].*", dir]))).toEqual([join(dir, "a.txt"), join(dir, "b.page")]);
  });

  it("names a directory where nothing matches, and exits 1", () => {
    const dir = tree();
    const r = run(["--only", "ticker", "--glob", "*.html", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}: directory holds no files matching the glob`);
  });

  it("refuses a malformed pattern as a usage error", () => {
    const r = run(["--glob", "[abc", PAGE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--glob: unclosed "\["/);
  });
});

describe("--jobs", () => {
  it("refuses a count that is not a positive whole number", () => {
    for (const bad of ["0", "-1", "two", "1.5"]) expect(run(["--jobs", bad, PAGE]).code).toBe(2);
  });

  it("gives the same output with one thread and with several", () => {
    const one = run(["-f", "csv", "--jobs", "1", PAGES]);
    const three = run(["-f", "csv", "--jobs", "3", PAGES]);
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });

  /** Writes `count` generated pages; each has a KZT rate of its own so its output can be matched to its input. */
  function generate(count: number): { dir: string; rate: (i: number) => string; name: (i: number) => string } {
    const seeds = ["000_707ad08c9f3bffaf", "001_b76d596f063135f9", "002_ff3491bc5aa37c51", "003_fb71f65a1e0ec4a4", "004_6a0215f1899083d6"].map((id) =>
      readFileSync(join(PAGES, `${id}.txt`), "utf8"),
    );
    const dir = tempDir();
    const rate = (i: number): string => (0.001 + i / 1_000_000).toFixed(6);
    const name = (i: number): string => join(dir, "pages", `page-${String(i).padStart(4, "0")}.txt`);
    mkdirSync(join(dir, "pages"));
    for (let i = 0; i < count; i++) {
      // The seed's body after its 40 ticker lines, under a one-line ticker of this page's own.
      writeFileSync(name(i), `• KZT/USD = ${rate(i)} 0%\n${seeds[i % 5]!.split("\n").slice(40).join("\n")}`);
    }
    return { dir, rate, name };
  }

  /** Runs the CLI over a generated directory; returns its stdout and peak RSS in MB. */
  function runMeasured(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string; rssMb: number } {
    const rss = join(dir, "rss.json");
    const probe = join(dir, "probe.mjs");
    writeFileSync(probe, `import { writeFileSync } from "node:fs"; process.on("exit", () => writeFileSync(${JSON.stringify(rss)}, JSON.stringify(process.resourceUsage().maxRSS)));`);
    const r = spawnSync(process.execPath, ["--import", probe, CLI, ...args, join(dir, "pages")], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, rssMb: Number(readFileSync(rss, "utf8")) / 1024 };
  }

  it("parses 1,000 generated pages with --jobs 2: every page, in input order, in no more memory than 100 pages take", () => {
    const { dir, rate, name } = generate(1000);
    const started = Date.now();
    const r = runMeasured(dir, ["--jobs", "2"]);
    const seconds = (Date.now() - started) / 1000;
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1000);
    let articles = 0;
    lines.forEach((line, i) => {
      const { input, result } = JSON.parse(line) as { input: string; result: Page };
      expect(input).toBe(name(i));
      expect(result.quotes[0]!.rateText).toBe(rate(i));
      expect(result.date).not.toBeNull();
      articles += result.articles.length;
    });
    expect(articles).toBeGreaterThanOrEqual(5000);
    // Flat memory: ten times the pages (and the output) must not cost
    // noticeably more than a tenth of them; holding the results would add
    // hundreds of megabytes.
    const small = runMeasured(generate(100).dir, ["--jobs", "2"]);
    expect(small.stdout.trimEnd().split("\n")).toHaveLength(100);
    expect(r.rssMb - small.rssMb).toBeLessThan(60);
    console.log(
      `1,000 pages with --jobs 2: ${seconds.toFixed(1)} s, ${(r.stdout.length / 1e6).toFixed(0)} MB out, ` +
        `peak RSS ${r.rssMb.toFixed(0)} MB (100 pages: ${small.rssMb.toFixed(0)} MB)`,
    );
  }, 180_000);

  it("ends quietly when the reader closes the pipe while workers are busy", () => {
    const r = spawnSync("bash", ["-c", `node ${CLI} --jobs 2 ${PAGES} ${PAGES} ${PAGES} | head -c 100 >/dev/null`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("reports a write error (a full disk) and exits non-zero", () => {
    const r = spawnSync("bash", ["-c", `node ${CLI} --jobs 2 ${PAGES} > /dev/full`], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot write output/);
  });
});

describe("the progress bar", () => {
  function fakeStream(isTTY: boolean) {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, columns: 80, write: (s: string) => chunks.push(s) } };
  }

  it("is drawn on a terminal when several files are parsed", () => {
    const { chunks, stream } = fakeStream(true);
    let t = 0;
    const bar = createProgress(3, stream, () => (t += 200));
    for (let k = 0; k < 3; k++) bar.tick();
    bar.done();
    expect(chunks.join("")).toContain("3/3 files");
    expect(chunks.at(-1)).toBe("\r\x1b[K");
  });

  it("keeps messages on their own lines above the bar", () => {
    const { chunks, stream } = fakeStream(true);
    const bar = createProgress(2, stream);
    bar.tick();
    bar.log("newsfacts: x.txt: empty file\n");
    expect(chunks.join("")).toMatch(/\r\x1b\[Knewsfacts: x\.txt: empty file\n\r\x1b\[K\[/);
  });

  it("is not drawn for one file, nor when stderr is not a terminal", () => {
    for (const [total, tty] of [[1, true], [5, false]] as const) {
      const { chunks, stream } = fakeStream(tty);
      const bar = createProgress(total, stream);
      bar.tick();
      bar.done();
      expect(chunks).toEqual([]);
    }
  });

  it("leaves stderr empty when the CLI's stderr is piped", () => {
    expect(run(["-f", "csv", PAGES]).stderr).toBe("");
  });

  it("shows on a real terminal (a pty from script(1)) while stdout goes elsewhere", () => {
    const r = spawnSync("script", ["-qfec", `node ${CLI} --jobs 2 -f csv ${PAGES} > /dev/null`, "/dev/null"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[#+\] 5\/5 files/);
  });
});
