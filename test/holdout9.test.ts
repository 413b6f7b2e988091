/**
 * Ninth, blind held-out evaluation: four hand-written pages in
 * fixtures/holdout9/, written without reading src/ (apart from src/index.ts
 * and the per-module types.ts files) and not tuned against.
 * Scoring rules: test/support/holdout-suite.ts.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describeHoldout } from "./support/holdout-suite.js";

describeHoldout(
  "ninth blind held-out set (fixtures/holdout9)",
  "holdout9",
  resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/holdout9"),
  { headline: 0.6, dates: 0.6, figures: 0.5 },
);
