/**
 * The HTML report as a person sees it: built by the CLI (dist/cli.js), opened
 * in a real headless Chromium (the Debian package, driven by playwright-core),
 * with every network request refused. Leaves a screenshot in test/artifacts/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page as BrowserPage } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "../src/index.js";
import { ROOT } from "./support/shared.js";

const CLI = join(ROOT, "dist/cli.js");
const CHROMIUM = "/usr/bin/chromium";
const PAGE = join(ROOT, "fixtures/pages/000_707ad08c9f3bffaf.txt");
const ARTIFACTS = join(ROOT, "test/artifacts");

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`newsfacts ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

let work: string;
let context: BrowserContext;
/** Every request the report tried to make beyond its own file. */
const requests: string[] = [];

async function open(html: string, name: string): Promise<BrowserPage> {
  const file = join(work, name);
  writeFileSync(file, html);
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1100, height: 900 });
  await tab.goto(pathToFileURL(file).href);
  return tab;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  work = mkdtempSync(join(tmpdir(), "newsfacts-report-"));
  context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the HTML report in Chromium", () => {
  it("highlights exactly the facts of every article, and leaves a screenshot", async () => {
    const page = JSON.parse(cli(["--format", "json", PAGE])) as Page;
    const facts = page.articles.reduce((n, a) => n + a.dates.length + a.figures.length, 0);
    expect(facts).toBeGreaterThan(50);
    const tab = await open(cli(["--format", "html", PAGE]), "report.html");
    expect(await tab.locator("mark.f").count()).toBe(facts);
    expect(await tab.locator("mark.f.k-date").count()).toBe(page.articles.reduce((n, a) => n + a.dates.length, 0));
    expect(await tab.locator("mark.f.k-money").count()).toBe(page.articles.flatMap((a) => a.figures).filter((f) => f.kind === "money").length);
    expect(await tab.locator("article").count()).toBe(page.articles.length);
    expect(await tab.locator("table.quotes tbody tr").count()).toBe(page.quotes.length);
    mkdirSync(ARTIFACTS, { recursive: true });
    await tab.screenshot({ path: join(ARTIFACTS, "report.png") });
    await tab.screenshot({ path: join(ARTIFACTS, "report-full.png"), fullPage: true });
    await tab.close();
  }, 60_000);

  it("shows a highlight's value when it gets keyboard focus, and on hover", async () => {
    const tab = await open(cli(["--format", "html", PAGE]), "focus.html");
    const charity = tab.locator("mark.f.k-money", { hasText: "KZT 1.5 billion" });
    const tip = charity.locator(".tip");
    const visible = (): Promise<boolean> => tip.evaluate((el) => el.getBoundingClientRect().width > 20);
    expect(await visible()).toBe(false);
    // Tab from the start of the document until the charity figure has focus.
    let focused = false;
    for (let k = 0; k < 200 && !focused; k++) {
      await tab.keyboard.press("Tab");
      focused = await charity.evaluate((el) => el === el.ownerDocument.activeElement);
    }
    expect(focused).toBe(true);
    expect(await visible()).toBe(true);
    expect(await tip.textContent()).toMatch(/money: over 1,500,000,000 KZT ≈ \$2,880,000(\.00)? at 0\.00192 \(ticker\)/);
    await tab.screenshot({ path: join(ARTIFACTS, "report-focus.png"), clip: await charity.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: 0, y: Math.max(0, r.top - 80), width: 1100, height: 160 };
    }) });
    await tab.mouse.click(1, 1);
    await charity.blur();
    const date = tab.locator("mark.f.k-date").first();
    await date.hover();
    expect(await date.locator(".tip").evaluate((el) => el.getBoundingClientRect().width > 20)).toBe(true);
    expect(await date.locator(".tip").textContent()).toMatch(/^date: \d{4}-\d{2}-\d{2}/);
    await tab.close();
  }, 60_000);

  it("hides a kind's highlights when its legend box is unticked", async () => {
    const tab = await open(cli(["--format", "html", PAGE]), "toggle.html");
    const money = tab.locator("mark.f.k-money").first();
    const background = (): Promise<string> => money.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor);
    const shown = await background();
    await tab.locator("#show-money").uncheck();
    expect(await background()).not.toBe(shown);
    expect(await tab.locator("mark.f.k-date").first().evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await tab.locator("#show-money").check();
    expect(await background()).toBe(shown);
    await tab.close();
  }, 60_000);

  it("escapes the input: markup in a page is shown as text and never runs", async () => {
    const dir = mkdtempSync(join(work, "hostile-"));
    const file = join(dir, `<img src=x onerror=alert(1)>.txt`);
    writeFileSync(
      file,
      '12 December 2025\n\nA <script>alert("x")</script> Headline Worth $5 million\n\nThe <b>fund</b> & "friends" raised $5 million in 2024 <img src=http://example.com/x.png>.\n',
    );
    const tab = await open(cli(["--format", "html", file]), "hostile.html");
    let dialogs = 0;
    tab.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    expect(await tab.locator("script").count()).toBe(0);
    expect(await tab.locator("img").count()).toBe(0);
    expect(await tab.locator("body").textContent()).toContain('<script>alert("x")</script>');
    expect(await tab.locator("body").textContent()).toContain("<img src=x onerror=alert(1)>.txt");
    expect(await tab.locator("mark.f").count()).toBeGreaterThan(0);
    expect(dialogs).toBe(0);
    await tab.close();
  }, 60_000);

  it("reports several pages in one file with their totals, and names a page that could not be read", async () => {
    const html = cli(["--format", "html", "--jobs", "2", join(ROOT, "fixtures/pages"), join(work, "missing.txt")]);
    const pages = cli(["--format", "ndjson", join(ROOT, "fixtures/pages")])
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { result: Page }).result);
    const facts = pages.reduce((n, p) => n + p.articles.reduce((m, a) => m + a.dates.length + a.figures.length, 0), 0);
    const tab = await open(html, "many.html");
    expect(await tab.locator("section.page").count()).toBe(6);
    expect(await tab.locator("mark.f").count()).toBe(facts);
    expect(await tab.locator("section.failed").textContent()).toMatch(/missing\.txt.*no such file/);
    expect(await tab.locator("footer.totals").textContent()).toContain(`5 page(s) parsed, 1 could not be read`);
    await tab.close();
  }, 60_000);

  it("made no network request at all", () => {
    expect(requests).toEqual([]);
  });
});
