#!/usr/bin/env node
/**
 * The `newsfacts` command. Thin on purpose: arguments, reading inputs,
 * formatting output. Every bit of parsing lives in the library; the pieces
 * of the command (arguments, inputs, formats, worker pool, progress bar)
 * live in src/cli/.
 */
import { parseCli, UsageError, USAGE, type Format } from "./cli/args.js";
import { addCounts, emptyCounts } from "./cli/formats/types.js";
import { expandInputs, readStdin, type Input } from "./cli/inputs.js";
import { runOrdered } from "./cli/pool.js";
import { createProgress } from "./cli/progress.js";
import { FORMATTERS, type Task, type TaskOptions } from "./cli/task.js";

// Injected by tsup from package.json at build time (see tsup.config.ts).
declare const __NEWSFACTS_VERSION__: string;
const version = __NEWSFACTS_VERSION__;

/** Writes to stdout; resolves once the chunk is handed over (back-pressure aware). */
function write(chunk: string): Promise<void> {
  if (chunk === "") return Promise.resolve();
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

  // Only the names are collected up front (the progress bar needs the total);
  // the pages themselves are read by the workers, a few at a time.
  const inputs: Input[] = [];
  for await (const input of expandInputs(cli.inputs, cli.glob)) inputs.push(input);
  const tasks: Task[] = [];
  for (const [index, input] of inputs.entries()) {
    const task: Task = { index, name: input.name };
    if (input.error !== undefined) task.error = input.error;
    else if (input.path !== undefined) task.path = input.path;
    else task.bytes = await readStdin();
    tasks.push(task);
  }

  const many = cli.inputs.length > 1 || inputs.length > 1;
  const format: Format = cli.format ?? (many ? "ndjson" : "json");
  const options: TaskOptions = { format, only: cli.only, many, referenceDate: cli.referenceDate };
  const formatter = FORMATTERS[format];
  const progress = createProgress(tasks.length, process.stderr);
  const totals = emptyCounts();
  let failed = 0;

  await write(formatter.head(options));
  try {
    await runOrdered(tasks, { jobs: cli.jobs, workerUrl: new URL("./cli-worker.js", import.meta.url), options }, async (result) => {
      for (const warning of result.warnings) progress.log(`newsfacts: ${result.name}: warning: ${warning}\n`);
      if (result.error !== undefined) {
        failed++;
        progress.log(`newsfacts: ${result.name}: ${result.error}\n`);
      }
      addCounts(totals, result.counts);
      progress.tick();
      await write(result.chunk);
    });
  } finally {
    progress.done();
  }
  await write(formatter.tail(options, totals));
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
