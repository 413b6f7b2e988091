import type { DateMention } from "../../dates/types.js";
import type { Figure } from "../../figures/types.js";
import type { Page, PageArticle } from "../../page/types.js";
import type { Block } from "../../segment/types.js";
import type { Counts, Formatter, Item } from "./types.js";

/**
 * The HTML report: one self-contained file (inline CSS, no script, no
 * network; a Content-Security-Policy forbids any) in which a person checks
 * what the parser saw. Each page shows its counts and ticker first, then
 * every article with its dates and figures highlighted by kind; a highlight
 * is focusable (Tab) and shows the parsed value on hover or focus, and the
 * legend's checkboxes hide a kind (CSS `:has`, so still no script).
 * Everything from the input is escaped.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2 });

function num(n: number): string {
  return NUMBER.format(n);
}

/** What a date highlight says on hover. */
function dateTip(d: DateMention): string {
  const when = d.start === null || d.end === null ? "unresolved (no reference date)" : d.start === d.end ? d.start : `${d.start} – ${d.end}`;
  const notes = [d.grain, d.kind === "range" ? "range" : "", d.relative ? "relative" : ""].filter((s) => s !== "");
  return `date: ${when} (${notes.join(", ")})`;
}

/** What a figure highlight says on hover. */
function figureTip(f: Figure): string {
  let s = `${f.kind}: `;
  if (f.approx !== undefined) s += `${f.approx} `;
  if (f.value !== null) s += num(f.value);
  else if (f.min !== undefined && f.max !== undefined) s += `${num(f.min)} – ${num(f.max)}`;
  else s += "no single value";
  if (f.value !== null && f.min !== undefined && f.max !== undefined) s += ` (${num(f.min)} – ${num(f.max)})`;
  const unit = f.currency ?? f.unit;
  if (unit !== undefined) s += ` ${unit}`;
  if (f.per !== undefined) s += ` per ${f.per}`;
  if (f.noun !== undefined) s += ` ${f.noun}`;
  if (f.usd !== undefined && f.currency !== "USD") s += ` ≈ ${USD.format(f.usd.value)} at ${f.usd.rate} (${f.usd.source})`;
  if (f.equivalent !== undefined) s += `; in brackets: ${figureTip(f.equivalent)}`;
  return s;
}

interface Mark {
  start: number;
  end: number;
  kind: string;
  tip: string;
}

/** The article's facts as highlights, in text order. */
function marks(article: PageArticle): Mark[] {
  const out: Mark[] = [
    ...article.dates.map((d) => ({ start: d.span.start, end: d.span.end, kind: "date", tip: dateTip(d) })),
    ...article.figures.map((f) => ({ start: f.span.start, end: f.span.end, kind: f.kind, tip: figureTip(f) })),
  ];
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A piece of text (which starts at `offset` in the page) with its marks.
 * Facts never overlap within a kind; should a date and a figure ever
 * overlap, the later one is clipped to what is left of it (possibly
 * nothing), so every fact still gets exactly one highlight.
 */
function highlight(text: string, offset: number, list: readonly Mark[]): string {
  let out = "";
  let pos = 0;
  for (const m of list) {
    const s = Math.min(Math.max(m.start - offset, pos), text.length);
    const e = Math.max(s, Math.min(m.end - offset, text.length));
    out += escapeHtml(text.slice(pos, s));
    out += `<mark class="f k-${escapeHtml(m.kind)}" tabindex="0">${escapeHtml(text.slice(s, e))}<span class="tip" role="tooltip">${escapeHtml(m.tip)}</span></mark>`;
    pos = e;
  }
  return out + escapeHtml(text.slice(pos));
}

const BLOCK_TAG: Record<Block["type"], string> = {
  paragraph: "p",
  subheading: "h4",
  "list-item": "p",
  credit: "p",
  caption: "p",
};

function renderArticle(article: PageArticle, k: number): string {
  const pieces = [{ tag: "h3", type: "headline", text: article.headline.text, span: article.headline.span }, ...article.blocks.map((b) => ({ tag: BLOCK_TAG[b.type], type: b.type, text: b.text, span: b.span }))];
  // Each fact goes to the last piece that starts at or before it.
  const byPiece: Mark[][] = pieces.map(() => []);
  let p = 0;
  for (const m of marks(article)) {
    while (p + 1 < pieces.length && pieces[p + 1]!.span.start <= m.start) p++;
    byPiece[p]!.push(m);
  }
  const body = pieces
    .map((piece, i) => `<${piece.tag} class="b-${piece.type}">${highlight(piece.text, piece.span.start, byPiece[i]!)}</${piece.tag}>`)
    .join("\n");
  const facts = article.dates.length + article.figures.length;
  return `<article id="a${k}"><div class="n">Article ${k + 1} · ${facts} fact${facts === 1 ? "" : "s"}${article.truncated ? " · teaser, cut" : ""}</div>\n${body}\n</article>`;
}

function countsList(c: Counts): string {
  const kinds = Object.entries(c.byKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, n]) => `<li><span class="sw k-${escapeHtml(kind)}"></span>${escapeHtml(kind)} <b>${n}</b></li>`)
    .join("");
  return `<ul class="counts"><li>articles <b>${c.articles}</b></li><li>quotes <b>${c.quotes}</b></li><li><span class="sw k-date"></span>dates <b>${c.dates}</b></li><li>figures <b>${c.figures}</b></li>${kinds}</ul>`;
}

/** The counts of one page (articles' facts only: the header's are not shown). */
export function pageCounts(page: Page): Counts {
  const c: Counts = { pages: 1, failed: 0, articles: page.articles.length, quotes: page.quotes.length, dates: 0, figures: 0, byKind: {} };
  for (const a of page.articles) {
    c.dates += a.dates.length;
    c.figures += a.figures.length;
    for (const f of a.figures) c.byKind[f.kind] = (c.byKind[f.kind] ?? 0) + 1;
  }
  return c;
}

function quotesTable(page: Page): string {
  if (page.quotes.length === 0) return `<p class="none">No currency ticker on this page.</p>`;
  const rows = page.quotes
    .map(
      (q) =>
        `<tr><td>${escapeHtml(q.pair)}</td><td class="num">${escapeHtml(q.rateText)}</td><td class="num">${escapeHtml(q.changeText)}</td><td class="t-${escapeHtml(q.trend)}">${escapeHtml(q.trend)}</td><td class="num">${q.occurrences}</td></tr>`,
    )
    .join("");
  return `<table class="quotes"><caption>Ticker</caption><thead><tr><th>Pair</th><th>Rate</th><th>Change</th><th>Trend</th><th>Seen</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function renderPage(item: Item): string {
  const title = `<h2>${escapeHtml(item.name)}</h2>`;
  if (item.error !== undefined) return `<section class="page failed">${title}<p class="error">Could not be read: ${escapeHtml(item.error)}</p></section>\n`;
  const page = item.result as Page;
  const meta = [
    page.date === null ? "no date line" : `dated ${escapeHtml(page.date.value)}`,
    page.pagination === null ? "" : `results ${page.pagination.from}–${page.pagination.to} of ${page.pagination.total}`,
  ].filter((s) => s !== "");
  const preamble =
    page.preamble.length === 0 ? "" : `<details class="preamble"><summary>${page.preamble.length} line(s) before the first headline</summary>${page.preamble.map((b) => `<p>${escapeHtml(b.text)}</p>`).join("")}</details>`;
  return `<section class="page">${title}<p class="meta">${meta.join(" · ")}</p>${countsList(pageCounts(page))}${quotesTable(page)}${preamble}\n${page.articles.map(renderArticle).join("\n")}\n</section>\n`;
}

const KIND_COLOURS: ReadonlyArray<readonly [string, string]> = [
  ["date", "#cfe3ff"],
  ["money", "#c9f0c9"],
  ["percent", "#ffe0b3"],
  ["quantity", "#e6d4ff"],
  ["count", "#c6efef"],
  ["duration", "#f3dcc8"],
  ["multiplier", "#ffd1e3"],
  ["number", "#e4e4e4"],
];

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.55;color:#1d1d1f;background:#fafafa}
body{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:0;word-break:break-all}
.legend,.counts{display:flex;flex-wrap:wrap;gap:.35rem .9rem;list-style:none;padding:0;margin:.5rem 0;font-size:.85rem}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:-.05em;border:1px solid #0002}
.page{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.page.failed{border-color:#d33}.error{color:#b00}
.meta{color:#555;margin:.2rem 0;font-size:.9rem}
table.quotes{border-collapse:collapse;font-size:.85rem;margin:.5rem 0 1rem}
table.quotes caption{text-align:left;font-weight:600;padding-bottom:.2rem}
table.quotes th,table.quotes td{border:1px solid #ddd;padding:.15rem .6rem;text-align:left}
table.quotes td.num{text-align:right;font-variant-numeric:tabular-nums}.t-up{color:#080}.t-down{color:#b00}.t-flat{color:#666}
article{border-top:1px solid #eee;padding-top:.5rem;margin-top:.75rem}
article .n{font-size:.75rem;color:#777;text-transform:uppercase;letter-spacing:.04em}
h3{font-size:1.05rem;margin:.2rem 0 .4rem}h4{font-size:.95rem;margin:.6rem 0 .2rem}
p{margin:.35rem 0}.b-list-item{padding-left:1rem}.b-credit,.b-caption{font-size:.85rem;color:#666}
.preamble{font-size:.85rem;color:#666}
mark.f{position:relative;border-radius:3px;padding:0 .1em;color:inherit;cursor:help;border-bottom:2px solid #0003}
mark.f:focus{outline:2px solid #1a5fd0;outline-offset:1px}
mark.f .tip{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
mark.f:hover .tip,mark.f:focus .tip{clip-path:none;width:auto;height:auto;overflow:visible;left:0;bottom:calc(100% + 4px);z-index:2;background:#1d1d1f;color:#fff;font-size:.8rem;padding:.2rem .45rem;border-radius:4px;font-weight:400;max-width:36rem;white-space:normal;width:max-content}
${KIND_COLOURS.map(([k, c]) => `.k-${k}{background:${c}}`).join("")}
.legend input{margin:0 .25rem 0 0;vertical-align:-.1em}
${KIND_COLOURS.map(([k]) => `body:has(#show-${k}:not(:checked)) mark.k-${k}`).join(",")}{background:none;border-bottom-color:transparent}
.totals{font-size:.9rem}
`;

/** The self-contained HTML report. */
export const html: Formatter = {
  head: () =>
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>newsfacts report</title><style>${STYLE}</style></head><body>\n<header><h1>newsfacts report</h1>` +
    `<ul class="legend" aria-label="Highlight colours; untick a kind to hide its highlights">${KIND_COLOURS.map(
      ([k]) => `<li><label><input type="checkbox" id="show-${k}" checked><span class="sw k-${k}"></span>${k}</label></li>`,
    ).join("")}</ul>` +
    `<p class="meta">Hover over a highlight, or Tab to it, to see the value the parser read.</p></header>\n`,
  item: (item) => renderPage(item),
  tail: (ctx, totals) =>
    `${ctx.many ? `<footer class="page totals"><h2>All inputs</h2><p class="meta">${totals.pages} page(s) parsed${totals.failed > 0 ? `, ${totals.failed} could not be read` : ""}</p>${countsList(totals)}</footer>\n` : ""}</body></html>\n`,
};
