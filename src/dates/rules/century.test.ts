import { describe, expect, it } from "vitest";
import { detectBrief } from "../test-support.js";

describe("centuries", () => {
  it("reads BC centuries as negative astronomical years", () => {
    expect(detectBrief("7th century BC")).toEqual(["7th century BC -0699-01-01..-0600-12-31 century"]);
  });

  it("joins two centuries after `between` into one range", () => {
    expect(detectBrief("and dates between the 7th century BC and the 3rd century AD. Notable")).toEqual([
      "between the 7th century BC and the 3rd century AD -0699-01-01..0300-12-31 century range",
    ]);
  });

  it("reads a century used as an adjective", () => {
    expect(detectBrief("restoring the 18th-century mosque and a 16th-century caravanserai")).toEqual([
      "18th-century 1701-01-01..1800-12-31 century",
      "16th-century 1501-01-01..1600-12-31 century",
    ]);
  });

  it("reads ordinal words", () => {
    expect(detectBrief("the twenty-first century")).toEqual(["twenty-first century 2001-01-01..2100-12-31 century"]);
  });
});
