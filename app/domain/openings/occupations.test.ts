import { describe, expect, it } from "vitest";
import { getOccupation, occupationGroups, occupations } from "./occupations";

describe("occupation list", () => {
  it("has at least 60 occupations with unique four-digit STYRK-08 codes", () => {
    expect(occupations.length).toBeGreaterThanOrEqual(60);
    expect(new Set(occupations.map((o) => o.code)).size).toBe(occupations.length);
    for (const o of occupations) expect(o.code).toMatch(/^[1-9]\d{3}$/);
  });
  it("labels every occupation and group in both languages", () => {
    for (const o of occupations) {
      expect(o.nb.length).toBeGreaterThan(2);
      expect(o.en.length).toBeGreaterThan(2);
      expect(occupationGroups[o.group]).toBeDefined();
    }
  });
  it("covers the fields inclusion work asks for", () => {
    for (const code of [
      "9112",
      "9412",
      "4321",
      "5223",
      "5311",
      "5153",
      "8322",
      "5321",
      "6113",
      "9329",
      "4226",
      "9121",
    ]) {
      expect(getOccupation(code), code).toBeDefined();
    }
  });
});
