import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Glob } from "./glob.js";

/**
 * One input to parse: a path, "-" for standard input, or a name that could
 * not be expanded (kept so that its error is reported in input order).
 */
export interface Input {
  /** The name reported in output and messages: the path as found, or "-". */
  name: string;
  /** The file to read; undefined for standard input or an input already in error. */
  path: string | undefined;
  /** Why this input cannot be read, when known before reading. */
  error?: string;
}

/**
 * Expands the command line's names into inputs: directories into the
 * matching files below them, sorted, recursively; explicit files as given
 * (a file named on the command line is always taken, whatever the glob).
 * Yields as it walks; the caller decides what to keep (the CLI keeps only
 * the names, never the pages).
 */
export async function* expandInputs(names: readonly string[], glob: Glob): AsyncGenerator<Input> {
  for (const name of names.length === 0 ? ["-"] : names) {
    if (name === "-") {
      yield { name: "-", path: undefined };
      continue;
    }
    let info;
    try {
      info = await stat(name);
    } catch (error) {
      yield { name, path: undefined, error: describeFsError(error) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { name, path: name };
      continue;
    }
    let yielded = 0;
    for await (const input of walk(name, "", glob)) {
      yielded++;
      yield input;
    }
    if (yielded === 0) yield { name, path: undefined, error: "directory holds no files matching the glob" };
  }
}

/**
 * The matching files below `root`, depth first in code-unit order (the same
 * order on every machine, unlike a locale sort). A subdirectory that cannot
 * be listed becomes an error input naming it, and the walk goes on.
 */
async function* walk(root: string, rel: string, glob: Glob): AsyncGenerator<Input> {
  const dir = rel === "" ? root : join(root, rel);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { name: dir, path: undefined, error: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(root, relPath, glob);
    else if (entry.isFile() && glob.test(glob.byPath ? relPath : entry.name)) {
      const file = join(root, relPath);
      yield { name: file, path: file };
    }
  }
}

/** A one-line description of a file system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}

/** Reads all of standard input. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes a file's bytes, or throws an Error saying why it is not a text page. */
export function decode(bytes: Uint8Array, warn: (message: string) => void): string {
  if (bytes.length === 0) throw new Error("empty file");
  if (bytes.includes(0)) throw new Error("binary file (holds NUL bytes)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    warn("invalid UTF-8, decoded with replacement characters");
    return new TextDecoder("utf-8").decode(bytes);
  }
}
