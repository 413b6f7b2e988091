// `npm run demo`: parse a real scraped page (fixtures/pages) with the built
// package and print what newsfacts saw, so a newcomer sees it work at once.
// Usage: npm run demo [-- path/to/page.txt]
import { readFileSync } from "node:fs";
import { parsePage } from "../dist/index.js";

const file = process.argv[2] ?? new URL("../fixtures/pages/000_707ad08c9f3bffaf.txt", import.meta.url);
const text = readFileSync(file, "utf8");
const started = process.hrtime.bigint();
const page = parsePage(text);
const ms = Number(process.hrtime.bigint() - started) / 1e6;

const name = typeof file === "string" ? file : file.pathname.split("/").slice(-3).join("/");
const line = (s = "") => process.stdout.write(`${s}\n`);
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

line(`newsfacts demo — ${name} (${text.length.toLocaleString("en")} characters, parsed in ${ms.toFixed(1)} ms)`);
line();
line(`Ticker: ${page.quotes.length} quotes`);
for (const q of page.quotes) {
  const arrow = q.trend === "up" ? "▲" : q.trend === "down" ? "▼" : "•";
  line(`  ${q.pair.padEnd(8)} ${q.rateText.padStart(10)}  ${arrow} ${q.changeText.padEnd(6)} seen ${q.occurrences}×`);
}
if (page.date) line(`Page date: ${page.date.value}`);
if (page.pagination) line(`Listing: results ${page.pagination.from}–${page.pagination.to} of ${page.pagination.total}`);
if (page.articles.length > 0) {
  line();
  line(`Articles: ${page.articles.length}`);
  for (const [i, a] of page.articles.entries()) {
    const subs = a.blocks.filter((b) => b.type === "subheading").length;
    line(`  ${String(i + 1).padStart(2)}. ${clip(a.headline.text, 80)}`);
    line(
      `      ${a.blocks.length} blocks, ${subs} subheadings${a.truncated ? ", teaser (truncated)" : ""}; ` +
        `${a.dates.length} dates, ${a.figures.length} figures`,
    );
    const facts = [
      ...a.dates.slice(0, 2).map((d) => `date "${d.text}" → ${d.start === d.end ? d.start : `${d.start}..${d.end}`}`),
      ...a.figures.slice(0, 2).map((f) => {
        const usd = f.usd ? ` ≈ $${Math.round(f.usd.value).toLocaleString("en")}` : "";
        // A range has min/max; a vague amount (`billions of tenge`) has no number at all.
        const amount = f.value ?? (f.min !== undefined ? `${f.min}–${f.max}` : "vague");
        const approx = f.approx ? ` (${f.approx})` : "";
        return `${f.kind} "${f.text}" → ${amount}${f.currency ? ` ${f.currency}` : ""}${f.unit ? ` ${f.unit}` : ""}${approx}${usd}`;
      }),
    ];
    for (const fact of facts) line(`      · ${clip(fact, 100)}`);
  }
}
line();
line("Full JSON: node dist/cli.js fixtures/pages/000_707ad08c9f3bffaf.txt  (or npx newsfacts … once installed)");
