import { describe, expect, it } from "vitest";
import { searchHref } from "./search-url";

describe("searchHref", () => {
  const defaults = { q: "", sort: "relevance", page: 1 };

  it("leaves out values at their default and repeats list keys", () => {
    expect(searchHref("/muligheter", { q: "", county: [], sort: "relevance", page: 1 }, defaults)).toBe("/muligheter");
    expect(searchHref("/muligheter", { q: "renhold", county: ["46", "50"], sort: "newest", page: 2 }, defaults)).toBe(
      "/muligheter?q=renhold&county=46&county=50&sort=newest&page=2",
    );
  });

  it("encodes what the visitor typed", () => {
    expect(searchHref("/talentsok", { q: "a&b=c" }, defaults)).toBe("/talentsok?q=a%26b%3Dc");
  });
});
