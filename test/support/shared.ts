import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The shared folder with seeds, gold and conformance suites: `../shared`
 * beside the checkout, or `NEWSFACTS_SHARED` when set.
 */
export const SHARED: string = process.env.NEWSFACTS_SHARED ?? resolve(ROOT, "../shared");

/** The seed pages copied into fixtures/ (so tests never depend on ../shared for input). */
export const FIXTURES: string = join(ROOT, "fixtures");

export interface Seed {
  /** e.g. "000_707ad08c9f3bffaf" */
  id: string;
  text: string;
}

/** The seed pages, from fixtures/pages. */
export function loadSeeds(): Seed[] {
  const dir = join(FIXTURES, "pages");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") }));
}

/** Reads a gold file for a seed (`kind` is "segment", "dates" or "figures"). */
export function loadGold<T>(id: string, kind: "segment" | "dates" | "figures"): T {
  const file = join(SHARED, "gold", `${id}.${kind}.json`);
  if (!existsSync(file)) throw new Error(`gold file missing: ${file} (is ../shared beside the checkout?)`);
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Reads a conformance suite (JSON Lines) from ../shared/conformance. */
export function loadConformance<T>(name: string): T[] {
  const file = join(SHARED, "conformance", name);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** Precision, recall and F1 from counts. */
export function f1(tp: number, predicted: number, expected: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? (expected === 0 ? 1 : 0) : tp / predicted;
  const recall = expected === 0 ? 1 : tp / expected;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}
