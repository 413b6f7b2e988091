import { describe, expect, it } from "vitest";
import { createFigureExtractor } from "../extract-figures.js";
import { rankNumberRule } from "./rank-number.js";

const { extract } = createFigureExtractor({ rules: [rankNumberRule] });

describe("rankNumberRule", () => {
  it("keeps No. in the span of a rank", () => {
    expect(extract("Bublik’s ranking rises to no. 30 on Monday.")).toMatchObject([{ text: "no. 30", kind: "number", value: 30 }]);
  });
  it("reads a hash rank", () => {
    expect(extract("ranked #1")[0]).toMatchObject({ text: "#1", value: 1 });
  });
  it("needs the dot after no", () => {
    expect(extract("there were no 5 cases")).toEqual([]);
  });
});
