import { describe, expect, it } from "vitest";
import { checkSettings, facetFieldsOf, fieldText, pageOf, toHighlight, words, type IndexSettings } from "./port";

describe("search port helpers", () => {
  it("splits words in Norwegian", () => {
    expect(words("Renholder i Bærum, 50% stilling!")).toEqual(["renholder", "i", "bærum", "50", "stilling"]);
  });
  it("clamps paging", () => {
    expect(pageOf({})).toEqual({ page: 1, perPage: 20 });
    expect(pageOf({ page: 0, perPage: 1000 })).toEqual({ page: 1, perPage: 100 });
  });
  it("turns marked text into highlight parts", () => {
    expect(toHighlight("Jobb som [[renholder]] i [[Bergen]]", "[[", "]]")).toEqual([
      { text: "Jobb som ", match: false },
      { text: "renholder", match: true },
      { text: " i ", match: false },
      { text: "Bergen", match: true },
    ]);
  });
  it("joins array values for display", () => {
    expect(fieldText(["renhold", "vask"])).toBe("renhold, vask");
    expect(fieldText(37.5)).toBe("37.5");
    expect(fieldText({ nested: true })).toBe("");
  });
  const settings: IndexSettings = { searchable: ["title"], filterable: ["county", "kind"], sortable: [], synonyms: [], typoTolerance: { enabled: true, minWordLength: 5 } };
  it("refuses facets that are not filterable", () => {
    expect(() => checkSettings({ ...settings, facets: ["county", "title"] })).toThrow(/title/);
    expect(checkSettings({ ...settings, facets: ["county"] }).facets).toEqual(["county"]);
  });
  it("allows every filterable field as a facet unless the settings narrow them", () => {
    expect(facetFieldsOf({ facets: ["kind"] }, settings)).toEqual(["kind"]);
    expect(() => facetFieldsOf({ facets: ["kind"] }, { ...settings, facets: ["county"] })).toThrow(/kind/);
    expect(() => facetFieldsOf({ facets: ["title"] }, settings)).toThrow();
  });
});
