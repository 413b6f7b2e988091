/**
 * Held-out evaluation: four hand-written pages in fixtures/holdout/. The
 * implementers fixed bugs against these pages, so they are no longer blind;
 * test/holdout2.test.ts is. Scoring rules: test/support/holdout-suite.ts.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describeHoldout } from "./support/holdout-suite.js";

describeHoldout(
  "held-out pages (fixtures/holdout)",
  "held-out",
  resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/holdout"),
  { headline: 0.8, dates: 0.8, figures: 0.75 },
);
