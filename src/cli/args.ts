import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { compileGlob, type Glob } from "./glob.js";

/** The output formats. */
export type Format = "json" | "ndjson" | "csv" | "html";
/** The capabilities `--only` can pick. */
export type Only = "ticker" | "articles" | "dates" | "figures";

export const FORMATS: readonly Format[] = ["json", "ndjson", "csv", "html"];
export const ONLY: readonly Only[] = ["ticker", "articles", "dates", "figures"];

export const USAGE = `Usage: newsfacts [options] [file|dir|-]...

Parse scraped plain-text news pages into data: the currency ticker, the page
header, the articles, and the dates and figures in them.

Inputs are files, directories (searched recursively, *.txt unless --glob says
otherwise) or "-" for standard input; with no input, standard input is read.

Options:
  -f, --format <fmt>          json    pretty JSON (default for one input; an
                                      array of {input, result} for several)
                              ndjson  one compact line per input (default for
                                      several): {"input", "result"} or
                                      {"input", "error"}
                              csv     one row per fact (quotes, dates,
                                      figures) with a header row, RFC 4180;
                                      article is the 0-based index; a
                                      date's grain is in unit_or_currency
                              html    a self-contained report to check what
                                      the parser saw
  -o, --only <part>           one capability over the whole text: ticker,
                              articles (segmentation), dates, figures
  -r, --reference-date <d>    resolve relative dates against YYYY-MM-DD
                              (default: each page's own date line)
  -g, --glob <pattern>        which files to take from directories
                              (default "*.txt"; *, ?, **, [abc], {a,b})
  -j, --jobs <n>              parse files in n worker threads (default: the
                              number of cores); output keeps the input order
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 every input parsed; 1 some input could not be read (each is
named on stderr, the others are still printed); 2 usage error.
`;

/** A bad command line: reported with the usage text, exit code 2. */
export class UsageError extends Error {}

/** The command line, checked. */
export interface Cli {
  inputs: string[];
  format: Format | undefined;
  only: Only | undefined;
  referenceDate: string | undefined;
  glob: Glob;
  jobs: number;
}

function isRealDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Reads argv (without node and the script) into a {@link Cli}, or help / version. */
export function parseCli(argv: string[]): Cli | "help" | "version" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        only: { type: "string", short: "o" },
        "reference-date": { type: "string", short: "r" },
        glob: { type: "string", short: "g" },
        jobs: { type: "string", short: "j" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";
  const format = values.format;
  if (format !== undefined && !FORMATS.includes(format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (got "${format}")`);
  }
  const only = values.only;
  if (only !== undefined && !ONLY.includes(only as Only)) {
    throw new UsageError(`--only must be one of ${ONLY.join(", ")} (got "${only}")`);
  }
  // The report shows whole pages: a lone capability has nothing to hang on.
  if (only !== undefined && format === "html") {
    throw new UsageError("--format html shows whole pages and cannot be combined with --only");
  }
  const referenceDate = values["reference-date"];
  if (referenceDate !== undefined && !isRealDay(referenceDate)) {
    throw new UsageError(`--reference-date must be a real date YYYY-MM-DD (got "${referenceDate}")`);
  }
  let glob: Glob;
  try {
    if (values.glob === "") throw new Error("--glob needs a pattern such as *.txt");
    glob = compileGlob(values.glob ?? "*.txt");
  } catch (error) {
    throw new UsageError(`--glob: ${(error as Error).message}`);
  }
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.jobs)) {
      throw new UsageError(`--jobs must be a whole number from 1 to 9999 (got "${values.jobs}")`);
    }
    jobs = Number(values.jobs);
  }
  return {
    inputs: positionals,
    format: format as Format | undefined,
    only: only as Only | undefined,
    referenceDate,
    glob,
    jobs,
  };
}
