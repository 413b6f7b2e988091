import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("decades", () => {
  it("reads a decade and its early part", () => {
    expect(detectBrief("He traces it back to the 1960s, when Soviet planners")).toEqual(["1960s 1960-01-01..1969-12-31 decade"]);
    expect(detectBrief("campaigns have multiplied since the early 2000s.")).toEqual(["early 2000s 2000-01-01..2003-12-31 decade"]);
    expect(detectBrief("the late 1980s and the 90s")).toEqual(["late 1980s 1986-01-01..1989-12-31 decade", "90s 1990-01-01..1999-12-31 decade"]);
  });

  it("gives the early, mid and late parts four years each", () => {
    expect(detectBrief("from the mid-1970s to the late 1990s")).toEqual([
      "from the mid-1970s to the late 1990s 1973-01-01..1999-12-31 decade range",
    ]);
    expect(detectBrief("prices stalled in the late 2010s.")).toEqual(["late 2010s 2016-01-01..2019-12-31 decade"]);
  });

  it("does not read a plain number with an s", () => {
    expect(detectBrief("2024s")).toEqual([]);
  });
});
