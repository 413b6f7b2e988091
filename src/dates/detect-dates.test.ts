import { describe, expect, it } from "vitest";
import { tokenize } from "../core/tokens.js";
import { createDateDetector, detectDates, detectDatesInTokens } from "./detect-dates.js";
import { relativeMatch } from "./read.js";
import { placeInYear } from "./resolve.js";
import type { DateRule } from "./rule.js";
import { DEFAULT_DATE_RULES } from "./rules/index.js";
import { DateMentionSchema } from "./schema.js";

/** A contributor's rule: `Christmas` is December 25, placed by the bias. */
const christmasRule: DateRule = {
  name: "christmas",
  anchors: ["christmas"],
  match: (view, i) =>
    view.capitalized(i)
      ? relativeMatch(i, i + 1, "day", (env) => (env.reference === null ? null : (placeInYear(env.reference, env.bias, 12, 25) ?? null)))
      : undefined,
};

describe("detectDates", () => {
  it("finds the dates of a paragraph with their values, in order", () => {
    const text = "Established in June 2021, the fund came under scrutiny after Kairat’s arrest in November 2024. On July 14, she requested";
    const mentions = detectDates(text, { referenceDate: "2025-12-12" });
    expect(mentions.map((m) => [m.text, m.start, m.end, m.grain, m.relative])).toEqual([
      ["June 2021", "2021-06-01", "2021-06-30", "month", false],
      ["November 2024", "2024-11-01", "2024-11-30", "month", false],
      ["July 14", "2025-07-14", "2025-07-14", "day", true],
    ]);
    for (const m of mentions) expect(DateMentionSchema.parse(m)).toEqual(m);
  });

  it("defaults to bias past and honours future and nearest", () => {
    const text = "The summit opens on January 10.";
    expect(detectDates(text, { referenceDate: "2025-12-12" })[0]?.start).toBe("2025-01-10");
    expect(detectDates(text, { referenceDate: "2025-12-12", bias: "future" })[0]?.start).toBe("2026-01-10");
    expect(detectDates(text, { referenceDate: "2025-12-12", bias: "nearest" })[0]?.start).toBe("2026-01-10");
  });

  it("agrees with detectDatesInTokens on a shared token stream", () => {
    const text = "In the first half of 2025, total rail cargo volume surpassed 45 million tons, an 18% rise compared to the same period in 2024.";
    expect(detectDatesInTokens(tokenize(text), { referenceDate: "2025-12-12", bias: "past" })).toEqual(detectDates(text, { referenceDate: "2025-12-12" }));
  });

  it("does not read the ticker, the pagination line, scores or percentages as dates", () => {
    const text = "• KZT/USD = 0.00192 -0%\n  • TJS/USD = 0.10879 0.28%\n02 December 2024\n\nViewing results 1 - 6 of 107\n\nHe won 6-3, 7-6(4) at 23% of the vote.";
    expect(detectDates(text, { referenceDate: "2024-12-02" }).map((m) => m.text)).toEqual(["02 December 2024"]);
  });
});

describe("createDateDetector", () => {
  it("adds a contributor's rule to the defaults without touching them", () => {
    const detector = createDateDetector({ rules: [...DEFAULT_DATE_RULES, christmasRule] });
    expect(detector.detect("Sales peaked before Christmas, as in 2023.", { referenceDate: "2025-12-12" }).map((m) => `${m.text} ${m.start}`)).toEqual([
      "Christmas 2024-12-25",
      "2023 2023-01-01",
    ]);
    // The default detector is unchanged.
    expect(detectDates("before Christmas", { referenceDate: "2025-12-12" })).toEqual([]);
  });

  it("tries a rule only where one of its key words stands within reach of the anchor", () => {
    const tried: string[] = [];
    const merryChristmas: DateRule = {
      name: "merry-christmas",
      anchors: ["merry"],
      keys: ["christmas"],
      match: (view, i) => {
        tried.push(view.text(i + 1));
        return view.is(i + 1, "christmas") ? relativeMatch(i, i + 2, "day", (env) => (env.reference === null ? null : (placeInYear(env.reference, env.bias, 12, 25) ?? null))) : undefined;
      },
    };
    const detector = createDateDetector({ rules: [merryChristmas] });
    const mentions = detector.detect("A merry crowd sang in the square for hours. Merry Christmas to all!", { referenceDate: "2025-12-12" });
    expect(mentions.map((m) => `${m.text} ${m.start}`)).toEqual(["Merry Christmas 2024-12-25"]);
    // `merry crowd` has no key within reach, so the rule never ran there.
    expect(tried).toEqual(["Christmas"]);
  });

  it("gives the same mentions page after page, and to a rule that detects dates inside a match", () => {
    // The detector reuses its token arrays between calls: a long page, then a
    // short one, must not see the long page's tokens.
    const long = "In 2023, the plant opened. ".repeat(400) + "On July 14 it closed.";
    const short = "Prices rose in May 2024.";
    const fresh = (text: string) => createDateDetector().detect(text, { referenceDate: "2025-12-12" });
    const shared = createDateDetector({ rules: DEFAULT_DATE_RULES });
    for (const text of [long, short, long, short]) expect(shared.detect(text, { referenceDate: "2025-12-12" })).toEqual(fresh(text));
    // A rule that calls the same detector from inside its match.
    let inner: string[] = [];
    const nested: DateRule = {
      name: "nested",
      anchors: ["christmas"],
      match: () => {
        inner = reentrant.detect("since 1994 and in 2030").map((m) => m.text);
        return undefined;
      },
    };
    const reentrant = createDateDetector({ rules: [...DEFAULT_DATE_RULES, nested] });
    expect(reentrant.detect("By Christmas 2025, after 2019").map((m) => m.text)).toEqual(["2025", "2019"]);
    expect(inner).toEqual(["1994", "2030"]);
  });

  it("runs with any subset of the rules", () => {
    const onlyYears = createDateDetector({ rules: DEFAULT_DATE_RULES.filter((r) => r.name === "bare-year") });
    expect(onlyYears.detect("In April 2022, and again in 2024").map((m) => m.text)).toEqual(["2022", "2024"]);
  });

  it("rejects rules that are not rules", () => {
    expect(() => createDateDetector({ rules: [{ name: "x" } as unknown as DateRule] })).toThrow(TypeError);
    expect(() => createDateDetector({ rules: "bare-year" as unknown as DateRule[] })).toThrow(TypeError);
    expect(() => createDateDetector({ rules: [{ ...christmasRule, keys: "christmas" as unknown as string[] }] })).toThrow(/keys must be an array/);
  });

  it("anchors a run of dash-joined numbers at its first number only", () => {
    // The rules anchored at `2006` judge the range; `2013` starts nothing.
    expect(detectDates("in 2006-2013 and 2019–2020").map((m) => m.text)).toEqual(["2006-2013", "2019–2020"]);
    expect(detectDates("on 2015-05-25 at the plant").map((m) => m.text)).toEqual(["2015-05-25"]);
    // A code of dash-joined numbers is no date, nor is any number inside it.
    expect(detectDates("serial 2006-2013-2006-2013-2019")).toEqual([]);
  });
});
