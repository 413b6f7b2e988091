import { describe, expect, it } from "vitest";
import { csvField } from "./csv.js";

describe("csvField", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvField("KZT")).toBe("KZT");
    expect(csvField(1500000000)).toBe("1500000000");
    expect(csvField(0.00192)).toBe("0.00192");
  });

  it("quotes commas, line breaks and double quotes, doubling the quotes (RFC 4180)", () => {
    expect(csvField("Astana, Almaty")).toBe('"Astana, Almaty"');
    expect(csvField('the "We Are Together" fund')).toBe('"the ""We Are Together"" fund"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("writes missing values and non-finite numbers as empty fields", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });
});
