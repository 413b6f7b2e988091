/**
 * The package as a user gets it: `npm pack` of the built tree, installed into
 * an empty app folder. Shared by test/package.test.ts and
 * test/cli-package.test.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./shared.js";

/** Runs a command quietly and returns its stdout; throws on a non-zero exit. */
export function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" },
  });
}

export interface Installed {
  /** The temporary folder holding everything; remove it with {@link removeInstalled}. */
  work: string;
  /** The packed tarball. */
  tarball: string;
  /** The app folder with newsfacts installed from the tarball. */
  app: string;
}

/** Packs the package and installs the tarball into a fresh, empty app folder. */
export function packAndInstall(prefix: string): Installed {
  const work = mkdtempSync(join(tmpdir(), prefix));
  // `npm test` has just built dist (pretest); --ignore-scripts keeps prepack
  // from rebuilding it under the other test files' feet.
  sh("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], ROOT);
  const file = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (file === undefined) throw new Error("npm pack wrote no tarball");
  const tarball = join(work, file);
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
  sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], app);
  return { work, tarball, app };
}

/** Removes what {@link packAndInstall} made. */
export function removeInstalled(installed: Installed | undefined): void {
  if (installed !== undefined) rmSync(installed.work, { recursive: true, force: true });
}
