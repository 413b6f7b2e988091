/**
 * Tenth, blind held-out evaluation: four hand-written pages in
 * fixtures/holdout10/, written without reading src/ (apart from src/index.ts
 * and the per-module types.ts files) and not tuned against.
 * Scoring rules: test/support/holdout-suite.ts.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describeHoldout } from "./support/holdout-suite.js";

describeHoldout(
  "tenth blind held-out set (fixtures/holdout10)",
  "holdout10",
  resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/holdout10"),
  { headline: 0.6, dates: 0.6, figures: 0.5 },
);
