import { afterAll, describe, expect, it } from "vitest";
import { CUES, type CueName, type CueWeights, DEFAULT_CUE_WEIGHTS } from "../src/segment/cues.js";
import { type Segmentation, segmentArticles } from "../src/segment/index.js";
import { segmentWith } from "../src/segment/segment-articles.js";
import { f1, loadGold, loadSeeds } from "./support/shared.js";

interface GoldArticle {
  headline: string;
  subheadings: string[];
  firstWords?: string;
  lastWords?: string;
  truncated: boolean;
  paragraphs: number;
  listItems?: number;
  credits?: string[];
}
interface GoldSegment {
  pageDate: string | null;
  pagination: { from: number; to: number; total: number } | null;
  articles: GoldArticle[];
}

/** Python's str.split(): any run of white space (NBSP included) separates words. */
function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).filter((w) => w !== "");
}

/** The body as the gold counts it: paragraphs, list items and captions; not subheadings or credits. */
function bodyTexts(article: Segmentation["articles"][number]): string[] {
  return article.blocks.filter((b) => b.type !== "subheading" && b.type !== "credit").map((b) => b.text);
}

const totals = { headline: { tp: 0, predicted: 0, expected: 0 }, subheading: { tp: 0, predicted: 0, expected: 0 } };
const scores: Record<string, { headline: number; subheading: number }> = {};

function count(kind: "headline" | "subheading", predicted: string[], expected: string[]): number {
  const pool = [...expected];
  let tp = 0;
  for (const p of predicted) {
    const i = pool.indexOf(p);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    }
  }
  totals[kind].tp += tp;
  totals[kind].predicted += predicted.length;
  totals[kind].expected += expected.length;
  return f1(tp, predicted.length, expected.length).f1;
}

describe("segmentArticles against the gold", () => {
  for (const seed of loadSeeds()) {
    describe(seed.id, () => {
      const gold = loadGold<GoldSegment>(seed.id, "segment");
      const seg = segmentArticles(seed.text);

      it("finds every headline and nothing else (F1 = 1)", () => {
        const predicted = seg.articles.map((a) => a.headline.text);
        const expected = gold.articles.map((a) => a.headline);
        const score = count("headline", predicted, expected);
        scores[seed.id] = { headline: score, subheading: Number.NaN };
        expect(predicted).toEqual(expected);
        expect(score).toBe(1);
      });

      it("finds every subheading in its article (F1 = 1)", () => {
        const predicted = seg.articles.flatMap((a) => a.blocks.filter((b) => b.type === "subheading").map((b) => b.text));
        const expected = gold.articles.flatMap((a) => a.subheadings);
        const score = count("subheading", predicted, expected);
        scores[seed.id] = { headline: scores[seed.id]?.headline ?? Number.NaN, subheading: score };
        expect(seg.articles.map((a) => a.blocks.filter((b) => b.type === "subheading").map((b) => b.text))).toEqual(
          gold.articles.map((a) => a.subheadings),
        );
        expect(score).toBe(1);
      });

      it("reads the page date and the pagination exactly", () => {
        expect(seg.date?.value ?? null).toBe(gold.pageDate);
        expect(seg.pagination === null ? null : { from: seg.pagination.from, to: seg.pagination.to, total: seg.pagination.total }).toEqual(
          gold.pagination,
        );
      });

      it("flags exactly the teasers cut with an ellipsis", () => {
        expect(seg.articles.map((a) => a.truncated)).toEqual(gold.articles.map((a) => a.truncated));
      });

      it("counts the body paragraphs, list items and credits of each article", () => {
        seg.articles.forEach((article, i) => {
          const g = gold.articles[i]!;
          expect(bodyTexts(article), g.headline).toHaveLength(g.paragraphs);
          if (g.listItems !== undefined) {
            expect(article.blocks.filter((b) => b.type === "list-item"), g.headline).toHaveLength(g.listItems);
          }
          if (g.credits !== undefined) {
            expect(article.blocks.filter((b) => b.type === "credit").map((b) => b.text), g.headline).toEqual(g.credits);
          }
        });
      });

      it("starts and ends each body with the gold's first and last words", () => {
        seg.articles.forEach((article, i) => {
          const g = gold.articles[i]!;
          const w = words(bodyTexts(article).join(" "));
          if (g.firstWords !== undefined) expect(w.slice(0, 8).join(" "), g.headline).toBe(g.firstWords);
          if (g.lastWords !== undefined) expect(w.slice(-8).join(" "), g.headline).toBe(g.lastWords);
        });
      });

      it("leaves nothing in the preamble of a seed page", () => {
        expect(seg.preamble).toEqual([]);
        expect(seg.ticker).not.toBeNull();
      });
    });
  }

  describe("robustness of the decision to the weights", () => {
    const seeds = loadSeeds().map((seed) => ({ text: seed.text, gold: loadGold<GoldSegment>(seed.id, "segment") }));
    const wrongPages = (weights: CueWeights): number =>
      seeds.filter(({ text, gold }) => {
        const seg = segmentWith(text, weights);
        const got = seg.articles.map((a) => [a.headline.text, a.blocks.filter((b) => b.type === "subheading").map((b) => b.text)]);
        return JSON.stringify(got) !== JSON.stringify(gold.articles.map((a) => [a.headline, a.subheadings]));
      }).length;

    it("keeps every seed exact with any one cue weight halved or raised by half", () => {
      for (const name of Object.keys(CUES) as CueName[]) {
        for (const factor of [0.5, 1.5]) {
          const weights = { ...DEFAULT_CUE_WEIGHTS.weights, [name]: DEFAULT_CUE_WEIGHTS.weights[name] * factor };
          expect(wrongPages({ weights, threshold: DEFAULT_CUE_WEIGHTS.threshold }), `${name} × ${factor}`).toBe(0);
        }
      }
    });

    it("keeps every seed exact with the threshold moved by one either way", () => {
      for (const threshold of [-1, 1]) expect(wrongPages({ ...DEFAULT_CUE_WEIGHTS, threshold }), `threshold ${threshold}`).toBe(0);
    });
  });

  afterAll(() => {
    const h = f1(totals.headline.tp, totals.headline.predicted, totals.headline.expected);
    const s = f1(totals.subheading.tp, totals.subheading.predicted, totals.subheading.expected);
    const rows = Object.entries(scores).map(([id, v]) => `  ${id}  headline F1 ${v.headline.toFixed(3)}  subheading F1 ${v.subheading.toFixed(3)}`);
    console.log(
      `segment gold scores\n${rows.join("\n")}\n  all seeds  headline F1 ${h.f1.toFixed(3)} (${totals.headline.tp}/${totals.headline.expected})` +
        `  subheading F1 ${s.f1.toFixed(3)} (${totals.subheading.tp}/${totals.subheading.expected})`,
    );
  });
});
