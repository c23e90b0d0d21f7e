import { describe, expect, it } from "vitest";
import { counties, countyOf, isMunicipalityCode, municipalities, municipalityOptions } from "./register";

describe("municipality register 2024", () => {
  it("has 15 counties and 357 municipalities with unique codes", () => {
    expect(counties).toHaveLength(15);
    expect(municipalities).toHaveLength(357);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(357);
  });
  it("knows that Bergen is in Vestland and Trondheim in Trøndelag", () => {
    expect(countyOf("4601")?.name).toBe("Vestland");
    expect(countyOf("5001")?.name).toBe("Trøndelag");
  });
  it("rejects codes that are not in force (e.g. pre-2020 Bergen 1201)", () => {
    expect(isMunicipalityCode("1201")).toBe(false);
    expect(isMunicipalityCode("4601")).toBe(true);
  });
  it("every municipality's county exists", () => {
    for (const m of municipalities) expect(countyOf(m.code)).toBeDefined();
  });
  it("sorts with Norwegian collation (Å last)", () => {
    const labels = municipalityOptions().map((o) => o.label);
    expect(labels[0]?.startsWith("A")).toBe(true);
    expect(labels.at(-1)?.startsWith("Å")).toBe(true);
  });
});
