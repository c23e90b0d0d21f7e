import { describe, expect, it } from "vitest";
import { localeFromPath, searchBasePath, twinPath } from "./localized-paths";

describe("localized paths", () => {
  it("reads the language from the English twin", () => {
    expect(localeFromPath("/en/opportunities")).toBe("en");
    expect(localeFromPath("/en/opportunities/abc")).toBe("en");
    expect(localeFromPath("/muligheter")).toBeNull();
    expect(localeFromPath("/en/opportunitiesx")).toBeNull();
  });
  it("maps a page and its query to the twin", () => {
    expect(twinPath("/muligheter?q=renhold&county=46", "en")).toBe("/en/opportunities?q=renhold&county=46");
    expect(twinPath("/en/opportunities/abc", "nb")).toBe("/muligheter/abc");
    expect(twinPath("/organisasjon", "en")).toBe("/organisasjon");
  });
  it("gives the search base path", () => {
    expect(searchBasePath("/en/opportunities/x")).toBe("/en/opportunities");
    expect(searchBasePath("/muligheter")).toBe("/muligheter");
  });
});
