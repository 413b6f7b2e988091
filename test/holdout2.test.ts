/**
 * Second, blind held-out evaluation: four hand-written pages in
 * fixtures/holdout2/, written without reading src/ and not tuned against.
 * Scoring rules: test/support/holdout-suite.ts.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describeHoldout } from "./support/holdout-suite.js";

describeHoldout(
  "second blind held-out set (fixtures/holdout2)",
  "holdout2",
  resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/holdout2"),
  { headline: 0.7, dates: 0.7, figures: 0.6 },
);
