#!/usr/bin/env node
/**
 * The `newsfacts` command. Thin on purpose: arguments, reading inputs,
 * formatting output. Every bit of parsing lives in the library.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parsePage, parseTicker } from "./index.js";

// Injected by tsup from package.json at build time (see tsup.config.ts).
declare const __NEWSFACTS_VERSION__: string;
const version = __NEWSFACTS_VERSION__;

const USAGE = `Usage: newsfacts [options] [file|dir|-]...

Parse scraped plain-text news pages into JSON: the currency ticker, the page
header, the articles, and the dates and figures in them.

Inputs are files, directories (searched recursively for *.txt) or "-" for
standard input; with no input, standard input is read.

Options:
  -f, --format <json|ndjson>  json: pretty JSON (default for one input);
                              ndjson: one compact line per input (default
                              for several), {"input", "result"} or
                              {"input", "error"}
  -o, --only <part>           only one capability: ticker
  -r, --reference-date <d>    resolve relative dates against YYYY-MM-DD
                              (default: each page's own date line)
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 every input parsed; 1 some input could not be read (each is
named on stderr, the others are still printed); 2 usage error.
`;

type Format = "json" | "ndjson";
type Only = "ticker";
const FORMATS: readonly Format[] = ["json", "ndjson"];
const ONLY: readonly Only[] = ["ticker"];

class UsageError extends Error {}

interface Cli {
  inputs: string[];
  format: Format | undefined;
  only: Only | undefined;
  referenceDate: string | undefined;
}

function parseCli(argv: string[]): Cli | "help" | "version" {
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
  const referenceDate = values["reference-date"];
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be YYYY-MM-DD (got "${referenceDate}")`);
  }
  return {
    inputs: positionals,
    format: format as Format | undefined,
    only: only as Only | undefined,
    referenceDate,
  };
}

/**
 * One input to parse: a path, "-" for standard input, or a name that could
 * not be expanded (kept so that its error is reported in input order).
 */
interface Input {
  name: string;
  path: string | undefined;
  error?: string;
}

/** Expands directories into the *.txt files below them, sorted, recursively. */
async function expandInputs(names: string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const name of names.length === 0 ? ["-"] : names) {
    if (name === "-") {
      inputs.push({ name: "-", path: undefined });
      continue;
    }
    try {
      const info = await stat(name);
      if (!info.isDirectory()) {
        inputs.push({ name, path: name });
        continue;
      }
      const found = await walk(name);
      if (found.length === 0) inputs.push({ name, path: undefined, error: "directory holds no .txt files" });
      for (const file of found) inputs.push({ name: file, path: file });
    } catch (error) {
      inputs.push({ name, path: undefined, error: describeFsError(error) });
    }
  }
  return inputs;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && entry.name.endsWith(".txt")) files.push(full);
  }
  return files;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return (error as Error).message;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes a file's bytes, or says why it is not a text page. */
function decode(bytes: Buffer, warn: (message: string) => void): string {
  if (bytes.length === 0) throw new Error("empty file");
  if (bytes.includes(0)) throw new Error("binary file (holds NUL bytes)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    warn("invalid UTF-8, decoded with replacement characters");
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function run(text: string, cli: Cli): unknown {
  if (cli.only === "ticker") return parseTicker(text);
  return parsePage(text, cli.referenceDate === undefined ? {} : { referenceDate: cli.referenceDate });
}

/** Writes to stdout; resolves once the chunk is handed over (back-pressure aware). */
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

async function main(argv: string[]): Promise<number> {
  let cli;
  try {
    cli = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`newsfacts: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (cli === "help") {
    await write(USAGE);
    return 0;
  }
  if (cli === "version") {
    await write(`${version}\n`);
    return 0;
  }
  if (cli.inputs.length === 0 && process.stdin.isTTY) {
    process.stderr.write(`newsfacts: no input (give a file, a directory, or pipe text to standard input)\n\n${USAGE}`);
    return 2;
  }

  let failed = 0;
  const report = (name: string, message: string): void => {
    failed++;
    process.stderr.write(`newsfacts: ${name}: ${message}\n`);
  };
  const inputs = await expandInputs(cli.inputs);
  const format: Format = cli.format ?? (cli.inputs.length <= 1 && inputs.length <= 1 ? "json" : "ndjson");

  for (const input of inputs) {
    let text: string;
    try {
      if (input.error !== undefined) throw new Error(input.error);
      const bytes = input.path === undefined ? await readStdin() : await readFile(input.path);
      text = decode(bytes, (message) => process.stderr.write(`newsfacts: ${input.name}: warning: ${message}\n`));
    } catch (error) {
      const message = error instanceof Error && !("code" in error) ? error.message : describeFsError(error);
      report(input.name, message);
      if (format === "ndjson") await write(`${JSON.stringify({ input: input.name, error: message })}\n`);
      continue;
    }
    const result = run(text, cli);
    await write(
      format === "json" ? `${JSON.stringify(result, null, 2)}\n` : `${JSON.stringify({ input: input.name, result })}\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

// A closed pipe (`newsfacts … | head`) is a normal way for output to end.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`newsfacts: cannot write output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EPIPE") return;
    process.stderr.write(`newsfacts: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
