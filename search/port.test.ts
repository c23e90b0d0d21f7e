import { describe, expect, it } from "vitest";
import {
  checkSettings,
  checkTenant,
  facetFieldsOf,
  fieldText,
  pageOf,
  toHighlight,
  withTenantFilter,
  words,
  type IndexSettings,
} from "./port";

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
  const settings: IndexSettings = {
    searchable: ["title"],
    filterable: ["county", "kind"],
    sortable: [],
    synonyms: [],
    typoTolerance: { enabled: true, minWordLength: 5 },
  };
  it("refuses facets that are not filterable", () => {
    expect(() => checkSettings({ ...settings, facets: ["county", "title"] })).toThrow(/title/);
    expect(checkSettings({ ...settings, facets: ["county"] }).facets).toEqual(["county"]);
  });
  it("allows every filterable field as a facet unless the settings narrow them", () => {
    expect(facetFieldsOf({ facets: ["kind"] }, settings)).toEqual(["kind"]);
    expect(() => facetFieldsOf({ facets: ["kind"] }, { ...settings, facets: ["county"] })).toThrow(/kind/);
    expect(() => facetFieldsOf({ facets: ["title"] }, settings)).toThrow();
  });
  it("ANDs the tenant filter in front of the query's own filters", () => {
    const tenant = { field: "county", value: "46" };
    expect(withTenantFilter({ q: "kokk", filters: [{ field: "county", op: "eq", value: "50" }] }, tenant)).toEqual({
      q: "kokk",
      filters: [
        { field: "county", op: "eq", value: "46" },
        { field: "county", op: "eq", value: "50" },
      ],
    });
    expect(withTenantFilter({}, tenant).filters).toEqual([{ field: "county", op: "eq", value: "46" }]);
  });
  it("refuses a tenant field that is not filterable, and values that are not scalars", () => {
    const tenant = { field: "county", value: "46" };
    const checked = checkTenant(tenant, settings);
    expect(checked).toEqual(tenant);
    tenant.value = "50";
    expect(checked.value).toBe("46");
    expect(Object.isFrozen(checked)).toBe(true);
    expect(() => checkTenant({ field: "title", value: "x" }, settings)).toThrow(/title/);
    expect(() => checkTenant({ field: "county", value: Number.NaN }, settings)).toThrow();
    expect(() => checkTenant({ field: "county", value: ["46"] as unknown as string }, settings)).toThrow();
  });
});
