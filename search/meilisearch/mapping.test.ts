import { describe, expect, it } from "vitest";
import { filterValue, toMeiliFilter, toMeiliSettings } from "./mapping";

describe("Meilisearch mapping", () => {
  it("maps settings, with synonyms in both directions and Norwegian locale", () => {
    const s = toMeiliSettings({
      searchable: ["title", "skills"],
      filterable: ["county"],
      sortable: ["publishedAt"],
      synonyms: [["renhold", "renholder", "vaskehjelp"]],
      typoTolerance: { enabled: true, minWordLength: 5 },
    });
    expect(s.searchableAttributes).toEqual(["title", "skills"]);
    expect(s.synonyms).toEqual({
      renhold: ["renholder", "vaskehjelp"],
      renholder: ["renhold", "vaskehjelp"],
      vaskehjelp: ["renhold", "renholder"],
    });
    expect(s.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } });
    expect(s.localizedAttributes).toEqual([{ attributePatterns: ["title", "skills"], locales: ["nob"] }]);
  });
  it("escapes string values so a value cannot break out of the filter", () => {
    expect(filterValue('Bergen" OR county = "03')).toBe('"Bergen\\" OR county = \\"03"');
    expect(filterValue("back\\slash")).toBe('"back\\\\slash"');
    expect(filterValue(20)).toBe("20");
    expect(() => filterValue(Number.NaN)).toThrow();
  });
  it("maps eq, in and range filters", () => {
    expect(
      toMeiliFilter([
        { field: "county", op: "eq", value: "46" },
        { field: "kind", op: "in", values: ["JOB", "TASK"] },
        { field: "hours", op: "range", gte: 10, lte: 37.5 },
      ]),
    ).toEqual(['county = "46"', 'kind IN ["JOB", "TASK"]', "hours >= 10 AND hours <= 37.5"]);
    expect(() => toMeiliFilter([{ field: "x = 1 OR y", op: "eq", value: 1 }])).toThrow();
  });
});
