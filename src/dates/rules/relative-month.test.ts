import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("a month with a direction", () => {
  // Reference: Thursday 2025-11-13.
  const ref = "2025-11-13";

  it("lets the modifier pick the year", () => {
    expect(detectBrief("Tariffs rose last December.", ref)).toEqual(["last December 2024-12-01..2024-12-31 month relative"]);
    expect(detectBrief("Talks resume next January.", ref)).toEqual(["next January 2026-01-01..2026-01-31 month relative"]);
    expect(detectBrief("the vote this December", ref)).toEqual(["this December 2025-12-01..2025-12-31 month relative"]);
    expect(detectBrief("this past May", ref)).toEqual(["this past May 2025-05-01..2025-05-31 month relative"]);
  });

  it("counts the reference month itself as neither last nor next", () => {
    expect(detectBrief("last November", ref)).toEqual(["last November 2024-11-01..2024-11-30 month relative"]);
    expect(detectBrief("next November", ref)).toEqual(["next November 2026-11-01..2026-11-30 month relative"]);
  });

  it("takes a day after the month", () => {
    expect(detectBrief("The forum opens next March 3 in Astana.", ref)).toEqual(["next March 3 2026-03-03..2026-03-03 day relative"]);
  });

  it("leaves verbs and stated years alone", () => {
    expect(detectBrief("The ruling next may be appealed.", ref)).toEqual([]);
    expect(detectBrief("in March 2026", ref)).toEqual(["March 2026 2026-03-01..2026-03-31 month"]);
    expect(detectBrief("next March 2026", ref)).toEqual(["March 2026 2026-03-01..2026-03-31 month"]);
  });
});
